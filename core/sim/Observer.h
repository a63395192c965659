// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/EventKinds.h"
#include "sim/SimTime.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace scalelab::core {

/// Why a request failed.
enum class ErrorCause : std::uint8_t {
    Rejected,    ///< a full queue refused it
    TimedOut,    ///< waited past a queue timeout or the client timeout
    Down,        ///< sent to a component that is down (crashed, not yet detected, DC outage)
    RateLimited, ///< refused by an API gateway
    NoRoute,     ///< nowhere to send it (no healthy target, partition)
    ServerError, ///< served, then answered with an error (an `errors` timeline event)
    CircuitOpen, ///< failed at once by the client's open circuit breaker, never sent
    Count
};
inline constexpr int kErrorCauseCount = static_cast<int>(ErrorCause::Count);
const char* errorCauseName(ErrorCause c);

/// Something noteworthy that happened at a simulated time: an injected failure, or a
/// consequence the model produced (health check marked a server down, replica
/// promoted, DNS switched, autoscaler added a server, alert fired). Charts mark these.
struct SimEvent
{
    SimTime time = 0;
    std::string type;      ///< e.g. "crash", "health_down", "failover_start", "promoted", "dns_switch", "alert"
    std::string component; ///< component id, may be empty
    std::string component2; ///< a second component involved, may be empty ("promoted": the primary it replaces)
    std::string text;      ///< human-readable one-liner (English, C locale)
    enum class Severity : std::uint8_t { Info, Warning, Failure, Recovery } severity = Severity::Info;
    /// The template `text` was made from and its arguments, so a display can show the
    /// same text in another language (None: `text` is the user's own label, shown as is).
    EventText textId = EventText::None;
    std::vector<std::string> args;

    /// Sets `text` from a template of core/model/EventKinds.h and keeps id and arguments.
    void setText(EventText id, std::vector<std::string> arguments)
    {
        textId = id;
        args = std::move(arguments);
        text = formatEventText(id, args);
    }
};

/// Per-component figures over one sample interval.
struct ComponentSample
{
    std::string id;
    std::string cloneOf;         ///< runtime copies (autoscaler, add_server): scenario id of the original
    bool down = false;
    double utilization = 0.0;    ///< busy workers / workers, time-averaged, 0..1
    double queueLength = 0.0;    ///< waiting requests at the end of the interval
    double throughputRps = 0.0;  ///< served per second
    double errorsRps = 0.0;      ///< failed here per second
    double p99Ms = 0.0;          ///< sojourn p99 at this component (queue + service)
    double hitRate = -1.0;       ///< caches and CDN: hits / lookups, -1 when not a cache
    double replicationLagMs = -1.0; ///< replicas: current lag behind the primary, -1 otherwise
    double workers = 0.0;        ///< current number of workers (healthy servers behind an LB, healthy DNS targets)
    /// DNS: lookups per second that reached the DNS, i.e. requests whose client had no
    /// fresh cached answer (its TTL had run out since its last request); -1 otherwise.
    double lookupsRps = -1.0;
    /// DNS: seconds until every client cache has dropped the answer the record gave
    /// before its last switch (switch time + TTL - now); -1 when no switch is pending.
    double switchLeftS = -1.0;
    /// Load balancers and DNS: targets present (active), healthy or not; -1 otherwise.
    int targets = -1;
    /// Autoscalers: servers added and still warming up; -1 otherwise.
    int warming = -1;
    /// Monitoring: 1 while its alert fires, 0 while quiet, -1 otherwise.
    int alerting = -1;
    /// Monitoring: the watched metric at the last sample (ms, a 0..1 ratio or requests,
    /// as the metric says); meaningful only when `alerting` >= 0.
    double metricValue = 0.0;
};

/// One point of the time series, covering (tS - interval, tS].
struct Sample
{
    double tS = 0.0;
    double intervalS = 1.0;
    double offeredRps = 0.0;     ///< requests generated per second (users' first attempts)
    double retryRps = 0.0;       ///< retry attempts clients sent per second
    double throughputRps = 0.0;  ///< successful responses per second
    double errorsRps[kErrorCauseCount] = {};
    double p50Ms = 0.0, p95Ms = 0.0, p99Ms = 0.0, p999Ms = 0.0, meanMs = 0.0;
    double cacheHitRate = -1.0;  ///< all caches together, -1 when there is no cache
    double cacheStaleRate = -1.0; ///< share of cache lookups answered with a stale entry, -1 = no cache
    double cdnHitRate = -1.0;
    double availability = 1.0;   ///< successes / (successes + failures) in the interval
    double inSystem = 0.0;       ///< requests in flight at the end of the interval
    double queueDepth = 0.0;     ///< messages waiting in message queues
    double replicationLagMs = -1.0; ///< largest replica lag, -1 without replicas
    double costPerHour = 0.0;
    /// Per users component (scenario id): attempts it sent per second, first attempts and
    /// retries, in the order of the scenario.
    std::vector<std::pair<std::string, double>> sentRps;
    /// Data centers (scenario ids) in an outage at the end of the interval.
    std::vector<std::string> downDatacenters;
    std::vector<ComponentSample> components;

    double errorsTotalRps() const
    {
        double s = 0;
        for (double e : errorsRps)
            s += e;
        return s;
    }
};

/// How the simulation tells a front end what happens. Called on the simulation's
/// thread, synchronously; implementations must be quick and must not call back into
/// the Simulation. The default does nothing (headless runs).
class SimObserver
{
public:
    virtual ~SimObserver() = default;
    virtual void onEvent(const SimEvent&) {}
    virtual void onSample(const Sample&) {}
};

/// The do-nothing observer.
class NullObserver final : public SimObserver
{
};

} // namespace scalelab::core
