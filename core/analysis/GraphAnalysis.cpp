// SPDX-License-Identifier: GPL-3.0-or-later
// Topology checks and single points of failure on a Boost.Graph view of the scenario.
#include "analysis/GraphAnalysis.h"

#include "analysis/TopologyGraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <set>

namespace scalelab::core {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

Graph toBoost(const TopologyGraph& t)
{
    Graph g(t.size());
    for (int v = 0; v < t.size(); ++v)
        for (int w : t.out[static_cast<std::size_t>(v)])
            boost::add_edge(static_cast<std::size_t>(v), static_cast<std::size_t>(w), g);
    return g;
}

/// Vertices reached from `sources` along connections (Boost breadth-first search).
std::vector<char> reachedFrom(const Graph& g, const std::vector<int>& sources)
{
    std::vector<char> reached(boost::num_vertices(g), 0);
    for (int src : sources) {
        if (reached[static_cast<std::size_t>(src)])
            continue;
        std::vector<boost::default_color_type> color(boost::num_vertices(g), boost::white_color);
        boost::breadth_first_search(
            g, static_cast<std::size_t>(src),
            boost::color_map(boost::make_iterator_property_map(color.begin(), boost::get(boost::vertex_index, g))));
        for (std::size_t v = 0; v < color.size(); ++v)
            if (color[v] != boost::white_color)
                reached[v] = 1;
    }
    return reached;
}

const char* capabilityName(Capability c)
{
    return c == Capability::Read ? "reads" : c == Capability::Write ? "writes" : "static files";
}

} // namespace

bool reaches(const Scenario& s, const std::string& fromId, const std::string& toId)
{
    const int a = s.indexOf(fromId), b = s.indexOf(toId);
    if (a < 0 || b < 0)
        return false;
    const TopologyGraph t(s);
    return reachedFrom(toBoost(t), {a})[static_cast<std::size_t>(b)] != 0;
}

bool canServe(const Scenario& s, Capability c)
{
    const TopologyGraph t(s);
    return t.servesAll(c, {});
}

std::vector<std::string> singlePointsOfFailure(const Scenario& s, Capability c)
{
    const TopologyGraph t(s);
    std::vector<std::string> result;
    // Only users that are served now can be cut off.
    std::vector<char> none(static_cast<std::size_t>(t.size()), 0);
    std::vector<int> served;
    for (int u : t.users)
        if (t.serves(u, c, none))
            served.push_back(u);
    if (served.empty())
        return result;
    for (int v = 0; v < t.size(); ++v) {
        const Kind k = t.kind[static_cast<std::size_t>(v)];
        // DNS is a service of many name servers in practice; users are the demand itself.
        if (k == Kind::Users || k == Kind::Dns || k == Kind::Monitoring || k == Kind::Autoscaler)
            continue;
        std::vector<char> removed(static_cast<std::size_t>(t.size()), 0);
        removed[static_cast<std::size_t>(v)] = 1;
        if (k == Kind::Datacenter)
            for (int m = 0; m < t.size(); ++m)
                if (t.dc[static_cast<std::size_t>(m)] == v)
                    removed[static_cast<std::size_t>(m)] = 1;
        bool cut = false;
        for (int u : served)
            if (!removed[static_cast<std::size_t>(u)] && !t.serves(u, c, removed))
                cut = true;
        if (cut)
            result.push_back(s.components[static_cast<std::size_t>(v)].id);
    }
    return result;
}

