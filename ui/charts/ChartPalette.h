// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"

#include <QColor>
#include <iterator>
#include <QString>

namespace scalelab::ui {

/// Colours of the charts. Green, amber and red belong to the load scale of the canvas
/// and are never used here: series are blues, purples, pinks, browns and greys, and
/// markers differ by colour *and* dash pattern so they survive grayscale printing.
struct ChartPalette
{
    bool dark = false;

    QColor background() const { return dark ? QColor(0x26, 0x2a, 0x30) : QColor(Qt::white); }
    QColor text() const { return dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x20, 0x24, 0x28); }
    QColor grid() const { return dark ? QColor(0x44, 0x4a, 0x52) : QColor(0xe0, 0xe3, 0xe7); }

    QColor p50() const { return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x64, 0xb5, 0xf6); }
    QColor p95() const { return dark ? QColor(0x42, 0xa5, 0xf5) : QColor(0x1e, 0x88, 0xe5); }
    QColor p99() const { return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x4a, 0x14, 0x8c); }
    QColor offered() const { return dark ? QColor(0x9e, 0xa7, 0xb0) : QColor(0x78, 0x82, 0x8c); }
    /// Retries: near black (offered demand is grey), dotted where offered is dashed.
    QColor retry() const { return dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x21, 0x21, 0x21); }
    QColor throughput() const { return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0); }
    /// One colour per core::ErrorCause.
    QColor errorCause(int cause) const
    {
        static const QColor light[] = {{0x8e, 0x24, 0xaa},
                                       {0xd8, 0x1b, 0x60},
                                       {0x5d, 0x40, 0x37},
                                       {0x00, 0x83, 0x8f},
                                       {0x37, 0x47, 0x4f},
                                       {0x39, 0x49, 0xab},
                                       {0x82, 0x77, 0x17}};
        static const QColor darkc[] = {{0xce, 0x93, 0xd8},
                                       {0xf4, 0x8f, 0xb1},
                                       {0xbc, 0xaa, 0xa4},
                                       {0x80, 0xde, 0xea},
                                       {0xb0, 0xbe, 0xc5},
                                       {0x9f, 0xa8, 0xda},
                                       {0xc0, 0xb2, 0x6e}};
        static_assert(std::size(light) == core::kErrorCauseCount && std::size(darkc) == core::kErrorCauseCount);
        const int i = cause < 0 || cause >= core::kErrorCauseCount ? core::kErrorCauseCount - 1 : cause;
        return dark ? darkc[i] : light[i];
    }
    QColor cache() const { return dark ? QColor(0x4d, 0xd0, 0xe1) : QColor(0x00, 0x83, 0x8f); }
    /// Stale reads: amber, apart from the hit rates' teal and violet.
    QColor stale() const { return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x4a, 0x00); }
    QColor cdn() const { return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x5e, 0x35, 0xb1); }
    QColor queue() const { return dark ? QColor(0xbc, 0xaa, 0xa4) : QColor(0x6d, 0x4c, 0x41); }
    QColor utilization() const { return throughput(); }
    QColor lag() const { return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a); }
    QColor availability() const { return throughput(); }

    /// Event markers by severity (Info, Warning, Failure, Recovery).
    QColor marker(core::SimEvent::Severity s) const
    {
        switch (s) {
        case core::SimEvent::Severity::Failure:
            return dark ? QColor(0xf0, 0x62, 0x92) : QColor(0xad, 0x14, 0x57);
        case core::SimEvent::Severity::Warning:
            return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x7b, 0x1f, 0xa2);
        case core::SimEvent::Severity::Recovery:
            return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
        case core::SimEvent::Severity::Info:
            break;
        }
        return dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x54, 0x6e, 0x7a);
    }
    /// Dash pattern by severity: failure solid, warning dashed, recovery dash-dot, info dotted.
    static Qt::PenStyle markerStyle(core::SimEvent::Severity s)
    {
        switch (s) {
        case core::SimEvent::Severity::Failure:
            return Qt::SolidLine;
        case core::SimEvent::Severity::Warning:
            return Qt::DashLine;
        case core::SimEvent::Severity::Recovery:
            return Qt::DashDotLine;
        case core::SimEvent::Severity::Info:
            break;
        }
        return Qt::DotLine;
    }
    /// A short chart label for an event type ("promoted", "crash", "alert").
    static QString shortName(const core::SimEvent& e);
};

} // namespace scalelab::ui
