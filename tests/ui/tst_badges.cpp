// SPDX-License-Identifier: GPL-3.0-or-later
// What the boxes show while a run goes on (the badge of buildLiveFrame): every number
// comes from the simulation and means what a student would read in it. The DNS counts
// the lookups that reach it (misses of the clients' DNS caches), a load balancer its
// healthy servers, users what they send; every kind names its unit.
#include "../core/tst_components_kit.h"
#include "io/ScenarioJson.h"
#include "run/RunWorker.h"
#include "sim/Simulation.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <map>

using namespace scalelab;
using namespace scalelab::core::kit;

namespace {
core::Scenario loadExample(const char* name)
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) + "/examples/" + name);
    if (!r.scenario)
        qFatal("cannot load example %s", name);
    return *r.scenario;
}

const ui::ComponentLive* liveOf(const ui::LiveFrame& f, const char* id)
{
    for (const auto& c : f.components)
        if (c.id == QLatin1String(id))
            return &c;
    return nullptr;
}

/// The frame of the last sample of a run of `s`.
ui::LiveFrame lastFrame(const core::Scenario& s, Recording& rec)
{
    core::Simulation sim(s, &rec);
    sim.run();
    return ui::buildLiveFrame(s, rec.samples.back(), sim.now(), {});
}
} // namespace

class TestBadges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void dnsCountsLookups_data();
    void dnsCountsLookups();
    void dnsSwitchShowsTimeLeft();
    void loadBalancerCountsHealthyServers();
    void usersShowWhatTheySend();
    void datacenterOutageSaysDown();
    void everyKindNamesItsUnit_data();
    void everyKindNamesItsUnit();
};

void TestBadges::dnsCountsLookups_data()
{
    QTest::addColumn<double>("clients");
    QTest::addColumn<double>("rateRps");
    QTest::addColumn<double>("ttlS");
    // lambda*T = 2: a client often skips a TTL period (no request, no lookup), so the
    // rate is well below N/T = 100/s; lambda*T = 10: nearly every period has a request.
    QTest::newRow("1000 clients, 200 req/s, TTL 10 s") << 1000.0 << 200.0 << 10.0;
    QTest::newRow("500 clients, 1000 req/s, TTL 5 s") << 500.0 << 1000.0 << 5.0;
    QTest::newRow("TTL 0: every request looks up") << 1000.0 << 300.0 << 0.0;
}

