// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ScenarioJson.h"
#include "io/MessageText.h"
#include "io/ResourceBudget.h"
#include "io/SafeFile.h"
#include "io/StrictJson.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace scalelab::core {

using nlohmann::json;

std::string Diagnostic::toString() const
{
    std::string s = file.empty() ? std::string("<input>") : file;
    if (!path.empty())
        s += ": " + path;
    return s + ": " + message;
}

int jsonNestingDepth(const std::string& text, int limit)
{
    int depth = 0, maxDepth = 0;
    bool inString = false, escape = false;
    for (char ch : text) {
        if (inString) {
            if (escape)
                escape = false;
            else if (ch == '\\')
                escape = true;
            else if (ch == '"')
                inString = false;
            continue;
        }
        if (ch == '"')
            inString = true;
        else if (ch == '[' || ch == '{') {
            if (++depth > maxDepth) {
                maxDepth = depth;
                if (maxDepth > limit)
                    return maxDepth;
            }
        } else if (ch == ']' || ch == '}')
            --depth;
    }
    return maxDepth;
}

namespace {

using msg::clip;
using msg::memberPath;
using msg::printable;
using msg::quotedValue;

const char* typeName(const json& j)
{
    switch (j.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "an unsupported value";
    }
}

std::string shortValue(const json& j) { return clip(j.dump(), 37); }

std::string formatNumber(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}

/// Walks a JSON object, recording errors with paths and which keys were consumed,
/// so that every key not read is reported as unknown.
class Reader
{
public:
    Reader(std::vector<Diagnostic>& errors, std::string file, const InputLimits& limits)
        : m_errors(errors), m_file(std::move(file)), m_limits(limits)
    {
    }

    void error(const std::string& path, const std::string& message)
    {
        if (m_errors.size() < 100)
            m_errors.push_back({m_file, path, message});
    }
    std::size_t errorCount() const { return m_errors.size(); }

    /// Checks that `j` is an object with only `allowed` keys.
    bool object(const json& j, const std::string& path, std::initializer_list<const char*> allowed)
    {
        if (!j.is_object()) {
            error(path, std::string("expected an object, got ") + typeName(j));
            return false;
        }
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool known = false;
            for (const char* a : allowed)
                if (it.key() == a)
                    known = true;
            if (!known) {
                std::string list;
                for (const char* a : allowed) {
                    if (!list.empty())
                        list += ", ";
                    list += a;
                }
                error(memberPath(path, it.key()), "unknown field (expected one of: " + list + ")");
            }
        }
        return true;
    }

    bool number(const json& obj, const char* key, const std::string& path, double& out, double min,
                double max, bool required = false)
    {
        auto it = obj.find(key);
        const std::string p = path + "." + key;
        if (it == obj.end()) {
            if (required)
                error(p, "missing (expected a number)");
            return false;
        }
        return numberValue(*it, p, out, min, max);
    }

    bool numberValue(const json& v, const std::string& p, double& out, double min, double max)
    {
        if (!v.is_number()) {
            error(p, std::string("expected a number, got ") + typeName(v) + " " + shortValue(v));
            return false;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d)) {
            error(p, "expected a finite number");
            return false;
        }
        if (d < min || d > max) {
            error(p, "expected a number from " + formatNumber(min) + " to " + formatNumber(max) + ", got " +
                         formatNumber(d));
            return false;
        }
        out = d;
        return true;
    }

    bool integer(const json& obj, const char* key, const std::string& path, std::uint64_t& out,
                 double min, double max)
    {
        double d = 0;
        if (!number(obj, key, path, d, min, max))
            return false;
        if (d != std::floor(d)) {
            error(path + "." + key, "expected a whole number, got " + formatNumber(d));
            return false;
        }
        out = static_cast<std::uint64_t>(d);
        return true;
    }

    bool string(const json& obj, const char* key, const std::string& path, std::string& out,
                bool required = false)
    {
        auto it = obj.find(key);
        const std::string p = path + "." + key;
        if (it == obj.end()) {
            if (required)
                error(p, "missing (expected a string)");
            return false;
        }
        if (!it->is_string()) {
            error(p, std::string("expected a string, got ") + typeName(*it));
            return false;
        }
        const auto& s = it->get_ref<const std::string&>();
        if (s.size() > m_limits.maxStringLength) {
            error(p, "string too long (" + std::to_string(s.size()) + " characters, at most " +
                         std::to_string(m_limits.maxStringLength) + ")");
            return false;
        }
        out = s;
        return true;
    }

    const InputLimits& limits() const { return m_limits; }

