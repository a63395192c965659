// SPDX-License-Identifier: GPL-3.0-or-later
#include "SoakTimeline.h"

#include <fstream>
#include <malloc.h>

namespace scalelab::soak {

namespace {
std::vector<std::string> idsWhere(const core::Scenario& s, const std::string& kind, const std::string& role = {})
{
    std::vector<std::string> ids;
    for (const auto& c : s.components)
        if (c.kind == kind && (role.empty() || c.choice("role") == role))
            ids.push_back(c.id);
    return ids;
}
} // namespace

int addRotatingFailures(core::Scenario& s, double startS, double endS, double everyS)
{
    const auto webs = idsWhere(s, "web_server");
    const auto primaries = idsWhere(s, "database", "primary");
    const auto replicas = idsWhere(s, "database", "replica");
    const auto caches = idsWhere(s, "cache");
    int added = 0;
    int turn = 0;
    for (double t = startS; t < endS; t += everyS, ++turn) {
        core::TimelineEvent e;
        e.atS = t;
        const int k = turn / 5; // which target of the kind, advancing each round
        switch (turn % 5) {
        case 0:
            if (webs.empty())
                continue;
            e.type = "crash";
            e.target = webs[static_cast<std::size_t>(k) % webs.size()];
            e.durationS = 60;
            break;
        case 1:
            if (primaries.empty())
                continue;
            e.type = "master_loss";
            e.target = primaries[static_cast<std::size_t>(k) % primaries.size()];
            e.durationS = 120;
            break;
        case 2:
            if (caches.empty())
                continue;
            e.type = "cache_flush";
            e.target = caches[static_cast<std::size_t>(k) % caches.size()];
            break;
        case 3:
            e.type = "spike";
            e.factor = 2.0;
            e.durationS = 60;
            break;
        default:
            if (replicas.empty())
                continue;
            e.type = "replica_loss";
            e.target = replicas[static_cast<std::size_t>(k) % replicas.size()];
            e.durationS = 120;
            break;
        }
        e.label = "soak " + e.type;
        s.timeline.push_back(e);
        ++added;
    }
    return added;
}

RssMiB readRss()
{
    RssMiB r;
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            r.current = std::stod(line.substr(6)) / 1024.0;
        else if (line.rfind("VmHWM:", 0) == 0)
            r.peak = std::stod(line.substr(6)) / 1024.0;
    }
    const struct mallinfo2 mi = mallinfo2();
    r.heapInUse = double(mi.uordblks + mi.hblkhd) / (1024.0 * 1024.0);
    return r;
}

} // namespace scalelab::soak
