// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenter/PresenterController.h"

#include "canvas/DiagramScene.h"
#include "canvas/DiagramView.h"
#include "charts/ChartBook.h"
#include "charts/ChartsPanel.h"
#include "model/Document.h"
#include "panels/LessonPanel.h"
#include "run/RunController.h"

#include <QAbstractAxis>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDockWidget>
#include <QFontMetrics>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace scalelab::ui {

namespace {
/// The fonts a chart draws with, in a fixed order: its own (event labels), title,
/// legend, then each axis's labels and title.
std::vector<QFont> chartFonts(const QChart* chart)
{
    std::vector<QFont> fonts{chart->font(), chart->titleFont(), chart->legend()->font()};
    for (const QAbstractAxis* a : chart->axes()) {
        fonts.push_back(a->labelsFont());
        fonts.push_back(a->titleFont());
    }
    return fonts;
}

void setChartFonts(QChart* chart, const std::vector<QFont>& fonts)
{
    std::size_t i = 0;
    auto next = [&]() -> const QFont& { return fonts[std::min(i++, fonts.size() - 1)]; };
    if (fonts.empty())
        return;
    chart->setFont(next());
    chart->setTitleFont(next());
    chart->legend()->setFont(next());
    for (QAbstractAxis* a : chart->axes()) {
        a->setLabelsFont(next());
        a->setTitleFont(next());
    }
}
} // namespace

PresenterController::PresenterController(QWidget* canvas, QWidget* chart, LessonPanel* panel,
                                         RunController* run, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_chart(chart), m_panel(panel), m_run(run)
{
    if (m_panel) {
        connect(m_panel, &LessonPanel::stepChanged, this, [this] { updateText(); });
        connect(m_panel, &LessonPanel::predictionChanged, this, [this] { updateText(); });
    }
}

void PresenterController::setDocument(Document* document)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = document;
    if (m_doc) {
        connect(m_doc, &Document::scenarioReset, this, [this] { updateText(); });
        connect(m_doc, &Document::settingsChanged, this, [this] { updateText(); });
    }
}

PresenterController::~PresenterController()
{
    leave();
}

PresenterController::Borrowed PresenterController::borrow(QWidget* w)
{
    Borrowed b;
    if (!w)
        return b;
    b.widget = w;
    b.parent = w->parentWidget();
    b.wasVisible = w->isVisible() || !w->isHidden();
    if (auto* dock = qobject_cast<QDockWidget*>(b.parent); dock && dock->widget() == w) {
        b.wasDockWidget = true;
        dock->setWidget(nullptr);
    } else if (auto* mw = qobject_cast<QMainWindow*>(b.parent); mw && mw->centralWidget() == w) {
        b.wasCentral = true;
        mw->takeCentralWidget();
    } else if (auto* grid = b.parent ? qobject_cast<QGridLayout*>(b.parent->layout()) : nullptr) {
        int rowSpan = 1, columnSpan = 1;
        const int index = grid->indexOf(w);
        if (index >= 0)
            grid->getItemPosition(index, &b.gridRow, &b.gridColumn, &rowSpan, &columnSpan);
        grid->removeWidget(w);
    } else if (b.parent && b.parent->layout()) {
        b.layoutIndex = b.parent->layout()->indexOf(w);
        b.parent->layout()->removeWidget(w);
    }
    return b;
}

void PresenterController::giveBack(Borrowed& b)
{
    if (!b.widget)
        return;
    QWidget* w = b.widget;
    if (b.wasDockWidget && b.parent)
        static_cast<QDockWidget*>(b.parent.data())->setWidget(w);
    else if (b.wasCentral && b.parent)
        static_cast<QMainWindow*>(b.parent.data())->setCentralWidget(w);
    else if (b.parent) {
        w->setParent(b.parent);
        if (auto* grid = qobject_cast<QGridLayout*>(b.parent->layout()); grid && b.gridRow >= 0)
            grid->addWidget(w, b.gridRow, b.gridColumn);
        else if (auto* box = qobject_cast<QBoxLayout*>(b.parent->layout()); box && b.layoutIndex >= 0)
            box->insertWidget(b.layoutIndex, w);
        else if (b.parent->layout())
            b.parent->layout()->addWidget(w);
    } else {
        w->setParent(nullptr);
    }
    w->setVisible(b.wasVisible);
    b = {};
}

