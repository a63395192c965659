// SPDX-License-Identifier: GPL-3.0-or-later
// Writing scenarios as JSON (the reading side is ScenarioJson.cpp).
#include "io/ScenarioJson.h"

#include <nlohmann/json.hpp>

namespace scalelab::core {

using nlohmann::json;

namespace {
json paramToJson(const ParamSpec* spec, const ParamValue& v)
{
    if (const std::string* s = std::get_if<std::string>(&v))
        return *s;
    const double d = std::get<double>(v);
    if (spec && spec->type == ParamSpec::Type::Bool)
        return d != 0.0;
    if (spec && spec->type == ParamSpec::Type::Integer)
        return static_cast<std::int64_t>(d);
    return d;
}
} // namespace

json componentToJson(const Component& c)
{
    json j;
    j["id"] = c.id;
    j["kind"] = c.kind;
    if (!c.name.empty())
        j["name"] = c.name;
    j["position"] = {{"x", c.position.x}, {"y", c.position.y}};
    if (!c.datacenter.empty())
        j["datacenter"] = c.datacenter;
    if (!c.params.empty()) {
        json p = json::object();
        const KindSpec* kind = findKind(c.kind);
        for (const auto& [key, value] : c.params)
            p[key] = paramToJson(kind ? kind->param(key) : nullptr, value);
        j["params"] = p;
    }
    return j;
}

json scenarioToJsonValue(const Scenario& s)
{
    json j;
    j["format"] = "scalelab-scenario";
    j["version"] = kScenarioVersion;
    j["name"] = s.name;
    if (!s.description.empty())
        j["description"] = s.description;
    json comps = json::array();
    for (const auto& c : s.components)
        comps.push_back(componentToJson(c));
    j["components"] = comps;
    json conns = json::array();
    for (const auto& c : s.connections) {
        json cj = {{"from", c.from}, {"to", c.to}};
        if (c.extraLatencyMs != 0.0)
            cj["extra_latency_ms"] = c.extraLatencyMs;
        conns.push_back(cj);
    }
    j["connections"] = conns;
    const Workload& w = s.workload;
    json wj;
    wj["mode"] = w.mode == Workload::Mode::Open ? "open" : "closed";
    wj["rate_rps"] = w.rateRps;
    wj["users"] = w.users;
    wj["think_time_s"] = w.thinkTimeS;
    wj["mix"] = {{"static", w.mix.staticAsset}, {"read", w.mix.read}, {"write", w.mix.write}, {"job", w.mix.job}};
    wj["keys"] = {{"count", w.keyCount}, {"zipf_exponent", w.zipfExponent}};
    wj["static_keys"] = {{"count", w.staticKeyCount}};
    wj["client_timeout_ms"] = w.clientTimeoutMs;
    json cj;
    switch (w.curve.type) {
    case LoadCurve::Type::Constant:
        cj = {{"type", "constant"}};
        break;
    case LoadCurve::Type::Ramp:
        cj = {{"type", "ramp"}, {"from", w.curve.from}, {"to", w.curve.to}, {"start_s", w.curve.startS},
              {"end_s", w.curve.endS}};
        break;
    case LoadCurve::Type::Daily:
        cj = {{"type", "daily"}, {"period_s", w.curve.periodS}, {"amplitude", w.curve.amplitude},
              {"peak_s", w.curve.peakS}};
        break;
    }
    wj["curve"] = cj;
    // Written only when used, so files from before they existed stay as they were.
    if (w.retry != RetryPolicy{})
        wj["retry"] = {{"max_retries", w.retry.maxRetries},
                       {"backoff_ms", w.retry.backoffMs},
                       {"backoff_max_ms", w.retry.backoffMaxMs},
                       {"jitter", w.retry.jitter}};
    if (w.breaker != CircuitBreaker{})
        wj["circuit_breaker"] = {{"error_threshold", w.breaker.errorThreshold},
                                 {"window_s", w.breaker.windowS},
                                 {"min_requests", w.breaker.minRequests},
                                 {"open_s", w.breaker.openS}};
    j["workload"] = wj;
    j["network"] = {{"access_ms", s.network.accessMs},
                    {"cross_region_ms", s.network.crossRegionMs},
                    {"intra_dc_ms", s.network.intraDcMs}};
    json tl = json::array();
    for (const auto& e : s.timeline) {
        json ej = {{"at_s", e.atS}, {"type", e.type}};
        if (!e.target.empty())
            ej["target"] = e.target;
        if (!e.target2.empty())
            ej["target2"] = e.target2;
        if (e.durationS != 0.0)
            ej["duration_s"] = e.durationS;
        if (e.factor != 1.0)
            ej["factor"] = e.factor;
        if (e.value != 0.0)
            ej["value"] = e.value;
        if (!e.label.empty())
            ej["label"] = e.label;
        tl.push_back(ej);
    }
    j["timeline"] = tl;
    j["run"] = {{"duration_s", s.run.durationS},
                {"warmup_s", s.run.warmupS},
                {"seed", s.run.seed},
                {"sample_interval_s", s.run.sampleIntervalS}};
    return j;
}

std::string scenarioToJson(const Scenario& s) { return scenarioToJsonValue(s).dump(2) + "\n"; }

} // namespace scalelab::core
