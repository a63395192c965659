// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"
#include "components/HashRing.h"

#include <unordered_map>

namespace scalelab::core {

/// Spreads requests over its web servers by policy, and probes them: a server is taken
/// out only after `unhealthy_threshold` failed health checks, so a crashed server keeps
/// receiving (and failing) requests until it is detected.
class LoadBalancerRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void served(ReqId r) override;
    void onTimer(std::uint32_t kind, std::uint64_t arg) override;
    void serversChanged() override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    void fillSample(ComponentSample& s) const override;
    /// Backends this balancer currently believes are healthy.
    int healthyCount() const;
    const std::vector<int>& backends() const { return m_backends; }

private:
    enum : std::uint32_t { kHealthCheck = kTimerBase, kReplace };
    /// replace_after_s has passed since `backend` was taken out: if it is still down,
    /// a new copy of it takes its place.
    void replace(int backend);
    int pick(ReqId r);
    bool usable(int backendSlot) const;
    void refreshRing(); ///< brings the hash ring up to date with the active backends

    std::vector<int> m_backends;  ///< component indices
    std::vector<char> m_healthy;  ///< the balancer's view
    std::vector<int> m_failures;  ///< consecutive failed probes
    std::size_t m_rr = 0;
    enum class Policy : std::uint8_t { RoundRobin, LeastConnections, Random, ConsistentHash, Sticky };
    static Policy policyOf(const std::string& name);
    Policy m_policy = Policy::RoundRobin;
    HashRing m_ring;
    std::vector<char> m_inRing; ///< per backend slot: on the ring
    bool m_ringValid = false;   ///< m_ring and m_inRing match m_backends' slots
    int m_usableHint = -1;      ///< healthyCount() when last computed (a hint: confirmed before use)
    std::unordered_map<std::uint32_t, int> m_sticky;
    bool m_timerStarted = false;
};

} // namespace scalelab::core
