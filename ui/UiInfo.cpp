// SPDX-License-Identifier: GPL-3.0-or-later
namespace scalelab::ui {
/// Keeps the library non-empty while its parts land.
const char* uiLibraryName() { return "scalelab_ui"; }
} // namespace scalelab::ui
