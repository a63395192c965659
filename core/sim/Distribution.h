// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Random.h"
#include "sim/SimTime.h"

#include <string>
#include <vector>

namespace scalelab::core {

/// A service-time (or delay) distribution, sampled by inverse CDF from a RandomStream.
/// Means are in seconds. The same stream and parameters give the same draws everywhere.
struct Distribution
{
    enum class Kind { Exponential, Deterministic, LogNormal, Empirical };

    Kind kind = Kind::Exponential;
    double meanS = 0.001;
    /// Coefficient of variation (standard deviation / mean), LogNormal only.
    double cv = 1.0;
    /// Empirical only: sorted sample values in seconds; sampled by linear
    /// interpolation of the empirical inverse CDF.
    std::vector<double> table;

    static Distribution exponential(double meanS) { return {Kind::Exponential, meanS, 1.0, {}}; }
    static Distribution deterministic(double meanS) { return {Kind::Deterministic, meanS, 0.0, {}}; }
    static Distribution logNormal(double meanS, double cv) { return {Kind::LogNormal, meanS, cv, {}}; }
    static Distribution empirical(std::vector<double> valuesS);

    /// One draw in seconds. `scale` multiplies the result (slow-component injection).
    double sampleSeconds(RandomStream& rng) const;
    SimTime sample(RandomStream& rng, double scale = 1.0) const
    {
        if (kind == Kind::Exponential)
            return secondsToSimTime(-std::log(rng.uniform()) * meanS * scale);
        return secondsToSimTime(sampleSeconds(rng) * scale);
    }
    /// The distribution's true mean in seconds.
    double mean() const;
    /// Squared coefficient of variation (used by the analytic estimate).
    double scv() const;

    static const char* kindName(Kind k);
    static bool kindFromName(const std::string& name, Kind& out);
};

/// Zipf(s) over ranks 1..n by Hoermann and Derflinger's rejection-inversion method:
/// O(1) memory and expected O(1) time for any n, s > 0.
class ZipfSampler
{
public:
    ZipfSampler(std::uint64_t n = 1, double exponent = 1.0);
    /// A rank in [1, n]; rank 1 is the most popular.
    std::uint64_t sample(RandomStream& rng) const;
    std::uint64_t size() const { return m_n; }
    double exponent() const { return m_s; }
    /// Probability of rank k (exact, uses a cached harmonic number).
    double probability(std::uint64_t k) const;

private:
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    std::uint64_t m_n;
    double m_s;
    double m_hIntegralX1;
    double m_hIntegralN;
    double m_threshold;
    double m_harmonic = 0.0;
};

} // namespace scalelab::core
