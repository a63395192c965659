// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/RunToolbar.h"

#include "commands/Commands.h"
#include "commands/Gesture.h"
#include "model/Document.h"
#include "panels/InspectorWidgets.h"
#include "Resources.h"
#include "run/RunController.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

namespace {
QIcon icon(const char* name, const char* theme)
{
    const QString path = iconPath(QString::fromLatin1(name));
    return path.isEmpty() ? QIcon::fromTheme(QString::fromLatin1(theme)) : QIcon(path);
}

QWidget* labelled(QWidget* control, QLabel* value, const QString& caption)
{
    auto* box = new QWidget;
    auto* l = new QHBoxLayout(box);
    l->setContentsMargins(4, 0, 4, 0);
    auto* cap = new QLabel(caption);
    cap->setBuddy(control);
    l->addWidget(cap);
    l->addWidget(control);
    l->addWidget(value);
    // Never wider than its contents: a toolbar alone on its row (narrow windows) would
    // otherwise open a gap between a caption and its slider.
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    return box;
}

/// `digits` significant digits, whole numbers from 10^(digits-1) up, never an exponent
/// ('g' alone writes 999.7 as "1e+03"): 0.32, 3.2, 32, 1000 with two digits.
QString significant(double v, int digits)
{
    return v >= std::pow(10.0, digits - 1) - 0.05 ? QString::number(std::round(v), 'f', 0)
                                                  : QString::number(v, 'g', digits);
}

QString rateText(double v, bool users)
{
    QString n = v >= 1e6   ? QStringLiteral("%1 M").arg(significant(v / 1e6, 3))
                : v >= 1e3 ? QStringLiteral("%1 k").arg(significant(v / 1e3, 3))
                           : significant(v, 3);
    return users ? RunToolbar::tr("%1 users").arg(n) : RunToolbar::tr("%1 req/s").arg(n);
}
} // namespace

