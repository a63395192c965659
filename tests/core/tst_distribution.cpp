// SPDX-License-Identifier: GPL-3.0-or-later
// Service-time distributions and the Zipf key sampler against their exact laws.
// Tolerances: sample means at 4.5 standard errors (a correct sampler fails 1 time in
// 150,000), chi-square statistics at their 99.9% quantile.

#include "sim/Distribution.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace scalelab::core;

namespace {

constexpr int kDraws = 1'000'000;

double chiSquare999(int df)
{
    const double z = 3.0902;
    const double k = df;
    const double t = 1.0 - 2.0 / (9.0 * k) + z * std::sqrt(2.0 / (9.0 * k));
    return k * t * t * t;
}

struct Moments
{
    double mean = 0, var = 0, logMean = 0, logVar = 0;
};

Moments sampleMoments(const Distribution& d, std::uint64_t seed)
{
    RandomStream rng(seed, 1);
    double s = 0, s2 = 0, l = 0, l2 = 0;
    for (int i = 0; i < kDraws; ++i) {
        const double x = d.sampleSeconds(rng);
        s += x;
        s2 += x * x;
        const double lx = x > 0 ? std::log(x) : 0.0;
        l += lx;
        l2 += lx * lx;
    }
    Moments m;
    m.mean = s / kDraws;
    m.var = s2 / kDraws - m.mean * m.mean;
    m.logMean = l / kDraws;
    m.logVar = l2 / kDraws - m.logMean * m.logMean;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(std::uint64_t)

class TestDistribution : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exponentialMean();
    void deterministic();
    void lognormalMeanAndCv_data();
    void lognormalMeanAndCv();
    void empiricalTable();
    void kindNames();
    void zipfProbabilities_data();
    void zipfProbabilities();
    void zipfFrequencies_data();
    void zipfFrequencies();
};

void TestDistribution::exponentialMean()
{
    const Distribution d = Distribution::exponential(0.004);
    const Moments m = sampleMoments(d, 1);
    QVERIFY2(std::abs(m.mean - 0.004) < 4.5 * 0.004 / std::sqrt(kDraws), qPrintable(QString::number(m.mean)));
    QCOMPARE(d.mean(), 0.004);
    QCOMPARE(d.scv(), 1.0);
    // SimTime draws: nanoseconds, same law (rounding changes the mean by < 1 ns).
    RandomStream rng(1, 1);
    double sum = 0;
    for (int i = 0; i < kDraws; ++i)
        sum += static_cast<double>(d.sample(rng, 2.0));
    QVERIFY(std::abs(sum / kDraws * 1e-9 - 0.008) < 4.5 * 0.008 / std::sqrt(kDraws));
}

void TestDistribution::deterministic()
{
    const Distribution d = Distribution::deterministic(0.0025);
    RandomStream rng(1, 1);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(d.sampleSeconds(rng), 0.0025);
    QCOMPARE(d.sample(rng), SimTime{2'500'000});
    QCOMPARE(d.scv(), 0.0);
}

void TestDistribution::lognormalMeanAndCv_data()
{
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("cv");
    QTest::newRow("mean 5 ms cv 0.25") << 0.005 << 0.25;
    QTest::newRow("mean 20 ms cv 1") << 0.020 << 1.0;
    QTest::newRow("mean 1 s cv 2") << 1.0 << 2.0;
}

void TestDistribution::lognormalMeanAndCv()
{
    QFETCH(double, mean);
    QFETCH(double, cv);
    const Distribution d = Distribution::logNormal(mean, cv);
    const Moments m = sampleMoments(d, 2);
    // ln X is normal with sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2: its sample
    // mean and variance have standard errors sigma/sqrt(N) and sigma^2 sqrt(2/N).
    const double s2 = std::log1p(cv * cv);
    const double mu = std::log(mean) - 0.5 * s2;
    QVERIFY2(std::abs(m.logMean - mu) < 4.5 * std::sqrt(s2 / kDraws), qPrintable(QString::number(m.logMean - mu)));
    QVERIFY2(std::abs(m.logVar - s2) < 4.5 * s2 * std::sqrt(2.0 / kDraws), qPrintable(QString::number(m.logVar)));
    // The mean of X has standard error cv * mean / sqrt(N).
    QVERIFY2(std::abs(m.mean - mean) < 4.5 * cv * mean / std::sqrt(kDraws), qPrintable(QString::number(m.mean)));
    // The sample variance has relative standard error sqrt((kurtosis - 1) / N), the
    // lognormal kurtosis being e^{4s2} + 2e^{3s2} + 3e^{2s2} - 3; the cv's relative error
    // is about half of it plus the mean's.
    const double kurt = std::exp(4 * s2) + 2 * std::exp(3 * s2) + 3 * std::exp(2 * s2) - 3;
    const double cvHat = std::sqrt(m.var) / m.mean;
    const double relTol = 4.5 * (0.5 * std::sqrt((kurt - 1) / kDraws) + cv / std::sqrt(kDraws));
    QVERIFY2(std::abs(cvHat / cv - 1) < relTol, qPrintable(QString("cv %1, tolerance %2").arg(cvHat).arg(relTol)));
    QCOMPARE(d.mean(), mean);
    QCOMPARE(d.scv(), cv * cv);
}

void TestDistribution::empiricalTable()
{
    // Sorted on construction; sampled by interpolating the empirical inverse CDF, so the
    // law is a uniform mixture of the segments [1,2], [2,4], [4,8] (ms): mean 3.5 ms and
    // second moment (7/3 + 28/3 + 112/3) / 3 = 49/3 ms^2.
    const Distribution d = Distribution::empirical({0.008, 0.001, 0.004, 0.002});
    QCOMPARE(d.table.front(), 0.001);
    QCOMPARE(d.table.back(), 0.008);
    QVERIFY(std::abs(d.mean() - 0.0035) < 1e-15);
    const double var = 49.0 / 3.0 - 3.5 * 3.5; // ms^2
    QVERIFY(std::abs(d.scv() - var / (3.5 * 3.5)) < 1e-12);
    const Moments m = sampleMoments(d, 3);
    QVERIFY2(std::abs(m.mean - 0.0035) < 4.5 * std::sqrt(var) * 1e-3 / std::sqrt(kDraws),
             qPrintable(QString::number(m.mean)));
    RandomStream rng(4, 4);
    for (int i = 0; i < 10000; ++i) {
        const double x = d.sampleSeconds(rng);
        QVERIFY(x >= 0.001 && x <= 0.008);
    }
    const Distribution one = Distribution::empirical({0.003});
    QCOMPARE(one.sampleSeconds(rng), 0.003);
    QCOMPARE(one.mean(), 0.003);
    const Distribution none = Distribution::empirical({});
    QCOMPARE(none.sampleSeconds(rng), 0.0);
}

void TestDistribution::kindNames()
{
    for (auto k : {Distribution::Kind::Exponential, Distribution::Kind::Deterministic, Distribution::Kind::LogNormal,
                   Distribution::Kind::Empirical}) {
        Distribution::Kind back{};
        QVERIFY(Distribution::kindFromName(Distribution::kindName(k), back));
        QCOMPARE(back, k);
    }
    Distribution::Kind out{};
    QVERIFY(!Distribution::kindFromName("gaussian", out));
}

void TestDistribution::zipfProbabilities_data()
{
    QTest::addColumn<double>("s");
    QTest::addColumn<std::uint64_t>("n");
    for (double s : {0.5, 0.9, 1.0, 1.2})
        for (std::uint64_t n : {std::uint64_t{10}, std::uint64_t{3'000'000}})
            QTest::newRow(qPrintable(QString("s=%1 n=%2").arg(s).arg(n))) << s << n;
}

void TestDistribution::zipfProbabilities()
{
    QFETCH(double, s);
    QFETCH(std::uint64_t, n);
    // The cached normaliser sums exactly up to 10^6 and approximates the tail by an
    // integral; check it against a direct sum (relative 1e-9).
    long double h = 0;
    for (std::uint64_t k = n; k >= 1; --k)
        h += static_cast<long double>(std::pow(static_cast<double>(k), -s));
    const ZipfSampler z(n, s);
    for (std::uint64_t k : {std::uint64_t{1}, std::uint64_t{2}, n / 2, n}) {
        const double exact = static_cast<double>(static_cast<long double>(std::pow(static_cast<double>(k), -s)) / h);
        QVERIFY2(std::abs(z.probability(k) / exact - 1) < 1e-9, qPrintable(QString::number(z.probability(k) / exact - 1)));
    }
    QCOMPARE(z.probability(0), 0.0);
    QCOMPARE(z.probability(n + 1), 0.0);
}

void TestDistribution::zipfFrequencies_data()
{
    QTest::addColumn<double>("s");
    QTest::addColumn<std::uint64_t>("n");
    for (double s : {0.5, 0.9, 1.0, 1.2})
        for (std::uint64_t n : {std::uint64_t{10}, std::uint64_t{1000}, std::uint64_t{100'000}, std::uint64_t{10'000'000}})
            QTest::newRow(qPrintable(QString("s=%1 n=%2").arg(s).arg(n))) << s << n;
}

void TestDistribution::zipfFrequencies()
{
    QFETCH(double, s);
    QFETCH(std::uint64_t, n);
    constexpr int kSamples = 400'000;
    constexpr double kMinExpected = 40.0;
    // Exact probabilities p_k = k^-s / H(n, s), summed directly in long double.
    long double h = 0;
    for (std::uint64_t k = n; k >= 1; --k)
        h += static_cast<long double>(std::pow(static_cast<double>(k), -s));
    // Cells: single ranks while each expects >= 40 draws, then runs of consecutive ranks
    // grouped until they do; a final short run joins the previous cell.
    std::vector<std::uint64_t> upper; // last rank of each cell
    std::vector<double> expected;
    long double acc = 0;
    for (std::uint64_t k = 1; k <= n; ++k) {
        acc += static_cast<long double>(std::pow(static_cast<double>(k), -s)) / h;
        if (acc * kSamples >= kMinExpected || k == n) {
            if (acc * kSamples < kMinExpected && !expected.empty()) {
                upper.back() = k;
                expected.back() += static_cast<double>(acc * kSamples);
            } else {
                upper.push_back(k);
                expected.push_back(static_cast<double>(acc * kSamples));
            }
            acc = 0;
        }
    }
    std::vector<double> observed(expected.size(), 0.0);
    const ZipfSampler z(n, s);
    QCOMPARE(z.size(), n);
    RandomStream rng(21, 0);
    for (int i = 0; i < kSamples; ++i) {
        const std::uint64_t k = z.sample(rng);
        QVERIFY(k >= 1 && k <= n);
        const auto cell = static_cast<std::size_t>(std::lower_bound(upper.begin(), upper.end(), k) - upper.begin());
        observed[cell] += 1;
    }
    double chi2 = 0;
    for (std::size_t c = 0; c < expected.size(); ++c)
        chi2 += (observed[c] - expected[c]) * (observed[c] - expected[c]) / expected[c];
    const int df = static_cast<int>(expected.size()) - 1;
    qInfo("%d cells, chi-square %.1f (99.9%% bound %.1f)", df + 1, chi2, chiSquare999(df));
    QVERIFY2(chi2 < chiSquare999(df), qPrintable(QString("chi-square %1 with %2 df").arg(chi2).arg(df)));
    // The most popular ranks individually: binomial standard error.
    for (std::size_t c = 0; c < std::min<std::size_t>(3, expected.size()); ++c) {
        const double p = expected[c] / kSamples;
        QVERIFY(std::abs(observed[c] - expected[c]) < 4.5 * std::sqrt(kSamples * p * (1 - p)));
    }
}

QTEST_APPLESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
