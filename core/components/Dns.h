// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <array>
#include <vector>

namespace scalelab::core {

/// DNS with client-side caching and optional GeoDNS.
///
/// Each client caches the answer for the record's TTL. Client c refreshes its cache at
/// phase_c + k * TTL, phase_c = hash(c) mod TTL, and uses the record as it stood at its
/// last refresh; a short history of record changes per region makes that exact. The
/// DNS probes its targets every `health_check_interval_s`; a target is taken out of the
/// record after `unhealthy_threshold` failed probes in a row (event "dns_switch" when a
/// region's answer changes) and put back after one good probe. GeoDNS answers each
/// region with a healthy target in the same region when there is one, else the first
/// healthy target; without GeoDNS every region gets the first healthy target. So after
/// a failure, clients move no earlier than detection and no later than detection + TTL.
///
/// A client's request that finds its cache refreshed since the client's last request (a
/// new refresh period) is a lookup that reaches the DNS: a miss of the client's cache,
/// counted in the stats' misses (the other requests are hits). So each client looks up
/// at most once per TTL, and only in periods in which it sends something.
class DnsRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    int resolve(ReqId r) override;
    void served(ReqId r) override;
    void onTimer(std::uint32_t kind, std::uint64_t arg) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    void fillSample(ComponentSample& s) const override;

    /// When the cache of `client` was last refreshed at or before `now` (0 = the start).
    SimTime lastRefresh(std::uint32_t client, SimTime now) const;
    /// The target (component index) the record named for `region` at time `t`; -1 = none.
    int answerAt(int region, SimTime t) const;

private:
    enum : std::uint32_t { kHealthCheck = kTimerBase };
    static constexpr int kRegions = 5;
    int bestFor(int region) const;
    SimTime phaseOf(std::uint32_t client) const;
    /// Counts the request of `client` at `now` as a hit or a miss of its DNS cache and
    /// returns lastRefresh(client, now).
    SimTime countLookup(std::uint32_t client, SimTime now);
    void updateRecords(bool initial);

    std::vector<int> m_targets;
    std::vector<char> m_healthy;
    std::vector<int> m_failures;
    std::array<char, kRegions> m_hasUsers{};
    struct Change { SimTime at; int target; };
    std::array<std::vector<Change>, kRegions> m_history; ///< per region, oldest first
    /// Per client: 1 + the refresh period of its last request (0 = never asked).
    std::vector<std::uint32_t> m_period;
    SimTime m_lastSwitch = -1; ///< when a region with users last got a new answer, -1 = never
    SimTime m_ttl = 0;
    bool m_geo = true;
    bool m_timerStarted = false;
};

} // namespace scalelab::core
