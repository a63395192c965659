// SPDX-License-Identifier: GPL-3.0-or-later
// The Recorder: CSV rows reproduce the samples (to the 6 significant digits written),
// memory stays bounded by decimation over a million samples while totals are conserved,
// and event text is quoted so the CSV stays parseable.

#include "QueueTheory.h"
#include "metrics/Recorder.h"

#include <QtTest>

#include <sstream>

using namespace scalelab::core;
using namespace scalelab::test;

namespace {

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cur += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        rows.push_back(splitCsvLine(line));
    return rows;
}

/// A sample whose every field is a distinct, awkward number derived from i.
Sample makeSample(int i)
{
    Sample s;
    s.tS = i + 1.0;
    s.intervalS = 1.0;
    s.offeredRps = 1000.0 + i * 0.123456789;
    s.throughputRps = 990.0 + i * 0.1;
    for (int k = 0; k < kErrorCauseCount; ++k)
        s.errorsRps[k] = k + i * 0.01;
    s.p50Ms = 1.5 + i * 1e-3;
    s.p95Ms = 7.25 + i * 1e-3;
    s.p99Ms = 12.125 + (i % 97);
    s.p999Ms = 40.0 + i * 0.5;
    s.meanMs = 3.3333333 + i * 1e-4;
    s.cacheHitRate = i % 3 == 0 ? -1.0 : 0.875;
    s.cdnHitRate = -1.0;
    s.availability = 0.999 - i * 1e-6;
    s.inSystem = i % 50;
    s.queueDepth = 2.0 * i;
    s.replicationLagMs = i % 2 ? 100.5 : -1.0;
    s.costPerHour = 1.25;
    s.cacheStaleRate = 0.0125 * (i % 8);
    s.retryRps = 3.5 + i * 0.25;
    s.components.push_back(ComponentSample{});
    return s;
}

std::vector<double> expectedRow(const Sample& s)
{
    std::vector<double> v = {s.tS, s.offeredRps, s.throughputRps, s.errorsTotalRps()};
    for (double e : s.errorsRps)
        v.push_back(e);
    for (double x : {s.p50Ms, s.p95Ms, s.p99Ms, s.p999Ms, s.meanMs, s.availability, s.cacheHitRate, s.cdnHitRate,
                     s.inSystem, s.queueDepth, s.replicationLagMs, s.costPerHour, s.cacheStaleRate, s.retryRps})
        v.push_back(x);
    return v;
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRowsMatchSamples();
    void memoryBoundedByDecimation();
    void eventsCsvIsQuoted();
    void recordsARealRun();
};

void TestRecorder::csvRowsMatchSamples()
{
    Recorder rec(1000);
    std::vector<Sample> fed;
    for (int i = 0; i < 300; ++i) {
        fed.push_back(makeSample(i));
        rec.onSample(fed.back());
    }
    QCOMPARE(rec.samples().size(), fed.size()); // below the bound: nothing merged
    QVERIFY(rec.samples().front().components.empty()); // components only when asked
    std::ostringstream out;
    rec.writeCsv(out);
    const auto rows = parseCsv(out.str());
    QCOMPARE(rows.size(), fed.size() + 1);
    const auto header = splitCsvLine(Recorder::csvHeader());
    QCOMPARE(rows[0], header);
    QCOMPARE(header.size(), std::size_t{4 + kErrorCauseCount + 14});
    QCOMPARE(header[4], std::string("errors_rejected_rps"));
    for (std::size_t r = 0; r < fed.size(); ++r) {
        const auto want = expectedRow(fed[r]);
        QCOMPARE(rows[r + 1].size(), want.size());
        for (std::size_t c = 0; c < want.size(); ++c) {
            const double got = std::stod(rows[r + 1][c]);
            // "%.6g" keeps 6 significant digits: relative error at most 5e-6.
            QVERIFY2(std::abs(got - want[c]) <= 5e-6 * std::abs(want[c]) + 1e-12,
                     qPrintable(QString("row %1 %2: %3 vs %4").arg(r).arg(header[c].c_str()).arg(got).arg(want[c])));
        }
    }
    Recorder withComponents(1000, true);
    withComponents.onSample(makeSample(0));
    QCOMPARE(withComponents.samples().front().components.size(), std::size_t{1});
}

