// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>

namespace scalelab::ui {

/// Short numbers with units for labels, in the user's locale (QLocale(): "1,5" in
/// German): sensible rounding, never ten digits. 0.5 -> "0.5", 1234 -> "1.2k",
/// 2500000 -> "2.5M". Display only: data files use core/io/NumberText.h.
inline QString shortNumber(double v)
{
    const QLocale l;
    const double a = std::fabs(v);
    if (a >= 1e9)
        return l.toString(v / 1e9, 'f', a >= 1e10 ? 0 : 1) + QLatin1Char('G');
    if (a >= 1e6)
        return l.toString(v / 1e6, 'f', a >= 1e7 ? 0 : 1) + QLatin1Char('M');
    if (a >= 1e4)
        return l.toString(v / 1e3, 'f', 0) + QLatin1Char('k');
    if (a >= 1e3)
        return l.toString(v / 1e3, 'f', 1) + QLatin1Char('k');
    if (a >= 10 || a == 0)
        return l.toString(v, 'f', 0);
    if (a >= 1)
        return l.toString(v, 'f', 1);
    return l.toString(v, 'g', 2);
}

inline QString formatRps(double rps)
{
    return QCoreApplication::translate("Units", "%1 req/s").arg(shortNumber(rps));
}

inline QString formatMs(double ms)
{
    if (ms >= 10000)
        return QCoreApplication::translate("Units", "%1 s").arg(shortNumber(ms / 1000.0));
    return QCoreApplication::translate("Units", "%1 ms").arg(shortNumber(ms));
}

inline QString formatPercent(double fraction)
{
    return QCoreApplication::translate("Units", "%1%")
        .arg(QString::number(fraction * 100.0, 'f', 0));
}

} // namespace scalelab::ui
