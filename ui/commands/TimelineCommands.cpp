// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/TimelineCommands.h"

#include "model/Document.h"

#include <algorithm>

namespace scalelab::ui {

SetTimelineCommand::SetTimelineCommand(Document* doc, std::vector<core::TimelineEvent> after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc), m_before(doc->scenario().timeline),
      m_after(std::move(after))
{
}

void SetTimelineCommand::redo()
{
    m_doc->setTimeline(m_after);
}
void SetTimelineCommand::undo()
{
    m_doc->setTimeline(m_before);
}

QString validateTimelineEvent(const core::Scenario& scenario, const core::TimelineEvent& e)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("TimelineCommands", s); };
    const core::EventKind* spec = core::findInjectableEventKind(e.type);
    if (!spec)
        return tr("type: \"%1\" is not an event type").arg(QString::fromStdString(e.type));
    if (!(e.atS >= 0))
        return tr("time: expected a time of 0 s or later");
    if (!(e.durationS >= 0))
        return tr("duration: expected 0 s (until changed) or a positive duration");
    if (spec->needsTarget()) {
        if (e.target.empty())
            return tr("target: a %1 event needs a target component")
                .arg(QString::fromStdString(e.type));
        if (!scenario.find(e.target))
            return tr("target: there is no component \"%1\"").arg(QString::fromStdString(e.target));
    }
    if (spec->needsTarget2()) {
        if (e.target2.empty())
            return tr("second target: a %1 event needs two components")
                .arg(QString::fromStdString(e.type));
        if (!scenario.find(e.target2))
            return tr("second target: there is no component \"%1\"")
                .arg(QString::fromStdString(e.target2));
    }
    if (spec->multiplies && !(e.factor > 0))
        return tr("factor: expected a multiplier above 0");
    if (e.type == "errors" && !(e.value >= 0 && e.value <= 1))
        return tr("value: expected a share of requests from 0 to 1");
    // The loader's rule (a cache_failure on a database, a partition inside one data
    // center...): an event the editor accepts must load again from the saved file.
    if (const std::string why = core::timelineTargetProblem(scenario, e); !why.empty())
        return tr("target: %1").arg(QString::fromStdString(why));
    return {};
}

std::vector<core::TimelineEvent> sortedTimeline(std::vector<core::TimelineEvent> events)
{
    std::stable_sort(
        events.begin(), events.end(),
        [](const core::TimelineEvent& a, const core::TimelineEvent& b) { return a.atS < b.atS; });
    return events;
}

} // namespace scalelab::ui
