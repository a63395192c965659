// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios shared by the run, chart and export tests.
#pragma once

#include "io/ScenarioJson.h"

#include <QtGlobal>

namespace scalelab::testing {

/// Example 02 (users -> web -> db, 300 req/s) with a read replica behind the primary
/// and the primary lost at 10 s: failure detected after 10 s, replica promoted 5 s later.
inline core::Scenario primaryReplicaScenario(double durationS = 40)
{
    auto r = core::loadScenarioFile(std::string(SCALELAB_SOURCE_DIR) +
                                    "/examples/02-web-and-database.json");
    if (!r.scenario)
        qFatal("cannot load example 02");
    core::Scenario sc = *r.scenario;
    core::Component replica = *sc.find("db");
    replica.id = "db-replica";
    replica.name = "Read replica";
    replica.params["role"] = std::string("replica");
    replica.position = {520, 160};
    sc.components.push_back(replica);
    sc.connections.push_back({"db", "db-replica", 0});
    core::TimelineEvent loss;
    loss.atS = 10;
    loss.type = "master_loss";
    loss.target = "db";
    sc.timeline.push_back(loss);
    sc.run.durationS = durationS;
    sc.name = "Primary and replica, primary lost";
    return sc;
}

} // namespace scalelab::testing
