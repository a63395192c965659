// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/GlossaryLinks.h"

#include <QSet>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace scalelab::ui {

namespace {
struct Needle
{
    QString text;
    QString id;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
}

/// The lower-case name of the tag starting at `html[pos]` ('<'), and whether it closes.
QString tagName(const QString& html, qsizetype pos, qsizetype end, bool* closing)
{
    qsizetype i = pos + 1;
    *closing = i < end && html[i] == QLatin1Char('/');
    if (*closing)
        ++i;
    const qsizetype start = i;
    while (i < end && html[i].isLetterOrNumber())
        ++i;
    return html.mid(start, i - start).toLower();
}

/// The length of the character entity at `pos` ("&amp;", "&#8212;"), 0 when there is none.
qsizetype entityLength(const QString& html, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < html.size() && i < pos + 12; ++i) {
        if (html[i] == QLatin1Char(';'))
            return i > pos + 1 ? i - pos + 1 : 0;
        if (!html[i].isLetterOrNumber() && html[i] != QLatin1Char('#'))
            return 0;
    }
    return 0;
}
} // namespace

QString linkGlossaryTerms(const QString& html, const core::Glossary& glossary,
                          const std::string& language, const QString& excludeId)
{
    std::vector<Needle> needles;
    for (const auto& t : glossary.terms) {
        const QString id = QString::fromStdString(t.id);
        if (id == excludeId)
            continue;
        for (const auto& s : t.spellingsIn(language))
            if (!s.empty())
                needles.push_back({QString::fromStdString(s), id});
    }
    std::stable_sort(needles.begin(), needles.end(), [](const Needle& a, const Needle& b) {
        return a.text.size() > b.text.size();
    });

    QString out;
    out.reserve(html.size() + html.size() / 2);
    QSet<QString> linked;
    int anchorDepth = 0, codeDepth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            if (close < 0) { // not a tag after all: copy the rest unchanged
                out += QStringView(html).mid(i);
                break;
            }
            bool closing = false;
            const QString name = tagName(html, i, close, &closing);
            int* depth = name == QLatin1String("a")      ? &anchorDepth
                         : name == QLatin1String("code") ? &codeDepth
                                                         : nullptr;
            if (depth)
                *depth = std::max(0, *depth + (closing ? -1 : 1));
            out += QStringView(html).mid(i, close - i + 1);
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('&')) {
            if (const qsizetype len = entityLength(html, i); len > 0) {
                out += QStringView(html).mid(i, len);
                i += len;
                continue;
            }
        }
        const bool wordStart = i == 0 || !isWordChar(html[i - 1]);
        if (anchorDepth == 0 && codeDepth == 0 && wordStart && isWordChar(c)) {
            const Needle* hit = nullptr;
            for (const Needle& nd : needles) {
                const qsizetype len = nd.text.size();
                if (i + len > n || linked.contains(nd.id))
                    continue;
                if (i + len < n && isWordChar(html[i + len]))
                    continue;
                if (QStringView(html).mid(i, len).compare(nd.text, Qt::CaseInsensitive) == 0) {
                    hit = &nd;
                    break;
                }
            }
            if (hit) {
                const qsizetype len = hit->text.size();
                out += QStringLiteral("<a href=\"%1:%2\">")
                           .arg(QLatin1String(kGlossaryScheme), hit->id);
                out += QStringView(html).mid(i, len);
                out += QLatin1String("</a>");
                linked.insert(hit->id);
                i += len;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString glossaryLinkId(const QString& href)
{
    const QString prefix = QLatin1String(kGlossaryScheme) + QLatin1Char(':');
    return href.startsWith(prefix) ? href.mid(prefix.size()) : QString();
}

QString glossaryTooltipHtml(const core::GlossaryTerm& term, const std::string& language)
{
    return QStringLiteral("<p><b>%1</b> — %2</p>")
        .arg(QString::fromStdString(term.termIn(language)).toHtmlEscaped(),
             QString::fromStdString(term.textIn(language)).toHtmlEscaped());
}

} // namespace scalelab::ui
