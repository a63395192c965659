// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/DiagramExport.h"

#include "io/SafeWrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QBuffer>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace scalelab::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("DiagramExport", s);
}
} // namespace

QRectF diagramBounds(QGraphicsScene* scene)
{
    QRectF r = scene ? scene->itemsBoundingRect() : QRectF();
    if (r.isEmpty())
        r = QRectF(0, 0, 400, 250);
    const double m = std::max(24.0, std::max(r.width(), r.height()) * 0.04);
    return r.adjusted(-m, -m, m, m);
}

void paintDiagram(QGraphicsScene* scene, QPainter* painter, const QRectF& target,
                  const QColor& background)
{
    painter->save();
    painter->fillRect(target, background);
    if (scene) {
        const QList<QGraphicsItem*> selected = scene->selectedItems();
        for (QGraphicsItem* i : selected)
            i->setSelected(false);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        // Centre the diagram in the target (render() alone aligns it to the top left).
        const QRectF src = diagramBounds(scene);
        const double k = std::min(target.width() / src.width(), target.height() / src.height());
        QRectF dst(0, 0, src.width() * k, src.height() * k);
        dst.moveCenter(target.center());
        scene->render(painter, dst, src, Qt::IgnoreAspectRatio);
        for (QGraphicsItem* i : selected)
            i->setSelected(true);
    }
    painter->restore();
}

bool exportDiagram(QGraphicsScene* scene, const QString& path, QSize size, QString* error,
                   const QColor& background)
{
    auto fail = [&](const QString& msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (size.width() < 16 || size.height() < 16)
        return fail(tr("%1: the size must be at least 16 x 16 pixels").arg(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        QImage img(size, QImage::Format_ARGB32_Premultiplied);
        img.fill(background);
        QPainter p(&img);
        paintDiagram(scene, &p, QRectF(QPointF(0, 0), QSizeF(size)), background);
        p.end();
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        if (!img.save(&buf, "PNG"))
            return fail(tr("%1: cannot encode the PNG image").arg(path));
        return writeFileSafely(path, buf.data(), error);
    }
    if (suffix == QLatin1String("svg")) {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QSvgGenerator gen;
        gen.setOutputDevice(&buf);
        gen.setSize(size);
        gen.setResolution(96); // so that viewers show it at `size` pixels
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setTitle(tr("ScaleLab diagram"));
        QPainter p;
        if (!p.begin(&gen))
            return fail(tr("%1: cannot write the SVG file").arg(path));
        paintDiagram(scene, &p, QRectF(QPointF(0, 0), QSizeF(size)), background);
        p.end();
        if (buf.data().isEmpty())
            return fail(tr("%1: the SVG drawing is empty").arg(path));
        return writeFileSafely(path, buf.data(), error);
    }
    if (suffix == QLatin1String("pdf")) {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buf);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setTitle(tr("ScaleLab diagram"));
        pdf.setCreator(QStringLiteral("ScaleLab"));
        QPainter p;
        if (!p.begin(&pdf))
            return fail(tr("%1: cannot write the PDF file").arg(path));
        paintDiagram(scene, &p, QRectF(p.viewport()), background);
        p.end();
        return writeFileSafely(path, buf.data(), error);
    }
    return fail(
        tr("%1: unknown diagram format \"%2\" (expected png, svg or pdf)").arg(path, suffix));
}

} // namespace scalelab::ui
