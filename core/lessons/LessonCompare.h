// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Compare.h"
#include "lessons/Lesson.h"

#include <string>

namespace scalelab::core {

/// The two designs of a step's comparison, ready for runCompare with `spec`: A is the
/// learner's design prepared for the step's experiment, B the lesson's other design (its
/// own selectors resolved on it, so spec.bOwnTimeline is set) or the variant of A. False
/// with `error` in the learner's words when the step has no comparison, a selector finds
/// nothing, the variant does not apply, or the pair cannot run (checkCompareRunnable).
bool lessonCompareDesigns(const LessonStep& step, const Scenario& learner, Scenario& a, Scenario& b,
                          CompareSpec& spec, std::string* error);

} // namespace scalelab::core