private:
    std::vector<Diagnostic>& m_errors;
    std::string m_file;
    const InputLimits& m_limits;
};

bool validId(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

void readParams(Reader& r, const json& j, const std::string& path, const KindSpec& kind, Component& c)
{
    if (!j.is_object()) {
        r.error(path, std::string("expected an object of parameters, got ") + typeName(j));
        return;
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string p = memberPath(path, it.key());
        const ParamSpec* spec = kind.param(it.key());
        if (!spec) {
            std::string list;
            for (const auto& s : kind.params)
                list += (list.empty() ? "" : ", ") + s.key;
            r.error(p, "unknown parameter for kind \"" + kind.id + "\" (expected one of: " + list + ")");
            continue;
        }
        ParamValue value;
        if (spec->type == ParamSpec::Type::Choice) {
            if (!it->is_string()) {
                r.error(p, std::string("expected a string, got ") + typeName(*it));
                continue;
            }
            value = it->get<std::string>();
        } else if (spec->type == ParamSpec::Type::Bool) {
            // true/false; 0 and 1 are accepted too (the model stores booleans as 0/1).
            if (it->is_boolean()) {
                value = it->get<bool>() ? 1.0 : 0.0;
            } else if (it->is_number() && (it->get<double>() == 0.0 || it->get<double>() == 1.0)) {
                value = it->get<double>();
            } else {
                r.error(p, std::string("expected true or false, got ") + typeName(*it) + " " + shortValue(*it));
                continue;
            }
        } else {
            if (!it->is_number()) {
                r.error(p, std::string("expected a number, got ") + typeName(*it) + " " + shortValue(*it));
                continue;
            }
            value = it->get<double>();
        }
        const std::string problem = checkParamValue(*spec, value);
        if (!problem.empty()) {
            r.error(p, problem);
            continue;
        }
        c.params[it.key()] = value;
    }
}

void readCurve(Reader& r, const json& j, const std::string& path, LoadCurve& curve)
{
    if (!r.object(j, path, {"type", "from", "to", "start_s", "end_s", "period_s", "amplitude", "peak_s"}))
        return;
    std::string type = "constant";
    r.string(j, "type", path, type);
    if (type == "constant")
        curve.type = LoadCurve::Type::Constant;
    else if (type == "ramp")
        curve.type = LoadCurve::Type::Ramp;
    else if (type == "daily")
        curve.type = LoadCurve::Type::Daily;
    else
        r.error(path + ".type", "expected \"constant\", \"ramp\" or \"daily\", got " + quotedValue(type));
    r.number(j, "from", path, curve.from, 0, 1e6);
    r.number(j, "to", path, curve.to, 0, 1e6);
    r.number(j, "start_s", path, curve.startS, 0, 1e9);
    r.number(j, "end_s", path, curve.endS, 0, 1e9);
    r.number(j, "period_s", path, curve.periodS, 1, 1e9);
    r.number(j, "amplitude", path, curve.amplitude, 0, 1);
    r.number(j, "peak_s", path, curve.peakS, 0, 1e9);
}

void readWorkload(Reader& r, const json& j, const std::string& path, Workload& w)
{
    if (!r.object(j, path, {"mode", "rate_rps", "users", "think_time_s", "mix", "keys", "static_keys",
                            "client_timeout_ms", "curve", "retry", "circuit_breaker"}))
        return;
    std::string mode = "open";
    if (r.string(j, "mode", path, mode)) {
        if (mode == "open")
            w.mode = Workload::Mode::Open;
        else if (mode == "closed")
            w.mode = Workload::Mode::Closed;
        else
            r.error(path + ".mode", "expected \"open\" or \"closed\", got " + quotedValue(mode));
    }
    r.number(j, "rate_rps", path, w.rateRps, 0, 1e8);
    double users = w.users;
    if (r.number(j, "users", path, users, 1, 1e8)) {
        if (users != std::floor(users))
            r.error(path + ".users", "expected a whole number of users");
        w.users = users;
    }
    r.number(j, "think_time_s", path, w.thinkTimeS, 1e-6, 1e6);
    r.number(j, "client_timeout_ms", path, w.clientTimeoutMs, 0, 3.6e6);
    if (auto it = j.find("mix"); it != j.end()) {
        const std::string p = path + ".mix";
        if (r.object(*it, p, {"static", "read", "write", "job"})) {
            r.number(*it, "static", p, w.mix.staticAsset, 0, 1e6);
            r.number(*it, "read", p, w.mix.read, 0, 1e6);
            r.number(*it, "write", p, w.mix.write, 0, 1e6);
            r.number(*it, "job", p, w.mix.job, 0, 1e6);
            if (w.mix.staticAsset + w.mix.read + w.mix.write + w.mix.job <= 0)
                r.error(p, "expected at least one request type with a positive weight");
        }
    }
    auto readKeys = [&](const char* key, std::uint64_t& count, double* zipf) {
        if (auto it = j.find(key); it != j.end()) {
            const std::string p = path + "." + key;
            if (r.object(*it, p, {"count", "zipf_exponent"})) {
                r.integer(*it, "count", p, count, 1, 1e9);
                if (zipf)
                    r.number(*it, "zipf_exponent", p, *zipf, 0, 5);
            }
        }
    };
    readKeys("keys", w.keyCount, &w.zipfExponent);
    double staticZipf = 0;
    readKeys("static_keys", w.staticKeyCount, &staticZipf);
    if (auto it = j.find("curve"); it != j.end())
        readCurve(r, *it, path + ".curve", w.curve);
    if (auto it = j.find("retry"); it != j.end()) {
        const std::string p = path + ".retry";
        if (r.object(*it, p, {"max_retries", "backoff_ms", "backoff_max_ms", "jitter"})) {
            std::uint64_t n = static_cast<std::uint64_t>(w.retry.maxRetries);
            r.integer(*it, "max_retries", p, n, 0, 10);
            w.retry.maxRetries = static_cast<int>(n);
            r.number(*it, "backoff_ms", p, w.retry.backoffMs, 0, 3.6e6);
            r.number(*it, "backoff_max_ms", p, w.retry.backoffMaxMs, 0, 3.6e6);
            r.number(*it, "jitter", p, w.retry.jitter, 0, 1);
            if (w.retry.backoffMaxMs < w.retry.backoffMs)
                r.error(p + ".backoff_max_ms", "expected at least backoff_ms (" + formatNumber(w.retry.backoffMs) +
                                                   " ms), got " + formatNumber(w.retry.backoffMaxMs));
        }
    }
    if (auto it = j.find("circuit_breaker"); it != j.end()) {
        const std::string p = path + ".circuit_breaker";
        if (r.object(*it, p, {"error_threshold", "window_s", "min_requests", "open_s"})) {
            CircuitBreaker& b = w.breaker;
            r.number(*it, "error_threshold", p, b.errorThreshold, 0, 1);
            r.number(*it, "window_s", p, b.windowS, 0.1, 86400);
            std::uint64_t n = static_cast<std::uint64_t>(b.minRequests);
            r.integer(*it, "min_requests", p, n, 1, 1e6);
            b.minRequests = static_cast<int>(n);
            r.number(*it, "open_s", p, b.openS, 0.01, 86400);
        }
    }
}

} // namespace