void TestBadges::dnsCountsLookups()
{
    QFETCH(double, clients);
    QFETCH(double, rateRps);
    QFETCH(double, ttlS);
    const double periods = 10, firstS = std::max(ttlS, 10.0);
    const double windowS = ttlS > 0 ? periods * ttlS : 100.0;
    core::Scenario s = openScenario(rateRps, firstS + windowS, 0, 7);
    s.workload.mix = {0, 1, 0, 0}; // reads only: static requests would go to a CDN, not the DNS
    s.workload.users = clients;
    s.run.sampleIntervalS = 1;
    add(s, "users", "users");
    add(s, "dns", "dns", {{"ttl_s", ttlS}});
    add(s, "web", "web_server", {{"workers", 64.0}, {"service_ms", 1.0}});
    link(s, "users", "dns");
    link(s, "dns", "web");
    Recording rec;
    const ui::LiveFrame f = lastFrame(s, rec);

    // Lookups and requests in (firstS, firstS + windowS]: by then every client's refresh
    // phase (uniform in [0, T)) has passed, so its periods tile the window.
    double lookups = 0, sent = 0;
    for (const auto& smp : rec.samples) {
        if (smp.tS <= firstS + 1e-9)
            continue;
        const core::ComponentSample* d = Recording::component(smp, "dns");
        QVERIFY(d);
        QVERIFY(d->lookupsRps >= 0);
        lookups += d->lookupsRps * smp.intervalS;
        QCOMPARE(smp.sentRps.size(), std::size_t{1});
        sent += smp.sentRps.front().second * smp.intervalS;
        QCOMPARE(d->throughputRps, 0.0); // requests never queue at the DNS: it only answers
    }
    if (ttlS <= 0) {
        // Nothing is cached: each request is a lookup, exactly.
        QCOMPARE(lookups, sent);
    } else {
        // Each client is a Poisson stream of rate lambda = rate/N (clients are drawn
        // uniformly per arrival) and looks up on its first request of each TTL period:
        // per period a lookup with probability 1 - exp(-lambda*T). Over `periods` whole
        // periods the expected count is N * periods * (1 - exp(-lambda*T)).
        const double lambda = rateRps / clients;
        const double expected = clients * periods * (1 - std::exp(-lambda * ttlS));
        // The count is a sum of independent Bernoulli trials, so its variance is below
        // a Poisson count's (mean): 4 standard deviations leave a false failure ~6e-5.
        const double tol = 4 * std::sqrt(expected);
        qInfo("lookups %.0f, expected %.1f +- %.0f (%.2f/s; N/T would be %.1f/s), requests %.0f",
              lookups, expected, tol, lookups / windowS, clients / ttlS, sent);
        QVERIFY2(std::abs(lookups - expected) <= tol,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lookups).arg(expected)));
        QVERIFY(lookups < sent); // a cache that helps
    }
    // The badge says the last sample's lookup rate with its unit, not a request rate.
    const ui::ComponentLive* dns = liveOf(f, "dns");
    QVERIFY(dns);
    const double last = Recording::component(rec.samples.back(), "dns")->lookupsRps;
    QVERIFY(last > 0);
    const QRegularExpression re(QStringLiteral("^([0-9.,]+)( k)? lookups/s$"));
    const auto m = re.match(dns->badge);
    QVERIFY2(m.hasMatch(), qPrintable(dns->badge));
    const double shown =
        m.captured(1).remove(QLatin1Char(',')).toDouble() * (m.captured(2).isEmpty() ? 1 : 1000);
    QVERIFY2(std::abs(shown - last) <= (last >= 1000 ? 50 : 0.5), qPrintable(dns->badge));
}

void TestBadges::dnsSwitchShowsTimeLeft()
{
    // The only target of a region crashes: once the DNS takes it out of the record, the
    // badge counts down the TTL within which every client has moved.
    const double ttlS = 30;
    core::Scenario s = openScenario(200, 60, 0, 3);
    s.workload.mix = {0, 1, 0, 0};
    s.workload.users = 2000;
    s.run.sampleIntervalS = 1;
    add(s, "users", "users", {{"region", std::string("north_america")}});
    // Probes at 2.5 s steps, samples on whole seconds: never at the same instant.
    add(s, "dns", "dns",
        {{"ttl_s", ttlS}, {"health_check_interval_s", 2.5}, {"unhealthy_threshold", 1.0}});
    add(s, "dc-na", "datacenter", {{"region", std::string("north_america")}});
    add(s, "dc-eu", "datacenter", {{"region", std::string("europe")}});
    add(s, "web-na", "web_server", {{"workers", 64.0}, {"service_ms", 1.0}}, "dc-na");
    add(s, "web-eu", "web_server", {{"workers", 64.0}, {"service_ms", 1.0}}, "dc-eu");
    link(s, "users", "dns");
    link(s, "dns", "web-na");
    link(s, "dns", "web-eu");
    s.timeline.push_back(makeEvent(11, "crash", "web-na"));
    Recording rec;
    core::Simulation sim(s, &rec);
    sim.run();
    const core::SimEvent* sw = rec.first("dns_switch");
    QVERIFY(sw);
    const double switchS = core::simTimeToSeconds(sw->time);
    QCOMPARE(switchS, 12.5); // the first probe after the crash
    int checked = 0;
    for (const auto& smp : rec.samples) {
        const core::ComponentSample* d = Recording::component(smp, "dns");
        QCOMPARE(d->targets, 2);
        const ui::LiveFrame f = ui::buildLiveFrame(s, smp, core::secondsToSimTime(smp.tS), {});
        const QString badge = liveOf(f, "dns")->badge;
        if (smp.tS < switchS) {
            QCOMPARE(d->switchLeftS, -1.0);
            QVERIFY2(badge.endsWith(QLatin1String("lookups/s")), qPrintable(badge));
        } else if (smp.tS < switchS + ttlS) {
            QVERIFY(std::abs(d->switchLeftS - (switchS + ttlS - smp.tS)) < 1e-6);
            QCOMPARE(badge,
                     QStringLiteral("moving, %1 s left").arg(std::ceil(switchS + ttlS - smp.tS)));
            ++checked;
        } else {
            QCOMPARE(d->switchLeftS, -1.0);
            QCOMPARE(badge, QStringLiteral("1 of 2 targets up")); // web-na stays down
        }
    }
    QVERIFY(checked >= int(ttlS) - 1);
}

