// SPDX-License-Identifier: GPL-3.0-or-later
// Closed users aggregated: the thinking users hold no pending event each.
//
// A closed user thinks for an exponential time (mean Z) between a reply and its next
// request. Exponential think times are memoryless, so with k users thinking the time
// to the next request is exponential with rate k/Z whatever happened before, and the
// user who sends it is any of the k with equal probability. The simulation therefore
// keeps the thinking users as a set and one pending event for the whole set (see
// docs/performance.md). That is a different sample path from the per-user model (one
// think event per user), but the same stochastic process, so:
// - both models give the same mean response time and throughput within the statistical
//   error of independent replications (99% CI of the difference: a wrong rate, a biased
//   pick or a lost user moves the mean by far more);
// - on a product-form closed network (single-worker exponential FIFO stations plus the
//   think time) both agree with exact Mean Value Analysis within a 99% CI;
// - the pending set holds only what is in flight, not the users: an exact structural count.

#include "QueueTheory.h"

#include <QtTest>

#include <cstring>

using namespace scalelab::core;
using namespace scalelab::test;

Q_DECLARE_METATYPE(scalelab::core::Scenario)

namespace {

/// Student t 0.995 quantile (two-sided 99%) for df degrees of freedom, table values.
double t995(int df)
{
    static const double t[] = {0,     63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169,
                               3.106, 3.055,  3.012, 2.977, 2.947, 2.921, 2.898, 2.878, 2.861, 2.845};
    return t[std::clamp(df, 1, 20)];
}

struct Stats
{
    double mean = 0, var = 0; // sample mean and variance over replications
    int n = 0;
};

Stats stats(const std::vector<double>& xs)
{
    Stats s;
    s.n = static_cast<int>(xs.size());
    for (double x : xs)
        s.mean += x;
    s.mean /= s.n;
    for (double x : xs)
        s.var += (x - s.mean) * (x - s.mean);
    s.var /= (s.n - 1);
    return s;
}

/// Exact MVA for a closed network of single-server FIFO stations with demands d (s) and
/// a think time z (s) for n users: throughput (1/s) and mean response time (s).
std::pair<double, double> mva(int n, const std::vector<double>& d, double z)
{
    std::vector<double> q(d.size(), 0.0);
    double x = 0, r = 0;
    for (int k = 1; k <= n; ++k) {
        r = 0;
        std::vector<double> rk(d.size());
        for (std::size_t i = 0; i < d.size(); ++i) {
            rk[i] = d[i] * (1.0 + q[i]);
            r += rk[i];
        }
        x = k / (z + r);
        for (std::size_t i = 0; i < d.size(); ++i)
            q[i] = x * rk[i];
    }
    return {x, r};
}

Scenario closedTandem(int users, double thinkS, const double mu[4], double durationS, std::uint64_t seed)
{
    Scenario s = tandemScenario(1.0, mu, durationS, 20.0, seed);
    s.workload.mode = Workload::Mode::Closed;
    s.workload.users = users;
    s.workload.thinkTimeS = thinkS;
    return s;
}

struct Replicated
{
    std::vector<double> meanMs, throughput;
};

Replicated replicate(Scenario s, bool aggregated, int reps)
{
    Replicated out;
    for (int i = 0; i < reps; ++i) {
        s.run.seed = 1000 + static_cast<std::uint64_t>(i) + (aggregated ? 0 : 500);
        Simulation sim(s);
        sim.setAggregatedThinking(aggregated);
        sim.run();
        const Summary sum = sim.summary();
        out.meanMs.push_back(sum.latency.meanMs);
        out.throughput.push_back(sum.throughputRps);
    }
    return out;
}

std::string summaryText(const Summary& s)
{
    char buf[512];
    std::snprintf(buf, sizeof buf, "%llu %llu %.17g %.17g %.17g %.17g %.17g",
                  static_cast<unsigned long long>(s.generated), static_cast<unsigned long long>(s.succeeded),
                  s.latency.meanMs, s.latency.p99Ms, s.throughputRps, s.meanInSystem, s.arrivalRateRps);
    return buf;
}

} // namespace

