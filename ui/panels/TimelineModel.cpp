// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/TimelineModel.h"

#include "commands/TimelineCommands.h"
#include "model/Document.h"

#include <QUndoStack>

namespace scalelab::ui {

TimelineModel::TimelineModel(Document* doc, QUndoStack* stack, QObject* parent)
    : QAbstractTableModel(parent), m_doc(doc), m_stack(stack)
{
    connect(doc, &Document::timelineChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(doc, &Document::scenarioReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    auto names = [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Target), index(rowCount() - 1, Target));
    };
    connect(doc, &Document::componentChanged, this, names);
    connect(doc, &Document::componentRemoved, this, [this] {
        beginResetModel(); // removing a component also removes the events aimed at it
        endResetModel();
    });
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_doc->scenario().timeline.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineModel::amountIsFactor(const std::string& t)
{
    return t == "spike" || t == "step" || t == "ramp" || t == "slow";
}

bool TimelineModel::amountIsValue(const std::string& t)
{
    return t == "link_latency" || t == "daily_cycle" || t == "errors";
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::TimelineEvent& e =
        m_doc->scenario().timeline[static_cast<std::size_t>(index.row())];
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit) {
        if (role == Qt::TextAlignmentRole &&
            (index.column() == Time || index.column() == Duration || index.column() == Amount))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == Type)
            if (const core::EventKind* s = core::findInjectableEventKind(e.type))
                return QString::fromUtf8(s->help);
        return {};
    }
    switch (index.column()) {
    case Time:
        return edit ? QVariant(e.atS) : QVariant(tr("%1 s").arg(e.atS, 0, 'f', 1));
    case Type:
        return QString::fromStdString(e.type);
    case Target: {
        if (edit)
            return QString::fromStdString(e.target);
        QString t;
        if (const core::Component* c = m_doc->scenario().find(e.target))
            t = QString::fromStdString(c->name.empty() ? c->id : c->name);
        if (const core::Component* c2 = m_doc->scenario().find(e.target2))
            t += QStringLiteral(" - ") +
                 QString::fromStdString(c2->name.empty() ? c2->id : c2->name);
        return t;
    }
    case Duration:
        if (edit)
            return e.durationS;
        return e.durationS > 0 ? tr("%1 s").arg(e.durationS, 0, 'f', 1) : tr("until changed");
    case Amount:
        if (amountIsFactor(e.type))
            return edit ? QVariant(e.factor) : QVariant(tr("x%1").arg(e.factor, 0, 'g', 4));
        if (amountIsValue(e.type))
            return edit ? QVariant(e.value)
                        : QVariant(e.type == "link_latency" ? tr("%1 ms").arg(e.value, 0, 'g', 4)
                                   : e.type == "errors"     ? tr("%1% errors").arg(e.value * 100, 0, 'g', 3)
                                                            : QString::number(e.value, 'g', 4));
        return edit ? QVariant(0.0) : QVariant(QString());
    case Label:
        return QString::fromStdString(e.label);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Event");
    case Target:
        return tr("Target");
    case Duration:
        return tr("Duration");
    case Amount:
        return tr("Factor / value");
    case Label:
        return tr("Label");
    default:
        return {};
    }
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == Amount) {
        const auto& t = m_doc->scenario().timeline[static_cast<std::size_t>(index.row())].type;
        if (!amountIsFactor(t) && !amountIsValue(t))
            f &= ~Qt::ItemIsEditable;
    }
    return f;
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    std::vector<core::TimelineEvent> events = m_doc->scenario().timeline;
    core::TimelineEvent& e = events[static_cast<std::size_t>(index.row())];
    const core::TimelineEvent before = e;
    switch (index.column()) {
    case Time:
        e.atS = value.toDouble();
        break;
    case Type:
        e.type = value.toString().toStdString();
        break;
    case Target:
        e.target = value.toString().toStdString();
        break;
    case Duration:
        e.durationS = value.toDouble();
        break;
    case Amount:
        (amountIsFactor(e.type) ? e.factor : e.value) = value.toDouble();
        break;
    case Label:
        e.label = value.toString().toStdString();
        break;
    default:
        return false;
    }
    if (e == before)
        return false;
    m_error = validateTimelineEvent(m_doc->scenario(), e);
    if (!m_error.isEmpty()) {
        Q_EMIT editRefused(m_error);
        return false;
    }
    const QString what = headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    m_stack->push(new SetTimelineCommand(m_doc, sortedTimeline(std::move(events)),
                                         tr("Change event %1").arg(what.toLower())));
    return true;
}

} // namespace scalelab::ui
