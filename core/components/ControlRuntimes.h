// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <vector>

namespace scalelab::core {

/// Watches the web servers behind the load balancer it connects to. Every
/// `check_interval_s` it averages their utilization over the last interval: above
/// `scale_out_above` it clones a server (it takes traffic only after `warmup_s`), below
/// `scale_in_below` it retires the newest one (which finishes its requests first).
/// Never below `min_servers` or above `max_servers`; after each action it waits
/// `cooldown_s`. Events: "autoscale_out", "server_ready", "autoscale_in".
class AutoscalerRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void served(ReqId r) override;
    void onTimer(std::uint32_t kind, std::uint64_t arg) override;
    void fillSample(ComponentSample& s) const override;

private:
    enum : std::uint32_t { kCheck = kTimerBase, kReady };
    void check();
    int m_lb = -1;
    int m_warming = 0;
    SimTime m_cooldownUntil = 0;
    double m_lastUtilization = 0;
    std::vector<int> m_added; ///< clones this autoscaler made, oldest first
    std::vector<int> m_retired; ///< of m_added: retired by a scale-in, reused by the next scale-out
    struct Snapshot { double busy = 0, capacity = 0; };
    std::vector<Snapshot> m_prev; ///< by component index
    bool m_timerStarted = false;
};

/// Evaluates one alert rule on every sample: the metric of the component it connects
/// to (end to end when it connects to nothing) above `threshold` for at least `for_s`
/// seconds raises "alert"; falling back below raises "alert_resolved".
class MonitoringRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void served(ReqId r) override;
    void observeSample(const Sample& s) override;
    bool firing() const { return m_firing; }
    void fillSample(ComponentSample& s) const override;

private:
    double metricValue(const Sample& s) const;
    double m_lastValue = 0;
    std::string m_watchedId;
    double m_aboveSinceS = -1;
    bool m_firing = false;
};

/// API gateway: a token bucket of `burst` tokens refilled at `rate_limit_rps` admits a
/// request when a token is available; the rest fail as rate-limited. Admitted requests
/// pass the gateway's station and go on to its first available target.
class ApiGatewayRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void accept(ReqId r) override;
    void served(ReqId r) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;

private:
    double m_rate = 0, m_burst = 1, m_tokens = 1;
    SimTime m_last = 0;
};

} // namespace scalelab::core
