// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Scenario.h"

#include "model/ParamSpec.h"

#include <cmath>
#include <numbers>

namespace scalelab::core {

double Component::number(const std::string& key) const
{
    auto it = params.find(key);
    if (it != params.end())
        if (const double* d = std::get_if<double>(&it->second))
            return *d;
    if (const KindSpec* k = findKind(kind))
        if (const ParamSpec* p = k->param(key))
            return p->defaultNumber;
    return 0.0;
}

std::string Component::choice(const std::string& key) const
{
    auto it = params.find(key);
    if (it != params.end())
        if (const std::string* s = std::get_if<std::string>(&it->second))
            return *s;
    if (const KindSpec* k = findKind(kind))
        if (const ParamSpec* p = k->param(key); p && !p->choices.empty())
            return p->choices.front();
    return {};
}

double LoadCurve::factorAt(double tS) const
{
    switch (type) {
    case Type::Constant:
        return 1.0;
    case Type::Ramp:
        if (tS <= startS || endS <= startS)
            return tS <= startS ? from : to;
        if (tS >= endS)
            return to;
        return from + (to - from) * (tS - startS) / (endS - startS);
    case Type::Daily:
        return std::max(0.0, 1.0 + amplitude * std::cos(2.0 * std::numbers::pi * (tS - peakS) / periodS));
    }
    return 1.0;
}

const std::vector<EventTypeSpec>& timelineEventTypes()
{
    static const std::vector<EventTypeSpec> types = {
        {"spike", false, false, "Multiply demand by `factor` for `duration_s` seconds."},
        {"step", false, false, "Set the demand multiplier to `factor` from now on."},
        {"ramp", false, false, "Move the demand multiplier linearly to `factor` over `duration_s`."},
        {"daily_cycle", false, false, "Start a daily cycle of amplitude `value` and period `duration_s` (default 86400)."},
        {"crash", true, false, "Crash a component; it recovers after `duration_s` (0 = stays down)."},
        {"recover", true, false, "Bring a crashed component back."},
        {"master_loss", true, false, "Crash a primary database: failover promotes a replica."},
        {"replica_loss", true, false, "Crash a read replica."},
        {"cache_flush", true, false, "Empty a cache or CDN edge."},
        {"cache_failure", true, false, "Crash a cache; reads fall through to the database."},
        {"dc_outage", true, false, "Take every component of a data center down for `duration_s` (0 = stays down)."},
        {"partition", true, true, "Cut the network between two data centers for `duration_s`."},
        {"link_latency", true, true, "Add `value` ms one way between two components for `duration_s`."},
        {"slow", true, false, "Multiply a component's service time by `factor` for `duration_s`."},
        {"errors", true, false, "A component answers a share `value` (0 to 1) of the requests it serves with an error, for `duration_s` (0 = until changed)."},
        {"add_server", true, false, "Add a web server behind a load balancer."},
        {"remove_server", true, false, "Take a web server (the target) out of rotation; it finishes what it holds within `duration_s` (0 = 30 s), then goes."},
        {"add_replica", true, false, "Add a read replica to a primary database."},
        {"marker", false, false, "Only a labelled mark on the charts."},
    };
    return types;
}

const EventTypeSpec* findEventType(const std::string& type)
{
    for (const auto& t : timelineEventTypes())
        if (t.type == type)
            return &t;
    return nullptr;
}

const Component* Scenario::find(const std::string& id) const
{
    for (const auto& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

Component* Scenario::find(const std::string& id)
{
    for (auto& c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

int Scenario::indexOf(const std::string& id) const
{
    for (std::size_t i = 0; i < components.size(); ++i)
        if (components[i].id == id)
            return static_cast<int>(i);
    return -1;
}

std::string Scenario::uniqueId(const std::string& kind) const
{
    for (int n = 1;; ++n) {
        std::string id = kind + "-" + std::to_string(n);
        if (!find(id))
            return id;
    }
}

std::string timelineTargetProblem(const Scenario& s, const TimelineEvent& e)
{
    const Component* t = s.find(e.target);
    if (!t)
        return {};
    const std::string& k = t->kind;
    const std::string is = "\"" + e.target + "\" is a " + k;
    auto dcOf = [&](const Component* c) -> const Component* {
        if (!c)
            return nullptr;
        return c->kind == "datacenter" ? c : s.find(c->datacenter);
    };
    if (e.type == "master_loss" && !(k == "database" && t->choice("role") == "primary"))
        return is + (k == "database" ? " replica" : "") + "; master_loss needs a primary database";
    if (e.type == "replica_loss" && !(k == "database" && t->choice("role") == "replica"))
        return is + (k == "database" ? " primary" : "") + "; replica_loss needs a replica database";
    if ((e.type == "cache_failure" || e.type == "cache_flush") && k != "cache" && k != "cdn")
        return is + "; " + e.type + " needs a cache or a CDN edge";
    if (e.type == "dc_outage" && !dcOf(t))
        return is + " outside any data center; dc_outage needs a data center or a component inside one";
    if (e.type == "slow" || e.type == "errors") {
        const KindSpec* spec = findKind(k);
        if (!spec || !spec->isStation)
            return is + ", which has no service time; " + e.type + " needs a component that serves requests";
    }
    if (e.type == "add_server" && k != "load_balancer")
        return is + "; add_server needs a load balancer";
    if (e.type == "remove_server" && k != "web_server")
        return is + "; remove_server needs a web server";
    if (e.type == "add_replica" && k != "database")
        return is + "; add_replica needs a database";
    if (e.type == "partition") {
        const Component* a = dcOf(t);
        const Component* b = dcOf(s.find(e.target2));
        if (s.find(e.target2) && (!a || !b || a == b))
            return "a partition needs two different data centers (or components in two different ones)";
    }
    return {};
}

} // namespace scalelab::core
