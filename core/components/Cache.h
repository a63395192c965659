// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"
#include "components/KeyCache.h"

#include <unordered_set>

namespace scalelab::core {

/// In-memory cache tier (and, with kind "cdn", an edge cache for static objects).
/// A read hits when its key is held and fresh; a miss continues to the data tier
/// (cache-aside: the application asks the database; read-through: the cache does)
/// and the key is stored when the answer comes back. Write-through writes pass
/// through the cache; cache-aside writes invalidate the key. Refresh-ahead reloads
/// a key read late in its TTL in the background.
class CacheRuntime : public ComponentRuntime
{
public:
    CacheRuntime(SimulationImpl& sim, const Component& c, int index);
    void wire() override;
    /// Joins the station as every component does, after prefetching the key's node for
    /// served(), one service time later.
    void accept(ReqId r) override;
    void served(ReqId r) override;
    void fill(std::uint64_t key) override;
    void invalidate(std::uint64_t key) override;
    void flush() override;
    void setDown(bool down, const std::string& reason) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    void fillSample(ComponentSample& s) const override;
    const KeyCache& keys() const { return m_keys; }
    enum class Strategy : std::uint8_t { CacheAside, ReadThrough, WriteThrough, RefreshAhead };
    Strategy strategy() const { return m_strategy; }

private:
    void toOrigin(ReqId r);
    void updateSettings();
    KeyCache m_keys;
    int m_data = -1;
    bool m_isCdn = false;
    Strategy m_strategy = Strategy::CacheAside;
    bool m_invalidateOnWrite = true; ///< cache-aside / read-through: a write drops the key (else TTL only)
    SimTime m_refreshAge = 0; ///< refresh-ahead: age after which a hit triggers a reload
    std::unordered_set<std::uint64_t> m_refreshing;
};

} // namespace scalelab::core
