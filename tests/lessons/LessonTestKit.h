// SPDX-License-Identifier: GPL-3.0-or-later
// What the lesson-data tests share: the lessons folder of the source tree and the
// diagnostics as one text for a failure message.
#pragma once

#include "io/ScenarioJson.h"

#include <string>
#include <vector>

namespace scalelab::core::testkit {

inline const std::string kLessons = std::string(SCALELAB_SOURCE_DIR) + "/lessons";

inline std::string errorsText(const std::vector<Diagnostic>& errors)
{
    std::string out;
    for (const auto& d : errors)
        out += d.toString() + "\n";
    return out;
}

} // namespace scalelab::core::testkit
