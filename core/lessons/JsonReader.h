// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ScenarioJson.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace scalelab::core {

/// Strict field reader for lesson files: every problem becomes a Diagnostic naming the
/// file and JSON path, prefixed with the current context ("step 3 ("add-cache")").
/// Reading functions return true when the field was present and of the right type.
class JsonReader
{
public:
    JsonReader(std::vector<Diagnostic>& out, std::string file) : m_out(out), m_file(std::move(file))
    {
    }

    /// Parses text (size and depth limits of InputLimits); false after reporting.
    bool parse(const std::string& text, nlohmann::json& root);
    void error(const std::string& path, const std::string& message);
    void setContext(std::string c) { m_context = std::move(c); }
    const std::string& context() const { return m_context; }

    /// j must be an object with only `allowed` keys (each unknown key is reported).
    bool object(const nlohmann::json& j, const std::string& path,
                const std::vector<std::string>& allowed);
    bool string(const nlohmann::json& j, const char* key, const std::string& path, std::string& out,
                bool required = false);
    bool number(const nlohmann::json& j, const char* key, const std::string& path, double& out,
                double min, double max, bool required = false);
    bool stringList(const nlohmann::json& j, const char* key, const std::string& path,
                    std::vector<std::string>& out, bool required = false);

private:
    std::vector<Diagnostic>& m_out;
    std::string m_file;
    std::string m_context;
};

} // namespace scalelab::core