void PresenterController::enter(bool fullScreen)
{
    if (m_window)
        return;
    m_window = new QWidget(nullptr, Qt::Window);
    m_window->setWindowTitle(tr("ScaleLab — presenter mode"));
    m_window->setAccessibleName(tr("Presenter mode"));
    QPalette pal;
    pal.setColor(QPalette::Window, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::white);
    pal.setColor(QPalette::Base, QColor(20, 20, 20));
    pal.setColor(QPalette::Text, Qt::white);
    pal.setColor(QPalette::Highlight, QColor(255, 215, 0));
    pal.setColor(QPalette::HighlightedText, Qt::black);
    // Every role a canvas box or a control paints with, not only the text: an idle box is
    // filled with AlternateBase and framed with Mid, which the light default would leave
    // white under white text.
    pal.setColor(QPalette::AlternateBase, QColor(44, 44, 48));
    pal.setColor(QPalette::Button, QColor(44, 44, 48));
    pal.setColor(QPalette::ButtonText, Qt::white);
    pal.setColor(QPalette::Mid, QColor(140, 140, 140));
    pal.setColor(QPalette::Dark, QColor(90, 90, 90));
    pal.setColor(QPalette::Light, QColor(110, 110, 110));
    pal.setColor(QPalette::Midlight, QColor(80, 80, 80));
    pal.setColor(QPalette::Shadow, Qt::black);
    pal.setColor(QPalette::ToolTipBase, QColor(44, 44, 48));
    pal.setColor(QPalette::ToolTipText, Qt::white);
    pal.setColor(QPalette::PlaceholderText, QColor(170, 170, 170));
    m_window->setPalette(pal);
    m_window->setAutoFillBackground(true);
    QFont f = m_window->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    m_window->setFont(f);

    // A wide design (a chain of tiers) fitted into 3/5 of the width leaves its boxes too
    // small to read and most of the canvas empty: then the canvas spans the screen and
    // the text and chart sit side by side under it. Otherwise they form a column beside it.
    bool wide = false;
    if (auto* view = qobject_cast<DiagramView*>(m_canvas.data())) {
        const QRectF r = view->diagram()->itemsBoundingRect();
        wide = !r.isEmpty() && r.width() > kWideDesign * r.height();
    }
    auto* outer =
        new QBoxLayout(wide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, m_window);
    auto* bottom = new QHBoxLayout;
    // The side column (clock, step text, chart) never takes more than 2/5 of the screen,
    // so the canvas stays the largest thing in the room.
    auto* sideWidget = new QWidget(m_window);
    auto* side = new QVBoxLayout(sideWidget);
    side->setContentsMargins(0, 0, 0, 0);
    const QRect avail =
        m_window->screen() ? m_window->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!wide)
        sideWidget->setMaximumWidth(avail.width() * 2 / 5);
    m_bCanvas = borrow(m_canvas);
    // From the charts panel take only its latency view: one big chart reads better across
    // a classroom than a scrolling grid with a combo box.
    QWidget* chart = m_chart;
    if (auto* charts = qobject_cast<ChartsPanel*>(m_chart.data())) {
        // The chart in the presenter's dark colours, not a white block on black.
        m_chartPalette = charts->book()->palette();
        ChartPalette dark = *m_chartPalette;
        dark.dark = true;
        charts->book()->setPalette(dark);
        const QChart* latency = charts->book()->chart(ChartBook::Latency);
        for (QChartView* v : charts->findChildren<QChartView*>())
            if (v->chart() == latency)
                chart = v;
    }
    m_bChart = borrow(chart);
    // The chart's own fonts ignore the window's: scale them so the axes read from the
    // back of the room like the text beside them.
    if (auto* view = qobject_cast<QChartView*>(chart)) {
        m_bigChart = view->chart();
        m_chartFonts = chartFonts(m_bigChart);
        std::vector<QFont> big = m_chartFonts;
        for (QFont& font : big)
            font.setPointSizeF(font.pointSizeF() * kChartFontScale);
        setChartFonts(m_bigChart, big);
    }
    if (m_canvas) {
        outer->addWidget(m_canvas, wide ? 1 : 3);
        m_canvas->show();
    }
    m_clock = new QLabel(m_window);
    QFont cf = f;
    cf.setPointSizeF(f.pointSizeF() * 2.0);
    cf.setBold(true);
    m_clock->setFont(cf);
    m_clock->setAccessibleName(tr("Clock"));
    side->addWidget(m_clock);
    m_text = new QLabel(m_window);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAccessibleName(tr("Step text"));
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    side->addWidget(m_text, 1);
    if (QWidget* c = m_bChart.widget) {
        // A long description must not squeeze the chart until its enlarged axis labels
        // turn into "…": the chart keeps at least 45% (40% under the canvas) of the
        // screen height.
        m_chartMinHeight = c->minimumHeight();
        c->setMinimumHeight(std::max(m_chartMinHeight, avail.height() * (wide ? 40 : 45) / 100));
        if (wide)
            bottom->addWidget(c, 1);
        else
            side->addWidget(c, 2);
        c->show();
    }
    // The remote's keys under the chart, apart from the text: a long description is cut
    // at the bottom of its box and must not take the key hint with it.
    auto* keys = new QLabel(tr("1-4: vote, B: run the experiment, PageDown: next step, Space: reveal or pause, Esc: leave"),
                            m_window);
    keys->setWordWrap(true);
    keys->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    keys->setFont(f);
    QPalette keysPalette = keys->palette();
    keysPalette.setColor(QPalette::WindowText, QColor(0xff, 0xd7, 0x00));
    keys->setPalette(keysPalette);
    keys->setAccessibleName(tr("Keys"));
    // The box layouts do not ask a wrapped label for its height at its real width:
    // reserve the lines it wraps to in the column's width (90% of it, for margins).
    const int columnPx = (wide ? avail.width() / 2 : avail.width() * 2 / 5) * 9 / 10;
    const QFontMetrics keyMetrics(f);
    const int keyLines = 1 + keyMetrics.horizontalAdvance(keys->text()) / std::max(1, columnPx);
    keys->setMinimumHeight(keyLines * keyMetrics.lineSpacing() + 4);
    side->addWidget(keys);
    if (!wide && m_bChart.widget) {
        // Whatever the column does not need for the clock, the chart and the keys is the
        // text's; a longer text is cut at the bottom instead of pushing the chart over
        // the key hint (the box layout gave it its full wrapped height).
        const int spacing = std::max(0, side->spacing());
        const int margins = outer->contentsMargins().top() + outer->contentsMargins().bottom();
        const int rest = avail.height() - margins - QFontMetrics(cf).lineSpacing() - 4 -
                         m_bChart.widget->minimumHeight() - keys->minimumHeight() - 3 * spacing;
        m_text->setMaximumHeight(std::max(QFontMetrics(f).lineSpacing() * 2, rest));
    }
    if (wide) {
        bottom->insertWidget(0, sideWidget, 1);
        outer->addLayout(bottom, 1);
    } else {
        outer->addWidget(sideWidget, 2);
        delete bottom;
    }

    m_window->installEventFilter(this);
    m_timer = new QTimer(m_window);
    connect(m_timer, &QTimer::timeout, this, &PresenterController::updateClock);
    m_timer->start(500);
    updateText();
    updateClock();
    if (fullScreen) {
        // Without a window manager showFullScreen() keeps the default size: set it.
        m_window->setGeometry(avail);
        m_window->showFullScreen();
    } else {
        m_window->show();
    }
    m_window->activateWindow();
    if (auto* view = qobject_cast<DiagramView*>(m_canvas.data())) {
        view->setKeepFitted(true);
        view->diagram()->setMinLabelPx(kMinCanvasLabelPx);
    }
    Q_EMIT entered();
}

