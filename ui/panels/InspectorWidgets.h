// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSlider>

class QDoubleSpinBox;
#include <QString>

#include <optional>

namespace scalelab::ui {

/// A parameter value written in the user's locale (QLocale(): "1,5" in German, "1.5" in
/// English), with up to `significant` digits and no trailing zeros. Labels and tooltips
/// only; data files and exports use the C locale (core/io/NumberText.h).
QString formatParamNumber(double v, int significant = 6);
/// A number typed in the user's locale ("1,5", "1.200,5" in German), trimmed; the C
/// locale's form ("1.5") is accepted too when it is unambiguous. nullopt when neither reads it.
std::optional<double> parseParamNumber(const QString& text);

/// Gives `spin` a minimum width that shows a five-digit value with its unit in full (a cut
/// unit misleads), without the width of the range's widest value (e.g. 10,000,000 req/s),
/// which would make the inspector too wide. Call after the suffix is set.
void fitSpinBoxWidth(QDoubleSpinBox* spin);

/// A number box with an optional slider (may be null) under it, not beside it: side by
/// side, a long unit in a narrow inspector would be cut off. The row owns both.
QWidget* numberRow(QDoubleSpinBox* spin, QSlider* slider);

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
