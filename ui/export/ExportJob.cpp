// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportJob.h"

#include "canvas/DiagramScene.h"
#include "export/ChartExport.h"
#include "export/DiagramExport.h"
#include "export/GifWriter.h"
#include "export/ReportExport.h"
#include "model/Document.h"
#include "panels/RunToolbar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace scalelab::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ExportJob", s);
}
bool fail(QString* error, const QString& msg)
{
    if (error)
        *error = msg;
    return false;
}
/// Creates the output folder (and its parents); the reason in words when it cannot.
bool makeOutputFolder(const QString& dir, QString* error)
{
    std::error_code ec;
    std::filesystem::create_directories(QFile::encodeName(dir).toStdString(), ec);
    if (ec)
        return fail(error, tr("%1: cannot create the output folder (%2)")
                               .arg(dir, QString::fromLocal8Bit(ec.message().c_str())));
    return true;
}
constexpr int kMaxGifFrames = 150;
constexpr int kGifDelayCs = 10;
} // namespace

QStringList exportFormats()
{
    return {QStringLiteral("png"), QStringLiteral("svg"),    QStringLiteral("pdf"),
            QStringLiteral("csv"), QStringLiteral("report"), QStringLiteral("gif")};
}

bool exportRun(const RunData& run, QGraphicsScene* diagram, const ExportRequest& req,
               QStringList* written, QString* error)
{
    for (const QString& f : req.formats)
        if (!exportFormats().contains(f))
            return fail(error, tr("--format: unknown format \"%1\" (expected %2)")
                                   .arg(f, exportFormats().join(QLatin1Char(','))));
    if (!makeOutputFolder(req.outDir, error))
        return false;
    const QDir dir(req.outDir);
    const QSize chartSize(std::max(400, req.size.width() / 2),
                          std::max(240, req.size.width() * 3 / 10));
    for (const QString& f : req.formats) {
        if (f == QLatin1String("png") || f == QLatin1String("svg") || f == QLatin1String("pdf")) {
            const QString path = dir.filePath(QStringLiteral("diagram.") + f);
            if (diagram && !exportDiagram(diagram, path, req.size, error))
                return false;
            if (diagram && written)
                *written << path;
            if (f != QLatin1String("pdf") &&
                !exportCharts(run, req.outDir, f, chartSize, written, error))
                return false;
        } else if (f == QLatin1String("csv")) {
            if (!exportCsv(run, req.outDir, written, error))
                return false;
        } else if (f == QLatin1String("report")) {
            const QString path = dir.filePath(QStringLiteral("report.pdf"));
            if (exportReport(run, diagram, path, error) == 0)
                return false;
            if (written)
                *written << path;
        }
    }
    return true;
}

bool exportScenario(const core::Scenario& scenario, const ExportRequest& req, QStringList* written,
                    QString* error)
{
    Document doc;
    doc.resetScenario(scenario);
    QUndoStack stack;
    DiagramScene scene(&doc, &stack);
    if (!makeOutputFolder(req.outDir, error))
        return false;

    RunData run;
    if (req.formats.contains(QStringLiteral("gif"))) {
        // Replay the run on the scene, one frame per tick, with the simulated clock.
        const QString path = QDir(req.outDir).filePath(QStringLiteral("run.gif"));
        const double scale = std::min(1.0, 800.0 / std::max(1, req.size.width()));
        const QSize gifSize(std::max(64, int(req.size.width() * scale)),
                            std::max(48, int(req.size.height() * scale)));
        GifWriter gif;
        if (!gif.open(path, gifSize, error))
            return false;
        const double tick =
            std::max(scenario.run.sampleIntervalS, scenario.run.durationS / kMaxGifFrames);
        QString frameError;
        run = runHeadless(scenario, tick, [&](const LiveFrame& f) {
            if (!frameError.isEmpty())
                return;
            scene.applyFrame(f);
            QImage img(gifSize, QImage::Format_RGB32);
            img.fill(Qt::white);
            QPainter p(&img);
            paintDiagram(&scene, &p, QRectF(0, 0, gifSize.width(), gifSize.height() - 22),
                         Qt::white);
            QFont font = p.font();
            font.setPointSizeF(11);
            font.setBold(true);
            p.setFont(font);
            p.setPen(Qt::black);
            p.drawText(QRectF(8, gifSize.height() - 22, gifSize.width() - 16, 20),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       tr("t = %1   %2 req/s served   p99 %3 ms")
                           .arg(RunToolbar::clockText(core::simTimeToSeconds(f.now)))
                           .arg(f.latest.throughputRps, 0, 'f', 0)
                           .arg(f.latest.p99Ms, 0, 'f', 0));
            p.end();
            if (!gif.addFrame(img, kGifDelayCs, &frameError))
                return;
        });
        if (!frameError.isEmpty())
            return fail(error, frameError);
        if (!gif.close(error))
            return false;
        if (written)
            *written << path;
        scene.clearLive();
    } else {
        run = runHeadless(scenario);
    }
    ExportRequest rest = req;
    rest.formats.removeAll(QStringLiteral("gif"));
    return exportRun(run, &scene, rest, written, error);
}

} // namespace scalelab::ui
