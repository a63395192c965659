// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include <algorithm>

namespace scalelab::ui {

/// The one colour scale for load used everywhere (canvas boxes, connection tints, chart
/// utilization series, legends): green when a station is comfortably below capacity,
/// amber from 60% utilization, red from 85%, interpolated in between. These three
/// colours mean load and nothing else. Colour is never the only cue: loadLevelLabel()
/// gives the word drawn next to it, and overloaded boxes are also hatched.
namespace load {
inline constexpr double kBusyFrom = 0.60;       ///< utilization where amber begins
inline constexpr double kOverloadedFrom = 0.85; ///< utilization where red begins

inline QColor green()
{
    return QColor(0x2e, 0x9d, 0x4f);
}
inline QColor amber()
{
    return QColor(0xe8, 0xa3, 0x17);
}
inline QColor red()
{
    return QColor(0xd6, 0x32, 0x2e);
}
/// Down components are grey (with a cross), not a load colour.
inline QColor down()
{
    return QColor(0x8a, 0x8a, 0x8a);
}
/// Errors on connections: dashed, in the red of the scale with a count beside.
inline QColor error()
{
    return red();
}

inline QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace load

/// The load colour of a utilization in 0..1 (values outside are clamped).
inline QColor loadColour(double utilization)
{
    using namespace load;
    const double u = std::clamp(utilization, 0.0, 1.0);
    if (u <= kBusyFrom * 0.75)
        return green();
    if (u <= kBusyFrom)
        return mix(green(), amber(), (u - kBusyFrom * 0.75) / (kBusyFrom * 0.25));
    if (u <= kOverloadedFrom)
        return mix(amber(), red(), (u - kBusyFrom) / (kOverloadedFrom - kBusyFrom) * 0.35);
    return red();
}

enum class LoadLevel
{
    Idle,
    Ok,
    Busy,
    Overloaded
};

inline LoadLevel loadLevel(double utilization)
{
    if (utilization >= load::kOverloadedFrom)
        return LoadLevel::Overloaded;
    if (utilization >= load::kBusyFrom)
        return LoadLevel::Busy;
    if (utilization > 0.005)
        return LoadLevel::Ok;
    return LoadLevel::Idle;
}

} // namespace scalelab::ui
