// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/LessonCommands.h"

namespace scalelab::ui {

ReplaceScenarioCommand::ReplaceScenarioCommand(Document* doc, core::Scenario scenario,
                                               const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_doc(doc), m_old(doc->scenario()), m_new(std::move(scenario))
{
}

void ReplaceScenarioCommand::redo()
{
    m_doc->resetScenario(m_new);
}

void ReplaceScenarioCommand::undo()
{
    m_doc->resetScenario(m_old);
}

} // namespace scalelab::ui
