// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace scalelab::ui {

class Document;
class EventLog;
class RunController;
class TimelineModel;

/// The scenario's scheduled events in an editable table (add, edit, remove: each one
/// undoable command, checked by validateTimelineEvent), a button to inject the selected
/// event into the running simulation now, and below it the live event log of the run.
/// Neither document, stack nor controller is owned.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(Document* document, QUndoStack* undoStack, RunController* controller,
                  QWidget* parent = nullptr);

    TimelineModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EventLog* eventLog() const { return m_log; }

public Q_SLOTS:
    /// Appends an event (a x3 spike for 30 s, 10 s after the last one) and selects it.
    void addEvent();
    /// Removes the selected rows (one undo step).
    void removeSelected();
    /// Applies the selected event to the running simulation now (not undoable).
    void injectSelected();

private:
    void showMessage(const QString& text);
    void updateButtons();

    Document* m_doc;
    QUndoStack* m_stack;
    RunController* m_controller;
    TimelineModel* m_model;
    QTableView* m_table;
    EventLog* m_log;
    QLabel* m_message;
    QPushButton* m_remove;
    QPushButton* m_inject;
};

} // namespace scalelab::ui
