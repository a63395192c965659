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

/// Whether every users group's requests of `capability` ("read", "write", "static") reach
/// something that serves them. Control components (monitoring, autoscaler) do not carry
/// requests; a client of a primary database also reaches its replicas (failover).
bool lessonCanServe(const Scenario& s, const std::string& capability);
/// Components (of `kindFilter` when not empty; data centers count with their members)
/// whose loss alone stops some users group from being served. DNS is treated as a
/// replicated managed service and never listed. Empty when the capability is not served.
std::vector<std::string> lessonSinglePointsOfFailure(const Scenario& s, const std::string& capability,
                                                     const std::string& kindFilter = {});
/// Whether some component of `fromKind` reaches some component of `toKind`.
bool lessonKindReaches(const Scenario& s, const std::string& fromKind, const std::string& toKind);

} // namespace scalelab::core
