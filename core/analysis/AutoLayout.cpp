// SPDX-License-Identifier: GPL-3.0-or-later
// Left-to-right layered layout: columns by breadth-first distance from the users
// (Boost BFS), rows ordered by the barycentre of each component's predecessors.
#include "analysis/GraphAnalysis.h"
#include "analysis/TopologyGraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <climits>
#include <numeric>

namespace scalelab::core {

namespace {
constexpr double kLeft = 80, kTop = 80, kColumn = 220, kRow = 130;
}

std::map<std::string, Point> autoLayout(const Scenario& s)
{
    const TopologyGraph t(s);
    const int n = t.size();
    std::map<std::string, Point> result;
    if (n == 0)
        return result;

    // Vertex n is a virtual root feeding every users component.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Graph g(static_cast<std::size_t>(n + 1));
    for (int v = 0; v < n; ++v)
        for (int w : t.out[static_cast<std::size_t>(v)])
            boost::add_edge(static_cast<std::size_t>(v), static_cast<std::size_t>(w), g);
    for (int u : t.users)
        boost::add_edge(static_cast<std::size_t>(n), static_cast<std::size_t>(u), g);
    std::vector<int> dist(static_cast<std::size_t>(n + 1), INT_MAX);
    dist[static_cast<std::size_t>(n)] = 0;
    boost::breadth_first_search(
        g, static_cast<std::size_t>(n),
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, g)), boost::on_tree_edge()))));

    std::vector<int> column(static_cast<std::size_t>(n), 0);
    int maxColumn = 0;
    for (int v = 0; v < n; ++v) {
        const auto sv = static_cast<std::size_t>(v);
        if (dist[sv] != INT_MAX)
            column[sv] = dist[sv] - 1;
        maxColumn = std::max(maxColumn, column[sv]);
    }
    // Unreached components sit after their predecessors when they have any.
    for (int pass = 0; pass < n; ++pass)
        for (int v = 0; v < n; ++v)
            if (dist[static_cast<std::size_t>(v)] == INT_MAX)
                for (int p : t.in[static_cast<std::size_t>(v)])
                    column[static_cast<std::size_t>(v)] = std::max(column[static_cast<std::size_t>(v)], column[static_cast<std::size_t>(p)] + 1);

    std::vector<double> y(static_cast<std::size_t>(n), 0);
    std::vector<std::vector<int>> columns;
    for (int v = 0; v < n; ++v) {
        const Kind k = t.kind[static_cast<std::size_t>(v)];
        if (k == Kind::Datacenter || k == Kind::Monitoring || k == Kind::Autoscaler)
            continue;
        const auto c = static_cast<std::size_t>(column[static_cast<std::size_t>(v)]);
        if (columns.size() <= c)
            columns.resize(c + 1);
        columns[c].push_back(v);
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        auto& col = columns[c];
        std::vector<double> key(static_cast<std::size_t>(n), 0);
        for (int v : col) {
            double sum = 0;
            int cnt = 0;
            for (int p : t.in[static_cast<std::size_t>(v)])
                if (column[static_cast<std::size_t>(p)] < static_cast<int>(c)) {
                    sum += y[static_cast<std::size_t>(p)];
                    ++cnt;
                }
            // Keep data-center members together, then follow their predecessors.
            key[static_cast<std::size_t>(v)] = (cnt ? sum / cnt : v * kRow) + t.dc[static_cast<std::size_t>(v)] * 1e-3;
        }
        std::stable_sort(col.begin(), col.end(), [&](int a, int b) {
            const int da = t.dc[static_cast<std::size_t>(a)], db = t.dc[static_cast<std::size_t>(b)];
            if (da != db)
                return da < db;
            return key[static_cast<std::size_t>(a)] < key[static_cast<std::size_t>(b)];
        });
        for (std::size_t i = 0; i < col.size(); ++i)
            y[static_cast<std::size_t>(col[i])] = kTop + static_cast<double>(i) * kRow;
    }
    double bottom = kTop;
    for (int v = 0; v < n; ++v) {
        const auto sv = static_cast<std::size_t>(v);
        const Kind k = t.kind[sv];
        if (k == Kind::Datacenter || k == Kind::Monitoring || k == Kind::Autoscaler)
            continue;
        result[s.components[sv].id] = {kLeft + column[sv] * kColumn, y[sv]};
        bottom = std::max(bottom, y[sv]);
    }
    // Control components in a row under the request path, next to what they watch.
    double nextX = kLeft;
    for (int v = 0; v < n; ++v) {
        const auto sv = static_cast<std::size_t>(v);
        if (t.kind[sv] != Kind::Monitoring && t.kind[sv] != Kind::Autoscaler)
            continue;
        double x = nextX;
        if (!t.out[sv].empty())
            x = std::max(nextX, result[s.components[static_cast<std::size_t>(t.out[sv].front())].id].x);
        result[s.components[sv].id] = {x, bottom + kRow};
        nextX = x + kColumn;
    }
    // A data center sits at the top-left corner of its members.
    for (int v = 0; v < n; ++v) {
        const auto sv = static_cast<std::size_t>(v);
        if (t.kind[sv] != Kind::Datacenter)
            continue;
        Point corner{1e18, 1e18};
        bool any = false;
        for (int m = 0; m < n; ++m)
            if (t.dc[static_cast<std::size_t>(m)] == v && result.count(s.components[static_cast<std::size_t>(m)].id)) {
                const Point p = result[s.components[static_cast<std::size_t>(m)].id];
                corner = {std::min(corner.x, p.x), std::min(corner.y, p.y)};
                any = true;
            }
        result[s.components[sv].id] = any ? Point{corner.x - 40, corner.y - 50} : Point{kLeft, bottom + 2 * kRow};
    }
    (void)maxColumn;
    return result;
}

} // namespace scalelab::core
