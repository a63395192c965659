// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/FlatKeyIndex.h"
#include "sim/SimTime.h"

#include <cstdint>
#include <memory_resource>
#include <set>
#include <string>
#include <vector>

namespace scalelab::core {

/// A key cache of fixed capacity with LRU, LFU or FIFO eviction and a TTL. It stores
/// only keys (values do not matter to the simulation), so hit ratios emerge from the
/// stream of keys requested. Memory grows with the distinct keys held, never beyond
/// the capacity. The key table is one flat array (FlatKeyIndex) and the LFU order's
/// nodes come from a pool owned by the cache, so a cache that is flushed and refilled
/// again and again reuses the same memory instead of spreading over the heap. Not
/// copyable (the LFU set points into the pool).
class KeyCache
{
public:
    enum class Policy { Lru, Lfu, Fifo };

    KeyCache(std::size_t capacity = 1000, Policy policy = Policy::Lru, SimTime ttl = 0);
    KeyCache(const KeyCache&) = delete;
    KeyCache& operator=(const KeyCache&) = delete;

    /// Looks a key up at time `now`; a hit refreshes recency (LRU) or frequency (LFU).
    /// An expired entry is removed and reported as a miss.
    bool lookup(std::uint64_t key, SimTime now);
    /// Inserts (or refreshes) a key, evicting one when full.
    void insert(std::uint64_t key, SimTime now);
    /// Starts fetching key's node into the CPU cache (a request on its way to insert()
    /// or lookup() later): with ~100,000 keys the nodes are far larger than the L2.
    void prefetch(std::uint64_t key) const
    {
        const std::uint32_t n = m_index.find(key);
        if (n != FlatKeyIndex::kNone)
            __builtin_prefetch(&m_nodes[n]);
    }
    /// Age of a cached key at `now`, or -1 when absent.
    SimTime age(std::uint64_t key, SimTime now) const;
    void erase(std::uint64_t key);
    void clear();

    std::size_t size() const { return m_index.size(); }
    std::size_t capacity() const { return m_capacity; }
    void setCapacity(std::size_t c);
    void setTtl(SimTime ttl) { m_ttl = ttl; }
    void setPolicy(Policy p);
    Policy policy() const { return m_policy; }
    static bool policyFromName(const std::string& name, Policy& out);

private:
    /// 24 bytes: the caches touch one node per request, so more of them share a line.
    struct Node
    {
        std::uint64_t key;
        SimTime inserted;
        std::uint32_t prev, next;
    };
    /// LFU only, parallel to m_nodes: the node's place in m_lfu.
    struct Rank
    {
        std::uint64_t freq;
        std::uint64_t tick; ///< tie-break (least recently used among equals)
    };
    static constexpr std::uint32_t kNil = 0xFFFFFFFFu;

    void unlink(std::uint32_t n);
    void pushFront(std::uint32_t n);
    void evictOne();
    void removeNode(std::uint32_t n);

    std::size_t m_capacity;
    Policy m_policy;
    SimTime m_ttl;
    std::pmr::unsynchronized_pool_resource m_pool; ///< declared before the tables that use it
    FlatKeyIndex m_index; ///< key -> node (one flat array: no allocation per key)
    std::vector<Node> m_nodes;
    std::vector<Rank> m_ranks; ///< LFU only (empty otherwise)
    std::vector<std::uint32_t> m_freeNodes;
    std::uint32_t m_head = kNil, m_tail = kNil; ///< most recent (or newest) at head
    std::pmr::set<std::pair<std::pair<std::uint64_t, std::uint64_t>, std::uint32_t>> m_lfu{&m_pool}; ///< ((freq, tick), node)
    std::uint64_t m_tick = 0;
};

} // namespace scalelab::core
