// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/InspectorWidgets.h"

#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QLocale>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace scalelab::ui {

QWidget* numberRow(QDoubleSpinBox* spin, QSlider* slider)
{
    auto* row = new QWidget;
    auto* v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(spin);
    if (slider)
        v->addWidget(slider);
    return row;
}

void fitSpinBoxWidth(QDoubleSpinBox* spin)
{
    const QFontMetrics fm = spin->fontMetrics();
    auto textWidth = [&](double v) {
        return fm.horizontalAdvance(spin->textFromValue(v) + spin->suffix());
    };
    const int widest = std::max(textWidth(spin->minimum()), textWidth(spin->maximum()));
    const int overhead = spin->sizeHint().width() - widest; // frame, buttons, margins
    const int typical = std::max(textWidth(std::min(spin->maximum(), 99999.0)),
                                 fm.horizontalAdvance(spin->specialValueText()));
    spin->setMinimumWidth(std::max(80, overhead + typical));
}

namespace {
constexpr int kSteps = 1000;
}

QString formatParamNumber(double v, int significant)
{
    const QLocale loc;
    QString s = loc.toString(v, 'g', significant);
    // 'g' switches to an exponent for large values; keep plain digits up to 10^significant.
    if (s.contains(QLatin1Char('e'), Qt::CaseInsensitive) && std::fabs(v) < 1e15 &&
        std::fabs(v) >= 1)
        s = loc.toString(v, 'f', 0);
    return s;
}

std::optional<double> parseParamNumber(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale().toDouble(t, &ok);
    if (ok && std::isfinite(v))
        return v;
    // "1.5" typed by someone used to the C locale: only when '.' is not this locale's
    // group separator (in German "1.500" means fifteen hundred and parsed above).
    const double c = QLocale::c().toDouble(t, &ok);
    if (ok && std::isfinite(c))
        return c;
    return std::nullopt;
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
