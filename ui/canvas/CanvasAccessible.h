// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace scalelab::ui {

/// Screen-reader access to the canvas. QGraphicsItems have no accessibility of their
/// own, so the canvas view (DiagramView) gets an interface whose children are its items
/// in keyboard order (DiagramScene::keyboardOrder: components, then connections). Each
/// says its name (ComponentItem::accessibleName; "Users to Web server" for a connection)
/// and, as its description, kind, role, state, load and links as text
/// (ComponentItem::accessibleDescription); its state says whether it is selected and has
/// the keyboard focus. DiagramView reports keyboard moves as focus
/// changes to the child. Installed once by the first DiagramView.
void installCanvasAccessibility();

} // namespace scalelab::ui
