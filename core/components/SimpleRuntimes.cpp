// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/SimpleRuntimes.h"

#include "sim/SimulationImpl.h"

namespace scalelab::core {

void PassiveRuntime::served(ReqId r) { m_sim.fail(r, ErrorCause::NoRoute, m_index); }

int ForwardingRuntime::resolve(ReqId) { return m_index; }

void ForwardingRuntime::served(ReqId r)
{
    const auto& outs = m_sim.targets(m_index);
    for (int t : outs) {
        if (!m_sim.comp(t).active())
            continue;
        const int resolved = m_sim.comp(t).resolve(r);
        m_sim.forward(r, m_index, resolved >= 0 ? resolved : t);
        return;
    }
    m_sim.complete(r);
}

void SessionStoreRuntime::served(ReqId r)
{
    const Request& q = m_sim.req(r);
    if (q.web >= 0)
        m_sim.comp(q.web).resume(r);
    else
        m_sim.complete(r);
}

void ShardRouterRuntime::wire()
{
    m_range = m_config.choice("scheme") == "range";
    m_shards.clear();
    for (int t : m_sim.targets(m_index))
        if (m_sim.comp(t).is(Kind::Database))
            m_shards.push_back(t);
}

bool ShardRouterRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "scheme")
        wire();
    return true;
}

int ShardRouterRuntime::shardOf(std::uint64_t key) const
{
    const auto n = static_cast<std::uint64_t>(m_shards.size());
    if (n == 0)
        return -1;
    if (m_range) {
        const std::uint64_t space = std::max<std::uint64_t>(1, m_sim.scenario().workload.keyCount);
        return static_cast<int>(std::min(n - 1, key * n / space));
    }
    return static_cast<int>(mix64(key ^ 0xA0761D6478BD642FULL) % n);
}

void ShardRouterRuntime::served(ReqId r)
{
    const int s = shardOf(m_sim.req(r).key);
    if (s < 0) {
        m_sim.fail(r, ErrorCause::NoRoute, m_index);
        return;
    }
    const int db = m_shards[static_cast<std::size_t>(s)];
    const int target = m_sim.comp(db).resolve(r);
    m_sim.forward(r, m_index, target >= 0 ? target : db);
}

} // namespace scalelab::core
