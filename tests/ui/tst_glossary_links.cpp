// SPDX-License-Identifier: GPL-3.0-or-later
// linkGlossaryTerms: the first occurrence of each term in a step's text becomes a
// glossary link, whole words only, case-insensitively, never inside tags, entities,
// <code> or existing links; German text links German and English spellings.
#include "panels/GlossaryLinks.h"

#include <QTest>

using namespace scalelab;
using namespace scalelab::ui;

namespace {
core::GlossaryTerm term(std::string id, std::string en, std::vector<std::string> aliases,
                        std::string de = {}, std::vector<std::string> aliasesDe = {})
{
    core::GlossaryTerm t;
    t.id = std::move(id);
    t.term = std::move(en);
    t.aliases = std::move(aliases);
    t.text = "English text of " + t.id + ".";
    t.termDe = std::move(de);
    t.aliasesDe = std::move(aliasesDe);
    t.textDe = t.termDe.empty() ? std::string() : "Deutscher Text zu " + t.id + ".";
    t.lessons = {"07-cache-tier"};
    return t;
}

core::Glossary sample()
{
    core::Glossary g;
    g.terms.push_back(term("cache", "cache", {"caches"}, "Cache", {"Caches"}));
    g.terms.push_back(term("cache-aside", "cache-aside", {}, "Cache-Aside"));
    g.terms.push_back(term("ttl", "TTL", {"time to live"}, "TTL"));
    g.terms.push_back(term("load-balancer", "load balancer", {"balancer"}, "Load Balancer"));
    g.terms.push_back(
        term("replication-lag", "replication lag", {"lag"}, "Replikationsverzögerung"));
    g.terms.push_back(term("utilization", "utilization", {}, "Auslastung"));
    g.terms.push_back(term("sub", "sub", {}));
    g.terms.push_back(term("amp", "amp", {}));
    return g;
}

QString glink(const char* id, const char* text)
{
    return QStringLiteral("<a href=\"glossary:%1\">%2</a>")
        .arg(QLatin1String(id), QString::fromUtf8(text));
}
} // namespace

class TestGlossaryLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void links_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside bold") << "en"
                                     << "Put a <b>cache</b> here."
                                     << "Put a <b>" + glink("cache", "cache") + "</b> here.";
        QTest::newRow("first occurrence only")
            << "en"
            << "A cache, then a cache again."
            << "A " + glink("cache", "cache") + ", then a cache again.";
        QTest::newRow("case-insensitive, text kept as written")
            << "en"
            << "Lower the ttl. The TTL"
            << "Lower the " + glink("ttl", "ttl") + ". The TTL";
        QTest::newRow("whole words only")
            << "en"
            << "A flag, lagging, cached; then lag."
            << "A flag, lagging, cached; then " + glink("replication-lag", "lag") + ".";
        QTest::newRow("alias") << "en"
                               << "Two caches."
                               << "Two " + glink("cache", "caches") + ".";
        QTest::newRow("longest spelling first")
            << "en"
            << "Add a load balancer, then a balancer."
            << "Add a " + glink("load-balancer", "load balancer") + ", then a balancer.";
        QTest::newRow("hyphen belongs to the word")
            << "en"
            << "Use cache-aside; a cache-like thing; a cache."
            << "Use " + glink("cache-aside", "cache-aside") + "; a cache-like thing; a " +
                   glink("cache", "cache") + ".";
        QTest::newRow("never inside a tag") << "en"
                                            << "H<sub>2</sub>O and sub"
                                            << "H<sub>2</sub>O and " + glink("sub", "sub");
        QTest::newRow("never inside an entity") << "en"
                                                << "R&amp;D &amp; amp"
                                                << "R&amp;D &amp; " + glink("amp", "amp");
        QTest::newRow("not inside an existing link")
            << "en"
            << "<a href=\"x\">a cache</a> and a cache"
            << "<a href=\"x\">a cache</a> and a " + glink("cache", "cache");
        QTest::newRow("not inside code") << "en"
                                         << "<code>ttl</code> is the TTL"
                                         << "<code>ttl</code> is the " + glink("ttl", "TTL");
        QTest::newRow("several terms") << "en"
                                       << "TTL and cache and lag"
                                       << glink("ttl", "TTL") + " and " + glink("cache", "cache") +
                                              " and " + glink("replication-lag", "lag");
        QTest::newRow("German spelling in German")
            << "de"
            << "Die Replikationsverzögerung wächst, die Auslastung auch."
            << "Die " + glink("replication-lag", "Replikationsverzögerung") + " wächst, die " +
                   glink("utilization", "Auslastung") + " auch.";
        QTest::newRow("German: whole words with umlauts")
            << "de"
            << "Auslastungsgrenze, Cache-Treffer; der Cache."
            << "Auslastungsgrenze, Cache-Treffer; der " + glink("cache", "Cache") + ".";
        QTest::newRow("English spelling in German text")
            << "de"
            << "Der Load Balancer verteilt."
            << "Der " + glink("load-balancer", "Load Balancer") + " verteilt.";
        QTest::newRow("German spelling not in English") << "en"
                                                        << "Die Auslastung"
                                                        << "Die Auslastung";
        QTest::newRow("unclosed tag left alone") << "en"
                                                 << "a cache <b"
                                                 << "a " + glink("cache", "cache") + " <b";
    }

    void links()
    {
        QFETCH(QString, language);
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(linkGlossaryTerms(html, sample(), language.toStdString()), expected);
    }

    void excludesTheEntryItself()
    {
        QCOMPARE(linkGlossaryTerms(QStringLiteral("a cache with a TTL"), sample(), "en",
                                   QStringLiteral("cache")),
                 QStringLiteral("a cache with a ") + glink("ttl", "TTL"));
    }

    void emptyGlossaryChangesNothing()
    {
        const QString html = QStringLiteral("<p>A <b>cache</b> &amp; a TTL</p>");
        QCOMPARE(linkGlossaryTerms(html, core::Glossary{}, "en"), html);
    }

    void linkIds()
    {
        QCOMPARE(glossaryLinkId(QStringLiteral("glossary:replication-lag")),
                 QStringLiteral("replication-lag"));
        QCOMPARE(glossaryLinkId(QStringLiteral("lesson:06-replication-failover")), QString());
        QCOMPARE(glossaryLinkId(QStringLiteral("https://example.org")), QString());
    }

    void tooltipInLanguage()
    {
        const core::Glossary g = sample();
        QCOMPARE(glossaryTooltipHtml(*g.find("utilization"), "de"),
                 QStringLiteral("<p><b>Auslastung</b> — Deutscher Text zu utilization.</p>"));
        QCOMPARE(glossaryTooltipHtml(*g.find("sub"), "de"), // no German: English
                 QStringLiteral("<p><b>sub</b> — English text of sub.</p>"));
    }
};

QTEST_MAIN(TestGlossaryLinks)
#include "tst_glossary_links.moc"
