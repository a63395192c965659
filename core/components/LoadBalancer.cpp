// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/LoadBalancer.h"

#include "sim/SimulationImpl.h"

#include <algorithm>

namespace scalelab::core {

LoadBalancerRuntime::Policy LoadBalancerRuntime::policyOf(const std::string& name)
{
    return name == "least_connections" ? Policy::LeastConnections
           : name == "random"          ? Policy::Random
           : name == "consistent_hash" ? Policy::ConsistentHash
           : name == "sticky"          ? Policy::Sticky
                                       : Policy::RoundRobin;
}

void LoadBalancerRuntime::wire()
{
    m_policy = policyOf(m_config.choice("policy"));
    serversChanged();
    if (!m_timerStarted) {
        m_timerStarted = true;
        scheduleTimer(secondsToSimTime(m_config.number("health_check_interval_s")), kHealthCheck);
    }
}

void LoadBalancerRuntime::serversChanged()
{
    std::vector<int> old = std::move(m_backends);
    std::vector<char> oldHealthy = std::move(m_healthy);
    std::vector<int> oldFailures = std::move(m_failures);
    m_backends.clear();
    for (int t : m_sim.targets(m_index))
        if (m_sim.comp(t).is(Kind::WebServer))
            m_backends.push_back(t);
    m_healthy.assign(m_backends.size(), 1);
    m_failures.assign(m_backends.size(), 0);
    // A backend keeps the balancer's view of it: O(N) with a table of the old slots
    // (was a nested loop, O(N^2) for N backends).
    const bool prefix = old.size() <= m_backends.size() && std::equal(old.begin(), old.end(), m_backends.begin());
    if (prefix) {
        std::copy(oldHealthy.begin(), oldHealthy.end(), m_healthy.begin());
        std::copy(oldFailures.begin(), oldFailures.end(), m_failures.begin());
    } else {
        std::unordered_map<int, std::size_t> oldSlot;
        oldSlot.reserve(old.size());
        for (std::size_t j = 0; j < old.size(); ++j)
            oldSlot.emplace(old[j], j); // the first slot of a component, as before
        for (std::size_t i = 0; i < m_backends.size(); ++i)
            if (auto it = oldSlot.find(m_backends[i]); it != oldSlot.end()) {
                m_healthy[i] = oldHealthy[it->second];
                m_failures[i] = oldFailures[it->second];
            }
    }
    if (!prefix)
        m_ringValid = false; // slots moved: the ring's members are stale
    refreshRing();
    m_usableHint = healthyCount();
}

void LoadBalancerRuntime::refreshRing()
{
    // Only consistent hashing reads the ring; other policies leave it to be built when
    // (if ever) the policy changes to it.
    if (m_policy != Policy::ConsistentHash) {
        m_ringValid = false;
        return;
    }
    std::vector<int> wanted;
    for (std::size_t i = 0; i < m_backends.size(); ++i)
        if (m_sim.comp(m_backends[i]).active())
            wanted.push_back(static_cast<int>(i));
    if (m_ringValid) {
        // The autoscaler and timeline add or retire one server at a time: merge the change
        // in, O(points) per member, rather than re-sorting the whole ring.
        std::vector<int> added, removed;
        m_inRing.resize(m_backends.size(), 0);
        std::size_t w = 0;
        for (std::size_t i = 0; i < m_inRing.size(); ++i) {
            const bool want = w < wanted.size() && wanted[w] == static_cast<int>(i);
            w += want ? 1 : 0;
            if (want && !m_inRing[i])
                added.push_back(static_cast<int>(i));
            else if (!want && m_inRing[i])
                removed.push_back(static_cast<int>(i));
        }
        if (added.size() + removed.size() <= 16) {
            for (int slot : removed) {
                m_ring.remove(slot);
                m_inRing[static_cast<std::size_t>(slot)] = 0;
            }
            for (int slot : added) {
                m_ring.add(slot);
                m_inRing[static_cast<std::size_t>(slot)] = 1;
            }
            return;
        }
    }
    m_ring.assign(wanted); // one sort: O(N log N) for N backends
    m_inRing.assign(m_backends.size(), 0);
    for (int slot : wanted)
        m_inRing[static_cast<std::size_t>(slot)] = 1;
    m_ringValid = true;
}

bool LoadBalancerRuntime::usable(int slot) const
{
    const auto s = static_cast<std::size_t>(slot);
    return m_healthy[s] && m_sim.comp(m_backends[s]).active();
}

int LoadBalancerRuntime::healthyCount() const
{
    int n = 0;
    for (std::size_t i = 0; i < m_backends.size(); ++i)
        n += usable(static_cast<int>(i)) ? 1 : 0;
    return n;
}

int LoadBalancerRuntime::pick(ReqId r)
{
    const std::size_t n = m_backends.size();
    if (n == 0)
        return -1;
    const Request& q = m_sim.req(r);
    if (m_policy == Policy::LeastConnections) {
        int best = -1;
        std::size_t bestLoad = SIZE_MAX;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = (m_rr + k) % n; // rotate the start so ties spread
            if (!usable(static_cast<int>(i)))
                continue;
            const std::size_t load = m_sim.comp(m_backends[i]).inFlight();
            if (load < bestLoad) {
                bestLoad = load;
                best = static_cast<int>(i);
            }
        }
        m_rr = (m_rr + 1) % n;
        return best;
    }
    if (m_policy == Policy::Random) {
        const int h = healthyCount();
        if (h == 0)
            return -1;
        auto k = static_cast<int>(m_sim.routeRng().below(static_cast<std::uint64_t>(h)));
        for (std::size_t i = 0; i < n; ++i)
            if (usable(static_cast<int>(i)) && k-- == 0)
                return static_cast<int>(i);
        return -1;
    }
    if (m_policy == Policy::ConsistentHash) {
        // With every backend out, a lookup would walk the whole ring (V points per
        // backend) for each request: answer from the count instead.
        if (m_usableHint == 0 && healthyCount() == 0)
            return -1;
        if (!m_ringValid)
            refreshRing();
        return m_ring.lookup(q.client, [this](int s) { return usable(s); });
    }
    if (m_policy == Policy::Sticky) {
        auto it = m_sticky.find(q.client);
        if (it != m_sticky.end() && it->second < static_cast<int>(n) && usable(it->second))
            return it->second;
    }
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (m_rr + k) % n;
        if (usable(static_cast<int>(i))) {
            m_rr = (i + 1) % n;
            if (m_policy == Policy::Sticky)
                m_sticky[q.client] = static_cast<int>(i);
            return static_cast<int>(i);
        }
    }
    return -1;
}

