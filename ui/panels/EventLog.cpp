// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/EventLog.h"

#include "i18n/EventStrings.h"

#include "charts/ChartBook.h"
#include "charts/ChartPalette.h"
#include "run/RunController.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace scalelab::ui {

namespace {
QString severityWord(core::SimEvent::Severity s)
{
    switch (s) {
    case core::SimEvent::Severity::Failure:
        return EventLog::tr("failure");
    case core::SimEvent::Severity::Warning:
        return EventLog::tr("warning");
    case core::SimEvent::Severity::Recovery:
        return EventLog::tr("recovery");
    case core::SimEvent::Severity::Info:
        break;
    }
    return EventLog::tr("info");
}
} // namespace

EventLog::EventLog(RunController* controller, QWidget* parent)
    : QWidget(parent), m_tree(new QTreeWidget)
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Time"), tr("Kind"), tr("Component"), tr("What happened")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("00000.00 s")) + 8);
    m_tree->setColumnWidth(
        1, fontMetrics().horizontalAdvance(QStringLiteral("failover failed (recovery)")) + 8);
    m_tree->setColumnWidth(2, fontMetrics().horizontalAdvance(QStringLiteral("web-server-12")) + 8);
    m_tree->setAccessibleName(tr("Event log of the run"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    if (controller) {
        connect(controller, &RunController::simEvent, this, &EventLog::addEvent);
        connect(controller, &RunController::cleared, this, &EventLog::clear);
        for (const auto& e : controller->events())
            addEvent(e);
    }
}

int EventLog::rowCount() const
{
    return m_tree->topLevelItemCount();
}

QString EventLog::rowText(int row) const
{
    const QTreeWidgetItem* it = m_tree->topLevelItem(row);
    if (!it)
        return {};
    QStringList cols;
    for (int c = 0; c < 4; ++c)
        cols << it->text(c);
    return cols.join(QLatin1Char('\t'));
}

void EventLog::addEvent(const core::SimEvent& e)
{
    const bool atBottom =
        m_tree->verticalScrollBar() == nullptr ||
        m_tree->verticalScrollBar()->value() >= m_tree->verticalScrollBar()->maximum() - 2;
    auto* it = new QTreeWidgetItem;
    const double t = core::simTimeToSeconds(e.time);
    it->setText(0, tr("%1 s").arg(t, 0, 'f', t < 100 ? 2 : 1));
    it->setText(1, ChartPalette::shortName(e) + QStringLiteral(" (") + severityWord(e.severity) +
                       QLatin1Char(')'));
    it->setText(2, QString::fromStdString(e.component));
    it->setText(3, trEventText(e));
    it->setForeground(1, ChartBook::applicationPalette().marker(e.severity));
    it->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->addTopLevelItem(it);
    while (m_tree->topLevelItemCount() > kMaxRows)
        delete m_tree->takeTopLevelItem(0);
    if (atBottom)
        m_tree->scrollToBottom();
}

void EventLog::clear()
{
    m_tree->clear();
}

} // namespace scalelab::ui
