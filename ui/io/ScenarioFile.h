// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <QString>

#include <optional>

namespace scalelab::ui {

struct ScenarioFileResult
{
    std::optional<core::Scenario> scenario; ///< set on success
    QString error; ///< on failure: every problem, one per line ("file: $.json.path: expectation")
};

/// Reads and parses a scenario file (local path or ":/" resource). Never throws.
ScenarioFileResult loadScenarioFile(const QString& path);

/// Writes the scenario as JSON through writeFileSafely (io/SafeWrite.h): a full disk, a
/// crash or a kill mid-write leaves the old file byte-identical. Returns false and sets
/// *error (path and reason) on failure.
bool saveScenarioFile(const QString& path, const core::Scenario& s, QString* error);

/// Parses scenario JSON text held in memory (clipboard, autosave); `origin` names it in errors.
ScenarioFileResult parseScenarioText(const QByteArray& text, const QString& origin);

} // namespace scalelab::ui
