// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace scalelab::ui {

/// The GUI's door to core::writeFileSafely (core/io/SafeFile.h): every file the app
/// writes (scenarios, autosaves, exports, sweep results, screenshots) goes through it.
/// Replaces `path` with `data` atomically and durably; refuses links, pipes, devices and
/// folders; on failure the previous file is untouched, nothing is left behind and
/// `error` names the path and the reason in words.
bool writeFileSafely(const QString& path, const QByteArray& data, QString* error);

/// Why `path` may not be written ("" when it may), for checks before long work.
QString outputPathProblem(const QString& path);

} // namespace scalelab::ui
