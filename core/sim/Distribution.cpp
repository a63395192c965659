// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/Distribution.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

Distribution Distribution::empirical(std::vector<double> valuesS)
{
    std::sort(valuesS.begin(), valuesS.end());
    Distribution d{Kind::Empirical, 0.0, 0.0, std::move(valuesS)};
    d.meanS = d.mean();
    return d;
}

double Distribution::sampleSeconds(RandomStream& rng) const
{
    switch (kind) {
    case Kind::Exponential:
        return -std::log(rng.uniform()) * meanS;
    case Kind::Deterministic:
        return meanS;
    case Kind::LogNormal: {
        // mean m and cv give sigma^2 = ln(1+cv^2), mu = ln m - sigma^2/2.
        const double s2 = std::log1p(cv * cv);
        const double mu = std::log(meanS) - 0.5 * s2;
        return std::exp(mu + std::sqrt(s2) * inverseNormalCdf(rng.uniform()));
    }
    case Kind::Empirical: {
        if (table.empty())
            return 0.0;
        if (table.size() == 1)
            return table.front();
        const double pos = rng.uniform() * static_cast<double>(table.size() - 1);
        const auto i = static_cast<std::size_t>(pos);
        const double frac = pos - static_cast<double>(i);
        return table[i] + frac * (table[std::min(i + 1, table.size() - 1)] - table[i]);
    }
    }
    return meanS;
}

double Distribution::mean() const
{
    if (kind != Kind::Empirical)
        return meanS;
    if (table.empty())
        return 0.0;
    if (table.size() == 1)
        return table.front();
    // Mean of the piecewise-linear inverse CDF: average of the segment midpoints.
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < table.size(); ++i)
        sum += 0.5 * (table[i] + table[i + 1]);
    return sum / static_cast<double>(table.size() - 1);
}

double Distribution::scv() const
{
    switch (kind) {
    case Kind::Exponential:
        return 1.0;
    case Kind::Deterministic:
        return 0.0;
    case Kind::LogNormal:
        return cv * cv;
    case Kind::Empirical: {
        if (table.size() < 2)
            return 0.0;
        const double m = mean();
        // Second moment of a uniform mixture of linear segments.
        double m2 = 0.0;
        for (std::size_t i = 0; i + 1 < table.size(); ++i) {
            const double a = table[i], b = table[i + 1];
            m2 += (a * a + a * b + b * b) / 3.0;
        }
        m2 /= static_cast<double>(table.size() - 1);
        return m > 0 ? std::max(0.0, m2 / (m * m) - 1.0) : 0.0;
    }
    }
    return 1.0;
}

const char* Distribution::kindName(Kind k)
{
    switch (k) {
    case Kind::Exponential:
        return "exponential";
    case Kind::Deterministic:
        return "deterministic";
    case Kind::LogNormal:
        return "lognormal";
    case Kind::Empirical:
        return "empirical";
    }
    return "exponential";
}

bool Distribution::kindFromName(const std::string& name, Kind& out)
{
    for (Kind k : {Kind::Exponential, Kind::Deterministic, Kind::LogNormal, Kind::Empirical}) {
        if (name == kindName(k)) {
            out = k;
            return true;
        }
    }
    return false;
}

namespace {
// log1p(x)/x, continuous at 0.
double helper1(double x)
{
    return std::abs(x) > 1e-8 ? std::log1p(x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));
}
// expm1(x)/x, continuous at 0.
double helper2(double x)
{
    return std::abs(x) > 1e-8 ? std::expm1(x) / x : 1.0 + x * 0.5 * (1.0 + x / 3.0 * (1.0 + 0.25 * x));
}
} // namespace

ZipfSampler::ZipfSampler(std::uint64_t n, double exponent) : m_n(std::max<std::uint64_t>(1, n)), m_s(exponent)
{
    m_hIntegralX1 = hIntegral(1.5) - 1.0;
    m_hIntegralN = hIntegral(static_cast<double>(m_n) + 0.5);
    m_threshold = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
    // Generalised harmonic number for exact probabilities: exact sum up to 10^6,
    // Euler-Maclaurin tail beyond.
    const std::uint64_t direct = std::min<std::uint64_t>(m_n, 1'000'000);
    for (std::uint64_t k = direct; k >= 1; --k)
        m_harmonic += std::pow(static_cast<double>(k), -m_s);
    if (m_n > direct) {
        const double a = static_cast<double>(direct) + 0.5, b = static_cast<double>(m_n) + 0.5;
        m_harmonic += hIntegral(b) - hIntegral(a);
    }
}

double ZipfSampler::h(double x) const { return std::exp(-m_s * std::log(x)); }

double ZipfSampler::hIntegral(double x) const
{
    const double logX = std::log(x);
    return helper2((1.0 - m_s) * logX) * logX;
}

double ZipfSampler::hIntegralInverse(double x) const
{
    double t = x * (1.0 - m_s);
    if (t < -1.0)
        t = -1.0; // numerical guard, as the method requires
    return std::exp(helper1(t) * x);
}

std::uint64_t ZipfSampler::sample(RandomStream& rng) const
{
    if (m_n == 1)
        return 1;
    for (;;) {
        const double u = m_hIntegralN + rng.uniform() * (m_hIntegralX1 - m_hIntegralN);
        const double x = hIntegralInverse(u);
        double kd = std::floor(x + 0.5);
        if (kd < 1.0)
            kd = 1.0;
        else if (kd > static_cast<double>(m_n))
            kd = static_cast<double>(m_n);
        if (kd - x <= m_threshold || u >= hIntegral(kd + 0.5) - h(kd))
            return static_cast<std::uint64_t>(kd);
    }
}

double ZipfSampler::probability(std::uint64_t k) const
{
    if (k < 1 || k > m_n)
        return 0.0;
    return std::pow(static_cast<double>(k), -m_s) / m_harmonic;
}

} // namespace scalelab::core
