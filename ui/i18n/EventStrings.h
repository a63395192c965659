// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"

#include <QString>
#include <QStringList>

namespace scalelab::ui {

/// The short label of an event for chart markers and the event log, translated.
QString trEventMarker(const core::SimEvent& e);
/// The one-line text of an event in the user's language, numbers in the user's format
/// (a user's own label is shown as written).
QString trEventText(const core::SimEvent& e);

/// The source texts listed for lupdate, for the test that keeps them in step with
/// core/model/EventKinds.cpp.
QStringList eventMarkerList();
QStringList eventTextList();
QStringList eventTermList();

} // namespace scalelab::ui
