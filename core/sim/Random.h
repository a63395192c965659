// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>

namespace scalelab::core {

/// splitmix64 finalizer.
inline constexpr std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// One independent, seeded random stream (splitmix64). Stream k of seed s starts at
/// mix64(s * 1000003 + k), the same specification as the performance anchors'
/// common streams, so the benchmark can reproduce their sample paths exactly.
/// All variates are drawn by our own inverse-CDF code, so results are identical
/// with every standard library.
class RandomStream
{
public:
    explicit RandomStream(std::uint64_t seed = 1, std::uint64_t stream = 0)
        : m_state(mix64(seed * 1000003ULL + stream))
    {
    }

    std::uint64_t nextU64()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix64(m_state);
    }
    /// Uniform in the open interval (0, 1). The formula gives 2^-54 at the bottom, but its
    /// top word (2^53 - 1 + 0.5 is not a double) rounds to exactly 1.0; that one case
    /// (probability 2^-53) returns the largest double below 1 instead, so log(u), the
    /// normal quantile of u, etc. stay finite. Every other value matches the anchors.
    double uniform()
    {
        const double u = (static_cast<double>(nextU64() >> 11) + 0.5) * 0x1.0p-53;
        return u < 1.0 ? u : 0x1.fffffffffffffp-1;
    }
    /// Exponential with the given rate (mean 1/rate).
    double exponential(double rate) { return -std::log(uniform()) / rate; }
    /// Uniform integer in [0, n), n > 0 (Lemire's multiply-shift; bias < 2^-64 * n).
    std::uint64_t below(std::uint64_t n)
    {
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(nextU64()) * n) >> 64);
    }
    bool bernoulli(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

/// Inverse of the standard normal CDF (Acklam's rational approximation refined by
/// one Halley step; absolute error below 1e-12 over (0,1)).
double inverseNormalCdf(double p);

} // namespace scalelab::core
