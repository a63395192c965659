// SPDX-License-Identifier: GPL-3.0-or-later
// Topology checks of the lesson vocabulary: counts, connections, paths, capabilities
// and single points of failure, on the scenario's connection graph (no simulation).
#include "analysis/GraphAnalysis.h"
#include "lessons/LessonChecks.h"
#include "lessons/LessonFormat.h"

#include <algorithm>
#include <set>

namespace scalelab::core {

namespace {

bool isControl(const std::string& kind)
{
    return kind == "monitoring" || kind == "autoscaler" || kind == "datacenter";
}

/// Components reachable from `from` along request connections, skipping `removed`.
std::vector<char> reachable(const Scenario& s, int from, const std::vector<char>& removed)
{
    const std::size_t n = s.components.size();
    std::vector<char> seen(n, 0);
    if (from < 0 || removed[static_cast<std::size_t>(from)])
        return seen;
    std::vector<int> stack{from};
    seen[static_cast<std::size_t>(from)] = 1;
    while (!stack.empty()) {
        const std::string& id = s.components[static_cast<std::size_t>(stack.back())].id;
        stack.pop_back();
        for (const auto& c : s.connections) {
            if (c.from != id)
                continue;
            const int t = s.indexOf(c.to);
            if (t < 0 || seen[static_cast<std::size_t>(t)] ||
                removed[static_cast<std::size_t>(t)] ||
                isControl(s.components[static_cast<std::size_t>(t)].kind))
                continue;
            seen[static_cast<std::size_t>(t)] = 1;
            stack.push_back(t);
        }
    }
    return seen;
}

bool isReplicaOfPrimary(const Scenario& s, const Component& db)
{
    for (const auto& c : s.connections)
        if (c.to == db.id)
            if (const Component* p = s.find(c.from);
                p && p->kind == "database" && p->choice("role") == "primary")
                return true;
    return false;
}

std::string displayName(const std::string& kind)
{
    const KindSpec* k = findKind(kind);
    return k ? k->displayName : kind;
}

std::string plural(const std::string& kind, double n)
{
    const KindSpec* k = findKind(kind);
    std::string name = k ? k->displayName : kind;
    const bool acronym = name.size() > 1 && std::isupper(static_cast<unsigned char>(name[1]));
    if (!name.empty() && !acronym)
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    if (name == "users" || name == "workers")
        return name;
    return n == 1 ? name : name + "s";
}

CheckResult result(bool passed, double measured, std::string explanation)
{
    CheckResult r;
    r.passed = passed;
    r.measured = measured;
    r.explanation = std::move(explanation);
    return r;
}

} // namespace

namespace {
Capability toCapability(const std::string& c)
{
    return c == "write" ? Capability::Write : c == "static" ? Capability::Static : Capability::Read;
}
} // namespace

bool lessonCanServe(const Scenario& s, const std::string& capability)
{
    return canServe(s, toCapability(capability));
}

std::vector<std::string> lessonSinglePointsOfFailure(const Scenario& s,
                                                     const std::string& capability,
                                                     const std::string& kindFilter)
{
    std::vector<std::string> out;
    for (const auto& id : singlePointsOfFailure(s, toCapability(capability))) {
        const Component* c = s.find(id);
        if (kindFilter.empty() || (c && c->kind == kindFilter))
            out.push_back(id);
    }
    return out;
}

bool lessonKindReaches(const Scenario& s, const std::string& fromKind, const std::string& toKind)
{
    const std::vector<char> none(s.components.size(), 0);
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        if (s.components[i].kind != fromKind)
            continue;
        const auto seen = reachable(s, static_cast<int>(i), none);
        for (std::size_t t = 0; t < s.components.size(); ++t)
            if (t != i && seen[t] && s.components[t].kind == toKind)
                return true;
    }
    return false;
}

CheckResult evaluateTopologyCheck(const LessonCheck& c, const Scenario& s)
{
    CheckResult r;
    const std::string& t = c.type;
    if (t == "has_component") {
        double n = 0;
        for (const auto& comp : s.components)
            n += comp.kind == c.kind;
        const bool ok = n >= c.min && (c.max < 0 || n <= c.max);
        r = result(ok, n,
                   "There " + std::string(n == 1 ? "is " : "are ") + formatCount(n) + " " +
                       plural(c.kind, n) + "; the goal is " + describeCheck(c) + ".");
    } else if (t == "connection") {
        bool found = false;
        for (const auto& conn : s.connections) {
            const Component* a = s.find(conn.from);
            const Component* b = s.find(conn.to);
            found = found || (a && b && a->kind == c.fromKind && b->kind == c.toKind);
        }
        const std::string pair = displayName(c.fromKind) + " to " + displayName(c.toKind);
        r = result(found, found,
                   found ? "There is a connection from " + pair + "."
                         : "There is no connection from " + pair + " yet.");
    } else if (t == "path") {
        const bool ok = lessonKindReaches(s, c.fromKind, c.toKind);
        const std::string pair = displayName(c.fromKind) + " to " + displayName(c.toKind);
        r = result(ok, ok,
                   ok ? "Requests can travel from " + pair + "."
                      : "No chain of connections leads from " + pair + " yet.");
    } else if (t == "can_serve") {
        const bool ok = lessonCanServe(s, c.capability);
        r = result(ok, ok,
                   ok ? "Users' " + c.capability + " requests can be served end to end."
                      : "Users' " + c.capability +
                            " requests cannot reach anything that serves them.");
    } else if (t == "no_spof") {
        if (!lessonCanServe(s, c.capability))
            return result(false, std::numeric_limits<double>::quiet_NaN(),
                          "Users' " + c.capability + " requests cannot be served at all yet.");
        const auto spofs = lessonSinglePointsOfFailure(s, c.capability, c.kind);
        std::string names;
        for (const auto& id : spofs) {
            const Component* comp = s.find(id);
            names += (names.empty() ? "" : ", ") + (comp && !comp->name.empty() ? comp->name : id);
        }
        r = result(spofs.empty(), static_cast<double>(spofs.size()),
                   spofs.empty()
                       ? "No single component's loss cuts users off from " + c.capability + "s."
                       : "Losing " + names + " alone would cut users off from " + c.capability +
                             "s.");
    } else if (t == "param") {
        r = evaluateParamCheck(c, s);
    } else if (t == "reads_via_replica") {
        bool replica = false;
        for (const auto& comp : s.components)
            if (comp.kind == "database" && comp.choice("role") == "replica" &&
                isReplicaOfPrimary(s, comp))
                replica = true;
        const bool ok = replica && lessonKindReaches(s, "users", "database");
        r = result(ok, ok,
                   ok        ? "Reads can be served by a replica that copies the primary."
                   : replica ? "There is a replica, but users' requests never reach the database."
                             : "No read replica is connected to a primary database.");
    } else if (t == "spread") {
        std::set<std::string> dcs;
        for (const auto& comp : s.components)
            if (comp.kind == c.kind && !comp.datacenter.empty())
                dcs.insert(comp.datacenter);
        const double n = static_cast<double>(dcs.size());
        r = result(n >= c.min, n,
                   plural(c.kind, 2) + " are in " + formatCount(n) + " data center" +
                       (n == 1 ? "" : "s") + "; the goal is at least " + formatCount(c.min) + ".");
        r.explanation[0] =
            static_cast<char>(std::toupper(static_cast<unsigned char>(r.explanation[0])));
    } else {
        r = result(false, std::numeric_limits<double>::quiet_NaN(), "Unknown check \"" + t + "\".");
    }
    r.description = c.label.empty() ? describeCheck(c) : c.label;
    return r;
}

} // namespace scalelab::core
