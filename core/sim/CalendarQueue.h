// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/EventQueue.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

namespace scalelab::core {

/// Future-event set for large pending sets: a bucketed time wheel over integer
/// nanoseconds (a calendar queue with power-of-two bucket width).
///
/// Three tiers, each holding a contiguous time range:
///   near  - every event of the current bucket (and earlier), sorted latest-first so the
///           earliest is popped off the back; a bucket is sorted once when poured, and
///           the few events scheduled into the current bucket are inserted in place;
///   wheel - nb buckets of width 2^shift ns covering the next nb-1 buckets, unsorted;
///   far   - a 4-ary heap for events beyond the wheel's window.
/// Popping only ever touches the near heap; when it empties, the next non-empty bucket
/// (found through a bitmap) is poured into it. Pop order is exactly (time, seq), the
/// same as QuaternaryHeap's. The wheel is resized and its bucket width re-estimated
/// from the pending times when the set outgrows it. A bucket is a linked list of
/// three-event chunks taken from one pool with a free list, so once the pool has grown
/// to the peak a steady state allocates nothing per event. Pushes into the wheel are
/// staged in batches of 16 so their cache misses overlap (software prefetching).
class CalendarQueue
{
public:
    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    /// The earliest event. Precondition: !empty().
    const Event& top() const { return m_near.back(); }
    void reserve(std::size_t n) { m_near.reserve(std::min<std::size_t>(n, 4096)); }

    void push(const Event& e) { push(e.time, e.seq, e.target, e.kind, e.arg); }
    /// push() of the event with these fields (see writeEvent()); inlined into
    /// Engine::schedule() so the fields go from registers straight into their slot.
    [[gnu::always_inline]] void push(SimTime time, std::uint64_t seq, std::uint32_t target,
                                     std::uint32_t kind, std::uint64_t arg)
    {
        if (m_size == 0) {
            if (m_heads.empty())
                resize(kMinBuckets, m_shift);
            m_cur = bucketOf(time);
            writeEvent(m_near.emplace_back(), time, seq, target, kind, arg);
            ++m_size;
            return;
        }
        ++m_size;
        const std::uint64_t b = bucketOf(time);
        if (b > m_cur && b - m_cur < m_heads.size()) {
            // A wheel bucket: stage it and place a batch later, so the cache misses on
            // the bucket heads and chunks overlap instead of stalling one by one.
#if defined(__GNUC__)
            __builtin_prefetch(&m_heads[b & m_mask]);
#endif
            writeEvent(m_stage[m_staged++], time, seq, target, kind, arg);
            if (m_staged == kStage)
                flushStage();
        } else if (b <= m_cur) {
            insertNear(time, seq, target, kind, arg);
        } else {
            m_far.push(time, seq, target, kind, arg);
        }
        if (m_size > 4 * m_heads.size() || (m_far.size() > m_size / 2 && m_size >= 4096)) [[unlikely]]
            rebuild();
    }

    Event pop()
    {
        const Event out = m_near.back();
        m_near.pop_back();
        --m_size;
        if (m_near.empty() && m_size > 0)
            advance();
        return out;
    }

    void clear()
    {
        m_near.clear();
        m_far.clear();
        std::fill(m_heads.begin(), m_heads.end(), kNone);
        m_chunks.clear();
        m_freeChunk = kNone;
        std::fill(m_bits.begin(), m_bits.end(), 0);
        m_wheelCount = 0;
        m_staged = 0;
        m_size = 0;
    }

    /// Calls f(event) for every pending event, in no particular order.
    template <class F> void forEach(F&& f) const
    {
        for (std::uint32_t k = 0; k < m_staged; ++k)
            f(m_stage[k]);
        for (const Event& e : m_near)
            f(e);
        m_far.forEach(f);
        for (std::uint32_t head : m_heads)
            for (std::uint32_t c = head; c != kNone; c = m_chunks[c].next)
                for (std::uint32_t k = 0; k < m_chunks[c].count; ++k)
                    f(m_chunks[c].ev[k]);
    }

