// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimTime.h"

#include <algorithm>
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

/// Writes a new event into its slot field by field. The event sets take a new event as
/// its fields rather than as an Event: an Event built by the caller sits on the stack as
/// narrow stores, and copying it with wide loads right after cannot be forwarded from
/// them (a stall of some 20 cycles per schedule; perf put 15% of a 1M-user run on it).
inline void writeEvent(Event& d, SimTime time, std::uint64_t seq, std::uint32_t target,
                       std::uint32_t kind, std::uint64_t arg)
{
    d.time = time;
    d.seq = seq;
    d.target = target;
    d.kind = kind;
    d.arg = arg;
}

/// 4-ary implicit min-heap over Event. Amortised O(1) allocation: the vector only grows.
///
/// While at most kSmallMax events are pending (the usual case in small models) they
/// live instead in a small inline array sorted in descending order, so pop() takes the
/// last element and push() is a short insertion. The set moves to the heap when it
/// grows past kSmallMax and back when a pop leaves kSmallBack or fewer.
class QuaternaryHeap
{
public:
    static constexpr std::uint32_t kSmallMax = 12;
    static constexpr std::size_t kSmallBack = 6;

    bool empty() const { return m_small ? m_n == 0 : m_v.empty(); }
    std::size_t size() const { return m_small ? m_n : m_v.size(); }
    const Event& top() const { return m_small ? m_s[m_n - 1] : m_v.front(); }
    void reserve(std::size_t n) { m_v.reserve(n); }
    void clear()
    {
        m_v.clear();
        m_n = 0;
        m_small = true;
    }
    std::size_t capacity() const { return m_v.capacity(); }
    /// Calls f(event) for every pending event, in no particular order.
    template <class F> void forEach(F&& f) const
    {
        for (std::uint32_t i = 0; i < m_n; ++i)
            f(m_s[i]);
        for (const Event& e : m_v)
            f(e);
    }

    void push(const Event& e) { push(e.time, e.seq, e.target, e.kind, e.arg); }
    /// push() of the event with these fields (see writeEvent()).
    void push(SimTime time, std::uint64_t seq, std::uint32_t target, std::uint32_t kind,
              std::uint64_t arg)
    {
        if (m_small && m_n < kSmallMax) [[likely]] {
            std::uint32_t i = m_n++;
            while (i > 0 &&
                   (m_s[i - 1].time < time || (m_s[i - 1].time == time && m_s[i - 1].seq < seq))) {
                m_s[i] = m_s[i - 1];
                --i;
            }
            writeEvent(m_s[i], time, seq, target, kind, arg);
            return;
        }
        heapPush(time, seq, target, kind, arg);
    }

    Event pop()
    {
        if (m_small) [[likely]]
            return m_s[--m_n];
        return heapPop();
    }

private:
    [[gnu::noinline]] void heapPush(SimTime time, std::uint64_t seq, std::uint32_t target,
                                    std::uint32_t kind, std::uint64_t arg)
    {
        if (m_small) { // full small array: an ascending array is a valid heap
            m_v.clear();
            for (std::uint32_t k = m_n; k > 0; --k)
                m_v.push_back(m_s[k - 1]);
            m_n = 0;
            m_small = false;
        }
        std::size_t i = m_v.size();
        m_v.emplace_back();
        while (i > 0) {
            const std::size_t p = (i - 1) >> 2;
            if (!(time < m_v[p].time || (time == m_v[p].time && seq < m_v[p].seq)))
                break;
            m_v[i] = m_v[p];
            i = p;
        }
        writeEvent(m_v[i], time, seq, target, kind, arg);
    }

    [[gnu::noinline]] Event heapPop()
    {
        const Event out = m_v.front();
        const Event last = m_v.back();
        m_v.pop_back();
        const std::size_t n = m_v.size();
        std::size_t i = 0;
        if (n > 0) {
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
        }
        if (n <= kSmallBack) { // back to the sorted inline array
            std::sort(m_v.begin(), m_v.end(), [](const Event& a, const Event& b) { return eventBefore(b, a); });
            m_n = static_cast<std::uint32_t>(n);
            std::copy(m_v.begin(), m_v.end(), m_s);
            m_v.clear();
            m_small = true;
        }
        return out;
    }

    std::vector<Event> m_v;
    Event m_s[kSmallMax];  ///< small mode: sorted descending, earliest at m_s[m_n - 1]
    std::uint32_t m_n = 0; ///< events in m_s
    bool m_small = true;
};

} // namespace scalelab::core
