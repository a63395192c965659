// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ReportExport.h"

#include "io/SafeWrite.h"

#include "charts/ChartBook.h"
#include "charts/ChartPalette.h"
#include "export/ChartExport.h"
#include "export/DiagramExport.h"
#include "i18n/EventStrings.h"
#include "i18n/Language.h"
#include "model/ParamSpec.h"

#include <QCoreApplication>
#include <QPainter>
#include <QBuffer>
#include <QPdfWriter>

namespace scalelab::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ReportExport", s);
}

/// A cursor over the pages of the report (coordinates in points at 96 dpi).
class Pages
{
public:
    Pages(QPdfWriter& pdf, QPainter& p) : m_pdf(pdf), m_p(p)
    {
        m_area = QRectF(p.viewport());
        m_y = m_area.top();
    }
    QRectF area() const { return m_area; }
    double y() const { return m_y; }
    int count() const { return m_pages; }
    void newPage()
    {
        footer();
        m_pdf.newPage();
        ++m_pages;
        m_y = m_area.top();
    }
    void ensure(double h)
    {
        if (m_y + h > m_area.bottom() - 24)
            newPage();
    }
    void text(const QString& s, double pt, bool bold = false, double gapAfter = 4)
    {
        QFont f = m_p.font();
        f.setPointSizeF(pt);
        f.setBold(bold);
        m_p.setFont(f);
        const QRectF box(m_area.left(), m_y, m_area.width(), 2000);
        const QRectF used = m_p.boundingRect(box, Qt::TextWordWrap, s);
        ensure(used.height());
        m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), used.height()), Qt::TextWordWrap,
                     s);
        m_y += used.height() + gapAfter;
    }
    /// A table row: cells at the given column fractions.
    void row(const QStringList& cells, const std::vector<double>& cols, bool bold = false,
             double pt = 9)
    {
        QFont f = m_p.font();
        f.setPointSizeF(pt);
        f.setBold(bold);
        m_p.setFont(f);
        const double h = QFontMetricsF(f, m_p.device()).height() + 3;
        ensure(h);
        for (int i = 0; i < cells.size() && i < static_cast<int>(cols.size()); ++i) {
            const double x0 = m_area.left() + cols[static_cast<std::size_t>(i)] * m_area.width();
            const double x1 =
                i + 1 < static_cast<int>(cols.size())
                    ? m_area.left() + cols[static_cast<std::size_t>(i) + 1] * m_area.width()
                    : m_area.right();
            const QString t =
                QFontMetricsF(f, m_p.device()).elidedText(cells[i], Qt::ElideRight, x1 - x0 - 6);
            m_p.drawText(QRectF(x0, m_y, x1 - x0 - 6, h), Qt::AlignLeft | Qt::AlignVCenter, t);
        }
        if (bold) {
            m_p.setPen(QPen(QColor(0x90, 0x90, 0x90), 0.6));
            m_p.drawLine(QPointF(m_area.left(), m_y + h), QPointF(m_area.right(), m_y + h));
            m_p.setPen(Qt::black);
        }
        m_y += h;
    }
    void skip(double h) { m_y += h; }
    QRectF take(double h)
    {
        ensure(h);
        const QRectF r(m_area.left(), m_y, m_area.width(), h);
        m_y += h;
        return r;
    }
    void footer()
    {
        QFont f = m_p.font();
        f.setPointSizeF(8);
        f.setBold(false);
        m_p.setFont(f);
        m_p.setPen(QColor(0x60, 0x60, 0x60));
        m_p.drawText(QRectF(m_area.left(), m_area.bottom() - 14, m_area.width(), 14),
                     Qt::AlignRight, tr("ScaleLab run report, page %1").arg(m_pages));
        m_p.setPen(Qt::black);
    }

private:
    QPdfWriter& m_pdf;
    QPainter& m_p;
    QRectF m_area;
    double m_y = 0;
    int m_pages = 1;
};

QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}
QString ms(double v)
{
    return v >= 1000 ? tr("%1 s").arg(v / 1000, 0, 'f', 2) : tr("%1 ms").arg(v, 0, 'f', 1);
}
QString pct(double v)
{
    return v < 0 ? tr("n/a") : tr("%1%").arg(v * 100, 0, 'f', 1);
}
QString name(const core::Scenario& sc, const std::string& id)
{
    const core::Component* c = sc.find(id);
    return QString::fromStdString(c && !c->name.empty() ? c->name : id);
}
} // namespace

int exportReport(const RunData& run, QGraphicsScene* diagram, const QString& path, QString* error)
{
    // Drawn in memory, then written in one checked, atomic step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(96);
    pdf.setTitle(tr("ScaleLab run report: %1").arg(QString::fromStdString(run.scenario.name)));
    pdf.setCreator(QStringLiteral("ScaleLab"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = tr("%1: cannot write the PDF file").arg(path);
        return 0;
    }
    Pages pg(pdf, p);
    const core::Summary& s = run.summary;
    const core::Scenario& sc = run.scenario;

    // Page 1: scenario, diagram, summary.
    pg.text(tr("Run report: %1")
                .arg(QString::fromStdString(sc.name.empty() ? std::string("untitled") : sc.name)),
            18, true, 6);
    if (!sc.description.empty())
        pg.text(QString::fromStdString(sc.description), 10, false, 6);
    pg.text(tr("Simulated %1 s (statistics from %2 s), seed %3, one sample every %4 s. %5 engine "
               "events.")
                .arg(num(s.durationS, 0), num(sc.run.warmupS, 0))
                .arg(s.seed)
                .arg(sc.run.sampleIntervalS)
                .arg(s.events),
            9, false, 8);
    if (diagram) {
        const QRectF box = pg.take(pg.area().height() * 0.36);
        paintDiagram(diagram, &p, box, Qt::white);
        p.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.8));
        p.drawRect(box);
        p.setPen(Qt::black);
        pg.skip(10);
    }
    pg.text(tr("Summary"), 13, true, 4);
    const std::vector<double> two = {0.0, 0.45};
    auto line = [&](const QString& k, const QString& v) { pg.row({k, v}, two); };
    std::uint64_t failed = 0;
    for (auto f : s.failed)
        failed += f;
    line(tr("Requests generated"), QString::number(s.generated));
    line(tr("Succeeded / failed"),
         tr("%1 / %2 (error rate %3)").arg(s.succeeded).arg(failed).arg(pct(s.errorRate)));
    for (int k = 0; k < core::kErrorCauseCount; ++k)
        if (s.failed[k] > 0)
            line(tr("  failed: %1")
                     .arg(QString::fromLatin1(
                         core::errorCauseName(static_cast<core::ErrorCause>(k)))),
                 QString::number(s.failed[k]));
    line(tr("Throughput"), tr("%1 req/s").arg(num(s.throughputRps)));
    line(tr("Latency mean / p50 / p95"),
         QStringLiteral("%1 / %2 / %3")
             .arg(ms(s.latency.meanMs), ms(s.latency.p50Ms), ms(s.latency.p95Ms)));
    line(tr("Latency p99 / p99.9 / max"),
         QStringLiteral("%1 / %2 / %3")
             .arg(ms(s.latency.p99Ms), ms(s.latency.p999Ms), ms(s.latency.maxMs)));
    line(tr("Little's law: L vs lambda x W"),
         tr("%1 in flight vs %2 req/s x %3")
             .arg(num(s.meanInSystem, 2), num(s.arrivalRateRps), ms(s.latency.meanMs)));
    if (s.cacheHitRate >= 0)
        line(tr("Cache hit rate"), pct(s.cacheHitRate));
    if (s.cdnHitRate >= 0)
        line(tr("CDN hit rate"), pct(s.cdnHitRate));
    auto counter = [&](const QString& k, std::uint64_t v) {
        if (v > 0)
            line(k, QString::number(v));
    };
    counter(tr("Stale reads (replica behind)"), s.staleReads);
    counter(tr("Writes lost in a failover"), s.lostWrites);
    counter(tr("Writes refused (no primary)"), s.failedWrites);
    counter(tr("Sessions lost"), s.sessionsLost);
    counter(tr("Session misses (logged in again)"), s.sessionMisses);
    counter(tr("Stale reads from a cache"), s.cacheStaleReads);
    counter(tr("Jobs processed"), s.jobsProcessed);
    counter(tr("Dead letters"), s.deadLetters);
    if (s.costPerHour > 0)
        line(tr("Cost"), tr("%1 $/h").arg(num(s.costPerHour, 2))); // the inspector's unit
    line(tr("Events on the charts"), QString::number(run.events.size()));

    // Components (continues on page 2 when long).
    pg.skip(10);
    pg.text(tr("Components"), 13, true, 4);
    const std::vector<double> cols = {0.0, 0.24, 0.40, 0.51, 0.61, 0.72, 0.81, 0.91};
    pg.row({tr("Component"), tr("Kind"), tr("Busy"), tr("Queue"), tr("Served"), tr("Errors"),
            tr("p99"), tr("Hit rate")},
           cols, true);
    for (const auto& c : s.components) {
        std::uint64_t errs = 0;
        for (auto e : c.errors)
            errs += e;
        const core::KindSpec* k = core::findKind(c.kind);
        pg.row({name(sc, c.id),
                k ? trKindName(*k) : QString::fromStdString(c.kind),
                pct(c.utilization), num(c.meanQueueLength, 2), QString::number(c.served),
                QString::number(errs), ms(c.latency.p99Ms),
                c.hitRate >= 0 ? pct(c.hitRate) : QStringLiteral("-")},
               cols);
    }

    // Charts, three per page.
    ChartBook book;
    ChartPalette light;
    book.setPalette(light);
    fillChartBook(book, run);
    // Charts that say nothing for this design (no cache, no replicas) are left out.
    bool hasCache = false, hasLag = false;
    for (const auto& smp : run.samples) {
        hasCache = hasCache || smp.cacheHitRate >= 0 || smp.cdnHitRate >= 0;
        hasLag = hasLag || smp.replicationLagMs >= 0;
    }
    int placed = 0;
    for (int id = 0; id < ChartBook::ChartCount; ++id) {
        if ((id == ChartBook::Cache && !hasCache) || (id == ChartBook::Replication && !hasLag))
            continue;
        if (placed++ % 3 == 0) {
            pg.newPage();
            pg.text(placed == 1
                        ? tr("Charts (vertical lines mark failures, failovers and other events)")
                        : tr("Charts (continued)"),
                    13, true, 4);
        }
        const double h = (pg.area().height() - 60) / 3 - 6;
        const QRectF box = pg.take(h);
        book.render(id, &p, box);
        pg.skip(6);
    }

    // Event log.
    pg.newPage();
    pg.text(tr("Event log"), 13, true, 4);
    const std::vector<double> ecols = {0.0, 0.11, 0.28, 0.45};
    pg.row({tr("Time"), tr("Event"), tr("Component"), tr("What happened")}, ecols, true);
    int shown = 0;
    for (const auto& e : run.events) {
        if (shown++ >= kMaxReportEvents) {
            pg.text(tr("... and %1 more events (see events.csv)")
                        .arg(run.events.size() - kMaxReportEvents),
                    9, false);
            break;
        }
        pg.row({tr("%1 s").arg(core::simTimeToSeconds(e.time), 0, 'f', 2),
                ChartPalette::shortName(e), e.component.empty() ? QString() : name(sc, e.component),
                trEventText(e)},
               ecols, false, 8.5);
    }
    if (run.events.empty())
        pg.text(tr("Nothing noteworthy happened in this run."), 9);
    pg.footer();
    const int pages = pg.count();
    p.end();
    return writeFileSafely(path, buffer.data(), error) ? pages : 0;
}

} // namespace scalelab::ui
