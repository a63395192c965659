// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the fidelity tests: closed-form queueing results, small scenarios built in
// code, and a replication-based confidence interval. Header-only, test code only.

#include "io/ScenarioJson.h"
#include "model/Scenario.h"
#include "sim/Simulation.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace scalelab::test {

using namespace scalelab::core;

// ---------------------------------------------------------------- analytic results

/// Erlang C: probability that an arrival waits in M/M/c with offered load a = lambda/mu
/// (a < c). Computed through the stable Erlang B recursion.
inline double erlangC(int c, double a)
{
    double b = 1.0;
    for (int k = 1; k <= c; ++k)
        b = a * b / (k + a * b);
    const double rho = a / c;
    return b / (1.0 - rho * (1.0 - b));
}

/// Mean sojourn (wait + service) in M/M/c, seconds.
inline double mmcSojournS(int c, double lambda, double mu)
{
    return erlangC(c, lambda / mu) / (c * mu - lambda) + 1.0 / mu;
}

/// Stationary distribution of M/M/c/K (K = c + waiting places), p[0..K].
inline std::vector<double> mmckDistribution(int c, int k, double lambda, double mu)
{
    std::vector<double> p(static_cast<std::size_t>(k) + 1);
    p[0] = 1.0;
    for (int n = 1; n <= k; ++n) // birth-death balance: p[n] mu min(n,c) = p[n-1] lambda
        p[static_cast<std::size_t>(n)] = p[static_cast<std::size_t>(n) - 1] * lambda / (mu * std::min(n, c));
    double sum = 0;
    for (double x : p)
        sum += x;
    for (double& x : p)
        x /= sum;
    return p;
}

/// Blocking probability of M/M/c/K (PASTA: an arrival sees state K with probability p[K]).
/// With K = c this is the Erlang B loss formula.
inline double mmckBlocking(int c, int k, double lambda, double mu)
{
    return mmckDistribution(c, k, lambda, mu).back();
}

/// Mean sojourn of admitted requests in M/M/c/K (Little: W = L / lambda_admitted), seconds.
inline double mmckSojournS(int c, int k, double lambda, double mu)
{
    const auto p = mmckDistribution(c, k, lambda, mu);
    double l = 0;
    for (std::size_t n = 0; n < p.size(); ++n)
        l += static_cast<double>(n) * p[n];
    return l / (lambda * (1.0 - p.back()));
}

/// Student t 0.975 quantile for `df` degrees of freedom (table values; df >= 30 uses 30's).
inline double t975(int df)
{
    static const double t[] = {0,     12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                               2.201, 2.179,  2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
                               2.074, 2.069,  2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
    return t[std::clamp(df, 1, 30)];
}

/// A 95% confidence interval from independent replications: mean +- t * s / sqrt(R).
struct Interval
{
    double mean = 0, halfWidth = 0;
    bool contains(double x) const { return std::abs(x - mean) <= halfWidth; }
    double low() const { return mean - halfWidth; }
    double high() const { return mean + halfWidth; }
};

inline Interval confidence95(const std::vector<double>& xs)
{
    const auto r = static_cast<double>(xs.size());
    double m = 0;
    for (double x : xs)
        m += x;
    m /= r;
    double v = 0;
    for (double x : xs)
        v += (x - m) * (x - m);
    v /= (r - 1.0);
    return {m, t975(static_cast<int>(xs.size()) - 1) * std::sqrt(v / r)};
}

/// Work multiplier for the fidelity tests: 1 normally, smaller under sanitizers (which
/// slow the run ~10x), overridable with SCALELAB_FIDELITY_SCALE (e.g. 4 for tighter CIs).
/// Fewer customers only widen the interval; the test stays valid.
inline double effortScale()
{
    if (const char* e = std::getenv("SCALELAB_FIDELITY_SCALE"))
        if (const double v = std::atof(e); v > 0)
            return v;
#if defined(__SANITIZE_ADDRESS__)
    return 0.15;
#else
    return 1.0;
#endif
}

/// The widest acceptable relative CI half-width: `base` at full effort, wider in
/// proportion to 1/sqrt(effort) when the effort is reduced (half-widths shrink like
/// 1/sqrt(customers)).
inline double widthLimit(double base) { return base / std::sqrt(std::min(1.0, effortScale())); }

// ---------------------------------------------------------------- scenarios

inline Component station(const std::string& id, const std::string& kind, int workers, double serviceMs,
                         double queueCapacity)
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.params["workers"] = static_cast<double>(workers);
    c.params["service_ms"] = serviceMs;
    c.params["service_dist"] = std::string("exponential");
    c.params["queue_capacity"] = queueCapacity;
    return c;
}

/// Open Poisson arrivals of writes at `lambda` per second, every delay zero, one key
/// (no Zipf draws), no timeline.
inline Scenario openScenario(double lambda, double durationS, double warmupS, std::uint64_t seed)
{
    Scenario s;
    s.name = "fidelity";
    Component users;
    users.id = "users";
    users.kind = "users";
    s.components.push_back(users);
    s.workload.mode = Workload::Mode::Open;
    s.workload.rateRps = lambda;
    s.workload.mix = {0.0, 0.0, 1.0, 0.0};
    s.workload.keyCount = 1;
    s.workload.staticKeyCount = 1;
    s.network = {0.0, 0.0, 0.0};
    s.run.durationS = durationS;
    s.run.warmupS = warmupS;
    s.run.seed = seed;
    s.run.sampleIntervalS = 10.0;
    return s;
}

/// users -> web_server: M/M/c (queueCapacity >= 1e8 means unbounded) or M/M/c/K with
/// queueCapacity = K - c.
inline Scenario mmcScenario(int c, double lambda, double mu, double queueCapacity, double durationS,
                            double warmupS, std::uint64_t seed)
{
    Scenario s = openScenario(lambda, durationS, warmupS, seed);
    s.components.push_back(station("web", "web_server", c, 1000.0 / mu, queueCapacity));
    s.connections.push_back({"users", "web", 0.0});
    return s;
}

/// users -> load_balancer -> web_server -> cache (write-through) -> database: every
/// request is a write, so it visits all four single-worker stations in turn.
/// `mu` holds the four service rates per second.
inline Scenario tandemScenario(double lambda, const double mu[4], double durationS, double warmupS,
                               std::uint64_t seed)
{
    Scenario s = openScenario(lambda, durationS, warmupS, seed);
    const double inf = 1e8;
    s.components.push_back(station("lb", "load_balancer", 1, 1000.0 / mu[0], inf));
    s.components.push_back(station("web", "web_server", 1, 1000.0 / mu[1], inf));
    Component cache = station("cache", "cache", 1, 1000.0 / mu[2], inf);
    cache.params["strategy"] = std::string("write_through");
    s.components.push_back(cache);
    // Every request is a write, so only write_service_ms may matter: give reads a
    // different mean to prove it.
    Component db = station("db", "database", 1, 3.0 * 1000.0 / mu[3], inf);
    db.params["write_service_ms"] = 1000.0 / mu[3];
    s.components.push_back(db);
    s.connections = {{"users", "lb", 0.0}, {"lb", "web", 0.0}, {"web", "cache", 0.0},
                     {"web", "db", 0.0},   {"cache", "db", 0.0}};
    return s;
}

/// Runs a scenario to its end and returns the summary.
inline Summary runScenario(const Scenario& s)
{
    Simulation sim(s);
    sim.run();
    return sim.summary();
}

} // namespace scalelab::test
