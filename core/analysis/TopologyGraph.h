// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/GraphAnalysis.h"

#include <vector>

namespace scalelab::core {

/// An index view of a scenario's routing graph (vertex i = component i), with the
/// rules of which request types each kind can carry on or finish. Built on demand by
/// the analyses; not part of the model.
class TopologyGraph
{
public:
    explicit TopologyGraph(const Scenario& s);
    int size() const { return static_cast<int>(kind.size()); }

    /// Whether users component `u` gets capability `c` served end to end when the
    /// components flagged in `removed` are lost (their replicas and peers still alive).
    bool serves(int u, Capability c, const std::vector<char>& removed) const;
    /// serves() for every users component.
    bool servesAll(Capability c, std::vector<char> removed) const;

    const Scenario& scenario;
    std::vector<Kind> kind;
    std::vector<std::vector<int>> out, in;
    std::vector<int> dc;     ///< data center component index, -1 when none
    std::vector<int> region; ///< region index (users, CDN, data centers; members inherit)
    std::vector<int> users;  ///< users component indices

private:
    bool node(int v, Capability c, int fromRegion, const std::vector<char>& removed, std::vector<char>& visiting) const;
    bool alive(int v, const std::vector<char>& removed) const;
};

} // namespace scalelab::core
