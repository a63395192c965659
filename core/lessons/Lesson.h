// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace scalelab::core {

/// Current lesson format version. Files with a larger version are refused.
inline constexpr int kLessonVersion = 1;

/// A comparison in a check: measured `op` value.
enum class CompareOp
{
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual
};
const char* compareOpText(CompareOp op);
bool compare(double measured, CompareOp op, double value);

/// A period of an experiment run, in simulated seconds: samples covering (fromS, toS].
struct TimeWindow
{
    double fromS = 0.0;
    double toS = 0.0;
};

/// One entry of the check vocabulary (docs/lessons.md lists every type and its fields).
/// Which fields are used depends on `type`; the parser rejects fields a type does not take.
struct LessonCheck
{
    std::string type;          ///< "has_component", "connection", "path", "no_spof", "can_serve",
                               ///< "param", "reads_via_replica", "spread", "metric"
    std::string kind;          ///< has_component, param, spread, metric max_utilization
    std::string fromKind;      ///< connection, path
    std::string toKind;        ///< connection, path
    std::string capability;    ///< no_spof, can_serve: "read", "write", "static"
    std::string key;           ///< param: parameter key
    std::string metric;        ///< metric: p50_ms, p95_ms, ... (see kMetricNames)
    std::string match = "all"; ///< param: "all" components of the kind or "any"
    CompareOp op = CompareOp::GreaterEqual;
    ParamValue value = 0.0;           ///< param: number or choice; metric: number
    double min = 1;                   ///< has_component, spread: at least this many
    double max = -1;                  ///< has_component: at most this many (-1 = no limit)
    std::optional<TimeWindow> window; ///< metric: restrict to a period of the run
    bool windowMax = false; ///< metric with window: the worst sample instead of the average
    std::string label;      ///< optional text shown instead of the generated description

    bool isExperiment() const { return type == "metric"; }
};

/// Metric names accepted by a "metric" check.
const std::vector<std::string>& lessonMetricNames();

/// What the checks of a step run on: the learner's scenario with its timeline replaced
/// by these events, for `durationS`, seeded, with an optional fixed workload rate so a
/// goal cannot be met by lowering the load.
struct Experiment
{
    double durationS = 60.0;
    double warmupS = 5.0;
    std::uint64_t seed = 1;
    std::optional<double> rateRps;
    std::optional<double> users;
    std::optional<double> zipfExponent; ///< key popularity skew (hot keys)
    /// Timeline events whose target/target2 are selectors resolved against the learner's
    /// scenario (see resolveSelector): a component id, "kind:<kind>", "kind:<kind>#<n>"
    /// (n-th, 1-based), "role:primary", "role:replica", "region:<region>" (data center).
    std::vector<TimelineEvent> events;
};

/// One answer of a choice prediction. It is the right one when the measured value lies
/// in [min, max) (either bound may be open): the run decides, not the lesson's author.
struct PredictionChoice
{
    std::string text;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();

    bool contains(double measured) const { return measured >= min && measured < max; }
};

/// "Predict, then reveal": a question the learner answers before the step's experiment
/// runs, tied to one metric of that run (the vocabulary of metric checks). Either 2-4
/// choices, or a numeric guess on a slider from guessMin to guessMax in the metric's own
/// units (fractions as fractions; `unit` is what the slider shows: "ms", "%", "req/s").
struct Prediction
{
    std::string question;
    std::string metric;
    std::string kind;                 ///< max_utilization: the kind measured
    std::optional<TimeWindow> window; ///< the period measured (like a metric check)
    bool windowMax = false;           ///< the worst sample of the window instead of its average
    std::vector<PredictionChoice> choices; ///< empty for a numeric guess
    double guessMin = 0, guessMax = 0;
    std::string unit;
    /// A guess is right when it is within this fraction of the measured value, or within
    /// 5% of the slider's range (so a guess of 0 can be right when nothing happens).
    double tolerance = 0.25;
    std::string explanation; ///< shown with the reveal: why the run did what it did

    bool numeric() const { return choices.empty(); }
};

/// "Compare designs": the step's experiment run on the learner's design (A) and on a
/// second design (B), each over several seeds, overlaid with seed bands (the machinery of
/// Run > Compare with...). B is a scenario file of the lesson or a one-change variant of A.
struct LessonCompare
{
    std::string withFile;        ///< B from the lesson's folder ("vertical.json"), or empty
    std::optional<Scenario> with;
    std::string variant;         ///< or B as a variant of A: "cache", "web", "replica"
    int seeds = 5;               ///< runs per design
    std::string note;            ///< what to look for, shown with the button
};

struct LessonStep
{
    std::string id; ///< unique within the lesson (progress is stored by it)
    std::string title;
    std::string text;  ///< short rich text (a few sentences, a question or a challenge)
    std::string image; ///< "images/<file>" (shared lessons/images) or ":/<resource>", may be empty
    bool observe = false;          ///< an "observe" step: run and watch; the start may already pass
    std::optional<Scenario> start; ///< loaded on entering the step (absent: keep the canvas)
    std::string startFile;
    std::optional<Scenario> solution; ///< "Show me": the state after the step
    std::string solutionFile;
    std::vector<LessonCheck> checks;
    std::vector<std::string> hints;
    std::optional<Experiment> experiment;
    std::string highlight; ///< a palette kind ("cache") or an action ("action:run"), may be empty
    std::optional<Prediction> prediction; ///< asked before the experiment runs (needs one)
    std::optional<LessonCompare> compare; ///< runs the experiment on two designs (needs one)

    bool needsExperiment() const;
};

struct TeacherNotes
{
    std::vector<std::string> goals;
    std::vector<std::string> misconceptions;
    std::vector<std::string> leftOut; ///< what the model leaves out
    std::string demonstration;        ///< a suggested classroom demonstration
};

struct Lesson
{
    int version = kLessonVersion;
    std::string id; ///< also the folder name, e.g. "05-load-balancer"
    std::string title;
    std::string summary;
    TeacherNotes teacherNotes;
    std::vector<LessonStep> steps;
    std::string file; ///< where it was loaded from (for messages)
};

} // namespace scalelab::core
