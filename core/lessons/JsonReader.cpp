// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/JsonReader.h"

#include "io/StrictJson.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace scalelab::core {

using json = nlohmann::json;

namespace {
std::string shortNumber(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}
} // namespace

bool JsonReader::parse(const std::string& text, json& root)
{
    const InputLimits limits;
    StrictJsonLimits jl;
    jl.maxBytes = limits.maxBytes;
    jl.maxDepth = limits.maxDepth;
    if (const StrictJsonError e = parseStrictJson(text, root, jl); e.failed()) {
        error(e.path, e.message);
        return false;
    }
    return true;
}

void JsonReader::error(const std::string& path, const std::string& message)
{
    if (m_out.size() >= 200)
        return; // a broken file should not flood the user
    m_out.push_back({m_file, path, m_context.empty() ? message : m_context + ": " + message});
}

bool JsonReader::object(const json& j, const std::string& path,
                        const std::vector<std::string>& allowed)
{
    if (!j.is_object()) {
        error(path, "expected an object");
        return false;
    }
    for (const auto& [k, v] : j.items())
        if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
            std::string list;
            for (const auto& a : allowed)
                list += (list.empty() ? "" : ", ") + a;
            error(path + "." + k.substr(0, 60), "unknown field (expected one of: " + list + ")");
        }
    return true;
}

bool JsonReader::string(const json& j, const char* key, const std::string& path, std::string& out,
                        bool required)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            error(path + "." + key, "missing");
        return false;
    }
    if (!it->is_string()) {
        error(path + "." + key, "expected a string");
        return false;
    }
    out = it->get<std::string>();
    if (out.size() > 20000) {
        error(path + "." + key, "text too long (at most 20000 characters)");
        out.resize(20000);
    }
    return true;
}

bool JsonReader::number(const json& j, const char* key, const std::string& path, double& out,
                        double min, double max, bool required)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            error(path + "." + key, "missing");
        return false;
    }
    if (!it->is_number()) {
        error(path + "." + key, "expected a number");
        return false;
    }
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        error(path + "." + key, "expected a value from " + shortNumber(min) + " to " +
                                    shortNumber(max) + ", got " + shortNumber(v));
        return false;
    }
    out = v;
    return true;
}

bool JsonReader::stringList(const json& j, const char* key, const std::string& path,
                            std::vector<std::string>& out, bool required)
{
    auto it = j.find(key);
    if (it == j.end()) {
        if (required)
            error(path + "." + key, "missing");
        return false;
    }
    if (!it->is_array()) {
        error(path + "." + key, "expected an array of strings");
        return false;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        if (!(*it)[i].is_string())
            error(path + "." + key + "[" + std::to_string(i) + "]", "expected a string");
        else
            out.push_back((*it)[i].get<std::string>());
    }
    return true;
}

} // namespace scalelab::core
