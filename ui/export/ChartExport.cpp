// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ChartExport.h"

#include "charts/ChartBook.h"
#include "io/NumberText.h"
#include "io/SafeWrite.h"
#include "metrics/Recorder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <locale>
#include <sstream>

namespace scalelab::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ChartExport", s);
}

bool fail(QString* error, const QString& msg)
{
    if (error)
        *error = msg;
    return false;
}
} // namespace

void fillChartBook(ChartBook& book, const RunData& run, const QString& componentId)
{
    const core::Scenario* sc = &run.scenario;
    book.nameOf = [sc](const QString& id) {
        const core::Component* c = sc->find(id.toStdString());
        return c && !c->name.empty() ? QString::fromStdString(c->name) : id;
    };
    book.setComponent(componentId, componentId.isEmpty() ? QString() : book.nameOf(componentId));
    book.setData(run.samples, run.events);
}

bool exportCharts(const RunData& run, const QString& dir, const QString& format, QSize size,
                  QStringList* written, QString* error, const ChartPalette& palette)
{
    if (format != QLatin1String("png") && format != QLatin1String("svg"))
        return fail(error, tr("unknown chart format \"%1\" (expected png or svg)").arg(format));
    if (size.width() < 200 || size.height() < 150)
        return fail(error, tr("charts need at least 200 x 150 pixels, got %1 x %2")
                               .arg(size.width())
                               .arg(size.height()));
    ChartBook book;
    book.setPalette(palette);
    fillChartBook(book, run);
    for (int id = 0; id < ChartBook::ChartCount; ++id) {
        const QString path =
            QDir(dir).filePath(QStringLiteral("chart-%1.%2").arg(ChartBook::fileStem(id), format));
        const QRectF target(QPointF(0, 0), QSizeF(size));
        if (format == QLatin1String("png")) {
            QImage img(size, QImage::Format_ARGB32_Premultiplied);
            img.fill(palette.background());
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            book.render(id, &p, target);
            p.end();
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            if (!img.save(&buf, "PNG"))
                return fail(error, tr("%1: cannot encode the PNG image").arg(path));
            if (!writeFileSafely(path, buf.data(), error))
                return false;
        } else {
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            QSvgGenerator gen;
            gen.setOutputDevice(&buf);
            gen.setSize(size);
            gen.setResolution(96);
            gen.setViewBox(QRect(QPoint(0, 0), size));
            gen.setTitle(ChartBook::chartName(id));
            QPainter p;
            if (!p.begin(&gen))
                return fail(error, tr("%1: cannot write the SVG file").arg(path));
            p.fillRect(target, palette.background());
            book.render(id, &p, target);
            p.end();
            if (!writeFileSafely(path, buf.data(), error))
                return false;
        }
        if (written)
            *written << path;
    }
    return true;
}

bool exportCsv(const RunData& run, const QString& dir, QStringList* written, QString* error)
{
    core::Recorder rec(run.samples.size() + 16);
    for (const auto& s : run.samples)
        rec.onSample(s);
    for (const auto& e : run.events)
        rec.onEvent(e);
    std::ostringstream samples, events;
    samples.imbue(std::locale::classic());
    events.imbue(std::locale::classic());
    rec.writeCsv(samples);
    rec.writeEventsCsv(events);
    std::string comps =
        "t_s,component,down,utilization,queue_length,throughput_rps,errors_rps,p99_ms,hit_rate,"
        "replication_lag_ms,workers\n";
    for (const auto& s : run.samples)
        for (const auto& c : s.components) {
            // Numbers in the C locale whatever the user's is (a German locale would write 1,5).
            comps += core::dataNumber(s.tS);
            comps += ',' + c.id + ',' + (c.down ? '1' : '0');
            for (double v : {c.utilization, c.queueLength, c.throughputRps, c.errorsRps, c.p99Ms,
                             c.hitRate, c.replicationLagMs, c.workers}) {
                comps += ',';
                core::appendDataNumber(comps, v);
            }
            comps += '\n';
        }
    const std::pair<const char*, std::string> files[] = {
        {"samples.csv", samples.str()}, {"events.csv", events.str()}, {"components.csv", comps}};
    for (const auto& [name, text] : files) {
        const QString path = QDir(dir).filePath(QString::fromLatin1(name));
        if (!writeFileSafely(path, QByteArray::fromStdString(text), error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

} // namespace scalelab::ui
