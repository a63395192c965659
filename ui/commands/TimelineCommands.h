// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <vector>

namespace scalelab::ui {

class Document;

/// Replaces the scenario's timeline (add, edit, remove or reorder scheduled events)
/// as one undo step. Holds the whole old and new vectors, so undo is exact. The
/// document is not owned and must outlive the undo stack.
class SetTimelineCommand : public QUndoCommand
{
public:
    SetTimelineCommand(Document* doc, std::vector<core::TimelineEvent> after, const QString& text,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    std::vector<core::TimelineEvent> m_before, m_after;
};

/// Checks one timeline event against the scenario: known type, targets that exist,
/// non-negative time and duration, a positive factor where it multiplies. Returns an
/// empty string when fine, else a one-line translated reason naming the field.
QString validateTimelineEvent(const core::Scenario& scenario, const core::TimelineEvent& event);

/// Sorted by time (stable), as the timeline is shown and saved.
std::vector<core::TimelineEvent> sortedTimeline(std::vector<core::TimelineEvent> events);

} // namespace scalelab::ui
