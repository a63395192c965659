// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/InspectorWidgets.h"

#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

namespace {
constexpr int kSteps = 1000;
}

LogSlider::LogSlider(double min, double max, QWidget* parent)
    : QSlider(Qt::Horizontal, parent), m_min(std::max(min, 1e-9)), m_max(std::max(max, min * 10))
{
    setRange(0, kSteps);
    setPageStep(kSteps / 20);
    connect(this, &QSlider::valueChanged, this, [this] { Q_EMIT logValueChanged(logValue()); });
}

double LogSlider::logValue() const
{
    const double t = static_cast<double>(value()) / kSteps;
    const double v = m_min * std::pow(m_max / m_min, t);
    // Round to 2 significant digits so the slider gives readable numbers.
    const double mag = std::pow(10.0, std::floor(std::log10(v)) - 1);
    return std::clamp(std::round(v / mag) * mag, m_min, m_max);
}

void LogSlider::setLogValue(double v)
{
    const QSignalBlocker block(this);
    v = std::clamp(v, m_min, m_max);
    setValue(static_cast<int>(std::lround(std::log(v / m_min) / std::log(m_max / m_min) * kSteps)));
}

} // namespace scalelab::ui
