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

} // namespace scalelab::ui
