// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractSlider;

namespace scalelab::ui {

/// Undo merging follows gestures, as in Qt's undo framework example (moves merge only
/// while the mouse button is down): the many small edits of one slider drag are one undo
/// step, while two deliberate edits of the same field (two typed values, two arrow
/// clicks) stay two steps.
///
/// Makes `slider` count its drags: call once when the slider is made.
void trackDragGestures(QAbstractSlider* slider);
/// The merge id of an edit coming from `slider` now: the same positive number for every
/// edit during one drag, 0 (never merges) for an edit made otherwise (a key press, a
/// click on the track, a value set by code).
int dragGesture(const QAbstractSlider* slider);

} // namespace scalelab::ui