std::string checkParamValue(const ParamSpec& spec, const ParamValue& value)
{
    if (spec.type == ParamSpec::Type::Choice) {
        const std::string* s = std::get_if<std::string>(&value);
        if (!s)
            return "expected a string";
        for (const auto& c : spec.choices)
            if (c == *s)
                return {};
        std::string list;
        for (const auto& c : spec.choices)
            list += (list.empty() ? "\"" : ", \"") + c + "\"";
        return "expected one of " + list + ", got " + quotedValue(*s);
    }
    const double* d = std::get_if<double>(&value);
    if (!d)
        return "expected a number";
    if (!std::isfinite(*d))
        return "expected a finite number";
    if (*d < spec.min || *d > spec.max) {
        std::string unit = spec.unit.empty() ? "" : " " + spec.unit;
        return "expected a value from " + formatNumber(spec.min) + " to " + formatNumber(spec.max) + unit +
               ", got " + formatNumber(*d);
    }
    if ((spec.type == ParamSpec::Type::Integer || spec.type == ParamSpec::Type::Bool) && *d != std::floor(*d))
        return "expected a whole number, got " + formatNumber(*d);
    return {};
}

namespace {
ScenarioLoadResult parseChecked(const std::string& text, const std::string& fileName, const InputLimits& limits);
}

