// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonCompare.h"

#include "lessons/LessonChecks.h"

namespace scalelab::core {

bool lessonCompareDesigns(const LessonStep& step, const Scenario& learner, Scenario& a, Scenario& b,
                          CompareSpec& spec, std::string* error)
{
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return false;
    };
    if (!step.compare || !step.experiment)
        return fail("This step has no comparison.");
    const LessonCompare& c = *step.compare;
    std::string why;
    auto prepared = experimentScenario(learner, *step.experiment, &why);
    if (!prepared)
        return fail(why);
    a = std::move(*prepared);
    spec.seeds = c.seeds;
    if (c.with) {
        auto other = experimentScenario(*c.with, *step.experiment, &why);
        if (!other)
            return fail(c.withFile + ": " + why);
        b = std::move(*other);
        if (b.name.empty())
            b.name = c.withFile;
        spec.bOwnTimeline = true;
    } else if (!applyVariant(a, c.variant, b, &why)) {
        return fail(why);
    }
    if (!checkCompareRunnable(a, b, spec, &why))
        return fail(why);
    return true;
}

} // namespace scalelab::core
