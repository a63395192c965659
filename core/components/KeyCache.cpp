// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/KeyCache.h"

#include <string>

namespace scalelab::core {

KeyCache::KeyCache(std::size_t capacity, Policy policy, SimTime ttl)
    : m_capacity(capacity ? capacity : 1), m_policy(policy), m_ttl(ttl)
{
}

bool KeyCache::policyFromName(const std::string& name, Policy& out)
{
    if (name == "lru")
        out = Policy::Lru;
    else if (name == "lfu")
        out = Policy::Lfu;
    else if (name == "fifo")
        out = Policy::Fifo;
    else
        return false;
    return true;
}

void KeyCache::unlink(std::uint32_t n)
{
    Node& x = m_nodes[n];
    if (x.prev != kNil)
        m_nodes[x.prev].next = x.next;
    else
        m_head = x.next;
    if (x.next != kNil)
        m_nodes[x.next].prev = x.prev;
    else
        m_tail = x.prev;
    x.prev = x.next = kNil;
}

void KeyCache::pushFront(std::uint32_t n)
{
    Node& x = m_nodes[n];
    x.prev = kNil;
    x.next = m_head;
    if (m_head != kNil)
        m_nodes[m_head].prev = n;
    m_head = n;
    if (m_tail == kNil)
        m_tail = n;
}

void KeyCache::removeNode(std::uint32_t n)
{
    Node& x = m_nodes[n];
    if (m_policy == Policy::Lfu)
        m_lfu.erase({{m_ranks[n].freq, m_ranks[n].tick}, n});
    unlink(n);
    m_index.erase(x.key);
    m_freeNodes.push_back(n);
}

void KeyCache::evictOne()
{
    if (m_index.empty())
        return;
    if (m_policy == Policy::Lfu)
        removeNode(m_lfu.begin()->second);
    else
        removeNode(m_tail);
}

bool KeyCache::lookup(std::uint64_t key, SimTime now)
{
    const std::uint32_t n = m_index.find(key);
    if (n == FlatKeyIndex::kNone)
        return false;
    Node& x = m_nodes[n];
    if (m_ttl > 0 && now - x.inserted >= m_ttl) {
        removeNode(n);
        return false;
    }
    switch (m_policy) {
    case Policy::Lru:
        if (n != m_head) {
            unlink(n);
            pushFront(n);
        }
        break;
    case Policy::Lfu: {
        Rank& k = m_ranks[n];
        m_lfu.erase({{k.freq, k.tick}, n});
        ++k.freq;
        k.tick = ++m_tick;
        m_lfu.insert({{k.freq, k.tick}, n});
        break;
    }
    case Policy::Fifo:
        break;
    }
    return true;
}

void KeyCache::insert(std::uint64_t key, SimTime now)
{
    if (const std::uint32_t n = m_index.find(key); n != FlatKeyIndex::kNone) {
        m_nodes[n].inserted = now;
        if (m_policy == Policy::Lru && n != m_head) {
            unlink(n);
            pushFront(n);
        }
        return;
    }
    while (m_index.size() >= m_capacity)
        evictOne();
    std::uint32_t n;
    if (!m_freeNodes.empty()) {
        n = m_freeNodes.back();
        m_freeNodes.pop_back();
    } else {
        n = static_cast<std::uint32_t>(m_nodes.size());
        m_nodes.push_back({});
    }
    m_nodes[n] = Node{key, now, kNil, kNil};
    pushFront(n);
    m_index.insert(key, n);
    if (m_policy == Policy::Lfu) {
        if (m_ranks.size() < m_nodes.size())
            m_ranks.resize(m_nodes.size());
        m_ranks[n] = Rank{1, ++m_tick};
        m_lfu.insert({{1, m_ranks[n].tick}, n});
    }
}

SimTime KeyCache::age(std::uint64_t key, SimTime now) const
{
    const std::uint32_t n = m_index.find(key);
    return n == FlatKeyIndex::kNone ? -1 : now - m_nodes[n].inserted;
}

void KeyCache::erase(std::uint64_t key)
{
    if (const std::uint32_t n = m_index.find(key); n != FlatKeyIndex::kNone)
        removeNode(n);
}

void KeyCache::clear()
{
    m_index.clear();
    m_nodes.clear();
    m_ranks.clear();
    m_freeNodes.clear();
    m_lfu.clear();
    m_head = m_tail = kNil;
}

void KeyCache::setCapacity(std::size_t c)
{
    m_capacity = c ? c : 1;
    while (m_index.size() > m_capacity)
        evictOne();
}

void KeyCache::setPolicy(Policy p)
{
    if (p == m_policy)
        return;
    clear(); // switching policy restarts the cache cold (documented)
    m_policy = p;
}

} // namespace scalelab::core
