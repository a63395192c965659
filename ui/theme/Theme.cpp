// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme/Theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

namespace {
const char* const kSettingKey = "ui/theme";

double relativeLuminance(const QColor& c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QStringList availableThemes()
{
    return {QString(), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QString themeSetting()
{
    const QString v = QSettings().value(QLatin1String(kSettingKey)).toString();
    return availableThemes().contains(v) ? v : QString();
}

void setThemeSetting(const QString& theme)
{
    QSettings s;
    if (theme.isEmpty())
        s.remove(QLatin1String(kSettingKey));
    else
        s.setValue(QLatin1String(kSettingKey), theme);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x1f, 0x22, 0x26), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x60, 0x66, 0x70));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x85, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x85, 0x8c));
    return p;
}

QPalette highContrastPalette()
{
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00);
    // Disabled text: grey that still has 7:1 on black (0xa8: 8.9:1), not the usual dimming.
    const QColor disabled(0xa8, 0xa8, 0xa8);
    QPalette p;
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = g == QPalette::Disabled ? disabled : white;
        p.setColor(g, QPalette::Window, black);
        p.setColor(g, QPalette::WindowText, text);
        p.setColor(g, QPalette::Base, black);
        p.setColor(g, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
        p.setColor(g, QPalette::Text, text);
        p.setColor(g, QPalette::Button, black);
        p.setColor(g, QPalette::ButtonText, text);
        p.setColor(g, QPalette::BrightText, yellow);
        p.setColor(g, QPalette::ToolTipBase, black);
        p.setColor(g, QPalette::ToolTipText, white);
        p.setColor(g, QPalette::PlaceholderText, disabled);
        p.setColor(g, QPalette::Highlight, yellow);
        p.setColor(g, QPalette::HighlightedText, black);
        p.setColor(g, QPalette::Link, QColor(0x00, 0xff, 0xff));
        p.setColor(g, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
        // Frames and separators are drawn with these: white lines on black.
        p.setColor(g, QPalette::Light, white);
        p.setColor(g, QPalette::Midlight, white);
        p.setColor(g, QPalette::Mid, white);
        p.setColor(g, QPalette::Dark, white);
        p.setColor(g, QPalette::Shadow, white);
    }
    return p;
}

void applyTheme(const QString& theme)
{
    if (theme.isEmpty()) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("high-contrast") ? highContrastPalette()
                                                                     : darkPalette());
}

QMenu* addThemeMenu(QMenu* menu)
{
    QMenu* sub = menu->addMenu(QCoreApplication::translate("Theme", "&Theme"));
    sub->setObjectName(QStringLiteral("menuTheme"));
    auto* group = new QActionGroup(sub);
    const std::pair<QString, QString> choices[] = {
        {QString(), QCoreApplication::translate("Theme", "&System")},
        {QStringLiteral("dark"), QCoreApplication::translate("Theme", "&Dark")},
        {QStringLiteral("high-contrast"), QCoreApplication::translate("Theme", "&High Contrast")},
    };
    const QString current = themeSetting();
    for (const auto& [code, label] : choices) {
        QAction* a = sub->addAction(label);
        a->setObjectName(QStringLiteral("actionTheme_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        const QString c = code;
        QObject::connect(a, &QAction::triggered, sub, [c] {
            setThemeSetting(c);
            applyTheme(c);
        });
    }
    return sub;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace scalelab::ui
