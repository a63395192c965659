// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/TimelinePanel.h"

#include "commands/TimelineCommands.h"
#include "model/Document.h"
#include "panels/EventLog.h"
#include "panels/TimelineModel.h"
#include "run/RunController.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace scalelab::ui {

namespace {
/// Editors for the timeline table: event types and targets from lists, times in seconds.
class TimelineDelegate : public QStyledItemDelegate
{
public:
    TimelineDelegate(Document* doc, QObject* parent) : QStyledItemDelegate(parent), m_doc(doc) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        switch (index.column()) {
        case TimelineModel::Type: {
            auto* box = new QComboBox(parent);
            for (const core::EventKind* t : core::injectableEventKinds()) {
                const QString name = QString::fromUtf8(t->name.data(), qsizetype(t->name.size()));
                box->addItem(name, name);
            }
            return box;
        }
        case TimelineModel::Target: {
            auto* box = new QComboBox(parent);
            box->addItem(tr("(none)"), QString());
            for (const auto& c : m_doc->scenario().components)
                box->addItem(QString::fromStdString(c.name.empty() ? c.id : c.name),
                             QString::fromStdString(c.id));
            return box;
        }
        case TimelineModel::Time:
        case TimelineModel::Duration:
        case TimelineModel::Amount: {
            auto* spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 1e7);
            spin->setDecimals(index.column() == TimelineModel::Amount ? 2 : 1);
            if (index.column() != TimelineModel::Amount)
                spin->setSuffix(tr(" s"));
            return spin;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            const int i = box->findData(index.data(Qt::EditRole).toString());
            box->setCurrentIndex(i < 0 ? 0 : i);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, box->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    Document* m_doc;
};
} // namespace

TimelinePanel::TimelinePanel(Document* document, QUndoStack* undoStack, RunController* controller,
                             QWidget* parent)
    : QWidget(parent), m_doc(document), m_stack(undoStack), m_controller(controller),
      m_model(new TimelineModel(document, undoStack, this)), m_table(new QTableView),
      m_log(new EventLog(controller)), m_message(new QLabel),
      m_remove(new QPushButton(tr("Remove"))), m_inject(new QPushButton(tr("Inject now")))
{
    setObjectName(QStringLiteral("TimelinePanel"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TimelineDelegate(document, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAccessibleName(tr("Scheduled events"));

    auto* add = new QPushButton(tr("Add event"));
    add->setToolTip(tr("Schedule a new event (a traffic spike; change its type in the table)"));
    m_remove->setToolTip(tr("Remove the selected events from the schedule"));
    m_inject->setToolTip(tr("Apply the selected event to the running simulation right now"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Timeline message"));
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_inject);
    buttons->addStretch(1);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Scheduled events")));
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_message);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Event log of the run")));
    bottomLayout->addWidget(m_log, 1);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(add, &QPushButton::clicked, this, &TimelinePanel::addEvent);
    connect(m_remove, &QPushButton::clicked, this, &TimelinePanel::removeSelected);
    connect(m_inject, &QPushButton::clicked, this, &TimelinePanel::injectSelected);
    connect(m_model, &TimelineModel::editRefused, this, &TimelinePanel::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateButtons);
    updateButtons();
}

void TimelinePanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TimelinePanel::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_remove->setEnabled(any);
    m_inject->setEnabled(any && m_controller);
}

void TimelinePanel::addEvent()
{
    std::vector<core::TimelineEvent> events = m_doc->scenario().timeline;
    core::TimelineEvent e;
    e.type = "spike";
    e.factor = 3;
    e.durationS = 30;
    e.atS = events.empty() ? 10.0 : events.back().atS + 10.0;
    if (m_controller && m_controller->state() != RunController::State::Stopped)
        e.atS = std::max(e.atS, std::ceil(core::simTimeToSeconds(m_controller->simTime())) + 5);
    events.push_back(e);
    events = sortedTimeline(std::move(events));
    m_stack->push(new SetTimelineCommand(m_doc, events, tr("Add timeline event")));
    showMessage({});
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_doc->scenario().timeline[static_cast<std::size_t>(r)] == e)
            m_table->selectRow(r);
}

void TimelinePanel::removeSelected()
{
    std::set<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.insert(i.row());
    if (rows.empty())
        return;
    std::vector<core::TimelineEvent> events;
    const auto& old = m_doc->scenario().timeline;
    for (std::size_t i = 0; i < old.size(); ++i)
        if (!rows.count(static_cast<int>(i)))
            events.push_back(old[i]);
    m_stack->push(new SetTimelineCommand(
        m_doc, events, tr("Remove %n timeline event(s)", nullptr, int(rows.size()))));
}

void TimelinePanel::injectSelected()
{
    if (!m_controller)
        return;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        const core::TimelineEvent& e =
            m_doc->scenario().timeline[static_cast<std::size_t>(i.row())];
        const QString problem = validateTimelineEvent(m_doc->scenario(), e);
        if (!problem.isEmpty()) {
            showMessage(problem);
            return;
        }
        m_controller->inject(e);
    }
    showMessage({});
}

} // namespace scalelab::ui
