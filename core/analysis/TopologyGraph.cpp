// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/TopologyGraph.h"

namespace scalelab::core {


TopologyGraph::TopologyGraph(const Scenario& s) : scenario(s)
{
    const std::size_t n = s.components.size();
    kind.resize(n);
    out.assign(n, {});
    in.assign(n, {});
    dc.assign(n, -1);
    region.assign(n, 0);
    int defaultRegion = -1;
    for (std::size_t i = 0; i < n; ++i) {
        const Component& c = s.components[i];
        kind[i] = kindFromName(c.kind);
        if (kind[i] == Kind::Users) {
            users.push_back(static_cast<int>(i));
            if (defaultRegion < 0)
                defaultRegion = regionIndex(c.choice("region"));
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Component& c = s.components[i];
        const int d = c.datacenter.empty() ? -1 : s.indexOf(c.datacenter);
        dc[i] = (d >= 0 && kind[static_cast<std::size_t>(d)] == Kind::Datacenter) ? d : -1;
        if (kind[i] == Kind::Users || kind[i] == Kind::Cdn || kind[i] == Kind::Datacenter)
            region[i] = regionIndex(c.choice("region"));
        else if (dc[i] >= 0)
            region[i] = regionIndex(s.components[static_cast<std::size_t>(dc[i])].choice("region"));
        else
            region[i] = std::max(0, defaultRegion);
    }
    for (const Connection& c : s.connections) {
        const int a = s.indexOf(c.from), b = s.indexOf(c.to);
        if (a < 0 || b < 0 || a == b)
            continue;
        out[static_cast<std::size_t>(a)].push_back(b);
        in[static_cast<std::size_t>(b)].push_back(a);
    }
}

bool TopologyGraph::alive(int v, const std::vector<char>& removed) const
{
    if (removed.empty())
        return true;
    const auto sv = static_cast<std::size_t>(v);
    return !removed[sv] && (dc[sv] < 0 || !removed[static_cast<std::size_t>(dc[sv])]);
}

bool TopologyGraph::servesAll(Capability c, std::vector<char> removed) const
{
    if (users.empty())
        return false;
    for (int u : users)
        if (!serves(u, c, removed))
            return false;
    return true;
}

bool TopologyGraph::serves(int u, Capability c, const std::vector<char>& removed) const
{
    std::vector<char> visiting(kind.size(), 0);
    return node(u, c, region[static_cast<std::size_t>(u)], removed, visiting);
}

bool TopologyGraph::node(int v, Capability c, int fromRegion, const std::vector<char>& removed,
                         std::vector<char>& visiting) const
{
    const auto sv = static_cast<std::size_t>(v);
    if (visiting[sv])
        return false; // a loop carries nothing
    visiting[sv] = 1;
    struct Unmark { std::vector<char>& v; std::size_t i; ~Unmark() { v[i] = 0; } } unmark{visiting, sv};
    auto anyOut = [&](auto pred) {
        for (int w : out[sv])
            if (pred(kind[static_cast<std::size_t>(w)]) && node(w, c, fromRegion, removed, visiting))
                return true;
        return false;
    };
    auto all = [](Kind) { return true; };
    const Component& comp = scenario.components[sv];
    switch (kind[sv]) {
    case Kind::Users:
        if (c == Capability::Static && anyOut([](Kind k) { return k == Kind::Cdn; }))
            return true;
        return anyOut([](Kind k) { return k != Kind::Cdn; });
    case Kind::Dns:
    case Kind::LoadBalancer:
    case Kind::ApiGateway:
        return alive(v, removed) && anyOut(all);
    case Kind::Cdn:
        return c == Capability::Static && alive(v, removed) && anyOut(all);
    case Kind::WebServer: {
        if (!alive(v, removed))
            return false;
        bool sessionsOk = true;
        if (comp.choice("session_mode") != "stateful") {
            bool hasStore = false, storeAlive = false;
            for (int w : out[sv])
                if (kind[static_cast<std::size_t>(w)] == Kind::SessionStore) {
                    hasStore = true;
                    storeAlive = storeAlive || alive(w, removed);
                }
            sessionsOk = !hasStore || storeAlive || c == Capability::Static;
        }
        if (!sessionsOk)
            return false;
        if (c == Capability::Static)
            return true;
        bool hasData = false;
        for (int w : out[sv]) {
            const Kind k = kind[static_cast<std::size_t>(w)];
            hasData = hasData || k == Kind::Database || k == Kind::ShardRouter || k == Kind::Cache;
        }
        if (!hasData)
            return true; // a single server keeps its own data
        return anyOut([](Kind k) { return k == Kind::Database || k == Kind::ShardRouter || k == Kind::Cache; });
    }
    case Kind::Cache:
        return alive(v, removed) &&
               anyOut([](Kind k) { return k == Kind::Database || k == Kind::ShardRouter; });
    case Kind::ShardRouter: {
        if (!alive(v, removed))
            return false;
        int shards = 0;
        for (int w : out[sv]) {
            if (kind[static_cast<std::size_t>(w)] != Kind::Database)
                continue;
            ++shards;
            if (!node(w, c, fromRegion, removed, visiting))
                return false; // every shard owns keys nobody else has
        }
        return shards > 0;
    }
    case Kind::Database: {
        // The cluster: this node and, for a primary, the replicas it feeds. Reads need any
        // member; writes need the primary or a replica that failover can promote.
        if (alive(v, removed))
            return true;
        if (comp.choice("role") != "primary")
            return false;
        for (int w : out[sv])
            if (kind[static_cast<std::size_t>(w)] == Kind::Database && alive(w, removed))
                return true;
        return false;
    }
    default:
        return false;
    }
}

} // namespace scalelab::core
