// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"
#include "run/LiveFrame.h"
#include "sim/Observer.h"
#include "sim/Summary.h"

#include <atomic>
#include <functional>
#include <vector>

namespace scalelab::ui {

class RunController;

/// Everything the exporters need from one run: the scenario, the (bounded) time
/// series with per-component figures, the events and the summary.
struct RunData
{
    core::Scenario scenario;
    std::vector<core::Sample> samples;
    std::vector<core::SimEvent> events;
    core::Summary summary;
    bool cancelled = false; ///< runHeadless stopped early: the data covers part of the run
};

/// The run shown in the GUI (history of the controller, document's scenario).
RunData runDataFrom(const RunController& controller);

/// Runs `scenario` headless to its end on the calling thread (CLI, tests). When
/// `onTick` is set, it is called every `tickS` simulated seconds with the live frame
/// (for animated GIFs). `maxPoints` bounds the stored series (merged pairwise).
/// Setting `*cancel` (from any thread) stops the run within milliseconds (polled every
/// core::Simulation::kCancelPollEvents events); the result then has cancelled = true
/// and must not be written out as a finished run.
RunData runHeadless(const core::Scenario& scenario, double tickS = 0,
                    const std::function<void(const LiveFrame&)>& onTick = {},
                    std::size_t maxPoints = 5000, const std::atomic<bool>* cancel = nullptr);

} // namespace scalelab::ui