void TestRecorder::memoryBoundedByDecimation()
{
    const std::size_t maxPoints = 1000;
    Recorder rec(maxPoints);
    double offeredArea = 0, maxP99 = 0, lastT = 0;
    std::size_t worstSize = 0, worstCapacity = 0;
    for (int i = 0; i < 1'000'000; ++i) {
        const Sample s = makeSample(i);
        offeredArea += s.offeredRps * s.intervalS;
        maxP99 = std::max(maxP99, s.p99Ms);
        lastT = s.tS;
        rec.onSample(s);
        worstSize = std::max(worstSize, rec.samples().size());
        worstCapacity = std::max(worstCapacity, rec.samples().capacity());
    }
    qInfo("kept %zu samples, at most %zu (capacity %zu) for 1e6 fed", rec.samples().size(), worstSize, worstCapacity);
    QVERIFY(worstSize <= maxPoints);
    QVERIFY(worstCapacity <= 2 * maxPoints);
    QVERIFY(rec.samples().size() >= maxPoints / 2 - 1);
    // Merging takes interval-weighted means of rates: every request is still counted,
    // the intervals tile the run without gap or overlap, and peaks survive.
    double area = 0, keptMaxP99 = 0, t = 0;
    for (const Sample& s : rec.samples()) {
        QVERIFY(std::abs((s.tS - s.intervalS) - t) < 1e-6 * s.tS + 1e-9);
        t = s.tS;
        area += s.offeredRps * s.intervalS;
        keptMaxP99 = std::max(keptMaxP99, s.p99Ms);
    }
    QCOMPARE(t, lastT);
    QVERIFY2(std::abs(area / offeredArea - 1) < 1e-9, qPrintable(QString::number(area / offeredArea - 1)));
    QCOMPARE(keptMaxP99, maxP99);
}

void TestRecorder::eventsCsvIsQuoted()
{
    Recorder rec;
    SimEvent e;
    e.time = 2'500'000'000;
    e.type = "crash";
    e.component = "web,1";
    e.text = "Web \"A\" crashed, 3 requests lost";
    rec.onEvent(e);
    std::ostringstream out;
    rec.writeEventsCsv(out);
    const auto rows = parseCsv(out.str());
    QCOMPARE(rows.size(), std::size_t{2});
    QCOMPARE(rows[0], (std::vector<std::string>{"t_s", "type", "component", "text"}));
    QCOMPARE(rows[1], (std::vector<std::string>{"2.5", "crash", "web,1", "Web \"A\" crashed, 3 requests lost"}));
    // The event list is bounded too.
    for (int i = 0; i < 150'000; ++i)
        rec.onEvent(e);
    QCOMPARE(rec.events().size(), std::size_t{100'000});
}

void TestRecorder::recordsARealRun()
{
    // One sample per second of a 60 s M/M/2 run with no warm-up: the offered counts
    // add up to every request generated.
    Scenario sc = mmcScenario(2, 1500, 1000, 1e8, 60, 0, 3);
    sc.run.sampleIntervalS = 1.0;
    Recorder rec;
    Simulation sim(sc, &rec);
    sim.run();
    const Summary s = sim.summary();
    QCOMPARE(rec.samples().size(), std::size_t{60});
    double generated = 0, served = 0;
    for (const Sample& x : rec.samples()) {
        generated += x.offeredRps * x.intervalS;
        served += x.throughputRps * x.intervalS;
    }
    QCOMPARE(std::llround(generated), static_cast<long long>(s.generated));
    // Requests still in flight at the end are generated but not yet served.
    QVERIFY(std::llround(served) <= static_cast<long long>(s.generated));
    QVERIFY(std::llround(served) >= static_cast<long long>(s.succeeded) - 1);
}

QTEST_APPLESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
