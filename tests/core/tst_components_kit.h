// SPDX-License-Identifier: GPL-3.0-or-later
// Small scenario builders shared by the component, failure and graph tests.
#pragma once

#include "model/Scenario.h"
#include "sim/Observer.h"

#include <string>
#include <vector>

namespace scalelab::core::kit {

inline Component& add(Scenario& s, const std::string& id, const std::string& kind,
                      std::vector<std::pair<std::string, ParamValue>> params = {}, const std::string& dc = {})
{
    Component c;
    c.id = id;
    c.kind = kind;
    c.name = id;
    c.datacenter = dc;
    for (auto& [k, v] : params)
        c.params[k] = v;
    s.components.push_back(c);
    return s.components.back();
}

inline void link(Scenario& s, const std::string& from, const std::string& to)
{
    s.connections.push_back({from, to, 0.0});
}

inline Scenario openScenario(double rateRps, double durationS, double warmupS = 0, std::uint64_t seed = 1)
{
    Scenario s;
    s.name = "test";
    s.workload.mode = Workload::Mode::Open;
    s.workload.rateRps = rateRps;
    s.run.durationS = durationS;
    s.run.warmupS = warmupS;
    s.run.seed = seed;
    s.network.accessMs = 0;
    s.network.crossRegionMs = 0;
    s.network.intraDcMs = 0;
    return s;
}

inline TimelineEvent makeEvent(double atS, const std::string& type, const std::string& target,
                           double durationS = 0, const std::string& target2 = {})
{
    TimelineEvent e;
    e.atS = atS;
    e.type = type;
    e.target = target;
    e.target2 = target2;
    e.durationS = durationS;
    return e;
}

/// Keeps every sample and event.
class Recording : public SimObserver
{
public:
    void onEvent(const SimEvent& e) override { events.push_back(e); }
    void onSample(const Sample& s) override { samples.push_back(s); }
    const SimEvent* first(const std::string& type) const
    {
        for (const auto& e : events)
            if (e.type == type)
                return &e;
        return nullptr;
    }
    static const ComponentSample* component(const Sample& s, const std::string& id)
    {
        for (const auto& c : s.components)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    std::vector<SimEvent> events;
    std::vector<Sample> samples;
};

} // namespace scalelab::core::kit