void PresenterController::leave()
{
    if (!m_window)
        return;
    m_window->removeEventFilter(this);
    if (auto* view = qobject_cast<DiagramView*>(m_canvas.data())) {
        view->setKeepFitted(false);
        view->diagram()->setMinLabelPx(0);
    }
    if (auto* charts = qobject_cast<ChartsPanel*>(m_chart.data()); charts && m_chartPalette)
        charts->book()->setPalette(*m_chartPalette);
    m_chartPalette.reset();
    if (m_bigChart)
        setChartFonts(m_bigChart, m_chartFonts);
    m_bigChart = nullptr;
    m_chartFonts.clear();
    if (m_bChart.widget)
        m_bChart.widget->setMinimumHeight(m_chartMinHeight);
    giveBack(m_bChart); // reverse order of borrowing restores layout positions
    giveBack(m_bCanvas);
    m_window->hide();
    m_window->deleteLater();
    m_window = nullptr;
    m_text = m_clock = nullptr;
    m_timer = nullptr;
    Q_EMIT left();
}

void PresenterController::triggerFailure()
{
    if (!m_panel)
        return;
    const auto events = m_panel->preparedFailure();
    if (m_run && m_panel->step() && m_panel->step()->experiment) {
        // The same machinery as Run experiment: the whole experiment from a reset, live.
        m_panel->runExperiment(true);
        int n = 0;
        for (const auto& e : events)
            n += e.type != "marker";
        Q_EMIT failureTriggered(n);
        return;
    }
    int n = 0;
    for (const auto& e : events) {
        if (e.type == "marker")
            continue;
        if (m_run)
            m_run->inject(e);
        ++n;
    }
    Q_EMIT failureTriggered(n);
}