    /// Current geometry, for benchmarks and tests.
    std::size_t bucketCount() const { return m_heads.size(); }
    int bucketShift() const { return m_shift; }

private:
    static constexpr std::size_t kMinBuckets = 256;
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    static constexpr std::uint32_t kChunkEvents = 3;
    struct Chunk
    {
        Event ev[kChunkEvents];
        std::uint32_t next;
        std::uint32_t count;
    };

    std::uint32_t newChunk(std::uint32_t next)
    {
        std::uint32_t c = m_freeChunk;
        if (c != kNone) {
            m_freeChunk = m_chunks[c].next;
        } else {
            c = static_cast<std::uint32_t>(m_chunks.size());
            m_chunks.emplace_back();
        }
        m_chunks[c].next = next;
        m_chunks[c].count = 0;
        return c;
    }

    std::uint64_t bucketOf(SimTime t) const { return static_cast<std::uint64_t>(t) >> m_shift; }

    void place(const Event& e)
    {
        const std::uint64_t b = bucketOf(e.time);
        if (b <= m_cur) {
            insertNear(e.time, e.seq, e.target, e.kind, e.arg);
        } else if (b - m_cur < m_heads.size()) {
            const std::size_t i = b & m_mask;
            std::uint32_t head = m_heads[i];
            if (head == kNone) {
                m_bits[i >> 6] |= std::uint64_t{1} << (i & 63);
                head = m_heads[i] = newChunk(kNone);
            } else if (m_chunks[head].count == kChunkEvents) {
                head = m_heads[i] = newChunk(head);
            }
            Chunk& c = m_chunks[head];
            c.ev[c.count++] = e;
            ++m_wheelCount;
        } else {
            m_far.push(e);
        }
    }

    /// Inserts into the latest-first sorted near tier: shifts the (few) earlier events
    /// one slot towards the back and writes e into the gap.
    void insertNear(SimTime time, std::uint64_t seq, std::uint32_t target, std::uint32_t kind,
                    std::uint64_t arg)
    {
        std::size_t i = m_near.size();
        m_near.emplace_back();
        Event* d = m_near.data();
        while (i > 0 && (d[i - 1].time < time || (d[i - 1].time == time && d[i - 1].seq < seq))) {
            d[i] = d[i - 1];
            --i;
        }
        writeEvent(d[i], time, seq, target, kind, arg);
    }

    /// Places the staged events (all in wheel buckets after m_cur): first prefetches the
    /// chunk each bucket head points at, then appends.
    void flushStage()
    {
#if defined(__GNUC__)
        for (std::uint32_t k = 0; k < m_staged; ++k) {
            const std::uint32_t head = m_heads[bucketOf(m_stage[k].time) & m_mask];
            if (head != kNone)
                __builtin_prefetch(&m_chunks[head]);
        }
#endif
        const std::uint32_t n = m_staged;
        m_staged = 0;
        for (std::uint32_t k = 0; k < n; ++k)
            place(m_stage[k]);
    }

    /// Moves to the next non-empty bucket (or the far heap's first) and pours it into near.
    void advance()
    {
        if (m_staged)
            flushStage();
        if (m_wheelCount == 0) {
            m_cur = bucketOf(m_far.top().time);
            pullFar(); // into near (sorted by insertion) and the wheel
            return;
        }
        const std::size_t nb = m_heads.size();
        std::size_t pos = (m_cur + 1) & m_mask;
        std::size_t dist = 0;
        // Scan the bitmap cyclically from pos.
        for (;;) {
            const std::size_t w = pos >> 6;
            const std::uint64_t word = m_bits[w] >> (pos & 63);
            if (word) {
                dist += static_cast<std::size_t>(std::countr_zero(word));
                break;
            }
            const std::size_t step = 64 - (pos & 63);
            dist += step;
            pos = (pos + step) & m_mask;
            if (dist >= nb) // cannot happen while m_wheelCount > 0
                break;
        }
        m_cur += 1 + dist;
        const std::size_t i = m_cur & m_mask;
#if defined(__GNUC__)
        const std::uint32_t nextHead = m_heads[(i + 1) & m_mask];
        if (nextHead != kNone)
            __builtin_prefetch(&m_chunks[nextHead]);
#endif
        std::uint32_t c = m_heads[i];
        m_heads[i] = kNone;
        while (c != kNone) {
            Chunk& ch = m_chunks[c];
            for (std::uint32_t k = 0; k < ch.count; ++k)
                m_near.push_back(ch.ev[k]);
            m_wheelCount -= ch.count;
            const std::uint32_t next = ch.next;
            ch.next = m_freeChunk;
            m_freeChunk = c;
            c = next;
        }
        m_bits[i >> 6] &= ~(std::uint64_t{1} << (i & 63));
        std::sort(m_near.begin(), m_near.end(), [](const Event& a, const Event& b) { return eventBefore(b, a); });
        pullFar();
    }

