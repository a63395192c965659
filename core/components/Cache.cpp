// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/Cache.h"

#include "sim/SimulationImpl.h"

namespace scalelab::core {

namespace {
KeyCache::Policy policyOf(const Component& c)
{
    KeyCache::Policy p = KeyCache::Policy::Lru;
    KeyCache::policyFromName(c.choice("eviction"), p);
    return p;
}
} // namespace

CacheRuntime::CacheRuntime(SimulationImpl& sim, const Component& c, int index)
    : ComponentRuntime(sim, c, index),
      m_keys(static_cast<std::size_t>(c.number("capacity_items")), policyOf(c), secondsToSimTime(c.number("ttl_s")))
{
    m_isCdn = c.kind == "cdn";
    updateSettings();
}

void CacheRuntime::updateSettings()
{
    const std::string s = m_isCdn ? std::string("read_through") : m_config.choice("strategy");
    m_strategy = s == "read_through"    ? Strategy::ReadThrough
                 : s == "write_through" ? Strategy::WriteThrough
                 : s == "refresh_ahead" ? Strategy::RefreshAhead
                                        : Strategy::CacheAside;
    const double ttl = m_config.number("ttl_s");
    m_invalidateOnWrite = m_isCdn || m_config.number("invalidate_on_write") != 0;
    m_refreshAge = (!m_isCdn && ttl > 0) ? secondsToSimTime(ttl * m_config.number("refresh_ahead_fraction")) : 0;
}

void CacheRuntime::wire()
{
    m_data = -1;
    for (int t : m_sim.targets(m_index)) {
        m_data = t;
        break;
    }
}

void CacheRuntime::toOrigin(ReqId r)
{
    Request& q = m_sim.req(r);
    // Cache-aside: the application (web server) asks the data tier itself.
    if (!m_isCdn && m_strategy == Strategy::CacheAside && q.web >= 0) {
        m_sim.comp(q.web).resume(r);
        return;
    }
    int target = m_data;
    if (target < 0 && q.web >= 0) {
        m_sim.comp(q.web).resume(r);
        return;
    }
    if (target < 0) {
        m_sim.fail(r, ErrorCause::NoRoute, m_index);
        return;
    }
    const int resolved = m_sim.comp(target).resolve(r);
    m_sim.forward(r, m_index, resolved >= 0 ? resolved : target);
}

void CacheRuntime::accept(ReqId r)
{
    if (m_isStation)
        m_keys.prefetch(m_sim.req(r).key);
    ComponentRuntime::accept(r);
}

void CacheRuntime::served(ReqId r)
{
    Request& q = m_sim.req(r);
    const SimTime now = m_sim.now();
    if (q.type == RequestType::Write) {
        m_keys.insert(q.key, now); // write-through keeps the cache current
        toOrigin(r);
        return;
    }
    if (m_keys.lookup(q.key, now)) {
        ++m_stats.windowHits;
        if (q.flags & kFlagMeasured)
            ++m_stats.hits;
        if (!m_isCdn && !(q.flags & kFlagInternal)) {
            // Stale: the entry was stored before the key's last write.
            const SimTime written = m_sim.lastWrite(q.key);
            if (written >= 0 && now - m_keys.age(q.key, now) < written) {
                ++m_stats.windowStaleHits;
                if (q.flags & kFlagMeasured) {
                    ++m_stats.staleHits;
                    ++m_sim.cacheStaleReads;
                }
            }
        }
        if (m_strategy == Strategy::RefreshAhead && m_refreshAge > 0) {
            const SimTime age = m_keys.age(q.key, now);
            if (age >= m_refreshAge && m_refreshing.insert(q.key).second) {
                const ReqId refresh = m_sim.spawnInternal(RequestType::Read, q.key, m_index);
                m_sim.req(refresh).cache = m_index;
                m_sim.req(refresh).flags |= kFlagCacheChecked;
                toOrigin(refresh);
            }
        }
        m_sim.complete(r);
        return;
    }
    ++m_stats.windowMisses;
    if (q.flags & kFlagMeasured)
        ++m_stats.misses;
    q.flags |= kFlagCacheChecked;
    q.cache = m_index;
    toOrigin(r);
}

void CacheRuntime::fill(std::uint64_t key)
{
    m_refreshing.erase(key);
    if (!m_down)
        m_keys.insert(key, m_sim.now());
}

void CacheRuntime::invalidate(std::uint64_t key)
{
    if (m_invalidateOnWrite)
        m_keys.erase(key);
}

void CacheRuntime::flush()
{
    m_keys.clear();
    m_refreshing.clear();
}

void CacheRuntime::setDown(bool down, const std::string& reason)
{
    if (down)
        flush(); // memory is lost with the process
    ComponentRuntime::setDown(down, reason);
}

bool CacheRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "capacity_items")
        m_keys.setCapacity(static_cast<std::size_t>(std::get<double>(value)));
    else if (key == "ttl_s")
        m_keys.setTtl(secondsToSimTime(std::get<double>(value)));
    else if (key == "eviction")
        m_keys.setPolicy(policyOf(m_config));
    updateSettings();
    return true;
}

void CacheRuntime::fillSample(ComponentSample& s) const
{
    (void)s; // hit rate is filled by the simulation from the window counters
}

} // namespace scalelab::core