void TestBadges::loadBalancerCountsHealthyServers()
{
    // Checks every 5 s, 2 failures in a row: a crash at 20 s is detected by 30 s at the
    // latest; the server is back at 50 s and counted again at the next probe (55 s).
    core::Scenario s = openScenario(300, 80, 0, 5);
    s.workload.mix = {0, 1, 0, 0};
    s.run.sampleIntervalS = 1;
    add(s, "users", "users");
    add(s, "lb", "load_balancer", {{"health_check_interval_s", 5.0}, {"unhealthy_threshold", 2.0}});
    for (const char* w : {"web1", "web2", "web3"}) {
        add(s, w, "web_server", {{"workers", 8.0}, {"service_ms", 10.0}});
        link(s, "lb", w);
    }
    link(s, "users", "lb");
    s.timeline.push_back(makeEvent(20, "crash", "web2", 30));
    Recording rec;
    core::Simulation sim(s, &rec);
    sim.run();
    const core::SimEvent* down = rec.first("health_down");
    const core::SimEvent* up = rec.first("health_up");
    QVERIFY(down && up);
    const double downS = core::simTimeToSeconds(down->time), upS = core::simTimeToSeconds(up->time);
    qInfo("web2 crashed at 20 s, taken out at %.2f s, back in at %.2f s", downS, upS);
    QVERIFY(downS > 20 && downS <= 30 + 1e-9);
    QVERIFY(upS >= 50 && upS <= 55 + 1e-9);
    int before = 0, during = 0, after = 0;
    for (const auto& smp : rec.samples) {
        const core::ComponentSample* lb = Recording::component(smp, "lb");
        QCOMPARE(lb->targets, 3);
        if (std::abs(smp.tS - downS) < 1e-9 || std::abs(smp.tS - upS) < 1e-9)
            continue; // a probe and a sample at the same instant: either order is right
        const int expected = smp.tS >= downS && smp.tS < upS ? 2 : 3;
        QCOMPARE(lb->workers, double(expected));
        const ui::LiveFrame f = ui::buildLiveFrame(s, smp, core::secondsToSimTime(smp.tS), {});
        const QString badge = liveOf(f, "lb")->badge;
        QVERIFY2(badge.endsWith(QStringLiteral("→ %1/3 up").arg(expected)), qPrintable(badge));
        QVERIFY2(badge.contains(QLatin1String("req/s")), qPrintable(badge));
        (smp.tS < downS ? before : smp.tS < upS ? during : after) += 1;
    }
    QVERIFY(before >= 19 && during >= 19 && after >= 25);
}

