// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartsPanel.h"

#include "charts/ChartBook.h"
#include "model/Document.h"
#include "model/ParamSpec.h"
#include "run/RunController.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace scalelab::ui {

namespace {
constexpr int kChartMinWidth = 380;
constexpr int kChartMinHeight = 230;
} // namespace

ChartsPanel::ChartsPanel(RunController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_book(new ChartBook(this))
{
    setObjectName(QStringLiteral("ChartsPanel"));
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Component for the queue chart:"));
    label->setWordWrap(true); // a long translation wraps rather than widening the dock
    m_component = new QComboBox;
    m_component->setAccessibleName(tr("Component shown in the queue and utilization chart"));
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_component);
    top->addWidget(label);
    top->addWidget(m_component);
    top->addStretch(1);

    auto* inner = new QWidget;
    m_grid = new QGridLayout(inner);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    for (int id = 0; id < ChartBook::ChartCount; ++id) {
        auto* view = new QChartView(m_book->chart(id));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(kChartMinWidth, kChartMinHeight);
        view->setAccessibleName(ChartBook::chartName(id));
        view->setFrameShape(QFrame::NoFrame);
        m_views.push_back(view);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    reflow();

    connect(m_component, &QComboBox::activated, this,
            [this](int) { showComponent(m_component->currentData().toString()); });
    if (!m_controller)
        return;
    m_book->nameOf = [this](const QString& id) {
        const Document* doc = m_controller->document();
        const core::Component* c = doc ? doc->component(id) : nullptr;
        return c && !c->name.empty() ? QString::fromStdString(c->name) : id;
    };
    connect(m_controller, &RunController::sampleAdded, this, [this] { m_dirty = true; });
    connect(m_controller, &RunController::simEvent, this, [this] { m_dirty = true; });
    connect(m_controller, &RunController::frame, this, &ChartsPanel::onFrame);
    connect(m_controller, &RunController::cleared, this, [this] {
        m_book->clear();
        m_dirty = false;
    });
    if (Document* doc = m_controller->document()) {
        for (auto sig :
             {&Document::componentAdded, &Document::componentRemoved, &Document::componentChanged})
            connect(doc, sig, this, [this] { fillComponents(); });
        connect(doc, &Document::scenarioReset, this, &ChartsPanel::fillComponents);
    }
    fillComponents();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::fillComponents()
{
    Document* doc = m_controller ? m_controller->document() : nullptr;
    const QString keep = m_book->component();
    m_component->clear();
    m_component->addItem(tr("Busiest component"), QString());
    if (doc) {
        for (const core::Component& c : doc->scenario().components) {
            const core::KindSpec* k = core::findKind(c.kind);
            if (!k || !k->isStation)
                continue;
            m_component->addItem(QString::fromStdString(c.name.empty() ? c.id : c.name),
                                 QString::fromStdString(c.id));
        }
    }
    const int i = m_component->findData(keep);
    m_component->setCurrentIndex(i < 0 ? 0 : i);
}

void ChartsPanel::showComponent(const QString& id)
{
    QString name;
    if (m_controller && m_controller->document())
        if (const core::Component* c = m_controller->document()->component(id))
            name = QString::fromStdString(c->name.empty() ? c->id : c->name);
    m_book->setComponent(id, name);
    const int i = m_component->findData(id);
    if (i >= 0)
        m_component->setCurrentIndex(i);
    refresh();
}

void ChartsPanel::onFrame()
{
    if (!m_dirty)
        return;
    refresh();
}

void ChartsPanel::refresh()
{
    m_dirty = false;
    if (!m_controller)
        return;
    m_book->setData(m_controller->history(), m_controller->events());
    ++m_redraws;
}

void ChartsPanel::reflow()
{
    const int columns = std::max(1, std::min(3, width() / kChartMinWidth));
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QChartView* v : m_views)
        m_grid->removeWidget(v);
    for (std::size_t i = 0; i < m_views.size(); ++i)
        m_grid->addWidget(m_views[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
}

void ChartsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void ChartsPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::ApplicationPaletteChange) {
        ChartPalette pal;
        pal.dark = palette().color(QPalette::Window).lightness() < 128;
        if (pal.dark != m_book->palette().dark)
            m_book->setPalette(pal);
    }
}

} // namespace scalelab::ui
