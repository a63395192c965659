// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

class QUndoStack;

namespace scalelab::ui {

class Document;

/// The scenario's timeline as a table: time, type, target, duration, factor or value,
/// label. Reads the document; every edit is a SetTimelineCommand on the undo stack,
/// refused with lastError() set when validateTimelineEvent() objects. Rows follow the
/// document's order (sorted by time when edited here).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Type,
        Target,
        Duration,
        Amount,
        Label,
        ColumnCount
    };

    TimelineModel(Document* doc, QUndoStack* stack, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    /// True when the Amount column means `factor` for this type (else `value`, or nothing).
    static bool amountIsFactor(const std::string& type);
    static bool amountIsValue(const std::string& type);
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void editRefused(const QString& reason);

private:
    Document* m_doc;
    QUndoStack* m_stack;
    QString m_error;
};

} // namespace scalelab::ui