void TestBadges::usersShowWhatTheySend()
{
    // Two populations with shares 3 : 1. The old badge split the offered load evenly.
    core::Scenario s = openScenario(400, 40, 0, 9);
    s.workload.mix = {0, 1, 0, 0};
    s.run.sampleIntervalS = 1;
    add(s, "us", "users", {{"share", 3.0}});
    add(s, "eu", "users", {{"share", 1.0}});
    add(s, "web", "web_server", {{"workers", 64.0}, {"service_ms", 1.0}});
    link(s, "us", "web");
    link(s, "eu", "web");
    Recording rec;
    const ui::LiveFrame f = lastFrame(s, rec);
    double us = 0, eu = 0, offered = 0;
    for (const auto& smp : rec.samples) {
        QCOMPARE(smp.sentRps.size(), std::size_t{2});
        QCOMPARE(smp.sentRps[0].first, std::string("us"));
        us += smp.sentRps[0].second;
        eu += smp.sentRps[1].second;
        offered += smp.offeredRps;
        // No retries here: what the users send is exactly what they generate.
        QVERIFY(std::abs(smp.sentRps[0].second + smp.sentRps[1].second - smp.offeredRps) < 1e-9);
    }
    // Each request goes to "us" with probability 3/4 (a binomial count of ~16,000).
    const double n = offered, sd = std::sqrt(n * 0.75 * 0.25);
    qInfo("us %.0f, eu %.0f of %.0f requests", us, eu, n);
    QVERIFY(std::abs(us - 0.75 * n) <= 4 * sd);
    const QString badge = liveOf(f, "us")->badge;
    QCOMPARE(
        badge,
        QStringLiteral("sends %1 req/s").arg(std::lround(rec.samples.back().sentRps[0].second)));
    QCOMPARE(liveOf(f, "us")->throughputRps, rec.samples.back().sentRps[0].second);
}

void TestBadges::datacenterOutageSaysDown()
{
    // Example 12 loses US-East at 90 s for 120 s. Clients still holding its address keep
    // sending there (and fail) until their DNS cache expires: the box says DOWN, not a
    // share of the traffic.
    core::Scenario s = loadExample("12-multi-dc-geodns.json");
    for (const double endS : {80.0, 100.0}) {
        s.run.durationS = endS;
        Recording rec;
        const ui::LiveFrame f = lastFrame(s, rec);
        const ui::ComponentLive* us = liveOf(f, "dc-us");
        const ui::ComponentLive* eu = liveOf(f, "dc-eu");
        QVERIFY(us && eu);
        qInfo("at %.0f s: dc-us '%s', dc-eu '%s'", endS, qPrintable(us->badge),
              qPrintable(eu->badge));
        QCOMPARE(us->down, endS > 90);
        QCOMPARE(us->badge == QLatin1String("DOWN"), endS > 90);
        QVERIFY2(eu->badge.contains(QLatin1String("% of traffic")), qPrintable(eu->badge));
    }
}

void TestBadges::everyKindNamesItsUnit_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<double>("seconds");
    QTest::newRow("16 millions of users") << QStringLiteral("16-millions-of-users.json") << 30.0;
    QTest::newRow("11 stateless web tier") << QStringLiteral("11-stateless-web-tier.json") << 60.0;
    QTest::newRow("13 message queue") << QStringLiteral("13-message-queue.json") << 60.0;
    QTest::newRow("14 metrics and automation")
        << QStringLiteral("14-metrics-and-automation.json") << 60.0;
    QTest::newRow("api gateway") << QString() << 30.0;
}