class TestClosedAggregation : public QObject
{
    Q_OBJECT
private slots:
    void sameAsPerUser_data();
    void sameAsPerUser();
    void matchesMva_data();
    void matchesMva();
    void pendingSetHoldsOnlyRequestsInFlight();
    void deterministic();
    void usersChangedLive();
};

void TestClosedAggregation::sameAsPerUser_data()
{
    QTest::addColumn<Scenario>("scenario");
    const double tandemMu[4] = {500, 250, 400, 200};
    QTest::newRow("tandem, 30 users, Z 0.1 s") << closedTandem(30, 0.1, tandemMu, 120, 1);
    {
        // M/M/3 web tier, 12 users thinking 20 ms: queueing matters (utilization ~0.8).
        Scenario s = mmcScenario(3, 1.0, 100.0, 1e8, 120, 20, 1);
        s.workload.mode = Workload::Mode::Closed;
        s.workload.users = 12;
        s.workload.thinkTimeS = 0.02;
        QTest::newRow("M/M/3, 12 users") << s;
    }
    {
        // Network delays: the reply travels back before the user thinks again (a pending
        // event per reply in flight), and two regions of users (identity decides the region).
        Scenario s = closedTandem(25, 0.08, tandemMu, 120, 1);
        s.network = {2.0, 0.5, 30.0};
        Component eu = s.components.front();
        eu.id = "users_eu";
        eu.params["region"] = std::string("europe");
        eu.params["share"] = 1.0;
        s.components.push_back(eu);
        s.connections.push_back({"users_eu", "lb", 0.0});
        QTest::newRow("tandem, delays, two regions") << s;
    }
}

void TestClosedAggregation::sameAsPerUser()
{
    QFETCH(Scenario, scenario);
    const auto errors = validateScenario(scenario, "test");
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().toString().c_str());
    const int reps = 10;
    const Replicated agg = replicate(scenario, true, reps), per = replicate(scenario, false, reps);
    for (int which = 0; which < 2; ++which) {
        const Stats a = stats(which ? agg.throughput : agg.meanMs);
        const Stats p = stats(which ? per.throughput : per.meanMs);
        // Two independent sets of replications: the difference of the means has
        // variance var_a/R + var_p/R; 99% with the smaller df (conservative).
        const double half = t995(reps - 1) * std::sqrt(a.var / reps + p.var / reps);
        qInfo("%s %s: aggregated %.5g, per user %.5g, difference %+.3g, 99%% half-width %.3g",
              QTest::currentDataTag(), which ? "throughput/s" : "mean ms", a.mean, p.mean, a.mean - p.mean, half);
        QVERIFY(half > 0);
        QVERIFY(std::abs(a.mean - p.mean) <= half);
        // The interval is narrow enough to mean something: under 3% of the value.
        QVERIFY(half < 0.03 * p.mean);
    }
}

void TestClosedAggregation::matchesMva_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<double>("thinkS");
    QTest::newRow("5 users, Z 50 ms") << 5 << 0.05;
    QTest::newRow("15 users, Z 50 ms (bottleneck saturating)") << 15 << 0.05;
    QTest::newRow("40 users, Z 0.4 s") << 40 << 0.4;
}

void TestClosedAggregation::matchesMva()
{
    QFETCH(int, users);
    QFETCH(double, thinkS);
    const double mu[4] = {500, 250, 400, 200};
    const auto [x, r] = mva(users, {1 / mu[0], 1 / mu[1], 1 / mu[2], 1 / mu[3]}, thinkS);
    const int reps = 10;
    for (bool aggregated : {true, false}) {
        const Replicated rep = replicate(closedTandem(users, thinkS, mu, 150, 1), aggregated, reps);
        const Stats tx = stats(rep.throughput), tr = stats(rep.meanMs);
        const double hx = t995(reps - 1) * std::sqrt(tx.var / reps);
        const double hr = t995(reps - 1) * std::sqrt(tr.var / reps);
        qInfo("%s %s: X %.5g/s (MVA %.5g, 99%% +-%.3g), R %.5g ms (MVA %.5g, 99%% +-%.3g)", QTest::currentDataTag(),
              aggregated ? "aggregated" : "per user", tx.mean, x, hx, tr.mean, r * 1e3, hr);
        QVERIFY(std::abs(tx.mean - x) <= hx);
        QVERIFY(std::abs(tr.mean - r * 1e3) <= hr);
        QVERIFY(hx < 0.02 * x);
        QVERIFY(hr < 0.05 * r * 1e3);
    }
}

