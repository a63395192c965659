// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimTime.h"

#include <cstdint>
#include <vector>

namespace scalelab::core {

/// One scheduled event. Small and trivially copyable so the pending set stays
/// contiguous; ordering is (time, seq), so equal times pop in scheduling order.
struct Event
{
    SimTime time;
    std::uint64_t seq;
    std::uint32_t target; ///< handler index registered with the Engine
    std::uint32_t kind;   ///< handler-defined
    std::uint64_t arg;    ///< handler-defined payload (request index, user index, ...)
};
static_assert(sizeof(Event) == 32);

inline bool eventBefore(const Event& a, const Event& b)
{
    return a.time < b.time || (a.time == b.time && a.seq < b.seq);
}

/// 4-ary implicit min-heap over Event. Amortised O(1) allocation: the vector only grows.
class QuaternaryHeap
{
public:
    bool empty() const { return m_v.empty(); }
    std::size_t size() const { return m_v.size(); }
    const Event& top() const { return m_v.front(); }
    void reserve(std::size_t n) { m_v.reserve(n); }
    void clear() { m_v.clear(); }
    std::size_t capacity() const { return m_v.capacity(); }
    /// Calls f(event) for every pending event, in no particular order.
    template <class F> void forEach(F&& f) const
    {
        for (const Event& e : m_v)
            f(e);
    }

    void push(const Event& e)
    {
        std::size_t i = m_v.size();
        m_v.push_back(e);
        while (i > 0) {
            const std::size_t p = (i - 1) >> 2;
            if (!eventBefore(e, m_v[p]))
                break;
            m_v[i] = m_v[p];
            i = p;
        }
        m_v[i] = e;
    }

    Event pop()
    {
        const Event out = m_v.front();
        const Event last = m_v.back();
        m_v.pop_back();
        const std::size_t n = m_v.size();
        if (n == 0)
            return out;
        std::size_t i = 0;
        for (;;) {
            const std::size_t c = 4 * i + 1;
            if (c >= n)
                break;
#if defined(__GNUC__)
            if (4 * c + 1 < n)
                __builtin_prefetch(&m_v[4 * c + 1]);
#endif
            std::size_t best = c;
            const std::size_t end = c + 4 < n ? c + 4 : n;
            for (std::size_t k = c + 1; k < end; ++k)
                if (eventBefore(m_v[k], m_v[best]))
                    best = k;
            if (!eventBefore(m_v[best], last))
                break;
            m_v[i] = m_v[best];
            i = best;
        }
        m_v[i] = last;
        return out;
    }

private:
    std::vector<Event> m_v;
};

} // namespace scalelab::core
