// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportMenu.h"

#include "charts/ChartBook.h"
#include "export/DiagramExport.h"
#include "export/ExportJob.h"
#include "export/GifWriter.h"
#include "export/ReportExport.h"
#include "panels/RunToolbar.h"
#include "run/RunController.h"

#include <QDateTime>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>

namespace scalelab::ui {

GifRecorder::GifRecorder(QGraphicsScene* scene, RunController* controller, QObject* parent)
    : QObject(parent), m_scene(scene), m_controller(controller)
{
    connect(controller, &RunController::frame, this, &GifRecorder::onFrame);
}

GifRecorder::~GifRecorder()
{
    stop();
}

bool GifRecorder::isRecording() const
{
    return m_gif != nullptr;
}
int GifRecorder::frames() const
{
    return m_gif ? m_gif->frameCount() : m_endFrames;
}

bool GifRecorder::start(const QString& path, QSize size, QString* error, int intervalMs)
{
    stop();
    m_endedByItself = false;
    m_endFrames = 0;
    m_gif = new GifWriter;
    if (!m_gif->open(path, size, error)) {
        delete m_gif;
        m_gif = nullptr;
        return false;
    }
    m_size = size;
    m_intervalMs = std::max(20, intervalMs);
    m_lastMs = -1000000;
    return true;
}

bool GifRecorder::stop(QString* error)
{
    if (!m_gif) {
        if (m_endedByItself && error)
            *error = m_endError;
        const bool ok = !m_endedByItself || m_endOk;
        m_endedByItself = false;
        return ok;
    }
    m_endFrames = m_gif->frameCount();
    const bool ok = m_gif->close(error);
    delete m_gif;
    m_gif = nullptr;
    return ok;
}

void GifRecorder::onFrame()
{
    if (!m_gif)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastMs < m_intervalMs)
        return;
    m_lastMs = now;
    QImage img(m_size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    paintDiagram(m_scene, &p, QRectF(0, 0, m_size.width(), m_size.height() - 22), Qt::white);
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(
        QRectF(8, m_size.height() - 22, m_size.width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter,
        tr("t = %1").arg(RunToolbar::clockText(core::simTimeToSeconds(m_controller->simTime()))));
    p.end();
    QString error;
    const bool added = m_gif->addFrame(img, m_intervalMs / 10, &error);
    if (!added || m_gif->frameCount() >= kMaxFrames) {
        // Keep the outcome for the user's Stop: a failure must never pass unseen.
        if (!added)
            m_gif->abandon();
        m_endOk = stop(&error) && added;
        m_endError = error;
        m_endedByItself = true;
    }
}

void fillExportMenu(QMenu* menu, QGraphicsScene* diagram, RunController* controller,
                    QWidget* parent)
{
    auto report = [parent](bool ok, const QString& error, const QString& done) {
        if (ok)
            QMessageBox::information(parent, QObject::tr("Export"), done);
        else
            QMessageBox::warning(parent, QObject::tr("Export failed"), error);
    };
    menu->addAction(QObject::tr("&Diagram (PNG, SVG or PDF)..."), parent, [=] {
        const QString path = QFileDialog::getSaveFileName(
            parent, QObject::tr("Export the diagram"), QStringLiteral("diagram.png"),
            QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        report(exportDiagram(diagram, path, QSize(1600, 1000), &error), error,
               QObject::tr("Wrote %1").arg(path));
    });
    auto folderExport = [=](const QStringList& formats, const QString& title) {
        const QString dir = QFileDialog::getExistingDirectory(parent, title);
        if (dir.isEmpty())
            return;
        ExportRequest req;
        req.formats = formats;
        req.outDir = dir;
        QStringList written;
        QString error;
        report(exportRun(runDataFrom(*controller), nullptr, req, &written, &error), error,
               QObject::tr("Wrote %n file(s) to %1", nullptr, int(written.size())).arg(dir));
    };
    menu->addAction(QObject::tr("&Charts as PNG..."), parent, [=] {
        folderExport({QStringLiteral("png")}, QObject::tr("Folder for the chart images"));
    });
    menu->addAction(QObject::tr("Charts as &SVG..."), parent, [=] {
        folderExport({QStringLiteral("svg")}, QObject::tr("Folder for the chart drawings"));
    });
    menu->addAction(QObject::tr("Run &data (CSV)..."), parent, [=] {
        folderExport({QStringLiteral("csv")}, QObject::tr("Folder for the CSV files"));
    });
    menu->addAction(QObject::tr("Run &report (PDF)..."), parent, [=] {
        const QString path = QFileDialog::getSaveFileName(
            parent, QObject::tr("Export the run report"), QStringLiteral("report.pdf"),
            QObject::tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        const int pages = exportReport(runDataFrom(*controller), diagram, path, &error);
        report(pages > 0, error, QObject::tr("Wrote %1 (%n page(s))", nullptr, pages).arg(path));
    });
    menu->addSeparator();
    auto* recorder = new GifRecorder(diagram, controller, menu);
    QAction* gif = menu->addAction(QObject::tr("Record &GIF of the canvas"));
    gif->setCheckable(true);
    QObject::connect(gif, &QAction::toggled, parent, [=](bool on) {
        QString error;
        if (on) {
            const QString path = QFileDialog::getSaveFileName(
                parent, QObject::tr("Record the canvas"), QStringLiteral("run.gif"),
                QObject::tr("Animated GIF (*.gif)"));
            if (path.isEmpty() || !recorder->start(path, QSize(800, 500), &error)) {
                const QSignalBlocker block(gif);
                gif->setChecked(false);
                if (!error.isEmpty())
                    report(false, error, {});
            }
            return;
        }
        const int frames = recorder->frames();
        report(recorder->stop(&error), error, QObject::tr("Recorded %n frame(s)", nullptr, frames));
    });
}

} // namespace scalelab::ui
