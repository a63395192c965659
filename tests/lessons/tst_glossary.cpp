// SPDX-License-Identifier: GPL-3.0-or-later
// The glossary (lessons/glossary.json, docs/lessons.md "Glossary"): the bundled file reads
// without errors, names only lessons that exist, has German for every entry and holds
// every term of the chapter; a broken file is refused with its file and JSON path and
// leaves the glossary empty.
#include "lessons/Glossary.h"
#include "lessons/LessonJson.h"
#include "LessonTestKit.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

#include <sys/stat.h>

using namespace scalelab::core;

namespace {
using testkit::errorsText;
using testkit::kLessons;

std::vector<std::string> lessonIds()
{
    std::vector<std::string> ids;
    for (const auto& l : loadLessonCatalog(kLessons).lessons)
        ids.push_back(l.id);
    return ids;
}

/// The entry that `spelling` (a term or alias, any case) names in `language`.
const GlossaryTerm* lookup(const Glossary& g, const std::string& spelling,
                           const std::string& language = "en")
{
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    for (const auto& t : g.terms)
        for (const auto& s : t.spellingsIn(language))
            if (lower(s) == lower(spelling))
                return &t;
    return nullptr;
}

const char* const kGood = R"({"format": "scalelab-glossary", "version": 1, "terms": [
  {"id": "ttl", "term": "TTL", "aliases": ["time to live"], "text": "How long a copy lives.",
   "term_de": "TTL", "text_de": "Wie lange eine Kopie lebt.", "lessons": ["02-dns-request-flow"],
   "kinds": ["cache", "dns"], "params": ["ttl_s"]},
  {"id": "cache", "term": "cache", "text": "Keeps hot data.", "lessons": ["07-cache-tier"],
   "kinds": ["cache"]}
]})";
} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAGoodFile()
    {
        const std::vector<std::string> ids = {"02-dns-request-flow", "07-cache-tier"};
        GlossaryLoadResult r = parseGlossary(kGood, "g.json", &ids);
        QVERIFY2(r.errors.empty(), errorsText(r.errors).c_str());
        QCOMPARE(r.glossary.terms.size(), std::size_t(2));
        const GlossaryTerm* ttl = r.glossary.find("ttl");
        QVERIFY(ttl);
        QCOMPARE(ttl->aliases, std::vector<std::string>{"time to live"});
        QCOMPARE(ttl->textIn("de"), std::string("Wie lange eine Kopie lebt."));
        QCOMPARE(ttl->textIn("en"), std::string("How long a copy lives."));
        // The second entry has no German: it falls back to English and is listed as a gap.
        const GlossaryTerm* cache = r.glossary.find("cache");
        QCOMPARE(cache->termIn("de"), std::string("cache"));
        QCOMPARE(cache->textIn("de"), std::string("Keeps hot data."));
        QCOMPARE(r.translationGaps.size(), std::size_t(2));
        QVERIFY(r.translationGaps[0].find("$.terms[1] (\"cache\").term_de") != std::string::npos);
        // Inspector look-ups: the kind itself, and a parameter of a listed kind only.
        QCOMPARE(r.glossary.forKind("cache").size(), std::size_t(1));
        QCOMPARE(r.glossary.forKind("cache")[0]->id, std::string("cache"));
        QCOMPARE(r.glossary.forParam("dns", "ttl_s").size(), std::size_t(1));
        QCOMPARE(r.glossary.forParam("cdn", "ttl_s").size(), std::size_t(0));
        QCOMPARE(r.glossary.forParam("cache", "eviction").size(), std::size_t(0));
    }

    void refusesABrokenFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QString head = R"({"format": "scalelab-glossary", "version": 1, "terms": [)";
        const QString ok = R"({"id": "a", "term": "A", "text": "x", "lessons": ["07-cache-tier"]})";
        auto file = [&](const QString& terms) { return head + terms + "]}"; };
        QTest::newRow("not json") << "{\"format\": "
                                  << "$"
                                  << "";
        QTest::newRow("wrong format")
            << R"({"format": "scalelab-lesson", "version": 1, "terms": []})"
            << "$.format"
            << "expected \"scalelab-glossary\"";
        QTest::newRow("newer version")
            << R"({"format": "scalelab-glossary", "version": 2, "terms": []})"
            << "$.version"
            << "newer ScaleLab";
        QTest::newRow("terms not a list")
            << R"({"format": "scalelab-glossary", "version": 1, "terms": {}})"
            << "$.terms"
            << "expected an array";
        QTest::newRow("unknown field")
            << file(
                   R"({"id": "a", "term": "A", "text": "x", "lessons": ["07-cache-tier"], "colour": 1})")
            << "$.terms[0].colour"
            << "unknown field";
        QTest::newRow("duplicate id") << file(ok + "," + ok) << "$.terms[1].id"
                                      << "duplicate id \"a\"";
        QTest::newRow("missing text")
            << file(R"({"id": "a", "term": "A", "lessons": ["07-cache-tier"]})")
            << "$.terms[0].text"
            << "missing";
        QTest::newRow("empty German text")
            << file(
                   R"({"id": "a", "term": "A", "text": "x", "text_de": " ", "lessons": ["07-cache-tier"]})")
            << "$.terms[0].text_de"
            << "non-empty";
        QTest::newRow("term not a string")
            << file(R"({"id": "a", "term": 3, "text": "x", "lessons": ["07-cache-tier"]})")
            << "$.terms[0].term"
            << "expected a string";
        QTest::newRow("no lessons")
            << file(R"({"id": "a", "term": "A", "text": "x", "lessons": []})")
            << "$.terms[0].lessons"
            << "at least one";
        QTest::newRow("unknown lesson")
            << file(ok + R"(, {"id": "b", "term": "B", "text": "y", "lessons": ["99-nowhere"]})")
            << "$.terms[1].lessons[0]"
            << "no lesson with the id \"99-nowhere\"";
        QTest::newRow("unknown kind")
            << file(
                   R"({"id": "a", "term": "A", "text": "x", "lessons": ["07-cache-tier"], "kinds": ["toaster"]})")
            << "$.terms[0].kinds[0]"
            << "unknown component kind";
        QTest::newRow("param of another kind")
            << file(
                   R"({"id": "a", "term": "A", "text": "x", "lessons": ["07-cache-tier"], "kinds": ["dns"], "params": ["eviction"]})")
            << "$.terms[0].params[0]"
            << "no parameter \"eviction\" in the kinds listed";
        QTest::newRow("bad id")
            << file(
                   R"({"id": "Not An Id", "term": "A", "text": "x", "lessons": ["07-cache-tier"]})")
            << "$.terms[0].id"
            << "lower-case";
    }

    void refusesABrokenFile()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const std::vector<std::string> ids = {"07-cache-tier"};
        GlossaryLoadResult r = parseGlossary(text.toStdString(), "lessons/glossary.json", &ids);
        QVERIFY(!r.errors.empty());
        QVERIFY(r.glossary.terms.empty()); // never half a glossary
        bool found = false;
        for (const auto& d : r.errors)
            found = found || (d.file == "lessons/glossary.json" &&
                              (path == "$" ? true : d.path == path.toStdString()) &&
                              d.message.find(message.toStdString()) != std::string::npos);
        QVERIFY2(found, errorsText(r.errors).c_str());
        // The one-line form names the file and the path.
        QVERIFY(r.errors[0].toString().find("lessons/glossary.json") == 0);
    }

    void missingFileIsAnError()
    {
        GlossaryLoadResult r = loadGlossaryFile(kLessons + "/no-such-glossary.json");
        QCOMPARE(r.errors.size(), std::size_t(1));
        QVERIFY(r.glossary.terms.empty());
    }

    void fifoIsRefusedAtOnce()
    {
        // A planted FIFO must not block the reader; the message names the file once.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.path().toStdString() + "/glossary.json";
        QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        GlossaryLoadResult r = loadGlossaryFile(path);
        QCOMPARE(r.errors.size(), std::size_t(1));
        const std::string text = r.errors[0].toString();
        QVERIFY2(text.find("named pipe") != std::string::npos, text.c_str());
        QVERIFY2(text.find(path) == text.rfind(path), text.c_str()); // the path once
        QVERIFY(r.glossary.terms.empty());
    }

    void bundledGlossaryLoads()
    {
        const std::vector<std::string> ids = lessonIds();
        QCOMPARE(ids.size(), std::size_t(14));
        // The folder names the UI checks against are the lesson ids.
        QCOMPARE(lessonFolderIds(kLessons), ids);
        GlossaryLoadResult r = loadGlossaryFile(kLessons + "/glossary.json", &ids);
        QVERIFY2(r.errors.empty(), errorsText(r.errors).c_str());
        QVERIFY2(r.glossary.terms.size() >= 35 && r.glossary.terms.size() <= 50,
                 std::to_string(r.glossary.terms.size()).c_str());
        // Every lesson of the chapter is reached from at least one entry.
        std::set<std::string> used;
        for (const auto& t : r.glossary.terms)
            used.insert(t.lessons.begin(), t.lessons.end());
        QCOMPARE(used.size(), ids.size());
        // No spelling names two entries (a link would be ambiguous), in either language.
        for (const char* language : {"en", "de"}) {
            std::map<std::string, std::string> seen; // spelling -> entry id
            for (const auto& t : r.glossary.terms)
                for (const auto& s : t.spellingsIn(language)) {
                    std::string k = s;
                    std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) {
                        return static_cast<char>(std::tolower(c));
                    });
                    const auto [it, added] = seen.emplace(k, t.id);
                    QVERIFY2(added || it->second == t.id, (t.id + ": " + s).c_str());
                }
        }
    }

    void bundledGlossaryIsGerman()
    {
        GlossaryLoadResult r = loadGlossaryFile(kLessons + "/glossary.json");
        QVERIFY2(r.errors.empty(), errorsText(r.errors).c_str());
        std::string gaps;
        for (const auto& g : r.translationGaps)
            gaps += g + "\n";
        QVERIFY2(r.translationGaps.empty(), gaps.c_str()); // zero gaps today
        for (const auto& t : r.glossary.terms)
            QVERIFY2(t.textDe != t.text, t.id.c_str()); // translated, not copied
    }

    void chapterTermsArePresent_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("id");
        const char* const terms[][2] = {
            {"DNS", "dns"},
            {"TTL", "ttl"},
            {"load balancer", "load-balancer"},
            {"replica", "replica"},
            {"promotion", "promotion"},
            {"replication lag", "replication-lag"},
            {"cache-aside", "cache-aside"},
            {"write-through", "write-through"},
            {"eviction", "eviction"},
            {"CDN", "cdn"},
            {"stateless", "stateless"},
            {"sticky session", "sticky-session"},
            {"GeoDNS", "geodns"},
            {"message queue", "message-queue"},
            {"dead letter", "dead-letter"},
            {"shard", "shard"},
            {"hot key", "hot-key"},
            {"p95", "percentile"},
            {"p99", "percentile"},
            {"utilization", "utilization"},
            {"throughput", "throughput"},
            {"SPOF", "spof"},
            {"single point of failure", "spof"},
            {"vertical scaling", "vertical-scaling"},
            {"horizontal scaling", "horizontal-scaling"},
            {"failover", "failover"},
            {"health check", "health-check"},
            {"data center", "data-center"},
            {"autoscaling", "autoscaling"},
            {"monitoring", "monitoring"},
            {"consistent hashing", "consistent-hashing"},
            {"resharding", "resharding"},
            {"celebrity problem", "celebrity-problem"},
            {"cache miss", "hit-rate"},
            {"hit rate", "hit-rate"},
            {"queue depth", "queue-depth"},
            {"circuit breaker", "circuit-breaker"},
            {"backoff", "retry-backoff"},
            {"latency", "latency"},
            {"capacity", "capacity"},
        };
        for (const auto& t : terms)
            QTest::newRow(t[0]) << QString(t[0]) << QString(t[1]);
    }

    void chapterTermsArePresent()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, id);
        static const GlossaryLoadResult r = loadGlossaryFile(kLessons + "/glossary.json");
        const GlossaryTerm* t = lookup(r.glossary, spelling.toStdString());
        QVERIFY2(t, qPrintable(spelling));
        QCOMPARE(QString::fromStdString(t->id), id);
    }

    void germanSpellingsLink()
    {
        const GlossaryLoadResult r = loadGlossaryFile(kLessons + "/glossary.json");
        // The German words the lesson texts use name the same entries.
        QCOMPARE(lookup(r.glossary, "Replikationsverzögerung", "de")->id,
                 std::string("replication-lag"));
        QCOMPARE(lookup(r.glossary, "Auslastung", "de")->id, std::string("utilization"));
        QCOMPARE(lookup(r.glossary, "Rechenzentrum", "de")->id, std::string("data-center"));
        // English spellings still link in German text; German ones do not in English.
        QCOMPARE(lookup(r.glossary, "replication lag", "de")->id, std::string("replication-lag"));
        QVERIFY(!lookup(r.glossary, "Auslastung", "en"));
    }

    void inspectorMapping()
    {
        const GlossaryLoadResult r = loadGlossaryFile(kLessons + "/glossary.json");
        const Glossary& g = r.glossary;
        auto ids = [](const std::vector<const GlossaryTerm*>& v) {
            std::vector<std::string> out;
            for (const auto* t : v)
                out.push_back(t->id);
            return out;
        };
        QCOMPARE(ids(g.forParam("database", "replication_lag_ms")),
                 std::vector<std::string>{"replication-lag"});
        QCOMPARE(ids(g.forParam("cache", "ttl_s")), std::vector<std::string>{"ttl"});
        QCOMPARE(ids(g.forParam("dns", "ttl_s")), std::vector<std::string>{"ttl"});
        QCOMPARE(ids(g.forParam("cache", "eviction")), std::vector<std::string>{"eviction"});
        QCOMPARE(ids(g.forParam("database", "promotion_s")), std::vector<std::string>{"promotion"});
        QCOMPARE(ids(g.forKind("load_balancer")), std::vector<std::string>{"load-balancer"});
        QCOMPARE(ids(g.forKind("message_queue")), std::vector<std::string>{"message-queue"});
        QVERIFY(g.forParam("web_server", "service_ms").empty());
    }
};

QTEST_APPLESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
