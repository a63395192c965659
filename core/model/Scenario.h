// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EventKinds.h"
#include "model/ParamSpec.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scalelab::core {

/// Current scenario format version. Files with a larger version are refused.
inline constexpr int kScenarioVersion = 1;

struct Point
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point&) const = default;
};

/// One component on the canvas. `params` holds only values that differ from, or were
/// written explicitly over, the kind's defaults; read them through number()/choice().
struct Component
{
    std::string id;         ///< unique within the scenario, referenced by connections and events
    std::string kind;       ///< a KindSpec id
    std::string name;       ///< label shown on the canvas
    Point position;         ///< canvas position in scene units (pixels at 100% zoom)
    std::string datacenter; ///< id of the datacenter component holding it, or empty
    std::map<std::string, ParamValue> params;

    double number(const std::string& key) const;
    std::string choice(const std::string& key) const;
    bool operator==(const Component&) const = default;
};

struct Connection
{
    std::string from;
    std::string to;
    double extraLatencyMs = 0.0; ///< added one-way latency on this link
    bool operator==(const Connection&) const = default;
};

/// How demand changes over time, as a multiplier of the base rate or population.
struct LoadCurve
{
    enum class Type { Constant, Ramp, Daily };
    Type type = Type::Constant;
    // Ramp: factor goes linearly from `from` at startS to `to` at endS.
    double from = 1.0;
    double to = 1.0;
    double startS = 0.0;
    double endS = 0.0;
    // Daily: factor = 1 + amplitude * cos(2*pi*(t - peakS)/periodS).
    double periodS = 86400.0;
    double amplitude = 0.5;
    double peakS = 0.0;
    bool operator==(const LoadCurve&) const = default;

    double factorAt(double tS) const;
};

struct RequestMix
{
    double staticAsset = 0.0; ///< images, scripts, styles
    double read = 0.8;
    double write = 0.2;
    double job = 0.0;         ///< work handed to a message queue
    bool operator==(const RequestMix&) const = default;
};

/// What a client does when an attempt fails (an error, or no reply within the client
/// timeout): it tries again, up to `maxRetries` times, after an exponential backoff
/// (backoffMs, doubling per retry up to backoffMaxMs) of which a fraction `jitter` is
/// drawn uniformly (1 = full jitter: the delay is uniform in [0, backoff]). A retry is a
/// new request; a timed-out attempt goes on using the servers until they finish it.
struct RetryPolicy
{
    int maxRetries = 0;            ///< 0 = a failed attempt is final
    double backoffMs = 100.0;
    double backoffMaxMs = 10000.0;
    double jitter = 1.0;           ///< 0 = exact backoff, 1 = uniform in [0, backoff]
    bool operator==(const RetryPolicy&) const = default;
};

/// A circuit breaker in each region's client: when, over the last `windowS` seconds, at
/// least `minRequests` attempts ended and a share `errorThreshold` or more of them failed,
/// it opens and fails every attempt at once (circuit_open) for `openS` seconds; then one
/// probe goes through: a success closes it, a failure opens it again.
struct CircuitBreaker
{
    double errorThreshold = 0.0;   ///< 0 = no breaker
    double windowS = 10.0;
    int minRequests = 20;
    double openS = 5.0;
    bool operator==(const CircuitBreaker&) const = default;
};

struct Workload
{
    enum class Mode { Open, Closed };
    Mode mode = Mode::Open;
    double rateRps = 100.0;        ///< open: mean arrival rate before the curve
    double users = 1000.0;         ///< closed: concurrent users; open: distinct clients (sessions, DNS caches)
    double thinkTimeS = 10.0;      ///< closed: mean (exponential) think time between requests
    RequestMix mix;
    std::uint64_t keyCount = 100000; ///< size of the key space
    double zipfExponent = 0.9;     ///< key popularity skew (0 = uniform)
    std::uint64_t staticKeyCount = 10000;
    double clientTimeoutMs = 0.0;  ///< responses slower than this count as timed out (0 = never)
    LoadCurve curve;
    RetryPolicy retry;
    CircuitBreaker breaker;
    bool operator==(const Workload&) const = default;
};

struct Network
{
    double accessMs = 20.0;      ///< user to a data center in its own region, one way
    double crossRegionMs = 80.0; ///< between regions, one way
    double intraDcMs = 0.0;      ///< between components of one data center, one way
    bool operator==(const Network&) const = default;
};

/// Something that happens at a given simulated time.
struct TimelineEvent
{
    double atS = 0.0;
    std::string type;   ///< see docs/scenario-format.md: spike, ramp, step, crash, recover, ...
    std::string target; ///< component id, when the type needs one
    std::string target2;///< second component (partition, link_latency)
    double durationS = 0.0; ///< 0 = until changed again
    double factor = 1.0;    ///< spike/step/ramp multiplier, slow service multiplier
    double value = 0.0;     ///< type-specific number (latency ms, amplitude, ...)
    std::string label;      ///< optional text shown on charts
    bool operator==(const TimelineEvent&) const = default;
};

/// How long a removed web server may take to finish the requests it holds when a
/// remove_server event gives no `duration_s` (seconds).
inline constexpr double kDefaultDrainTimeoutS = 30.0;

/// Event types the scenario format accepts, with whether each needs a target.

struct RunSettings
{
    double durationS = 60.0;
    double warmupS = 0.0;           ///< statistics ignore requests that start before this
    std::uint64_t seed = 1;
    double sampleIntervalS = 1.0;   ///< time-series sampling period
    bool operator==(const RunSettings&) const = default;
};

struct Scenario
{
    int version = kScenarioVersion;
    std::string name;
    std::string description;
    std::vector<Component> components;
    std::vector<Connection> connections;
    Workload workload;
    Network network;
    std::vector<TimelineEvent> timeline;
    RunSettings run;
    bool operator==(const Scenario&) const = default;

    const Component* find(const std::string& id) const;
    Component* find(const std::string& id);
    int indexOf(const std::string& id) const;
    /// A fresh id "<kind>-<n>" not used yet.
    std::string uniqueId(const std::string& kind) const;
};


} // namespace scalelab::core
