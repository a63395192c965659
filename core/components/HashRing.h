// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Random.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace scalelab::core {

/// Consistent-hash ring with virtual nodes: each member owns the arcs that end at its
/// points, so removing one member of N moves only the keys it owned (about 1/N).
///
/// Costs (V virtual nodes per member, P points on the ring): assign() of N members is one
/// sort, O(NV log NV); add() sorts the member's V points and merges them in, O(P + V log V);
/// remove() is O(P). Building a ring by add() one member at a time used to re-sort the
/// whole ring each time (5,000 members: 76 s); use assign() for a whole set.
class HashRing
{
public:
    explicit HashRing(int virtualNodes = 128) : m_vnodes(virtualNodes) {}

    /// Replaces the ring's members by `members`, in one sort.
    template <class Range>
    void assign(const Range& members)
    {
        m_points.clear();
        for (int member : members)
            appendPoints(member);
        std::sort(m_points.begin(), m_points.end());
    }
    void add(int member)
    {
        const auto mid = static_cast<std::ptrdiff_t>(m_points.size());
        appendPoints(member);
        std::sort(m_points.begin() + mid, m_points.end());
        std::inplace_merge(m_points.begin(), m_points.begin() + mid, m_points.end());
    }
    void remove(int member)
    {
        std::erase_if(m_points, [member](const auto& p) { return p.second == member; });
    }
    void clear() { m_points.clear(); }
    bool empty() const { return m_points.empty(); }
    std::size_t pointCount() const { return m_points.size(); }

    /// The member owning `key`, skipping members for which `usable(member)` is false.
    /// Returns -1 when none is usable.
    template <class Pred>
    int lookup(std::uint64_t key, Pred usable) const
    {
        if (m_points.empty())
            return -1;
        const std::uint64_t h = mix64(key ^ 0x9E3779B97F4A7C15ULL);
        auto it = std::lower_bound(m_points.begin(), m_points.end(), std::pair<std::uint64_t, int>{h, -1});
        for (std::size_t n = 0; n < m_points.size(); ++n, ++it) {
            if (it == m_points.end())
                it = m_points.begin();
            if (usable(it->second))
                return it->second;
        }
        return -1;
    }
    int lookup(std::uint64_t key) const
    {
        return lookup(key, [](int) { return true; });
    }

    /// Up to `n` distinct usable members for `key`, walking clockwise from its point: the
    /// first is lookup(key, usable), the others hold its copies. Returns how many were found.
    template <class Pred>
    int owners(std::uint64_t key, int n, Pred usable, int* out) const
    {
        int found = 0;
        if (m_points.empty() || n <= 0)
            return 0;
        const std::uint64_t h = mix64(key ^ 0x9E3779B97F4A7C15ULL);
        auto it = std::lower_bound(m_points.begin(), m_points.end(), std::pair<std::uint64_t, int>{h, -1});
        for (std::size_t k = 0; k < m_points.size() && found < n; ++k, ++it) {
            if (it == m_points.end())
                it = m_points.begin();
            const int m = it->second;
            if (!usable(m) || std::find(out, out + found, m) != out + found)
                continue;
            out[found++] = m;
        }
        return found;
    }

    /// The fraction of the hash space each member owns (sums to 1), by member.
    std::vector<std::pair<int, double>> arcShares() const
    {
        std::vector<std::pair<int, double>> shares;
        if (m_points.empty())
            return shares;
        auto addShare = [&](int member, double f) {
            for (auto& s : shares)
                if (s.first == member) {
                    s.second += f;
                    return;
                }
            shares.push_back({member, f});
        };
        constexpr double kSpace = 18446744073709551616.0; // 2^64
        // A point owns the arc that ends at it: (previous point, this point].
        addShare(m_points.front().second,
                 (static_cast<double>(m_points.front().first) + (kSpace - static_cast<double>(m_points.back().first))) / kSpace);
        for (std::size_t i = 1; i < m_points.size(); ++i)
            addShare(m_points[i].second, static_cast<double>(m_points[i].first - m_points[i - 1].first) / kSpace);
        return shares;
    }

private:
    void appendPoints(int member)
    {
        for (int v = 0; v < m_vnodes; ++v)
            m_points.push_back({mix64((static_cast<std::uint64_t>(member) << 20) ^ static_cast<std::uint64_t>(v) ^ 0x5bd1e995ULL), member});
    }

    int m_vnodes;
    std::vector<std::pair<std::uint64_t, int>> m_points;
};

} // namespace scalelab::core
