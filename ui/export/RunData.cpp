// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/RunData.h"

#include "metrics/Recorder.h"
#include "model/Document.h"
#include "run/RunController.h"
#include "run/RunWorker.h"
#include "sim/Simulation.h"

#include <algorithm>

namespace scalelab::ui {

RunData runDataFrom(const RunController& controller)
{
    RunData d;
    if (controller.document())
        d.scenario = controller.document()->scenario();
    d.samples = controller.history();
    d.events = controller.events();
    d.summary = controller.summary();
    return d;
}

namespace {
/// Records everything and remembers the newest sample for live frames.
class HeadlessObserver : public core::SimObserver
{
public:
    explicit HeadlessObserver(std::size_t maxPoints) : recorder(maxPoints, true) {}
    void onEvent(const core::SimEvent& e) override
    {
        recorder.onEvent(e);
        const core::EventKind* kind = core::findEventKind(e.type);
        const core::EventEffect effect = kind ? kind->effect : core::EventEffect::None;
        if (!e.component.empty() &&
            (effect == core::EventEffect::TakesDown || effect == core::EventEffect::BringsBack))
            down.emplace_back(e.component, effect == core::EventEffect::TakesDown);
        if (effect == core::EventEffect::Promotes && !e.component.empty()) {
            roleChanges.emplace_back(QString::fromStdString(e.component), true);
            if (!e.component2.empty())
                roleChanges.emplace_back(QString::fromStdString(e.component2), false);
        }
    }
    void onSample(const core::Sample& s) override
    {
        recorder.onSample(s);
        latest = s;
        down.clear();
    }
    core::Recorder recorder;
    core::Sample latest;
    std::vector<std::pair<std::string, bool>> down;
    std::vector<std::pair<QString, bool>> roleChanges; ///< every failover so far, in order
};
} // namespace

RunData runHeadless(const core::Scenario& scenario, double tickS,
                    const std::function<void(const LiveFrame&)>& onTick, std::size_t maxPoints,
                    const std::atomic<bool>* cancel)
{
    HeadlessObserver obs(maxPoints);
    core::Simulation sim(scenario, &obs);
    auto partial = [&] {
        RunData d;
        d.scenario = scenario;
        d.cancelled = true;
        d.summary = sim.summary();
        return d;
    };
    if (onTick && tickS > 0) {
        const core::SimTime tick =
            std::max<core::SimTime>(core::kNanosPerMilli, core::secondsToSimTime(tickS));
        for (core::SimTime t = tick; !sim.finished(); t = std::min(t + tick, sim.endTime())) {
            if (!sim.runUntil(t, cancel))
                return partial();
            LiveFrame frame = buildLiveFrame(scenario, obs.latest, sim.now(), obs.down);
            frame.roleChanges = obs.roleChanges;
            onTick(frame);
            if (t >= sim.endTime())
                break;
        }
    }
    if (!sim.run(cancel))
        return partial();
    RunData d;
    d.scenario = scenario;
    d.samples = obs.recorder.samples();
    d.events = obs.recorder.events();
    d.summary = sim.summary();
    return d;
}

} // namespace scalelab::ui