std::vector<TopologyIssue> validateTopology(const Scenario& s)
{
    std::vector<TopologyIssue> issues;
    auto add = [&](const std::string& id, std::string msg, bool error) {
        issues.push_back({id, std::move(msg), error});
    };
    const TopologyGraph t(s);
    auto nameOf = [&](int i) {
        const Component& c = s.components[static_cast<std::size_t>(i)];
        return c.name.empty() ? c.id : c.name;
    };
    if (t.users.empty())
        add({}, "There are no users: add a Users component so something sends requests.", true);

    for (const Connection& c : s.connections) {
        const Component* a = s.find(c.from);
        const Component* b = s.find(c.to);
        if (!a || !b) {
            add(a ? c.from : c.to, "A connection from \"" + c.from + "\" to \"" + c.to + "\" points at a component that does not exist.", true);
            continue;
        }
        if (c.from == c.to) {
            add(c.from, nameOf(s.indexOf(c.from)) + " is connected to itself.", true);
            continue;
        }
        if (std::string why = connectionRefusal(a->kind, b->kind); !why.empty())
            add(c.from, why + ".", true);
    }
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component& c = s.components[i];
        if (!c.datacenter.empty()) {
            const Component* dc = s.find(c.datacenter);
            if (!dc || dc->kind != "datacenter")
                add(c.id, nameOf(static_cast<int>(i)) + " is placed in \"" + c.datacenter + "\", which is not a data center.", true);
        }
    }

    // Cycles: requests would go round for ever.
    const Graph g = toBoost(t);
    std::vector<int> comp(boost::num_vertices(g));
    const int ncomp = boost::strong_components(
        g, boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));
    std::vector<int> sizes(static_cast<std::size_t>(ncomp), 0);
    for (int x : comp)
        ++sizes[static_cast<std::size_t>(x)];
    std::set<int> reported;
    for (int v = 0; v < t.size(); ++v) {
        const int k = comp[static_cast<std::size_t>(v)];
        if (sizes[static_cast<std::size_t>(k)] > 1 && reported.insert(k).second)
            add(s.components[static_cast<std::size_t>(v)].id,
                nameOf(v) + " is part of a loop of connections: a request could travel round it for ever.", true);
    }

    // Reachability from the users.
    const std::vector<char> reached = reachedFrom(g, t.users);
    for (int v = 0; v < t.size(); ++v) {
        const Kind k = t.kind[static_cast<std::size_t>(v)];
        if (k == Kind::Users || k == Kind::Datacenter || k == Kind::Monitoring || k == Kind::Autoscaler)
            continue;
        if (!reached[static_cast<std::size_t>(v)])
            add(s.components[static_cast<std::size_t>(v)].id,
                nameOf(v) + " receives no requests: nothing connects the users to it.", false);
    }

    // Private network: once a design has a load balancer, its web servers belong behind
    // it; one that users (or DNS) reach directly is open to the internet.
    const bool hasBalancer = std::any_of(t.kind.begin(), t.kind.end(), [](Kind k) { return k == Kind::LoadBalancer; });
    for (int v = 0; hasBalancer && v < t.size(); ++v) {
        const auto sv = static_cast<std::size_t>(v);
        if (t.kind[sv] != Kind::WebServer)
            continue;
        for (int w : t.in[sv]) {
            const Kind from = t.kind[static_cast<std::size_t>(w)];
            if (from == Kind::Users || from == Kind::Dns) {
                add(s.components[sv].id,
                    nameOf(v) + " is reachable from the internet: " + nameOf(w) +
                        " connects to it directly. Put web servers in a private network behind the load balancer.",
                    false);
                break;
            }
        }
    }

    // Kind-specific needs.
    for (int v = 0; v < t.size(); ++v) {
        const auto sv = static_cast<std::size_t>(v);
        const std::string& id = s.components[sv].id;
        auto count = [&](Kind want) {
            int n = 0;
            for (int w : t.out[sv])
                n += t.kind[static_cast<std::size_t>(w)] == want ? 1 : 0;
            return n;
        };
        switch (t.kind[sv]) {
        case Kind::LoadBalancer:
            if (count(Kind::WebServer) == 0)
                add(id, nameOf(v) + " has no web servers to send requests to.", true);
            break;
        case Kind::WebServer:
            if (s.components[sv].number("upload_share") > 0 && count(Kind::ObjectStore) == 0)
                add(id,
                    nameOf(v) + " keeps users' files on its own disk: a crash loses them and the other servers "
                                "cannot see them. Connect object storage.",
                    false);
            break;
        case Kind::Dns:
            if (t.out[sv].empty())
                add(id, nameOf(v) + " has no address to answer with: connect it to a load balancer or web server.", true);
            break;
        case Kind::MessageQueue:
            if (count(Kind::WorkerPool) == 0)
                add(id, nameOf(v) + " has no workers: messages would pile up for ever.", true);
            break;
        case Kind::WorkerPool: {
            bool fed = false;
            for (int w : t.in[sv])
                fed = fed || t.kind[static_cast<std::size_t>(w)] == Kind::MessageQueue;
            if (!fed)
                add(id, nameOf(v) + " is not fed by a message queue.", false);
            break;
        }
        case Kind::ShardRouter:
            if (count(Kind::Database) < 2)
                add(id, nameOf(v) + " needs at least two database shards.", count(Kind::Database) == 0);
            break;
        case Kind::Cdn:
            if (t.out[sv].empty())
                add(id, nameOf(v) + " has no origin: misses cannot be fetched.", true);
            break;
        case Kind::Autoscaler:
            if (count(Kind::LoadBalancer) == 0)
                add(id, nameOf(v) + " watches nothing: connect it to a load balancer.", true);
            break;
        case Kind::Database:
            if (s.components[sv].choice("role") == "replica") {
                bool fed = false;
                for (int w : t.in[sv])
                    fed = fed || t.kind[static_cast<std::size_t>(w)] == Kind::Database;
                if (!fed)
                    add(id, nameOf(v) + " is a replica of nothing: connect its primary to it.", false);
            }
            break;
        default:
            break;
        }
    }

    // End-to-end capabilities the workload needs.
    const RequestMix& m = s.workload.mix;
    if (!t.users.empty()) {
        const std::pair<double, Capability> needs[] = {
            {m.read, Capability::Read}, {m.write, Capability::Write}, {m.staticAsset, Capability::Static}};
        for (const auto& [share, cap] : needs)
            if (share > 0 && !t.servesAll(cap, {}))
                add({}, std::string("Some users' ") + capabilityName(cap) + " cannot be served end to end.", true);
        if (m.job > 0) {
            bool queue = false;
            for (int v = 0; v < t.size(); ++v)
                queue = queue || (t.kind[static_cast<std::size_t>(v)] == Kind::MessageQueue && reached[static_cast<std::size_t>(v)]);
            if (!queue)
                add({}, "The workload has background jobs but no message queue: web servers finish them inline.", false);
        }
    }
    return issues;
}

} // namespace scalelab::core