ScenarioLoadResult parseScenario(const std::string& text, const std::string& fileName, const InputLimits& limits)
{
    // The contract is "never throws": anything unforeseen (out of memory on a hostile
    // file, a library exception) still becomes one clear diagnostic.
    try {
        return parseChecked(text, fileName, limits);
    } catch (const std::exception& e) {
        ScenarioLoadResult result;
        result.errors.push_back({fileName, "$", "cannot read this input: " + printable(clip(e.what(), 200))});
        return result;
    }
}

namespace {
ScenarioLoadResult parseChecked(const std::string& text, const std::string& fileName, const InputLimits& limits)
{
    ScenarioLoadResult result;
    Reader r(result.errors, fileName, limits);
    json root;
    StrictJsonLimits jl;
    jl.maxBytes = limits.maxBytes;
    jl.maxDepth = limits.maxDepth;
    if (const StrictJsonError e = parseStrictJson(text, root, jl); e.failed()) {
        r.error(e.path, e.message);
        return result;
    }

    Scenario s;
    if (!r.object(root, "$", {"format", "version", "name", "description", "components", "connections",
                              "workload", "network", "timeline", "run"}))
        return result;
    std::string format;
    if (r.string(root, "format", "$", format) && format != "scalelab-scenario")
        r.error("$.format", "expected \"scalelab-scenario\", got " + quotedValue(format));
    {
        auto it = root.find("version");
        if (it == root.end())
            r.error("$.version", "missing (expected " + std::to_string(kScenarioVersion) + ")");
        else if (!it->is_number_integer())
            r.error("$.version", std::string("expected an integer, got ") + typeName(*it));
        else if (it->is_number_unsigned() ? it->get<std::uint64_t>() > static_cast<std::uint64_t>(kScenarioVersion)
                                          : it->get<std::int64_t>() > kScenarioVersion)
            r.error("$.version", "version " + it->dump() +
                                     " is newer than this program understands (" +
                                     std::to_string(kScenarioVersion) + "); update ScaleLab");
        else if (it->get<std::int64_t>() < 1)
            r.error("$.version", "expected a version of at least 1");
    }
    r.string(root, "name", "$", s.name);
    r.string(root, "description", "$", s.description);

    if (auto it = root.find("components"); it != root.end()) {
        if (!it->is_array())
            r.error("$.components", std::string("expected an array, got ") + typeName(*it));
        else if (it->size() > limits.maxComponents)
            r.error("$.components", "too many components (" + std::to_string(it->size()) + ", at most " +
                                        std::to_string(limits.maxComponents) + ")");
        else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& cj = (*it)[i];
                const std::string p = "$.components[" + std::to_string(i) + "]";
                if (!r.object(cj, p, {"id", "kind", "name", "position", "datacenter", "params"}))
                    continue;
                Component c;
                r.string(cj, "id", p, c.id, true);
                r.string(cj, "kind", p, c.kind, true);
                r.string(cj, "name", p, c.name);
                r.string(cj, "datacenter", p, c.datacenter);
                if (auto pos = cj.find("position"); pos != cj.end()) {
                    if (r.object(*pos, p + ".position", {"x", "y"})) {
                        r.number(*pos, "x", p + ".position", c.position.x, -1e7, 1e7);
                        r.number(*pos, "y", p + ".position", c.position.y, -1e7, 1e7);
                    }
                }
                const KindSpec* kind = findKind(c.kind);
                if (!c.kind.empty() && !kind) {
                    std::string list;
                    for (const auto& k : componentKinds())
                        list += (list.empty() ? "" : ", ") + k.id;
                    r.error(p + ".kind", "unknown component kind " + quotedValue(c.kind) + " (expected one of: " + list + ")");
                }
                if (kind)
                    if (auto pj = cj.find("params"); pj != cj.end())
                        readParams(r, *pj, p + ".params", *kind, c);
                s.components.push_back(std::move(c));
            }
        }
    } else {
        r.error("$.components", "missing (expected an array of components)");
    }

    if (auto it = root.find("connections"); it != root.end()) {
        if (!it->is_array())
            r.error("$.connections", std::string("expected an array, got ") + typeName(*it));
        else if (it->size() > limits.maxConnections)
            r.error("$.connections", "too many connections (" + std::to_string(it->size()) + ")");
        else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& cj = (*it)[i];
                const std::string p = "$.connections[" + std::to_string(i) + "]";
                if (!r.object(cj, p, {"from", "to", "extra_latency_ms"}))
                    continue;
                Connection c;
                r.string(cj, "from", p, c.from, true);
                r.string(cj, "to", p, c.to, true);
                r.number(cj, "extra_latency_ms", p, c.extraLatencyMs, 0, 3.6e6);
                s.connections.push_back(std::move(c));
            }
        }
    }

    if (auto it = root.find("workload"); it != root.end())
        readWorkload(r, *it, "$.workload", s.workload);
    if (auto it = root.find("network"); it != root.end()) {
        if (r.object(*it, "$.network", {"access_ms", "cross_region_ms", "intra_dc_ms"})) {
            r.number(*it, "access_ms", "$.network", s.network.accessMs, 0, 1e5);
            r.number(*it, "cross_region_ms", "$.network", s.network.crossRegionMs, 0, 1e5);
            r.number(*it, "intra_dc_ms", "$.network", s.network.intraDcMs, 0, 1e5);
        }
    }
    if (auto it = root.find("timeline"); it != root.end()) {
        if (!it->is_array())
            r.error("$.timeline", std::string("expected an array, got ") + typeName(*it));
        else if (it->size() > limits.maxTimelineEvents)
            r.error("$.timeline", "too many events (" + std::to_string(it->size()) + ")");
        else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const json& ej = (*it)[i];
                const std::string p = "$.timeline[" + std::to_string(i) + "]";
                if (!r.object(ej, p, {"at_s", "type", "target", "target2", "duration_s", "factor", "value", "label"}))
                    continue;
                TimelineEvent e;
                r.number(ej, "at_s", p, e.atS, 0, 1e9, true);
                r.string(ej, "type", p, e.type, true);
                r.string(ej, "target", p, e.target);
                r.string(ej, "target2", p, e.target2);
                r.number(ej, "duration_s", p, e.durationS, 0, 1e9);
                r.number(ej, "factor", p, e.factor, 0, 1e6);
                r.number(ej, "value", p, e.value, -1e9, 1e9);
                r.string(ej, "label", p, e.label);
                s.timeline.push_back(std::move(e));
            }
        }
    }
    if (auto it = root.find("run"); it != root.end()) {
        const std::string p = "$.run";
        if (r.object(*it, p, {"duration_s", "warmup_s", "seed", "sample_interval_s"})) {
            r.number(*it, "duration_s", p, s.run.durationS, 0.001, 1e8);
            r.number(*it, "warmup_s", p, s.run.warmupS, 0, 1e8);
            r.integer(*it, "seed", p, s.run.seed, 0, 9007199254740991.0);
            r.number(*it, "sample_interval_s", p, s.run.sampleIntervalS, 0.001, 1e6);
        }
    }

    if (r.errorCount() == 0) {
        auto semantic = validateScenario(s, fileName);
        result.errors.insert(result.errors.end(), semantic.begin(), semantic.end());
    }
    if (result.errors.empty())
        result.errors = checkResourceBudget(s, fileName); // refuse what would not fit in memory
    if (result.errors.empty())
        result.scenario = std::move(s);
    return result;
}

} // namespace

