// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled examples do what their descriptions say, measured through the command
// line a user would use (`scalelab-cli validate`, `scalelab-cli run --summary-json -`):
// every example validates and runs for 60 s, and each claim a description makes in
// numbers or mechanisms holds, with a stated tolerance.
#include "tst_cli_help.h"

#include <QtTest>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace clitest;

namespace {

QString example(const QString& name) { return sourcePath(QStringLiteral("examples/") + name); }

/// Runs `scalelab-cli run FILE --summary-json - --quiet [extra]` and returns the summary.
QJsonObject summaryOf(const QString& file, const QStringList& extra = {}, QString* problem = nullptr)
{
    const CliRun r = runCli(QStringList{QStringLiteral("run"), file, QStringLiteral("--summary-json"),
                                        QStringLiteral("-"), QStringLiteral("--quiet")} +
                            extra);
    if (r.exitCode != 0) {
        if (problem)
            *problem = r.describe();
        return {};
    }
    return QJsonDocument::fromJson(r.out).object();
}

double utilization(const QJsonObject& s, const QString& id)
{
    for (const QJsonValue& c : s.value(QStringLiteral("components")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject().value(QStringLiteral("utilization")).toDouble(-1);
    return -1;
}

/// Time of the first event of `type` (and component, when given), or -1.
double eventTime(const QJsonObject& s, const QString& type, const QString& component = {})
{
    for (const QJsonValue& v : s.value(QStringLiteral("events_log")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() == type &&
            (component.isEmpty() || e.value(QStringLiteral("component")).toString() == component))
            return e.value(QStringLiteral("t_s")).toDouble();
    }
    return -1;
}

double mechanism(const QJsonObject& s, const char* key)
{
    return s.value(QStringLiteral("mechanisms")).toObject().value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class TestCliExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + " is not built")); }

