// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Lesson.h"
#include "sim/Observer.h"
#include "sim/Summary.h"

#include <atomic>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace scalelab::core {

/// The outcome of one check.
struct CheckResult
{
    bool passed = false;
    double measured = std::numeric_limits<double>::quiet_NaN(); ///< NaN when nothing was measurable
    std::string description; ///< the goal ("p95 latency under 200 ms from 30 s to 60 s")
    std::string explanation; ///< one line ("p95 was 340 ms, the goal is under 200 ms")
};

/// The outcome of a step's checks, in the order of the step's checks.
struct StepEvaluation
{
    std::vector<CheckResult> results;
    bool passed = false; ///< every check passed
    bool ranExperiment = false;
    bool cancelled = false;
    std::string error; ///< set when the experiment could not run (invalid scenario...)
};

/// What a headless experiment run produced.
struct ExperimentRecord
{
    Summary summary;
    std::vector<Sample> samples;
};

/// True for metrics measured per sample (latency percentiles, throughput, error rate,
/// availability, hit rates, queue depth, utilization); false for whole-run counters.
bool metricTakesWindow(const std::string& metric);
/// The goal of a check in words.
std::string describeCheck(const LessonCheck& c);

/// The id of the component a selector names in `s` (see Experiment::events), or empty.
std::string resolveSelector(const Scenario& s, const std::string& selector);

/// The learner's scenario prepared for an experiment: timeline replaced by the
/// experiment's (selectors resolved), duration, warm-up, seed, 1 s samples, optional
/// workload rate. nullopt with `error` when a target is missing or the result is invalid.
std::optional<Scenario> experimentScenario(const Scenario& learner, const Experiment& e,
                                           std::string* error);

/// Runs a scenario headless to its end, collecting samples. Deterministic for a seed.
/// Polls `cancel` every Simulation::kCancelPollEvents events (a few milliseconds of
/// wall time at most); returns nullopt when cancelled. `s` should come from
/// experimentScenario, which refuses what exceeds the resource budget.
std::optional<ExperimentRecord> runExperiment(const Scenario& s,
                                              const std::atomic<bool>* cancel = nullptr);

/// Evaluates a topology check (no simulation).
CheckResult evaluateTopologyCheck(const LessonCheck& c, const Scenario& s);
/// Evaluates a metric check against a run.
CheckResult evaluateMetricCheck(const LessonCheck& c, const Scenario& s,
                                const ExperimentRecord& run);

/// Evaluates every check of `step` against a run that has already happened: `experiment`
/// is the scenario that ran (experimentScenario of `learner`), `run` what it recorded.
/// evaluateStep runs the experiment headless and calls this; the live run in the GUI
/// records the same samples and summary (seeded, deterministic) and calls it too, so
/// both give the same verdict and numbers.
StepEvaluation evaluateStepOnRun(const LessonStep& step, const Scenario& learner,
                                 const Scenario& experiment, const ExperimentRecord& run);

/// A prediction's metric measured on a run (NaN when nothing of that kind happened).
double measurePrediction(const Prediction& p, const Scenario& experiment,
                         const ExperimentRecord& run);
/// The index of the choice whose range holds `measured`, or -1 (none, or NaN).
int correctChoice(const Prediction& p, double measured);
/// Whether a numeric guess is right: within `tolerance` of the measured value, or within
/// 5% of the slider's range of it.
bool guessIsRight(const Prediction& p, double guess, double measured);

/// Evaluates every check of `step` on the learner's scenario; runs the experiment only
/// when some check needs it. Safe to call from a worker thread (no shared state).
/// Setting `*cancel` stops it soon with `cancelled` = true and no results. An experiment
/// the resource budget refuses, or one that runs out of memory anyway, is reported in
/// `error` (never thrown).
StepEvaluation evaluateStep(const LessonStep& step, const Scenario& learner,
                            const std::atomic<bool>* cancel = nullptr);

} // namespace scalelab::core
