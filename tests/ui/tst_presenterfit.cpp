// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode layout: the canvas is kept fitted without scrollbars and its zoom comes
// back on leave; only the latency chart is borrowed and it returns to its grid cell; the
// side text shows the scenario and the key hint when no lesson is open.
#include "canvas/ComponentItem.h"
#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartBook.h"
#include "charts/ChartsPanel.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/LessonLibrary.h"
#include "panels/LessonPanel.h"
#include "presenter/PresenterController.h"
#include "Resources.h"

#include <QApplication>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace scalelab::ui;

namespace {
QChartView* latencyView(ChartsPanel* charts)
{
    const QChart* latency = charts->book()->chart(ChartBook::Latency);
    for (QChartView* v : charts->findChildren<QChartView*>())
        if (v->chart() == latency)
            return v;
    return nullptr;
}
} // namespace

namespace {
/// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b)
{
    auto lum = [](const QColor& c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestPresenterFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
    }

    void longDescriptionFits()
    {
        // Stage 9's description is long: at 1280x720 it used to be cut at the bottom of
        // its box. The text shrinks (not below the normal font size) until it fits.
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        QVERIFY(w.openFile(QStringLiteral(SCALELAB_SOURCE_DIR "/examples/12-multi-dc-geodns.json")));
        w.show();
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter);
        w.setPresenterMode(true);
        QLabel* text = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets())
            for (QLabel* l : top->findChildren<QLabel*>())
                if (l->accessibleName() == QLatin1String("Step text") && l->isVisible())
                    text = l;
        QVERIFY(text);
        text->window()->resize(1280, 720);
        QTest::qWait(100);
        qInfo("step text: %d px wide, needs %d px of its %d, font %.1f pt (window %.1f pt)", text->width(),
              text->heightForWidth(text->width()), text->height(), text->font().pointSizeF(),
              w.font().pointSizeF());
        QVERIFY(text->width() > 200);
        QVERIFY2(text->heightForWidth(text->width()) <= text->height(),
                 qPrintable(QStringLiteral("needs %1 px, has %2").arg(text->heightForWidth(text->width())).arg(text->height())));
        QVERIFY(text->font().pointSizeF() >= w.font().pointSizeF() * 0.99); // never below the normal size
        w.setPresenterMode(false);
    }

    void canvasLabelsReadFromTheBackRow()
    {
        // Every lesson's starting design in presenter mode at 1280x720: the smallest text
        // of every box is at least kMinCanvasLabelPx on screen, and the chart is drawn in
        // the presenter's dark colours (and gets its own back on leave).
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        w.show();
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        auto* lessons = w.findChild<LessonPanel*>();
        auto* view = qobject_cast<DiagramView*>(w.view());
        QVERIFY(presenter && lessons && view);
        const bool darkBefore = w.chartsPanel()->book()->palette().dark;
        const int count = static_cast<int>(loadBundledLessons().lessons.size());
        QVERIFY(count >= 14);
        for (int i = 0; i < count; ++i) {
            lessons->openLesson(i);
            w.setPresenterMode(true);
            presenter->window()->resize(1280, 720);
            QTest::qWait(60);
            QVERIFY(w.chartsPanel()->book()->palette().dark);
            const double zoom = view->transform().m11();
            double smallest = 1e9;
            QString which;
            for (QGraphicsItem* item : view->diagram()->items()) {
                const auto* box = dynamic_cast<const ComponentItem*>(item);
                if (!box)
                    continue;
                const double px = box->smallestTextPx() * zoom;
                if (px < smallest) {
                    smallest = px;
                    which = box->id();
                }
            }
            // An idle box is filled with the scene's AlternateBase and labelled in Text: on
            // the black presenter window both must be dark-on-light or light-on-dark with
            // WCAG's 4.5:1 contrast for body text (it once drew white on white).
            const QPalette pal = view->diagram()->palette();
            const double contrast = contrastRatio(pal.color(QPalette::Text),
                                                  pal.color(QPalette::AlternateBase));
            QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
            qInfo("lesson %d: zoom %.2f, smallest canvas text %.1f px (%s)", i + 1, zoom, smallest,
                  qPrintable(which));
            // 0.5 px: QFontInfo rounds the font's pixel size to a whole pixel.
            QVERIFY2(smallest >= PresenterController::kMinCanvasLabelPx - 0.5,
                     qPrintable(QStringLiteral("lesson %1: %2 px (%3)")
                                    .arg(i + 1)
                                    .arg(smallest)
                                    .arg(which)));
            w.setPresenterMode(false);
            QCOMPARE(view->diagram()->minLabelPx(), 0.0);
            QCOMPARE(w.chartsPanel()->book()->palette().dark, darkBefore);
        }
    }

    void fitsBorrowsAndRestores()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1200, 800);
        w.show();
        w.document()->setMeta(QStringLiteral("Fit check"), QStringLiteral("Two boxes"));
        auto* view = qobject_cast<DiagramView*>(w.view());
        QVERIFY(view);
        view->setZoom(0.5);
        QChartView* latency = latencyView(w.chartsPanel());
        QVERIFY(latency);
        auto* grid = qobject_cast<QGridLayout*>(latency->parentWidget()->layout());
        QVERIFY(grid);
        int row = -1, col = -1, rs = 0, cs = 0;
        grid->getItemPosition(grid->indexOf(latency), &row, &col, &rs, &cs);
        const QPoint cell(row, col);
        const int chartViews = static_cast<int>(w.chartsPanel()->findChildren<QChartView*>().size());

        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter);
        w.setPresenterMode(true);
        QVERIFY(presenter->isActive());
        QVERIFY(view->keepFitted());
        QCOMPARE(view->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        QCOMPARE(view->verticalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
        // Only the latency view moved: the panel lost exactly one chart view.
        QCOMPARE(latency->window(), presenter->window());
        QCOMPARE(static_cast<int>(w.chartsPanel()->findChildren<QChartView*>().size()),
                 chartViews - 1);
        auto* text = presenter->window()->findChild<QLabel*>();
        QString all;
        for (QLabel* l : presenter->window()->findChildren<QLabel*>())
            all += l->text();
        QVERIFY(text);
        QVERIFY2(all.contains(QStringLiteral("Fit check")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("PageDown")), qPrintable(all));

        // Re-fitted on resize: a smaller window gives a zoom no larger than before
        // (the fit is min(width ratio, height ratio), both shrink).
        presenter->window()->resize(1400, 900);
        QTest::qWait(20);
        const double big = view->zoom();
        presenter->window()->resize(700, 450);
        QTest::qWait(20);
        QVERIFY2(view->zoom() < big, qPrintable(QStringLiteral("%1 vs %2").arg(view->zoom()).arg(big)));

        presenter->leave();
        QVERIFY(!view->keepFitted());
        QCOMPARE(view->zoom(), 0.5); // restored exactly (same transform factor)
        QCOMPARE(view->horizontalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
        QCOMPARE(latency->window(), static_cast<QWidget*>(&w));
        grid->getItemPosition(grid->indexOf(latency), &row, &col, &rs, &cs);
        QCOMPARE(QPoint(row, col), cell);
    }
};

QTEST_MAIN(TestPresenterFit)
#include "tst_presenterfit.moc"
