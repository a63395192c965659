// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QStringList>
#include <QUndoCommand>

namespace scalelab::ui {

/// MIME type of copied components (the text is also offered as plain JSON).
inline constexpr const char* kComponentsMime = "application/x-scalelab-components";

/// The selected components and the connections between them, as scenario JSON (the
/// same versioned format as files).
QByteArray copyComponents(const core::Scenario& s, const QStringList& ids);

/// A command adding the copied components under fresh ids, shifted by `offset`, with
/// their inner connections. Returns nullptr and sets *error when `json` is not a
/// scenario fragment. *newIds receives the ids of the pasted components.
QUndoCommand* makePasteCommand(Document* doc, const QByteArray& json, core::Point offset,
                               QStringList* newIds, QString* error);

} // namespace scalelab::ui
