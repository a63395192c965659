// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

class QMenu;

namespace scalelab::ui {

/// Settings > Theme: "" (the system's palette), "dark" or "high-contrast".
QStringList availableThemes();
QString themeSetting();
void setThemeSetting(const QString& theme);

/// The dark palette (--dark): grey-blue surfaces, light text.
QPalette darkPalette();
/// The high-contrast palette: white text on black, a yellow selection with black text,
/// white frames; every text/background pair has a contrast ratio of at least 7:1
/// (WCAG 2 AAA), checked by ui_tst_accessibility.
QPalette highContrastPalette();

/// Switches the application to `theme` (Fusion with the palette of dark or high
/// contrast; "" gives back the style's standard palette). Widgets repaint at once.
void applyTheme(const QString& theme);

/// Adds "Theme" with "System", "Dark" and "High contrast" to `menu`: choosing one stores
/// it and applies it at once.
QMenu* addThemeMenu(QMenu* menu);

/// The WCAG 2 contrast ratio of two colours, from 1 (equal) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace scalelab::ui
