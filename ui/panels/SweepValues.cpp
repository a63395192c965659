// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/SweepValues.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

QList<double> decadeLadder(double current)
{
    const long centre = std::lround(2.0 * std::log10(current > 0 ? current : 1.0));
    QList<double> out;
    for (long n = centre - 2; n <= centre + 2; ++n) {
        const long d = n >= 0 ? n / 2 : -((1 - n) / 2); // floor(n / 2)
        out.push_back((n - 2 * d == 0 ? 1.0 : 3.0) * std::pow(10.0, static_cast<double>(d)));
    }
    return out;
}

QList<double> paramLadder(double current, const core::ParamSpec& p)
{
    QList<double> raw;
    if (p.type == core::ParamSpec::Type::Integer) {
        const double c = std::max(current, 1.0);
        for (double f : {0.25, 0.5, 1.0, 2.0, 4.0})
            raw.push_back(std::round(c * f));
    } else {
        raw = decadeLadder(current);
    }
    QList<double> out;
    for (double v : raw) {
        v = std::clamp(v, p.min, p.max);
        if (out.isEmpty() || out.back() != v)
            out.push_back(v);
    }
    return out;
}

QString sweepValueProblem(const core::Scenario& base, const core::SweepSpec& spec, double value)
{
    core::Scenario probe;
    std::string why;
    if (core::applySweepValue(base, spec, value, probe, &why))
        return {};
    return QString::fromStdString(why);
}

QString joinValues(const QList<double>& values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'g', 12);
    return parts.join(QLatin1String(", "));
}

} // namespace scalelab::ui
