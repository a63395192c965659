// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace scalelab::ui {

/// Registers the Qt resources compiled into the static scalelab_ui library (icons,
/// examples, lessons). Every executable using scalelab_ui calls it once, after the
/// QApplication exists and before any resource is read. Calling it twice is harmless.
void initResources();

/// Resource paths of the bundled example scenarios (":/examples/NN-name.json"), sorted.
QStringList exampleResources();

/// The icon resource path for a component kind or an action ("web_server", "play"),
/// or an empty string when that icon is not bundled.
QString iconPath(const QString& name);

/// The installed data folder `sub` ("lessons", "examples", "translations") of a copy
/// installed under a prefix: <folder of the executable>/../share/scalelab/<sub>, so the
/// prefix is found from the program itself (no path baked in at build time). Empty when
/// the program runs from its build tree (a CMakeCache.txt one folder up: the resources
/// compiled from the source tree are the data then) or when that folder does not exist.
QString installedDataDir(const QString& sub);

} // namespace scalelab::ui
