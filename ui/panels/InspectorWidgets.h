// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSlider>

namespace scalelab::ui {

/// A horizontal slider over [min, max] on a logarithmic scale (min > 0), for values that
/// span decades such as users (1..10,000,000) or rates.
class LogSlider : public QSlider
{
    Q_OBJECT
public:
    LogSlider(double min, double max, QWidget* parent = nullptr);
    double logValue() const;
    /// Moves the slider without emitting logValueChanged.
    void setLogValue(double v);

Q_SIGNALS:
    void logValueChanged(double v);

private:
    double m_min, m_max;
};

} // namespace scalelab::ui
