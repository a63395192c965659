// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"

#include <QUndoCommand>

namespace scalelab::ui {

/// Replaces the whole scenario of a document as one undo step (a lesson's starting
/// scenario, "Show me"). Keeps the previous scenario so undo restores it exactly.
/// The document is owned elsewhere and outlives the undo stack.
class ReplaceScenarioCommand : public QUndoCommand
{
public:
    ReplaceScenarioCommand(Document* doc, core::Scenario scenario, const QString& text,
                           QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_doc;
    core::Scenario m_old, m_new;
};

} // namespace scalelab::ui
