// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab::core {

struct LatencySummary
{
    std::uint64_t count = 0;
    double meanMs = 0, p50Ms = 0, p95Ms = 0, p99Ms = 0, p999Ms = 0, maxMs = 0;
};

struct ComponentSummary
{
    std::string id;
    std::string kind;
    std::string cloneOf;          ///< runtime copies: scenario id of the original, else empty
    double utilization = 0.0;     ///< over the measured period (after warm-up)
    double meanQueueLength = 0.0;
    std::uint64_t served = 0;
    std::uint64_t errors[kErrorCauseCount] = {};
    LatencySummary latency;       ///< sojourn at this component
    double hitRate = -1.0;
    std::uint64_t hits = 0, misses = 0;
};

/// End-of-run figures, measured over [warm-up, end]. Deterministic for a scenario and seed.
struct Summary
{
    std::string scenarioName;
    std::uint64_t seed = 0;
    double durationS = 0.0;     ///< simulated time covered
    double measuredS = 0.0;     ///< duration minus warm-up
    std::uint64_t events = 0;   ///< engine events processed
    std::uint64_t generated = 0;
    std::uint64_t succeeded = 0;
    std::uint64_t failed[kErrorCauseCount] = {};
    double throughputRps = 0.0;
    double errorRate = 0.0;     ///< failed / (succeeded + failed)
    double meanInSystem = 0.0;  ///< time-average of requests in flight (Little's L)
    double arrivalRateRps = 0.0;///< measured arrival rate (Little's lambda)
    LatencySummary latency;     ///< end to end, successful requests
    LatencySummary readLatency, writeLatency, staticLatency;
    // Mechanism counters (zero where the design lacks the component).
    std::uint64_t staleReads = 0, lostWrites = 0, failedWrites = 0, sessionsLost = 0;
    std::uint64_t deadLetters = 0, jobsProcessed = 0, jobRetries = 0;
    /// Stateful web tiers: requests that found no session on their server although the
    /// user had one (elsewhere, or lost in a crash), so the user logged in again; and all
    /// logins (the first one of each user included).
    std::uint64_t sessionMisses = 0, logins = 0;
    /// Reads a cache answered from an entry stored before the key's last write.
    std::uint64_t cacheStaleReads = 0;
    /// Client retries: attempts sent again after a failure or a timeout, and how often a
    /// region's circuit breaker opened.
    std::uint64_t retries = 0, breakerOpens = 0;
    /// Users' files: uploaded (measured writes with a file) and lost with a web server's
    /// own disk; object storage loses none.
    std::uint64_t filesUploaded = 0, filesLost = 0;
    double cacheHitRate = -1.0, cdnHitRate = -1.0;
    double costPerHour = 0.0;
    std::vector<ComponentSummary> components;
    std::vector<SimEvent> events_log;
};

/// Writes a summary as JSON text with fixed number formatting (byte-identical for
/// identical summaries on every machine).
std::string summaryToJson(const Summary& s);

} // namespace scalelab::core
