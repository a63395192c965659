// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Sweep.h"
#include "model/ParamSpec.h"

#include <QList>
#include <QString>

namespace scalelab::ui {

/// The values a capacity sweep suggests for an axis, around its current value.

/// Five values on the 1-3-10 series centred on the one nearest `current` (log scale).
QList<double> decadeLadder(double current);

/// A ladder of values for one parameter: doubling for whole numbers, 1-3-10 otherwise,
/// kept inside [min, max] and without repeats.
QList<double> paramLadder(double current, const core::ParamSpec& p);

/// "a, b, c" with up to 12 significant digits (the sweep dialog's values field).
QString joinValues(const QList<double>& values);

/// The core's check of one sweep value (core::applySweepValue: the scenario loader's
/// check of the field it replaces, then the memory and time budget, shared by the points
/// that run at once), as the message the dialog shows; empty when the value is fine.
/// The same function the CLI's `sweep` uses: the dialog needs no range checks of its own.
QString sweepValueProblem(const core::Scenario& base, const core::SweepSpec& spec, double value);

} // namespace scalelab::ui
