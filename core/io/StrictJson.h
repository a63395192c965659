// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>

namespace scalelab::core {

/// The one JSON reader for scenario and lesson files. Stricter than JSON itself where
/// JSON leaves things open: a key repeated within one object is refused (JSON allows it
/// and most readers keep the last value silently), and the number of values is bounded
/// so that parse memory stays proportional to a sane file, not to the file's size (a
/// 60 MB file of `{}` would otherwise take gigabytes).
struct StrictJsonLimits
{
    std::size_t maxBytes = 64u << 20;
    int maxDepth = 64;
    std::size_t maxValues = 4'000'000; ///< about 300 MB of parsed values at most
};

struct StrictJsonError
{
    std::string path;    ///< JSON path of the problem, "$" for the whole text
    std::string message; ///< what is wrong, e.g. "duplicate key \"workers\""
    bool failed() const { return !message.empty(); }
};

/// Parses `text` into `out`. Never throws; on failure `out` is null and the error says
/// where and what.
StrictJsonError parseStrictJson(const std::string& text, nlohmann::json& out,
                                const StrictJsonLimits& limits = {});

} // namespace scalelab::core