void TestClosedAggregation::pendingSetHoldsOnlyRequestsInFlight()
{
    // 200,000 users thinking 10 s: 20,000 requests/s through stations of 1 ms with
    // 100 workers each, so a few dozen requests are in flight at any moment.
    const double mu[4] = {1000, 1000, 1000, 1000};
    Scenario s = closedTandem(200000, 10.0, mu, 3, 1);
    s.run.warmupS = 0.5;
    for (Component& c : s.components)
        if (c.kind != "users")
            c.params["workers"] = 100.0;
    for (bool aggregated : {true, false}) {
        Simulation sim(s);
        sim.setAggregatedThinking(aggregated);
        sim.runUntil(secondsToSimTime(2.5));
        const std::size_t pending = sim.pendingEvents();
        qInfo("%s: %zu events pending at 2.5 s", aggregated ? "aggregated" : "per user", pending);
        if (aggregated)
            QVERIFY(pending < 1000); // in flight: at most one event per busy worker (400) plus a few
        else
            QVERIFY(pending >= 199000); // every thinking user has its own
        sim.run();
        // N / (Z + R) = 20,000/s within 5% (about 50,000 completions: Poisson sd 0.5%).
        const double x = sim.summary().throughputRps;
        qInfo("throughput %.6g/s", x);
        QVERIFY(x > 19000 && x < 21000);
    }
}

void TestClosedAggregation::deterministic()
{
    const double mu[4] = {500, 250, 400, 200};
    Scenario s = closedTandem(30, 0.1, mu, 60, 7);
    const auto once = [&] {
        Simulation sim(s);
        sim.run();
        return summaryText(sim.summary());
    };
    const std::string a = once(), b = once();
    QCOMPARE(a, b);
    s.run.seed = 8;
    QVERIFY(once() != a);
}

void TestClosedAggregation::usersChangedLive()
{
    // 50 users, then 10, then 80, with Z = 0.5 s and a light load (R ~ 30 ms): the
    // throughput between changes follows N / (Z + R) from MVA in both models.
    const double mu[4] = {2000, 1000, 2000, 1000};
    const std::vector<double> d = {1 / mu[0], 1 / mu[1], 1 / mu[2], 1 / mu[3]};
    for (bool aggregated : {true, false}) {
        Scenario s = closedTandem(50, 0.5, mu, 400, 3);
        s.run.warmupS = 0;
        Simulation sim(s);
        sim.setAggregatedThinking(aggregated);
        std::uint64_t before = 0;
        const int counts[3] = {50, 10, 80};
        for (int phase = 0; phase < 3; ++phase) {
            if (phase > 0)
                sim.setUsers(counts[phase]);
            // 10 s to settle, then count completions over 120 s.
            sim.runUntil(secondsToSimTime(phase * 130.0 + 10.0));
            before = sim.summary().succeeded;
            sim.runUntil(secondsToSimTime(phase * 130.0 + 130.0));
            const double x = static_cast<double>(sim.summary().succeeded - before) / 120.0;
            const double expect = mva(counts[phase], d, 0.5).first;
            // Completions in 120 s are close to Poisson: relative sd 1/sqrt(X*120), 2% for
            // the 10-user phase; 4 sd (the MVA value is the stationary one; 10 s settle).
            const double tol = 4.0 / std::sqrt(expect * 120.0);
            qInfo("%s, %d users: %.4g/s, MVA %.4g/s (tolerance %.2f%%)", aggregated ? "aggregated" : "per user",
                  counts[phase], x, expect, 100 * tol);
            QVERIFY(std::abs(x / expect - 1.0) < tol);
        }
    }
}

QTEST_APPLESS_MAIN(TestClosedAggregation)
#include "tst_closed_aggregation.moc"