QString RunToolbar::clockText(double seconds)
{
    const double s = std::max(0.0, seconds);
    const long long tenths = std::llround(std::floor(s * 10));
    const long long h = tenths / 36000, m = tenths / 600 % 60, sec = tenths / 10 % 60,
                    t = tenths % 10;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(h, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(sec, 2, 10, QLatin1Char('0'))
        .arg(t);
}

RunToolbar::RunToolbar(RunController* controller, Document* document, QUndoStack* undoStack,
                       QWidget* parent)
    : QToolBar(tr("Run"), parent), m_controller(controller), m_doc(document), m_stack(undoStack)
{
    setObjectName(QStringLiteral("RunToolbar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_playPause = addAction(icon("play", "media-playback-start"), tr("Play"));
    m_playPause->setShortcut(Qt::Key_Space);
    m_step = addAction(icon("step", "media-skip-forward"), tr("Step"));
    m_step->setShortcut(Qt::Key_Period);
    m_step->setToolTip(tr("Advance one sample interval of simulated time (.)"));
    m_reset = addAction(icon("reset", "view-refresh"), tr("Reset"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reset->setToolTip(tr("Discard the run and go back to the start of the scenario (Ctrl+R)"));
    for (QAction* a : {m_playPause, m_step, m_reset})
        a->setShortcutContext(Qt::WindowShortcut);

    m_clock = new QLabel(clockText(0));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(QFont().pointSizeF() * 1.6);
    big.setBold(true);
    m_clock->setFont(big);
    m_clock->setAccessibleName(tr("Simulated time"));
    m_clock->setToolTip(tr("Simulated time (hours:minutes:seconds)"));
    m_clock->setContentsMargins(6, 0, 6, 0);
    addWidget(m_clock);
    addSeparator();

    m_speed = new LogSlider(0.1, 1000);
    // Slider widths and label reserves are chosen so that both top toolbars fit a
    // 1280-pixel-wide projector without buttons behind the "»" menu (tst_smallscreen).
    m_speed->setFixedWidth(100);
    m_speed->setAccessibleName(tr("Simulation speed"));
    m_speed->setToolTip(tr("Simulated seconds per real second, from 0.1x to 1000x"));
    m_speedLabel = new QLabel;
    int speedWidth = 0;
    for (const QString& widest : {QStringLiteral("1000x"), QStringLiteral("0.32x"), tr("max")})
        speedWidth = std::max(speedWidth, m_speedLabel->fontMetrics().horizontalAdvance(widest));
    m_speedLabel->setMinimumWidth(speedWidth + 4);
    m_max = new QToolButton;
    m_max->setText(tr("max"));
    m_max->setCheckable(true);
    m_max->setAccessibleName(tr("Run as fast as possible"));
    m_max->setToolTip(tr("Run as fast as the computer can"));
    auto* speedBox = labelled(m_speed, m_speedLabel, tr("Speed"));
    speedBox->layout()->addWidget(m_max);
    addWidget(speedBox);

    // The workload knobs are a toolbar of their own, so that a narrow window or a long
    // translation moves them to a second row instead of behind the "»" menu.
    // Without a parent window (tests) the bar is this toolbar's child.
    m_loadBar = new QToolBar(tr("Workload"), parent ? parent : this);
    m_loadBar->setObjectName(QStringLiteral("workloadToolbar"));
    m_loadBar->setMovable(false);
    m_loadBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_loadBar->setAccessibleName(tr("Workload controls"));

    m_load = new LogSlider(1, 1e7);
    m_load->setFixedWidth(100);
    m_load->setAccessibleName(tr("Request rate or users"));
    m_loadLabel = new QLabel;
    m_loadLabel->setMinimumWidth(
        m_loadLabel->fontMetrics().horizontalAdvance(QStringLiteral("10.0 M req/s")));
    m_loadBar->addWidget(labelled(m_load, m_loadLabel, tr("Load")));
    m_mix = new QSlider(Qt::Horizontal);
    trackDragGestures(m_load);
    trackDragGestures(m_mix);
    m_mix->setRange(0, 100);
    m_mix->setFixedWidth(80);
    m_mix->setAccessibleName(tr("Share of reads among reads and writes"));
    m_mix->setToolTip(tr("Reads versus writes among the requests that reach the data"));
    m_mixLabel = new QLabel;
    m_mixLabel->setMinimumWidth(
        m_mixLabel->fontMetrics().horizontalAdvance(QStringLiteral("100% reads")));
    m_loadBar->addWidget(labelled(m_mix, m_mixLabel, tr("Mix")));
    m_spike = m_loadBar->addAction(icon("spike", "go-up"), tr("Spike"));
    m_spike->setToolTip(tr("Triple the traffic for 30 simulated seconds"));

    connect(m_playPause, &QAction::triggered, this, [this] {
        if (m_controller->state() == RunController::State::Running)
            m_controller->pause();
        else
            m_controller->play();
    });
    connect(m_step, &QAction::triggered, m_controller, &RunController::step);
    connect(m_reset, &QAction::triggered, m_controller, &RunController::reset);
    connect(m_spike, &QAction::triggered, this, [this] { m_controller->spike(3, 30); });
    connect(m_speed, &LogSlider::logValueChanged, this, &RunToolbar::applySpeed);
    connect(m_max, &QToolButton::toggled, this, &RunToolbar::applySpeed);
    connect(m_load, &LogSlider::logValueChanged, this, &RunToolbar::applyLoad);
    connect(m_mix, &QSlider::valueChanged, this, &RunToolbar::applyMix);
    connect(m_controller, &RunController::stateChanged, this, &RunToolbar::updateState);
    connect(m_controller, &RunController::frame, this, [this](const LiveFrame& f) {
        m_clock->setText(clockText(core::simTimeToSeconds(f.now)));
        if (m_controller->state() == RunController::State::Running && f.speedAchieved > 0)
            m_clock->setToolTip(
                tr("Simulated time; running at %1x real time").arg(f.speedAchieved, 0, 'g', 3));
    });
    connect(m_controller, &RunController::cleared, this, [this] {
        m_clock->setText(clockText(0));
        syncFromDocument();
    });
    if (m_doc) {
        connect(m_doc, &Document::scenarioReset, this, &RunToolbar::syncFromDocument);
        connect(m_doc, &Document::workloadChanged, this, &RunToolbar::syncFromDocument);
    }
    m_speed->setLogValue(m_controller->speed() > 0 ? m_controller->speed() : 1.0);
    m_max->setChecked(m_controller->speed() == 0);
    applySpeed();
    syncFromDocument();
    updateState();
}

RunToolbar::~RunToolbar()
{
    // Its widgets are this toolbar's knobs: they go with it.
    if (m_loadBar && m_loadBar->parent() != this)
        delete m_loadBar.data();
}

void RunToolbar::syncFromDocument()
{
    if (!m_doc)
        return;
    const core::Workload& w = m_doc->scenario().workload;
    const bool users = w.mode == core::Workload::Mode::Closed;
    const double v = users ? w.users : w.rateRps;
    m_load->setLogValue(v);
    m_load->setToolTip(users ? tr("Concurrent users (closed workload), 1 to 10 million")
                             : tr("Requests per second arriving (open workload), 1 to 10 million"));
    m_loadLabel->setText(rateText(v, users));
    const double rw = w.mix.read + w.mix.write;
    const int pct = rw > 0 ? static_cast<int>(std::lround(w.mix.read / rw * 100)) : 100;
    {
        const QSignalBlocker block(m_mix);
        m_mix->setValue(pct);
    }
    m_mixLabel->setText(tr("%1% reads").arg(pct));
}

void RunToolbar::updateState()
{
    const bool running = m_controller->state() == RunController::State::Running;
    m_playPause->setText(running ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(running ? icon("pause", "media-playback-pause")
                                 : icon("play", "media-playback-start"));
    m_playPause->setToolTip(running ? tr("Pause the simulation (Space)")
                                    : tr("Run the simulation (Space)"));
    m_step->setEnabled(m_controller->state() != RunController::State::Finished);
}

void RunToolbar::applySpeed()
{
    const bool max = m_max->isChecked();
    m_speed->setEnabled(!max);
    const double v = m_speed->logValue();
    m_speedLabel->setText(max ? tr("max") : tr("%1x").arg(significant(v, 2)));
    m_controller->setSpeed(max ? 0.0 : v);
}

void RunToolbar::setSpeed(double simSecondsPerWallSecond)
{
    {
        const QSignalBlocker blockSlider(m_speed);
        const QSignalBlocker blockMax(m_max);
        if (simSecondsPerWallSecond > 0)
            m_speed->setLogValue(simSecondsPerWallSecond);
        m_max->setChecked(simSecondsPerWallSecond <= 0);
    }
    applySpeed();
}

void RunToolbar::applyLoad(double value)
{
    const bool users = m_doc && m_doc->scenario().workload.mode == core::Workload::Mode::Closed;
    m_loadLabel->setText(rateText(value, users));
    if (!m_doc)
        return;
    core::Workload w = m_doc->scenario().workload;
    (users ? w.users : w.rateRps) = value;
    pushWorkload(w, users ? QStringLiteral("users") : QStringLiteral("rate"), dragGesture(m_load));
}

void RunToolbar::applyMix(int readPercent)
{
    m_mixLabel->setText(tr("%1% reads").arg(readPercent));
    if (!m_doc)
        return;
    core::Workload w = m_doc->scenario().workload;
    const double rw = std::max(0.0, 1.0 - w.mix.staticAsset - w.mix.job);
    w.mix.read = rw * readPercent / 100.0;
    w.mix.write = rw - w.mix.read;
    pushWorkload(w, QStringLiteral("mix"), dragGesture(m_mix));
}

void RunToolbar::pushWorkload(const core::Workload& w, const QString& field, int gesture)
{
    if (w == m_doc->scenario().workload)
        return;
    if (!m_stack) {
        m_doc->setWorkload(w);
        return;
    }
    // The same merge keys as the workload panel's: a drag there and here is one kind of edit.
    m_stack->push(makeSetWorkloadCommand(
        m_doc, w, gesture ? field + QLatin1Char(':') + QString::number(gesture) : QString()));
}

} // namespace scalelab::ui