void LoadBalancerRuntime::served(ReqId r)
{
    const int slot = pick(r);
    if (slot < 0) {
        m_sim.fail(r, ErrorCause::NoRoute, m_index);
        return;
    }
    m_sim.forward(r, m_index, m_backends[static_cast<std::size_t>(slot)]);
}

void LoadBalancerRuntime::replace(int backend)
{
    ComponentRuntime& b = m_sim.comp(backend);
    if (!b.active() || !b.isDown() || std::find(m_backends.begin(), m_backends.end(), backend) == m_backends.end())
        return; // recovered, removed or no longer ours
    const std::string id = b.id() + "+" + std::to_string(m_sim.componentCount());
    const int idx = m_sim.addClone(backend, id);
    b.setActive(false); // the broken machine leaves the pool for good
    m_sim.connectRuntime(m_index, idx);
    serversChanged();
    SimEvent e;
    e.type = "server_replaced";
    e.component = id;
    e.component2 = b.id();
    e.setText(EventText::Replacement, {b.displayName(), id});
    e.severity = SimEvent::Severity::Recovery;
    m_sim.record(e);
}

void LoadBalancerRuntime::onTimer(std::uint32_t kind, std::uint64_t arg)
{
    if (kind == kReplace) {
        replace(static_cast<int>(arg));
        return;
    }
    if (kind != kHealthCheck)
        return;
    const int threshold = static_cast<int>(m_config.number("unhealthy_threshold"));
    for (std::size_t i = 0; i < m_backends.size(); ++i) {
        const ComponentRuntime& b = m_sim.comp(m_backends[i]);
        if (!b.active())
            continue;
        const bool alive = !b.isDown() && !m_down;
        if (!alive) {
            ++m_failures[i];
            if (m_healthy[i] && m_failures[i] >= threshold) {
                m_healthy[i] = 0;
                SimEvent e;
                e.type = "health_down";
                e.component = b.id();
                e.setText(EventText::HealthDown, {b.displayName()});
                e.severity = SimEvent::Severity::Warning;
                m_sim.record(e);
                if (const double after = m_config.number("replace_after_s"); after > 0)
                    scheduleTimer(secondsToSimTime(after), kReplace, static_cast<std::uint64_t>(m_backends[i]));
            }
        } else {
            m_failures[i] = 0;
            if (!m_healthy[i]) {
                m_healthy[i] = 1;
                SimEvent e;
                e.type = "health_up";
                e.component = b.id();
                e.setText(EventText::HealthUp, {b.displayName()});
                e.severity = SimEvent::Severity::Recovery;
                m_sim.record(e);
            }
        }
    }
    m_usableHint = healthyCount();
    scheduleTimer(secondsToSimTime(m_config.number("health_check_interval_s")), kHealthCheck);
}

bool LoadBalancerRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "policy") {
        m_policy = policyOf(std::get<std::string>(value));
        m_sticky.clear();
        refreshRing();
    }
    return true;
}

void LoadBalancerRuntime::fillSample(ComponentSample& s) const
{
    s.workers = healthyCount();
    s.targets = 0;
    for (int b : m_backends)
        s.targets += m_sim.comp(b).active() ? 1 : 0;
}

} // namespace scalelab::core