    /// Far events whose bucket entered the window move into the wheel (or near).
    void pullFar()
    {
        const std::uint64_t limit = m_cur + m_heads.size();
        while (!m_far.empty() && bucketOf(m_far.top().time) < limit)
            place(m_far.pop());
    }

    void resize(std::size_t nb, int shift)
    {
        m_heads.assign(nb, kNone);
        m_chunks.clear();
        m_freeChunk = kNone;
        m_bits.assign((nb + 63) / 64, 0);
        m_mask = nb - 1;
        m_shift = shift;
        m_wheelCount = 0;
        m_staged = 0; // callers re-place everything (rebuild collected the staged events first)
    }

    /// Re-estimates the bucket width from the pending times and redistributes.
    void rebuild()
    {
        std::vector<Event> all;
        all.reserve(m_size);
        forEach([&](const Event& e) { all.push_back(e); });
        m_near.clear();
        m_far.clear();
        // Sample up to 1024 times to estimate the spacing of the earliest 90%.
        std::vector<SimTime> sample;
        const std::size_t stride = std::max<std::size_t>(1, all.size() / 1024);
        for (std::size_t k = 0; k < all.size(); k += stride)
            sample.push_back(all[k].time);
        std::sort(sample.begin(), sample.end());
        SimTime tMin = all.front().time;
        for (const Event& e : all)
            tMin = std::min(tMin, e.time);
        const SimTime t90 = sample[(sample.size() * 9) / 10];
        const double gap = static_cast<double>(std::max<SimTime>(1, t90 - tMin)) / (0.9 * static_cast<double>(all.size()));
        int shift = 0;
        while (shift < 40 && static_cast<double>(std::uint64_t{1} << shift) < 2.0 * gap)
            ++shift;
        // About 2-4 events per bucket over the earliest 90%: chunks fill well and the wheel
        // (nb * width >= n * gap) still spans that 90%.
        const std::size_t nb = std::max(kMinBuckets, std::bit_ceil(all.size()) / 2);
        resize(nb, shift);
        m_cur = bucketOf(tMin);
        for (const Event& e : all)
            place(e);
    }

    std::vector<Event> m_near; ///< sorted latest-first: the earliest event is back()
    QuaternaryHeap m_far;
    static constexpr std::uint32_t kStage = 16;
    Event m_stage[kStage];      ///< wheel events not placed yet (see push())
    std::uint32_t m_staged = 0;
    std::vector<std::uint32_t> m_heads; ///< per bucket: newest chunk, kNone when empty
    std::vector<Chunk> m_chunks;        ///< chunk pool
    std::uint32_t m_freeChunk = kNone;
    std::vector<std::uint64_t> m_bits; ///< bit i set when bucket i is non-empty
    std::uint64_t m_cur = 0;           ///< absolute index of the bucket being drained
    std::size_t m_mask = 0;
    std::size_t m_wheelCount = 0;
    std::size_t m_size = 0;
    int m_shift = 20; ///< initial width about 1 ms
};

} // namespace scalelab::core
