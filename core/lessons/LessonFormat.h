// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/LessonChecks.h"

#include <string>
#include <vector>

namespace scalelab::core {

/// "3", "1,200", "2.5" — counts and plain numbers for explanations.
std::string formatCount(double v);
/// A metric value with its unit ("340 ms", "2.5%", "1,800 req/s").
std::string formatMetric(const std::string& metric, double v);

/// The param check (values of one parameter on the components of a kind).
CheckResult evaluateParamCheck(const LessonCheck& c, const Scenario& s);

/// canServe() of core/analysis for a capability named "read", "write" or "static".
bool lessonCanServe(const Scenario& s, const std::string& capability);
/// singlePointsOfFailure() of core/analysis (data centers count with their members, DNS
/// is a replicated service and never listed), keeping only components of `kindFilter`
/// when it is not empty. Empty when the capability is not served.
std::vector<std::string> lessonSinglePointsOfFailure(const Scenario& s,
                                                     const std::string& capability,
                                                     const std::string& kindFilter = {});
/// Whether some component of `fromKind` reaches some component of `toKind`.
bool lessonKindReaches(const Scenario& s, const std::string& fromKind, const std::string& toKind);

} // namespace scalelab::core
