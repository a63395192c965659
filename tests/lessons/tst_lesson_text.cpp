// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers quoted in lesson texts, hints and notes are the numbers of the scenarios the
// lesson loads. Each row names a sentence fragment that must still be in lesson.json
// (so the row stays about that sentence) and the scenario value it quotes; a parameter
// left out of the file is read from the kind's default in the registry.
#include "model/ParamSpec.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using nlohmann::json;

namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kLessons = std::string(SCALELAB_SOURCE_DIR) + "/lessons/";

/// Value at `pointer` in the scenario; for /components/<id>/params/<key> the component
/// is found by id and a missing parameter takes the kind's default.
bool scenarioValue(const json& s, const std::string& pointer, double& out, std::string& why)
{
    const std::string prefix = "/components/";
    if (pointer.rfind(prefix, 0) == 0) {
        const auto slash = pointer.find('/', prefix.size());
        const std::string id = pointer.substr(prefix.size(), slash - prefix.size());
        const std::string key = pointer.substr(pointer.rfind('/') + 1);
        for (const auto& c : s.at("components")) {
            if (c.at("id") != id)
                continue;
            if (c.contains("params") && c.at("params").contains(key)) {
                out = c.at("params").at(key).get<double>();
                return true;
            }
            const auto* kind = scalelab::core::findKind(c.at("kind").get<std::string>());
            const auto* spec = kind ? kind->param(key) : nullptr;
            if (!spec) {
                why = "no parameter " + key + " for " + id;
                return false;
            }
            out = spec->defaultNumber;
            return true;
        }
        why = "no component " + id;
        return false;
    }
    const json::json_pointer ptr(pointer);
    if (!s.contains(ptr)) {
        why = "nothing at " + pointer;
        return false;
    }
    out = s.at(ptr).get<double>();
    return true;
}

} // namespace

class TestLessonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedNumbersMatchTheScenario_data()
    {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<double>("value");
        auto row = [](const char* lesson, const char* fragment, const char* scenario, const char* pointer, double v) {
            QTest::newRow(qPrintable(QString("%1: %2").arg(lesson, fragment)))
                << lesson << fragment << scenario << pointer << v;
        };
        row("01-single-server", "<b>4 workers</b>", "start.json", "/components/server/params/workers", 4);
        row("01-single-server", "<b>25 ms</b>", "start.json", "/components/server/params/service_ms", 25);
        row("01-single-server", "Users send 100 a second", "start.json", "/workload/rate_rps", 100);
        row("01-single-server", "With 8 workers", "bigger.json", "/components/server/params/workers", 8);
        row("02-dns-request-flow", "about 20 ms each way", "dns.json", "/network/access_ms", 20);
        row("02-dns-request-flow", "300 s means one lookup", "dns.json", "/components/dns/params/ttl_s", 300);
        row("02-dns-request-flow", "2 × 20 ms + 20 ms", "dns.json", "/components/web/params/service_ms", 20);
        row("03-web-and-data-tiers", "takes 30 ms per request", "start.json", "/components/server/params/service_ms", 30);
        row("03-web-and-data-tiers", "at 300 req/s", "start.json", "/workload/rate_rps", 300);
        row("04-vertical-vs-horizontal", "(4 workers, 20 ms each)", "start.json", "/components/web/params/workers", 4);
        row("04-vertical-vs-horizontal", "(4 workers, 20 ms each)", "start.json", "/components/web/params/service_ms", 20);
        row("04-vertical-vs-horizontal", "600 requests a second arrive", "start.json", "/workload/rate_rps", 600);
        row("05-load-balancer", "(5 s x 2)", "lb.json", "/components/lb/params/health_check_interval_s", 5);
        row("05-load-balancer", "(5 s x 2)", "lb.json", "/components/lb/params/unhealthy_threshold", 2);
        row("06-replication-failover", "80% of the requests are reads", "start.json", "/workload/mix/read", 0.8);
        row("06-replication-failover", "at 800 req/s", "start.json", "/workload/rate_rps", 800);
        row("06-replication-failover", "about 100 ms behind", "fast-failover.json", "/components/rep1/params/replication_lag_ms", 100);
        row("06-replication-failover", "About 2 s of detection", "fast-failover.json", "/components/db/params/failover_detection_s", 2);
        row("06-replication-failover", "2 s of promotion", "fast-failover.json", "/components/db/params/promotion_s", 2);
        row("07-cache-tier", "1,000 reads and writes a second", "start.json", "/workload/rate_rps", 1000);
        row("07-cache-tier", "half of the 20,000 keys", "cache.json", "/workload/keys/count", 20000);
        row("07-cache-tier", "half of the 20,000 keys", "cache.json", "/components/cache/params/capacity_items", 10000);
        row("07-cache-tier", "only 500 of the 20,000 keys", "small-cache.json", "/components/cache/params/capacity_items", 500);
        row("07-cache-tier", "forgets each item after 5 seconds", "small-cache.json", "/components/cache/params/ttl_s", 5);
        row("07-cache-tier", "how many of the 20,000 keys fit", "small-cache.json", "/workload/keys/count", 20000);
        row("10-multiple-data-centers", "TTL (30 s here)", "two-dc.json", "/components/dns/params/ttl_s", 30);
        row("11-message-queue", "30% of requests are jobs", "start.json", "/workload/mix/job", 0.3);
        row("11-message-queue", "about 100 ms of work", "queue.json", "/components/workers/params/service_ms", 100);
        row("11-message-queue", "120 jobs/s", "start.json", "/workload/rate_rps", 400); // 400 x 30%
        row("11-message-queue", "16 leave room", "queue.json", "/components/workers/params/workers", 16);
        row("12-monitoring-automation", "threshold of a few hundred ms", "monitoring.json", "/components/mon/params/threshold", 300);
        row("13-sharding", "1,500 requests a second, 70% of them writes", "start.json", "/workload/rate_rps", 1500);
        row("13-sharding", "1,500 requests a second, 70% of them writes", "start.json", "/workload/mix/write", 0.7);
        row("14-capstone-millions", "One million users", "start.json", "/workload/users", 1e6);
    }
    void quotedNumbersMatchTheScenario()
    {
        QFETCH(QString, lesson);
        QFETCH(QString, fragment);
        QFETCH(QString, scenario);
        QFETCH(QString, pointer);
        QFETCH(double, value);
        const std::string dir = kLessons + lesson.toStdString() + "/";
        const std::string text = readText(dir + "lesson.json");
        QVERIFY2(!text.empty(), "lesson.json missing");
        // The fragment is looked up in the JSON text, where a literal '×' stays UTF-8.
        QVERIFY2(text.find(fragment.toStdString()) != std::string::npos,
                 qPrintable("the lesson no longer says \"" + fragment + "\": update this row"));
        const json s = json::parse(readText(dir + scenario.toStdString()));
        double got = 0;
        std::string why;
        QVERIFY2(scenarioValue(s, pointer.toStdString(), got, why), why.c_str());
        QCOMPARE(got, value);
    }
};

QTEST_APPLESS_MAIN(TestLessonText)
#include "tst_lesson_text.moc"