void PresenterController::togglePause()
{
    if (!m_run)
        return;
    if (m_run->state() == RunController::State::Running)
        m_run->pause();
    else
        m_run->play();
}

bool PresenterController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, m_window, [this] { fitText(); });
    if (watched == m_window && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        switch (key) {
        case Qt::Key_PageDown:
        case Qt::Key_Right:
            if (m_panel)
                m_panel->nextStep();
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_Left:
            if (m_panel)
                m_panel->previousStep();
            return true;
        case Qt::Key_B:
        case Qt::Key_F5:
            triggerFailure();
            return true;
        case Qt::Key_1:
        case Qt::Key_2:
        case Qt::Key_3:
        case Qt::Key_4:
            if (m_panel && m_panel->predictionPending())
                m_panel->choosePrediction(key - Qt::Key_1);
            return true;
        case Qt::Key_Space:
            if (m_panel && m_panel->predictionPending() && !m_panel->isLiveRunning())
                m_panel->runExperiment(); // the reveal: refused until the class has voted
            else
                togglePause();
            return true;
        case Qt::Key_Escape:
            leave();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void PresenterController::updateText()
{
    if (!m_text)
        return;
    QString html = m_panel ? m_panel->stepHtml() : QString();
    // A prediction waiting for the class's vote takes the whole text box, numbered.
    if (m_panel && m_panel->predictionPending() && !m_panel->isLiveRunning())
        html = m_panel->predictionHtml(true);
    else if (m_panel && !m_panel->revealHtml().isEmpty())
        html = m_panel->revealHtml();
    if (html.isEmpty() && m_doc) {
        const auto& sc = m_doc->scenario();
        html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(QString::fromStdString(sc.name).toHtmlEscaped(),
                        QString::fromStdString(sc.description).toHtmlEscaped());
    }
    m_text->setText(html);
    // After the layout has given the label its size.
    QTimer::singleShot(0, m_text, [this] { fitText(); });
}

void PresenterController::fitText()
{
    if (!m_text || !m_window)
        return;
    const int width = m_text->width(), room = m_text->height();
    if (width <= 0 || room <= 0)
        return;
    QFont font = m_window->font(); // the presenter's enlarged font
    const double base = font.pointSizeF();
    // 1.8x the window font down to 1.0x of it: still readable from the back of a room.
    for (double scale = 1.0; scale > 0.54; scale -= 0.05) {
        font.setPointSizeF(base * scale);
        m_text->setFont(font);
        if (m_text->heightForWidth(width) <= room)
            return;
    }
}

void PresenterController::updateClock()
{
    if (!m_clock)
        return;
    QString text = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
    if (m_run) {
        const qint64 s = static_cast<qint64>(core::simTimeToSeconds(m_run->simTime()));
        text += tr("   sim %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    m_clock->setText(text);
}

} // namespace scalelab::ui