    void everyExampleValidatesAndRuns_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(sourcePath(QStringLiteral("examples"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 16);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << example(f);
    }
    void everyExampleValidatesAndRuns()
    {
        QFETCH(QString, file);
        const CliRun v = runCli({QStringLiteral("validate"), file});
        QVERIFY2(v.exitCode == 0 && v.out.contains(": valid ("), qPrintable(v.describe()));
        // The 5-million-user example runs 10 s here to keep the test short.
        const QString seconds = file.contains(QLatin1String("16-")) ? QStringLiteral("10") : QStringLiteral("60");
        QString problem;
        const QJsonObject s = summaryOf(file, {QStringLiteral("--duration"), seconds}, &problem);
        QVERIFY2(!s.isEmpty(), qPrintable(problem));
        QCOMPARE(s.value(QStringLiteral("duration_s")).toDouble(), seconds.toDouble());
        QVERIFY(s.value(QStringLiteral("throughput_rps")).toDouble() > 0);
        const double err = s.value(QStringLiteral("error_rate")).toDouble(-1);
        QVERIFY(err >= 0 && err <= 1);
        // 16: "five million signed-in users who each load a page every four minutes
        // (about 21,000 requests a second)": 5e6 / 240 s = 20,833/s; 10 s hold ~200,000
        // requests, so the measured rate is within 3%.
        if (file.contains(QLatin1String("16-"))) {
            const double rate = s.value(QStringLiteral("throughput_rps")).toDouble();
            QVERIFY2(std::abs(rate - 5e6 / 240) < 0.03 * 5e6 / 240, qPrintable(QString::number(rate)));
        }
    }

    // 01: "the server finishes about 160 requests a second, so the queue grows, latency
    // climbs to seconds and some requests are turned away" during the doubled traffic.
    void singleServerOverflows()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("01-single-server.json")));
        QVERIFY(!s.isEmpty());
        QVERIFY2(s.value("latency").toObject().value("p99_ms").toDouble() > 1000, "p99 should reach seconds");
        QVERIFY(s.value("errors_by_cause").toObject().value("rejected").toDouble() > 0);
    }

    // 03: a tandem of four single-worker stations at 800 writes/s: utilization is
    // rate x service time (0.2, 0.83, 0.25, 1 ms). Tolerance 0.03: 120 s of ~90,000
    // requests put the time-average within about 1% of it; the rest is warm-up edges.
    void tandemUtilizationIsRateTimesService()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("03-tandem-lb-web-cache-db.json")));
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.value("cache_hit_rate").toDouble(-1), 0.0); // writes only
        const std::pair<const char*, double> expected[] = {{"lb", 0.16}, {"web", 0.8 * 0.8333333}, {"cache", 0.2}, {"db", 0.8}};
        for (const auto& [id, rho] : expected)
            QVERIFY2(std::abs(utilization(s, id) - rho) < 0.03,
                     qPrintable(QString("%1: %2, expected %3").arg(id).arg(utilization(s, id)).arg(rho)));
    }

    // 06: "Both have the same capacity": before the first crash (60 s) the big server
    // and each small one carry 1000 req/s x 20 ms over 32 workers = 0.625.
    void verticalAndHorizontalSameLoad()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("06-vertical-vs-horizontal.json")),
                                        {QStringLiteral("--duration"), QStringLiteral("55")});
        QVERIFY(!s.isEmpty());
        for (const char* id : {"big", "small1", "small2", "small3", "small4"})
            QVERIFY2(std::abs(utilization(s, id) - 0.625) < 0.04, qPrintable(QString("%1: %2").arg(id).arg(utilization(s, id))));
    }

    // 07: the balancer keeps sending to the crashed server "until two health checks in a
    // row fail": 5 s probes, so the server leaves 5 to 10 s after the crash at 60 s.
    void loadBalancerNoticesAfterTwoProbes()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("07-load-balancer.json")));
        QVERIFY(!s.isEmpty());
        const double down = eventTime(s, "health_down", "web1");
        QVERIFY2(down >= 65 && down <= 70, qPrintable(QString::number(down)));
        QVERIFY(eventTime(s, "add_server") >= 140);
    }

    // 08: stale reads from asynchronous replication, lost writes and a write outage of
    // exactly detection (10 s) + promotion (5 s) after the master dies at 100 s.
    void replicationFailover()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("08-database-replication.json")));
        QVERIFY(!s.isEmpty());
        QVERIFY(mechanism(s, "stale_reads") > 0);
        QVERIFY(mechanism(s, "lost_writes") > 0);
        QCOMPARE(eventTime(s, "failover_detected"), 110.0);
        QCOMPARE(eventTime(s, "promoted"), 115.0);
    }

    // 09 and 10: "Most reads never touch the database", "popular files stay at the edge".
    // Che's approximation gives about 0.6 for both; 0.5 leaves room for the failure and
    // the flush in the runs.
    void cachesCatchMostLookups()
    {
        const QJsonObject cache = summaryOf(example(QStringLiteral("09-cache.json")));
        QVERIFY2(cache.value("cache_hit_rate").toDouble() > 0.5, qPrintable(QString::number(cache.value("cache_hit_rate").toDouble())));
        const QJsonObject cdn = summaryOf(example(QStringLiteral("10-cdn.json")));
        QVERIFY2(cdn.value("cdn_hit_rate").toDouble() > 0.5, qPrintable(QString::number(cdn.value("cdn_hit_rate").toDouble())));
    }

    // 11: "A crash now logs nobody out".
    void statelessCrashLogsNobodyOut()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("11-stateless-web-tier.json")));
        QVERIFY(!s.isEmpty());
        QCOMPARE(eventTime(s, "crash", "web2"), 60.0);
        QCOMPARE(mechanism(s, "sessions_lost"), 0.0);
        QVERIFY(eventTime(s, "remove_server") >= 120);
    }

    // 12: DNS notices the outage at 90 s within 30 s (three probes 10 s apart) and moves
    // the answers; the master goes dark too and the slave in Europe is promoted.
    void dataCenterOutage()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("12-multi-dc-geodns.json")));
        QVERIFY(!s.isEmpty());
        const double noticed = eventTime(s, "health_down", "lb-us");
        QVERIFY2(noticed > 90 && noticed <= 120, qPrintable(QString::number(noticed)));
        QVERIFY(eventTime(s, "dns_switch", "lb-eu") >= noticed);
        QVERIFY(eventTime(s, "promoted", "slave-eu") > 90);
    }

    // 13: "One job in twenty fails and is retried; after three retries it goes to the
    // dead-letter queue": retries per job = 0.05 / 0.95 (geometric, capped at 3), and
    // dead letters = jobs x 0.05^4 (about 0.2 here; Poisson, so at most 5 by far).
    // The backlog drains at the workers' rate minus the arrival rate: 20 workers / 0.1 s
    // = 200 attempts/s against 120 jobs/s x 1/0.95 attempts, i.e. 73.7 jobs/s (15%).
    void messageQueueRetriesAndDrain()
    {
        QTemporaryDir dir;
        QString problem;
        const QJsonObject s = summaryOf(example(QStringLiteral("13-message-queue.json")),
                                        {QStringLiteral("--out"), dir.path()}, &problem);
        QVERIFY2(!s.isEmpty(), qPrintable(problem));
        const double jobs = mechanism(s, "jobs_processed");
        QVERIFY(jobs > 30000);
        const double retries = mechanism(s, "job_retries");
        QVERIFY2(std::abs(retries / jobs - 0.05 / 0.95) < 0.1 * 0.05 / 0.95, qPrintable(QString::number(retries / jobs)));
        QVERIFY(mechanism(s, "dead_letters") <= 5);
        // Queue depth per second from timeseries.csv (row t holds second t).
        const QList<QByteArray> rows = readAll(dir.filePath(QStringLiteral("timeseries.csv"))).split('\n');
        const int col = rows.value(0).split(',').indexOf("queue_depth");
        QVERIFY(col > 0);
        auto depthAt = [&](int t) { return rows.value(t).split(',').value(col).toDouble(); };
        double peak = 0;
        for (int t = 60; t <= 100; ++t)
            peak = std::max(peak, depthAt(t));
        QVERIFY2(peak > 3000, qPrintable(QString::number(peak)));
        const double drain = (depthAt(96) - depthAt(146)) / 50.0;
        QVERIFY2(std::abs(drain - 73.7) < 0.15 * 73.7, qPrintable(QString::number(drain)));
    }

    // 14: the latency alert fires before the first added server is ready (45 s warm-up)
    // and resolves only after it takes traffic.
    void alertWhileServersWarmUp()
    {
        const QJsonObject s = summaryOf(example(QStringLiteral("14-metrics-and-automation.json")));
        QVERIFY(!s.isEmpty());
        const double out = eventTime(s, "autoscale_out"), ready = eventTime(s, "server_ready");
        const double alert = eventTime(s, "alert", "alerts"), resolved = eventTime(s, "alert_resolved", "alerts");
        QVERIFY2(out > 60 && ready >= out + 45, qPrintable(QString("%1 %2").arg(out).arg(ready)));
        QVERIFY2(alert > 60 && alert < ready && resolved > ready, qPrintable(QString("%1 %2 %3").arg(alert).arg(ready).arg(resolved)));
    }

    // 15: with hash partitioning the shards holding the popular keys run clearly hotter
    // (about 30% against about 20%); with range partitioning the popular low keys all
    // land on the first shard.
    void shardHotspots()
    {
        const QStringList minute{QStringLiteral("--duration"), QStringLiteral("60")};
        const QJsonObject hash = summaryOf(example(QStringLiteral("15-sharding.json")), minute);
        QVERIFY(!hash.isEmpty());
        double lo = 1, hi = 0;
        for (const char* id : {"shard1", "shard2", "shard3", "shard4"}) {
            lo = std::min(lo, utilization(hash, id));
            hi = std::max(hi, utilization(hash, id));
        }
        QVERIFY2(hi > 1.3 * lo && hi > 0.25 && hi < 0.4 && lo > 0.12 && lo < 0.25, qPrintable(QString("%1 %2").arg(lo).arg(hi)));

        QTemporaryDir dir;
        QByteArray text = readAll(example(QStringLiteral("15-sharding.json")));
        QVERIFY(text.contains("\"scheme\": \"hash\""));
        text.replace("\"scheme\": \"hash\"", "\"scheme\": \"range\"");
        QFile f(dir.filePath(QStringLiteral("range.json")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(text) == text.size());
        f.close();
        const QJsonObject range = summaryOf(f.fileName(), minute);
        QVERIFY(!range.isEmpty());
        QVERIFY2(utilization(range, "shard1") > 0.8, qPrintable(QString::number(utilization(range, "shard1"))));
        for (const char* id : {"shard2", "shard3", "shard4"})
            QVERIFY(utilization(range, id) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestCliExamples)
#include "tst_cli_examples.moc"
