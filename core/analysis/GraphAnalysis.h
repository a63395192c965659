// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <map>
#include <string>
#include <vector>

namespace scalelab::core {

/// The three kinds of request the topology must carry end to end.
enum class Capability { Read, Write, Static };

struct TopologyIssue
{
    std::string componentId; ///< the component the issue is about (empty = whole scenario)
    std::string message;     ///< one sentence, in the words a student would use
    bool error = false;      ///< true: the scenario cannot run meaningfully; false: a warning
};

/// Components unreachable from users, requests that cannot reach a data store, dangling or
/// type-incompatible connections, cycles where they make no sense.
std::vector<TopologyIssue> validateTopology(const Scenario& s);

/// Components whose loss cuts users off from a capability (dominators/articulation on the
/// routing graph; a component counts as lost with its replicas/peers still alive).
/// Returns component ids in scenario order. Empty when the capability is not served at all.
std::vector<std::string> singlePointsOfFailure(const Scenario& s, Capability c);

/// True when requests of type t from users can be served end to end (reads reach a data store, etc.).
bool canServe(const Scenario& s, Capability c);

/// Whether a directed path of connections leads from `fromId` to `toId`.
bool reaches(const Scenario& s, const std::string& fromId, const std::string& toId);

struct StationEstimate
{
    std::string id;
    double arrivalRps = 0;   ///< offered arrival rate at this station (req/s)
    double utilization = 0;  ///< arrivalRps / capacityRps (may exceed 1 when overloaded)
    double capacityRps = 0;  ///< workers / mean service time (req/s)
};

struct CapacityEstimate
{
    std::vector<StationEstimate> stations; ///< one per queueing station, scenario order
    std::string bottleneckId;              ///< station with the highest utilization
    double maxThroughputRps = 0;           ///< user rate at which the bottleneck saturates
    double offeredRps = 0;                 ///< user request rate of the workload (base, no curve)
};

/// Analytic flow through each station from routing probabilities (mix, cache hit ratio by
/// Che's approximation, replica split), utilization, bottleneck and the largest load carried.
CapacityEstimate estimateCapacity(const Scenario& s);

/// Automatic layout positions for the canvas (a Boost.Graph layout algorithm), by component id.
/// Flows left to right from users to data stores; data center members stay grouped.
std::map<std::string, Point> autoLayout(const Scenario& s);

/// Che's approximation of an LRU cache's hit ratio under independent Zipf(s) requests
/// over `keyCount` keys with room for `capacity` items.
double cheHitRatio(std::uint64_t keyCount, double zipfExponent, double capacity);
/// The same when writes to the same keys (`writesPerRead` of them per read, same
/// popularity) invalidate cached items, as cache-aside does.
double cheHitRatioWithInvalidation(std::uint64_t keyCount, double zipfExponent, double capacity, double writesPerRead);

/// A cache cluster: keys spread over `members` (simulation indices, as a web server's
/// consistent-hash ring uses them) with room for `capacities[i]` items each; members
/// with `up[i]` false are skipped (their keys live on the next member of the ring).
/// Che's approximation per partition.
struct CacheClusterEstimate
{
    std::vector<double> lookupShare; ///< fraction of reads each member receives
    std::vector<double> hitRatio;    ///< each member's hit ratio on its own reads
    double overallHitRatio = 0;      ///< sum of share x hit ratio
};
CacheClusterEstimate estimateCacheCluster(std::uint64_t keyCount, double zipfExponent, const std::vector<int>& members,
                                          const std::vector<double>& capacities, const std::vector<bool>& up = {},
                                          double writesPerRead = 0);

} // namespace scalelab::core
