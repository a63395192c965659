// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace scalelab::core {

/// One problem found in an input file: which file, which field (a JSON path such as
/// `$.components[2].params.workers`) and what was expected.
struct Diagnostic
{
    std::string file;
    std::string path;
    std::string message;
    /// "file: path: message", one line.
    std::string toString() const;
};

/// Limits that keep a hostile or broken file from exhausting memory or the stack.
struct InputLimits
{
    std::size_t maxBytes = 64u << 20;
    int maxDepth = 64;
    std::size_t maxComponents = 5000;
    std::size_t maxConnections = 50000;
    std::size_t maxTimelineEvents = 100000;
    std::size_t maxStringLength = 4096;
};

struct ScenarioLoadResult
{
    std::optional<Scenario> scenario;
    std::vector<Diagnostic> errors; ///< empty when scenario is set
};

/// Parses scenario JSON text. Never throws; every problem becomes a Diagnostic.
/// Unknown fields, wrong types, out-of-range values, unknown kinds, dangling ids,
/// and unsupported versions are all errors (no silent defaults).
ScenarioLoadResult parseScenario(const std::string& text, const std::string& fileName,
                                 const InputLimits& limits = {});
/// Reads and parses a file (errors name it).
ScenarioLoadResult loadScenarioFile(const std::string& path, const InputLimits& limits = {});

/// Serialises a scenario (stable key order, 2-space indentation, trailing newline).
std::string scenarioToJson(const Scenario& scenario);
nlohmann::json scenarioToJsonValue(const Scenario& scenario);
nlohmann::json componentToJson(const Component& c);

/// Semantic checks on an in-memory scenario (ids unique, references valid, params in range).
std::vector<Diagnostic> validateScenario(const Scenario& scenario, const std::string& fileName);

/// Checks a parameter value against its spec; returns an empty string when fine,
/// otherwise what was expected.
std::string checkParamValue(const ParamSpec& spec, const ParamValue& value);

/// Returns the maximum nesting depth of JSON text, stopping once it exceeds `limit`.
int jsonNestingDepth(const std::string& text, int limit);

} // namespace scalelab::core
