// SPDX-License-Identifier: GPL-3.0-or-later
// One-change variants of a design for the A/B comparison: a cache in front of the
// database, a second web server behind a load balancer, a read replica.
#include "analysis/Compare.h"

#include "io/ScenarioJson.h"

#include <algorithm>

namespace scalelab::core {

namespace {

bool isPrimaryDb(const Component& c)
{
    return c.kind == "database" && c.choice("role") != "replica";
}

bool isAppServer(const Component& c)
{
    return c.kind == "web_server" || c.kind == "worker_pool";
}

/// Web servers (and workers) that talk to a primary database directly and to no cache.
std::vector<std::string> uncachedClients(const Scenario& s, std::string* dbId)
{
    std::vector<std::string> out;
    for (const Component& c : s.components) {
        if (!isAppServer(c))
            continue;
        bool toDb = false, toCache = false;
        for (const Connection& k : s.connections) {
            if (k.from != c.id)
                continue;
            const Component* t = s.find(k.to);
            if (t && isPrimaryDb(*t)) {
                toDb = true;
                if (dbId && dbId->empty())
                    *dbId = t->id;
            }
            if (t && t->kind == "cache")
                toCache = true;
        }
        if (toDb && !toCache)
            out.push_back(c.id);
    }
    return out;
}

const Component* firstOfKind(const Scenario& s, const char* kind)
{
    for (const Component& c : s.components)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

const Component* primaryDb(const Scenario& s)
{
    for (const Component& c : s.components)
        if (isPrimaryDb(c))
            return &c;
    return nullptr;
}

std::string variantProblem(const Scenario& s, const std::string& id)
{
    if (id == "cache") {
        std::string db;
        if (uncachedClients(s, &db).empty())
            return primaryDb(s) ? "every web server that reaches the database already has a cache"
                                : "the design has no database";
        return {};
    }
    if (id == "web")
        return firstOfKind(s, "web_server") ? std::string() : "the design has no web server";
    if (id == "replica")
        return primaryDb(s) ? std::string() : "the design has no primary database";
    return "unknown variant '" + id.substr(0, 40) + "' (expected cache, web or replica)";
}

std::string nameOf(const Component& c)
{
    return c.name.empty() ? c.id : c.name;
}

} // namespace

std::vector<DesignVariant> designVariants(const Scenario& s)
{
    std::vector<DesignVariant> out = {
        {"cache", "Add a cache in front of the database", false, {}},
        {"web", "Add a second web server behind a load balancer", false, {}},
        {"replica", "Add a read replica to the database", false, {}},
    };
    for (DesignVariant& v : out) {
        v.reason = variantProblem(s, v.id);
        v.applicable = v.reason.empty();
    }
    return out;
}

bool applyVariant(const Scenario& s, const std::string& id, Scenario& out, std::string* error)
{
    if (std::string why = variantProblem(s, id); !why.empty()) {
        if (error)
            *error = "variant " + id.substr(0, 40) + ": " + why;
        return false;
    }
    Scenario v = s;
    std::string change;
    if (id == "cache") {
        std::string dbId;
        const std::vector<std::string> clients = uncachedClients(s, &dbId);
        const Component* db = s.find(dbId);
        Component cache;
        cache.kind = "cache";
        cache.id = v.uniqueId("cache");
        cache.name = "Cache";
        cache.datacenter = db->datacenter;
        cache.position = {db->position.x, db->position.y - 130};
        v.components.push_back(cache);
        for (const std::string& c : clients)
            v.connections.push_back({c, cache.id, 0.0});
        change = "cache";
    } else if (id == "web") {
        const Component& web = *firstOfKind(s, "web_server");
        Component copy = web;
        copy.id = v.uniqueId("web_server");
        copy.name = nameOf(web) + " (2)";
        copy.position = {web.position.x, web.position.y + 130};
        std::vector<std::string> balancers;
        for (const Connection& k : s.connections)
            if (k.to == web.id && s.find(k.from) && s.find(k.from)->kind == "load_balancer")
                balancers.push_back(k.from);
        if (balancers.empty()) {
            // No balancer yet: one goes where the server was reached from.
            Component lb;
            lb.kind = "load_balancer";
            lb.id = v.uniqueId("load_balancer");
            lb.name = "Load balancer";
            lb.datacenter = web.datacenter;
            lb.position = {web.position.x - 130, web.position.y + 65};
            for (Connection& k : v.connections)
                if (k.to == web.id)
                    k.to = lb.id;
            v.components.push_back(lb);
            v.connections.push_back({lb.id, web.id, 0.0});
            balancers.push_back(lb.id);
        }
        for (const std::string& b : balancers)
            v.connections.push_back({b, copy.id, 0.0});
        for (const Connection& k : s.connections)
            if (k.from == web.id)
                v.connections.push_back({copy.id, k.to, k.extraLatencyMs});
        v.components.push_back(copy);
        change = "second web server";
    } else {
        const Component& db = *primaryDb(s);
        Component replica = db;
        replica.id = v.uniqueId("database");
        replica.name = nameOf(db) + " replica";
        replica.position = {db.position.x + 180, db.position.y};
        replica.params["role"] = std::string("replica");
        replica.params.erase("replace_after_s");
        v.components.push_back(replica);
        v.connections.push_back({db.id, replica.id, 0.0});
        change = "read replica";
    }
    v.name = (s.name.empty() ? std::string("design") : s.name) + " + " + change;
    auto parsed = parseScenario(scenarioToJson(v), "variant " + id);
    if (!parsed.scenario) {
        if (error)
            *error = parsed.errors.empty() ? "variant " + id + ": not a valid scenario" : parsed.errors.front().toString();
        return false;
    }
    out = std::move(*parsed.scenario);
    return true;
}

} // namespace scalelab::core
