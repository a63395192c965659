// SPDX-License-Identifier: GPL-3.0-or-later
// The event texts of the core (core/model/EventKinds.cpp: marker labels and text
// templates) listed for lupdate, and their translation. tests/ui/tst_translations.cpp
// fails when these lists and the core's tables differ.
#include "i18n/EventStrings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QtGlobal>

namespace scalelab::ui {

namespace {
const char* const kMarkers[] = {
    QT_TRANSLATE_NOOP("EventMarkers", "spike"),
    QT_TRANSLATE_NOOP("EventMarkers", "step"),
    QT_TRANSLATE_NOOP("EventMarkers", "ramp"),
    QT_TRANSLATE_NOOP("EventMarkers", "daily cycle"),
    QT_TRANSLATE_NOOP("EventMarkers", "crash"),
    QT_TRANSLATE_NOOP("EventMarkers", "recovered"),
    QT_TRANSLATE_NOOP("EventMarkers", "primary lost"),
    QT_TRANSLATE_NOOP("EventMarkers", "replica lost"),
    QT_TRANSLATE_NOOP("EventMarkers", "cache flush"),
    QT_TRANSLATE_NOOP("EventMarkers", "cache down"),
    QT_TRANSLATE_NOOP("EventMarkers", "DC outage"),
    QT_TRANSLATE_NOOP("EventMarkers", "partition"),
    QT_TRANSLATE_NOOP("EventMarkers", "latency"),
    QT_TRANSLATE_NOOP("EventMarkers", "slow"),
    QT_TRANSLATE_NOOP("EventMarkers", "errors"),
    QT_TRANSLATE_NOOP("EventMarkers", "+server"),
    QT_TRANSLATE_NOOP("EventMarkers", "-server"),
    QT_TRANSLATE_NOOP("EventMarkers", "+replica"),
    QT_TRANSLATE_NOOP("EventMarkers", "mark"),
    QT_TRANSLATE_NOOP("EventMarkers", "DC back"),
    QT_TRANSLATE_NOOP("EventMarkers", "healed"),
    QT_TRANSLATE_NOOP("EventMarkers", "latency normal"),
    QT_TRANSLATE_NOOP("EventMarkers", "speed normal"),
    QT_TRANSLATE_NOOP("EventMarkers", "errors end"),
    QT_TRANSLATE_NOOP("EventMarkers", "unhealthy"),
    QT_TRANSLATE_NOOP("EventMarkers", "healthy"),
    QT_TRANSLATE_NOOP("EventMarkers", "failover"),
    QT_TRANSLATE_NOOP("EventMarkers", "promoted"),
    QT_TRANSLATE_NOOP("EventMarkers", "failover failed"),
    QT_TRANSLATE_NOOP("EventMarkers", "writes lost"),
    QT_TRANSLATE_NOOP("EventMarkers", "DNS switch"),
    QT_TRANSLATE_NOOP("EventMarkers", "replaced"),
    QT_TRANSLATE_NOOP("EventMarkers", "ready"),
    QT_TRANSLATE_NOOP("EventMarkers", "drained"),
    QT_TRANSLATE_NOOP("EventMarkers", "drain timeout"),
    QT_TRANSLATE_NOOP("EventMarkers", "copying"),
    QT_TRANSLATE_NOOP("EventMarkers", "replica ready"),
    QT_TRANSLATE_NOOP("EventMarkers", "sessions lost"),
    QT_TRANSLATE_NOOP("EventMarkers", "files lost"),
    QT_TRANSLATE_NOOP("EventMarkers", "autoscale"),
    QT_TRANSLATE_NOOP("EventMarkers", "alert"),
    QT_TRANSLATE_NOOP("EventMarkers", "alert over"),
    QT_TRANSLATE_NOOP("EventMarkers", "breaker open"),
    QT_TRANSLATE_NOOP("EventMarkers", "breaker closed"),
    QT_TRANSLATE_NOOP("EventMarkers", "change"),
};
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("EventTexts", "%1: %2"),
    QT_TRANSLATE_NOOP("EventTexts", "%1"),
    QT_TRANSLATE_NOOP("EventTexts", "traffic spike x%1"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 answers %2% of requests with an error"),
    QT_TRANSLATE_NOOP("EventTexts", "server added: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "replica added: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "recovered: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "data center back: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "partition healed"),
    QT_TRANSLATE_NOOP("EventTexts", "link latency back to normal"),
    QT_TRANSLATE_NOOP("EventTexts", "back to normal speed: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "no more errors: %1"),
    QT_TRANSLATE_NOOP("EventTexts", "DNS now sends %1 users to %2"),
    QT_TRANSLATE_NOOP("EventTexts", "DNS now sends %1 users to %2 instead of %3"),
    QT_TRANSLATE_NOOP("EventTexts", "DNS health check: %1 removed from the record"),
    QT_TRANSLATE_NOOP("EventTexts", "DNS health check: %1 back in the record"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 drained: %2 requests finished in %3 ms"),
    QT_TRANSLATE_NOOP("EventTexts", "drain timeout on %1: %2 requests cut off, %3 finished"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 users' files lost with %2"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 users logged out on %2"),
    QT_TRANSLATE_NOOP("EventTexts", "replacement for %1: %2"),
    QT_TRANSLATE_NOOP("EventTexts", "health check: %1 taken out"),
    QT_TRANSLATE_NOOP("EventTexts", "health check: %1 back in"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 warmed up and takes traffic"),
    QT_TRANSLATE_NOOP("EventTexts", "autoscaler adds %1 (utilization %2%)"),
    QT_TRANSLATE_NOOP("EventTexts", "autoscaler retires %1 (utilization %2%)"),
    QT_TRANSLATE_NOOP("EventTexts", "%1: end-to-end %2 is %3%4, above %5%4 for %6 s"),
    QT_TRANSLATE_NOOP("EventTexts", "%1: end-to-end %2 back to %3%4"),
    QT_TRANSLATE_NOOP("EventTexts", "%1: %2 of %3 is %4%5, above %6%5 for %7 s"),
    QT_TRANSLATE_NOOP("EventTexts", "%1: %2 of %3 back to %4%5"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 writes not yet replicated were lost"),
    QT_TRANSLATE_NOOP("EventTexts", "new replica %1 copies %2 GB: ready in %3 s"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 has its copy of the data and serves reads"),
    QT_TRANSLATE_NOOP("EventTexts", "primary failure detected: promoting a replica"),
    QT_TRANSLATE_NOOP("EventTexts", "no healthy replica to promote: writes stay down"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 promoted to primary after %2 s"),
    QT_TRANSLATE_NOOP("EventTexts", "circuit breaker closed: %1's probe succeeded"),
    QT_TRANSLATE_NOOP("EventTexts", "circuit breaker opened: %1 of %2 attempts failed (%3)"),
    QT_TRANSLATE_NOOP("EventTexts", "%1 = %2"),
    QT_TRANSLATE_NOOP("EventTexts", "request rate set to %1 req/s"),
    QT_TRANSLATE_NOOP("EventTexts", "users set to %1"),
    QT_TRANSLATE_NOOP("EventTexts", "request mix set to %1% reads, %2% writes"),
};
/// Words the core passes as arguments (the monitored metric of an alert).
const char* const kTerms[] = {
    QT_TRANSLATE_NOOP("EventTerms", "p99 latency"),
    QT_TRANSLATE_NOOP("EventTerms", "p95 latency"),
    QT_TRANSLATE_NOOP("EventTerms", "error rate"),
    QT_TRANSLATE_NOOP("EventTerms", "utilization"),
    QT_TRANSLATE_NOOP("EventTerms", "queue length"),
};

QStringList listOf(const char* const* begin, const char* const* end)
{
    QStringList out;
    for (const char* const* s = begin; s != end; ++s)
        out << QString::fromUtf8(*s);
    return out;
}

/// A number the core printed in the C locale ("12.5", "671") in the user's format; any
/// other argument (a component's name or id) unchanged.
QString localArg(const std::string& arg)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QString s = QString::fromStdString(arg);
    if (!number.match(s).hasMatch())
        return s;
    const int dot = s.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        s.replace(dot, 1, QLocale().decimalPoint());
    return s;
}
} // namespace

QString trEventMarker(const core::SimEvent& e)
{
    if (e.type == "marker" && !e.text.empty())
        return QString::fromStdString(e.text).left(16);
    if (const core::EventKind* k = core::findEventKind(e.type); k && k->marker)
        return QCoreApplication::translate("EventMarkers", k->marker);
    QString s = QString::fromStdString(e.type);
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s.left(16);
}

QString trEventText(const core::SimEvent& e)
{
    if (e.textId == core::EventText::None)
        return QString::fromStdString(e.text.empty() ? e.type : e.text);
    QString out = QCoreApplication::translate("EventTexts", core::eventTextTemplate(e.textId));
    QStringList args;
    for (const std::string& a : e.args)
        args << localArg(a);
    // The name of an injected event and the metric of an alert are words of ours.
    if (e.textId == core::EventText::Injected || e.textId == core::EventText::InjectedNoTarget) {
        if (!args.isEmpty())
            args[0] = trEventMarker(e);
    } else if (e.type == "alert" || e.type == "alert_resolved") {
        if (args.size() > 1)
            args[1] = QCoreApplication::translate("EventTerms", e.args[1].c_str());
    }
    // One pass over %1..%9, so an argument that contains "%2" is never expanded again.
    QString result;
    result.reserve(out.size() + 32);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c == QLatin1Char('%') && i + 1 < out.size() && out.at(i + 1) >= QLatin1Char('1') &&
            out.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype n = out.at(i + 1).unicode() - '1';
            if (n < args.size())
                result += args.at(n);
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

QStringList eventMarkerList() { return listOf(std::begin(kMarkers), std::end(kMarkers)); }
QStringList eventTextList() { return listOf(std::begin(kTexts), std::end(kTexts)); }
QStringList eventTermList() { return listOf(std::begin(kTerms), std::end(kTerms)); }

} // namespace scalelab::ui