void TestBadges::everyKindNamesItsUnit()
{
    QFETCH(QString, example);
    QFETCH(double, seconds);
    core::Scenario s;
    if (example.isEmpty()) {
        // A rate limit of 100 req/s in front of 300 req/s: two thirds are refused.
        s = openScenario(300, seconds, 0, 2);
        s.workload.mix = {0, 1, 0, 0};
        add(s, "users", "users");
        add(s, "gw", "api_gateway", {{"rate_limit_rps", 100.0}, {"burst", 10.0}});
        add(s, "web", "web_server", {{"workers", 8.0}, {"service_ms", 5.0}});
        link(s, "users", "gw");
        link(s, "gw", "web");
    } else {
        s = loadExample(example.toUtf8().constData());
    }
    s.run.durationS = seconds;
    s.run.warmupS = 0;
    Recording rec;
    const ui::LiveFrame f = lastFrame(s, rec);
    // The unit word each kind's badge must carry (a database that is a replica: lag).
    const std::map<std::string, QString> unit = {
        {"users", QStringLiteral("^sends [0-9.,]+( k| M)? req/s$")},
        {"dns", QStringLiteral("lookups/s$|targets up$|s left$")},
        {"cdn", QStringLiteral("^[0-9]+% hit$")},
        {"cache", QStringLiteral("^[0-9]+% hit$")},
        {"load_balancer", QStringLiteral("req/s → [0-9]+/[0-9]+ up$|% busy")},
        {"web_server", QStringLiteral("% busy|^idle$")},
        {"database", QStringLiteral("% busy, p99 [0-9.,]+ m?s$|^lag [0-9.,]+ m?s$|^idle$")},
        {"shard_router", QStringLiteral("req/s$")},
        {"session_store", QStringLiteral("% busy|^idle$")},
        {"object_store", QStringLiteral("% busy|^idle$")},
        {"message_queue", QStringLiteral("^[0-9,]+ waiting$")},
        {"worker_pool", QStringLiteral("% busy")},
        {"datacenter", QStringLiteral("% of traffic \\([0-9.,]+( k| M)? req/s\\)$|req/s in$")},
        {"monitoring",
         QStringLiteral("^(ok|ALERT): (p9[59] [0-9.,]+ m?s|[0-9]+% (errors|busy)|queue [0-9,]+)$")},
        {"autoscaler", QStringLiteral("^[0-9]+ servers, ([0-9]+% busy|\\+[0-9]+ warming)$")},
        {"api_gateway", QStringLiteral("req/s, [0-9]+% refused$|% busy")},
    };
    double dcShares = 0;
    int dcs = 0;
    for (const core::Component& c : s.components) {
        const ui::ComponentLive* l = liveOf(f, c.id.c_str());
        QVERIFY(l);
        QVERIFY2(!l->badge.isEmpty(), c.id.c_str());
        qInfo("%s (%s): %s", c.id.c_str(), c.kind.c_str(), qPrintable(l->badge));
        if (l->down) { // a crash on the example's timeline
            QCOMPARE(l->badge, QStringLiteral("DOWN"));
            continue;
        }
        auto it = unit.find(c.kind);
        QVERIFY2(it != unit.end(), c.kind.c_str());
        QVERIFY2(QRegularExpression(it->second).match(l->badge).hasMatch(),
                 qPrintable(QString::fromStdString(c.id) + QStringLiteral(": ") + l->badge));
        if (c.kind == "database") // replicas say their lag, primaries their load
            QCOMPARE(l->badge.startsWith(QLatin1String("lag ")), c.choice("role") == "replica");
        if (c.kind == "datacenter") {
            ++dcs;
            dcShares += QStringView(l->badge).left(l->badge.indexOf(QLatin1Char('%'))).toDouble();
        }
        if (c.kind == "api_gateway") {
            // 300 offered, 100 admitted (plus the burst): about 67% refused.
            const auto m = QRegularExpression(QStringLiteral("([0-9]+)% refused")).match(l->badge);
            QVERIFY2(m.hasMatch(), qPrintable(l->badge));
            QVERIFY2(std::abs(m.captured(1).toInt() - 67) <= 8, qPrintable(l->badge));
        }
    }
    if (dcs > 1) { // the shares of the data centers make up all the traffic (rounding aside)
        QVERIFY2(std::abs(dcShares - 100) <= dcs, qPrintable(QString::number(dcShares)));
        // ... in proportion to what their load balancers took in (the only front doors).
        const ui::ComponentLive* us = liveOf(f, "lb-us");
        const ui::ComponentLive* eu = liveOf(f, "lb-eu");
        QVERIFY(us && eu);
        const double share =
            (us->throughputRps + us->errorsRps) /
            (us->throughputRps + us->errorsRps + eu->throughputRps + eu->errorsRps);
        const QString dcUs = liveOf(f, "dc-us")->badge;
        QVERIFY2(dcUs.startsWith(QStringLiteral("%1% of traffic").arg(std::lround(share * 100))),
                 qPrintable(dcUs));
    }
}

QTEST_MAIN(TestBadges)
#include "tst_badges.moc"