std::vector<Diagnostic> validateScenario(const Scenario& s, const std::string& fileName)
{
    std::vector<Diagnostic> errors;
    auto err = [&](std::string path, std::string msg) {
        if (errors.size() < 100)
            errors.push_back({fileName, std::move(path), std::move(msg)});
    };
    std::set<std::string> ids;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        const std::string p = "$.components[" + std::to_string(i) + "]";
        if (!validId(c.id))
            err(p + ".id", "expected 1-64 letters, digits, '-', '_' or '.', got " + quotedValue(c.id, 70));
        else if (!ids.insert(c.id).second)
            err(p + ".id", "duplicate id " + quotedValue(c.id, 70));
        const KindSpec* kind = findKind(c.kind);
        if (!kind) {
            err(p + ".kind", "unknown component kind " + quotedValue(c.kind));
            continue;
        }
        for (const auto& [key, value] : c.params) {
            const ParamSpec* spec = kind->param(key);
            if (!spec)
                err(memberPath(p + ".params", key), "unknown parameter for kind \"" + c.kind + "\"");
            else if (auto problem = checkParamValue(*spec, value); !problem.empty())
                err(memberPath(p + ".params", key), problem);
        }
    }
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        if (c.datacenter.empty())
            continue;
        const Component* dc = s.find(c.datacenter);
        const std::string p = "$.components[" + std::to_string(i) + "].datacenter";
        if (!dc)
            err(p, "no component with id " + quotedValue(c.datacenter, 70));
        else if (dc->kind != "datacenter")
            err(p, "\"" + c.datacenter + "\" is a " + dc->kind + ", expected a datacenter");
        else if (c.kind == "datacenter")
            err(p, "a data center cannot be inside another");
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < s.connections.size(); ++i) {
        const Connection& c = s.connections[i];
        const std::string p = "$.connections[" + std::to_string(i) + "]";
        const Component* from = s.find(c.from);
        const Component* to = s.find(c.to);
        if (!from)
            err(p + ".from", "no component with id " + quotedValue(c.from, 70));
        if (!to)
            err(p + ".to", "no component with id " + quotedValue(c.to, 70));
        if (!from || !to)
            continue;
        if (c.from == c.to) {
            err(p, "a component cannot connect to itself");
            continue;
        }
        if (auto why = connectionRefusal(from->kind, to->kind); !why.empty())
            err(p, why);
        if (!seen.insert({c.from, c.to}).second)
            err(p, "duplicate connection " + clip(c.from, 70) + " -> " + clip(c.to, 70));
    }
    for (std::size_t i = 0; i < s.timeline.size(); ++i) {
        const TimelineEvent& e = s.timeline[i];
        const std::string p = "$.timeline[" + std::to_string(i) + "]";
        const EventKind* spec = findInjectableEventKind(e.type);
        if (!spec) {
            std::string list;
            for (const EventKind* t : injectableEventKinds())
                list += (list.empty() ? "" : ", ") + std::string(t->name);
            err(p + ".type", "unknown event type " + quotedValue(e.type) + " (expected one of: " + list + ")");
            continue;
        }
        if (spec->needsTarget() && !s.find(e.target))
            err(p + ".target", e.target.empty() ? "missing (this event type needs a component id)"
                                                : "no component with id " + quotedValue(e.target, 70));
        if (spec->needsTarget2() && !s.find(e.target2))
            err(p + ".target2", e.target2.empty() ? "missing (this event type needs a second component id)"
                                                  : "no component with id " + quotedValue(e.target2, 70));
        if (const std::string why = timelineTargetProblem(s, e); !why.empty())
            err(p + ".target", clip(why, 200));
        // `value` means something for these types only; refuse what the simulator would
        // otherwise drop or replace silently (a negative latency, an amplitude above 1).
        if (e.type == "link_latency" && !(e.value >= 0 && e.value <= 3.6e6))
            err(p + ".value", "expected an added latency from 0 to 3600000 ms, got " + formatNumber(e.value));
        if (e.type == "errors" && !(e.value >= 0 && e.value <= 1))
            err(p + ".value", "expected a share of requests from 0 to 1, got " + formatNumber(e.value));
        if (e.type == "daily_cycle" && !(e.value >= 0 && e.value <= 1))
            err(p + ".value", "expected an amplitude from 0 to 1 (0 = the default 0.5), got " + formatNumber(e.value));
    }
    if (s.run.warmupS >= s.run.durationS)
        err("$.run.warmup_s", "expected a warm-up shorter than the duration");
    return errors;
}

ScenarioLoadResult loadScenarioFile(const std::string& path, const InputLimits& limits)
{
    ScenarioLoadResult result;
    std::string text;
    if (const FileResult r = readRegularFile(path, limits.maxBytes, text); !r) {
        result.errors.push_back({path, "", r.reason(path)});
        return result;
    }
    return parseScenario(text, path, limits);
}

} // namespace scalelab::core
