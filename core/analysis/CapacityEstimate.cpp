// SPDX-License-Identifier: GPL-3.0-or-later
// Analytic flow of the workload through the stations (an open Jackson-style network).
#include "analysis/GraphAnalysis.h"
#include "analysis/TopologyGraph.h"

#include "components/HashRing.h"
#include "components/Request.h"
#include "sim/Random.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace scalelab::core {

namespace {

/// sum_{k=a}^{b} k^-s, exact up to a few thousand terms, then by the midpoint integral.
double zipfMass(double a, double b, double s)
{
    if (b < a)
        return 0;
    double sum = 0;
    double k = a;
    for (; k <= b && k < a + 4096; k += 1)
        sum += std::pow(k, -s);
    if (k > b)
        return sum;
    const double lo = k - 0.5, hi = b + 0.5;
    sum += std::abs(s - 1.0) < 1e-9 ? std::log(hi / lo) : (std::pow(hi, 1 - s) - std::pow(lo, 1 - s)) / (1 - s);
    return sum;
}

/// Key popularity as groups of keys with (nearly) equal probability: each key alone
/// up to a few thousand, then geometric buckets 2% wide.
struct Popularity
{
    std::vector<double> p;     ///< probability of one key of the group
    std::vector<double> count; ///< keys in the group
    Popularity(std::uint64_t n, double s)
    {
        const double total = zipfMass(1, static_cast<double>(n), s);
        double k = 1;
        const double nn = static_cast<double>(n);
        for (; k <= nn && k <= 20000; k += 1) {
            p.push_back(std::pow(k, -s) / total);
            count.push_back(1);
        }
        while (k <= nn) {
            const double hi = std::min(nn, std::floor(k * 1.02) + 1);
            const double c = hi - k + 1;
            p.push_back(zipfMass(k, hi, s) / c / total);
            count.push_back(c);
            k = hi + 1;
        }
    }
};

} // namespace

double cheHitRatio(std::uint64_t keyCount, double zipfExponent, double capacity)
{
    return cheHitRatioWithInvalidation(keyCount, zipfExponent, capacity, 0.0);
}

namespace {
/// Che's approximation on a set of key groups (`p`: probability of one key of the group
/// among all requests, `count`: keys in the group), for a cache with room for `capacity`
/// items and writes at `f - 1` per read invalidating keys. Returns the probability that a
/// request is for one of these keys and hits (not conditioned on the set).
double cheHitMass(const std::vector<double>& p, const std::vector<double>& count, double capacity, double f)
{
    double keys = 0, mass = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        keys += count[i];
        mass += count[i] * p[i];
    }
    if (keys <= 0 || capacity <= 0)
        return 0.0;
    if (capacity >= keys && f <= 1.0)
        return mass;
    auto occupancy = [&](double T) {
        double sum = 0;
        for (std::size_t i = 0; i < p.size(); ++i)
            sum += count[i] * -std::expm1(-p[i] * f * T) / f;
        return sum;
    };
    // Characteristic time T_C: the expected number of keys held (read within T_C and not
    // invalidated by a write since) equals C. A key is held with probability
    // r/(r+w) (1 - exp(-(r+w) T_C)) for read rate r and write rate w.
    double lo = 0, hi = 1;
    const double held = std::min(capacity, keys / f * (1 - 1e-12));
    while (occupancy(hi) < held && hi < 1e300)
        hi *= 2;
    for (int it = 0; it < 100; ++it) {
        const double mid = 0.5 * (lo + hi);
        (occupancy(mid) < held ? lo : hi) = mid;
    }
    const double T = 0.5 * (lo + hi);
    double hit = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        hit += count[i] * p[i] * -std::expm1(-p[i] * f * T) / f;
    return hit;
}
} // namespace

double cheHitRatioWithInvalidation(std::uint64_t keyCount, double zipfExponent, double capacity, double writesPerRead)
{
    if (keyCount == 0)
        return 0.0;
    if (capacity >= static_cast<double>(keyCount) && writesPerRead <= 0)
        return 1.0;
    if (capacity <= 0)
        return 0.0;
    const Popularity pop(keyCount, zipfExponent);
    return cheHitMass(pop.p, pop.count, capacity, 1.0 + std::max(0.0, writesPerRead));
}

CacheClusterEstimate estimateCacheCluster(std::uint64_t keyCount, double zipfExponent, const std::vector<int>& members,
                                          const std::vector<double>& capacities, const std::vector<bool>& up,
                                          double writesPerRead)
{
    CacheClusterEstimate est;
    const std::size_t n = members.size();
    est.lookupShare.assign(n, 0.0);
    est.hitRatio.assign(n, 0.0);
    std::vector<int> live;
    for (std::size_t i = 0; i < n; ++i)
        if (i >= up.size() || up[i])
            live.push_back(members[i]);
    if (keyCount == 0 || live.empty())
        return est;
    // Keys go to the first live member clockwise: the ring of the live members alone.
    HashRing ring;
    ring.assign(live);
    auto slot = [&](int member) {
        return static_cast<std::size_t>(std::find(members.begin(), members.end(), member) - members.begin());
    };
    const Popularity pop(keyCount, zipfExponent);
    std::vector<std::vector<double>> p(n), count(n);
    const auto arcs = ring.arcShares();
    for (std::size_t g = 0; g < pop.p.size(); ++g) {
        if (pop.count[g] == 1) {
            // Groups of one key come first, in rank order: rank g + 1 is key g.
            const std::size_t m = slot(ring.lookup(static_cast<std::uint64_t>(g)));
            p[m].push_back(pop.p[g]);
            count[m].push_back(1);
        } else {
            for (const auto& [member, share] : arcs) { // a bucket of many keys: spread by arc
                const std::size_t m = slot(member);
                p[m].push_back(pop.p[g]);
                count[m].push_back(pop.count[g] * share);
            }
        }
    }
    const double f = 1.0 + std::max(0.0, writesPerRead);
    for (std::size_t m = 0; m < n; ++m) {
        double share = 0;
        for (std::size_t i = 0; i < p[m].size(); ++i)
            share += p[m][i] * count[m][i];
        est.lookupShare[m] = share;
        const double hit = cheHitMass(p[m], count[m], m < capacities.size() ? capacities[m] : 0.0, f);
        est.hitRatio[m] = share > 0 ? hit / share : 0.0;
        est.overallHitRatio += hit;
    }
    return est;
}

CapacityEstimate estimateCapacity(const Scenario& s)
{
    const TopologyGraph t(s);
    const Workload& w = s.workload;
    CapacityEstimate est;
    est.offeredRps = w.mode == Workload::Mode::Open ? w.rateRps : w.users / std::max(1e-9, w.thinkTimeS);

    const std::size_t n = static_cast<std::size_t>(t.size());
    std::vector<double> arrival(n, 0), work(n, 0);
    auto serviceS = [&](int v, RequestType type) {
        const Component& c = s.components[static_cast<std::size_t>(v)];
        double ms = c.number("service_ms");
        if (t.kind[static_cast<std::size_t>(v)] == Kind::Database) {
            if (type == RequestType::Write)
                ms = c.number("write_service_ms");
            if (c.choice("engine") == "nosql")
                ms *= 0.5;
        }
        return ms * 1e-3;
    };
    auto isStation = [&](int v) {
        const KindSpec* k = findKind(s.components[static_cast<std::size_t>(v)].kind);
        return k && k->isStation;
    };
    auto firstOut = [&](int v, auto pred) {
        for (int x : t.out[static_cast<std::size_t>(v)])
            if (pred(t.kind[static_cast<std::size_t>(x)]))
                return x;
        return -1;
    };
    // Shard fractions by key, matching the shard router's functions.
    auto shardShares = [&](int router, std::size_t shards) {
        std::vector<double> share(shards, 0);
        const std::uint64_t keys = std::max<std::uint64_t>(1, w.keyCount);
        const bool range = s.components[static_cast<std::size_t>(router)].choice("scheme") == "range";
        const double total = zipfMass(1, static_cast<double>(keys), w.zipfExponent);
        const std::uint64_t exact = std::min<std::uint64_t>(keys, 200000);
        double covered = 0;
        for (std::uint64_t key = 0; key < exact; ++key) {
            const double p = std::pow(static_cast<double>(key + 1), -w.zipfExponent) / total;
            const std::size_t sh = range ? std::min<std::size_t>(shards - 1, key * shards / keys)
                                         : mix64(key ^ 0xA0761D6478BD642FULL) % shards;
            share[sh] += p;
            covered += p;
        }
        if (exact < keys) {
            const double rest = 1 - covered;
            if (!range)
                for (double& x : share)
                    x += rest / static_cast<double>(shards);
            else
                for (std::size_t sh = 0; sh < shards; ++sh) {
                    const double a = std::max<double>(static_cast<double>(exact), static_cast<double>(sh * keys / shards));
                    const double b = static_cast<double>((sh + 1) * keys / shards) - 1;
                    share[sh] += zipfMass(a + 1, b + 1, w.zipfExponent) / total;
                }
        }
        return share;
    };

    std::function<void(int, RequestType, double, int, int)> flow = [&](int v, RequestType type, double rate, int userRegion, int depth) {
        if (v < 0 || rate <= 0 || depth > 40)
            return;
        const auto sv = static_cast<std::size_t>(v);
        const Component& c = s.components[sv];
        if (isStation(v)) {
            arrival[sv] += rate;
            work[sv] += rate * serviceS(v, type);
        }
        const auto& outs = t.out[sv];
        switch (t.kind[sv]) {
        case Kind::Dns: {
            int pick = -1;
            if (c.number("geo") != 0)
                for (int x : outs)
                    if (t.region[static_cast<std::size_t>(x)] == userRegion) {
                        pick = x;
                        break;
                    }
            flow(pick >= 0 ? pick : (outs.empty() ? -1 : outs.front()), type, rate, userRegion, depth + 1);
            break;
        }
        case Kind::ApiGateway: {
            const double limit = c.number("rate_limit_rps");
            flow(outs.empty() ? -1 : outs.front(), type, limit > 0 ? std::min(rate, limit) : rate, userRegion, depth + 1);
            break;
        }
        case Kind::LoadBalancer: {
            std::vector<int> webs;
            for (int x : outs)
                if (t.kind[static_cast<std::size_t>(x)] == Kind::WebServer)
                    webs.push_back(x);
            for (int x : webs)
                flow(x, type, rate / static_cast<double>(webs.size()), userRegion, depth + 1);
            break;
        }
        case Kind::Cdn: {
            const double h = cheHitRatio(w.staticKeyCount, w.zipfExponent, c.number("capacity_items"));
            flow(outs.empty() ? -1 : outs.front(), type, rate * (1 - h), userRegion, depth + 1);
            break;
        }
        case Kind::WebServer: {
            if (type == RequestType::Static)
                break;
            const int store = firstOut(v, [](Kind k) { return k == Kind::SessionStore; });
            if (store >= 0 && c.choice("session_mode") != "stateful")
                flow(store, type, rate, userRegion, depth + 1);
            const int cache = firstOut(v, [](Kind k) { return k == Kind::Cache; });
            const int data = firstOut(v, [](Kind k) { return k == Kind::Database || k == Kind::ShardRouter; });
            if (type == RequestType::Job) {
                const int q = firstOut(v, [](Kind k) { return k == Kind::MessageQueue; });
                if (q < 0) // no queue: the server does the job's work in the request
                    work[static_cast<std::size_t>(v)] += rate * c.number("job_ms") * 1e-3;
                flow(q, type, rate, userRegion, depth + 1);
                break;
            }
            if (type == RequestType::Read && cache >= 0) {
                const Component& cc = s.components[static_cast<std::size_t>(cache)];
                const bool invalidating = cc.choice("strategy") != "write_through";
                const double wpr = invalidating && w.mix.read > 0 ? w.mix.write / w.mix.read : 0.0;
                std::vector<int> cluster;
                for (int x : t.out[static_cast<std::size_t>(v)])
                    if (t.kind[static_cast<std::size_t>(x)] == Kind::Cache)
                        cluster.push_back(x);
                double h = 0;
                if (cluster.size() > 1) {
                    // Several caches: keys partitioned by the server's consistent-hash ring.
                    std::vector<double> capacities;
                    for (int x : cluster)
                        capacities.push_back(s.components[static_cast<std::size_t>(x)].number("capacity_items"));
                    const CacheClusterEstimate ce =
                        estimateCacheCluster(w.keyCount, w.zipfExponent, cluster, capacities, {}, wpr);
                    for (std::size_t i = 0; i < cluster.size(); ++i) {
                        const auto x = static_cast<std::size_t>(cluster[i]);
                        arrival[x] += rate * ce.lookupShare[i];
                        work[x] += rate * ce.lookupShare[i] * serviceS(cluster[i], type);
                    }
                    h = ce.overallHitRatio;
                } else {
                    h = cheHitRatioWithInvalidation(w.keyCount, w.zipfExponent, cc.number("capacity_items"), wpr);
                    arrival[static_cast<std::size_t>(cache)] += rate;
                    work[static_cast<std::size_t>(cache)] += rate * serviceS(cache, type);
                }
                const bool aside = cc.choice("strategy") == "cache_aside";
                const int next = aside || t.out[static_cast<std::size_t>(cache)].empty() ? data : t.out[static_cast<std::size_t>(cache)].front();
                flow(next, type, rate * (1 - h), userRegion, depth + 1);
                break;
            }
            if (type == RequestType::Write && cache >= 0 && s.components[static_cast<std::size_t>(cache)].choice("strategy") == "write_through") {
                flow(cache, type, rate, userRegion, depth + 1);
                break;
            }
            flow(data, type, rate, userRegion, depth + 1);
            break;
        }
        case Kind::Cache:
            flow(outs.empty() ? -1 : outs.front(), type, rate, userRegion, depth + 1);
            break;
        case Kind::ShardRouter: {
            std::vector<int> shards;
            for (int x : outs)
                if (t.kind[static_cast<std::size_t>(x)] == Kind::Database)
                    shards.push_back(x);
            if (shards.empty())
                break;
            const std::vector<double> share = shardShares(v, shards.size());
            for (std::size_t i = 0; i < shards.size(); ++i)
                flow(shards[i], type, rate * share[i], userRegion, depth + 1);
            break;
        }
        case Kind::Database: {
            // Only the head of a cluster routes: reads go round robin to its replicas.
            if (c.choice("role") != "primary" || type == RequestType::Write || type == RequestType::Job)
                break;
            std::vector<int> reps;
            for (int x : outs)
                if (t.kind[static_cast<std::size_t>(x)] == Kind::Database)
                    reps.push_back(x);
            if (reps.empty())
                break;
            // Undo the primary's share: the reads are served by the replicas instead.
            arrival[sv] -= rate;
            work[sv] -= rate * serviceS(v, type);
            for (int x : reps)
                flow(x, type, rate / static_cast<double>(reps.size()), userRegion, depth + 1);
            break;
        }
        case Kind::MessageQueue: {
            const int pool = firstOut(v, [](Kind k) { return k == Kind::WorkerPool; });
            if (pool < 0)
                break;
            const Component& wp = s.components[static_cast<std::size_t>(pool)];
            const double f = wp.number("failure_rate");
            const double attempts = f < 1 ? (1 - std::pow(f, wp.number("max_retries") + 1)) / (1 - f) : wp.number("max_retries") + 1;
            arrival[static_cast<std::size_t>(pool)] += rate * attempts;
            work[static_cast<std::size_t>(pool)] += rate * attempts * serviceS(pool, type);
            const int data = firstOut(pool, [](Kind k) { return k == Kind::Database || k == Kind::ShardRouter || k == Kind::Cache; });
            flow(data, RequestType::Write, rate * (1 - std::pow(f, wp.number("max_retries") + 1)), userRegion, depth + 1);
            break;
        }
        default:
            break;
        }
    };

    double shareTotal = 0;
    for (int u : t.users)
        shareTotal += s.components[static_cast<std::size_t>(u)].number("share");
    const RequestMix& m = w.mix;
    const double mixTotal = m.staticAsset + m.read + m.write + m.job;
    const std::pair<RequestType, double> types[] = {{RequestType::Static, m.staticAsset},
                                                    {RequestType::Read, m.read},
                                                    {RequestType::Write, m.write},
                                                    {RequestType::Job, m.job}};
    for (int u : t.users) {
        const auto su = static_cast<std::size_t>(u);
        const double rate = shareTotal > 0 ? est.offeredRps * s.components[su].number("share") / shareTotal : 0;
        int cdn = -1, entry = -1;
        for (int x : t.out[su]) {
            if (t.kind[static_cast<std::size_t>(x)] == Kind::Cdn) {
                if (cdn < 0 || t.region[static_cast<std::size_t>(x)] == t.region[su])
                    cdn = x;
            } else if (entry < 0) {
                entry = x;
            }
        }
        for (const auto& [type, share] : types)
            if (share > 0 && mixTotal > 0)
                flow(type == RequestType::Static && cdn >= 0 ? cdn : entry, type, rate * share / mixTotal, t.region[su], 0);
    }

    double worst = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (!isStation(static_cast<int>(v)))
            continue;
        const Component& c = s.components[v];
        StationEstimate st;
        st.id = c.id;
        st.arrivalRps = std::max(0.0, arrival[v]);
        const double workers = std::max(1.0, c.number("workers"));
        st.utilization = std::max(0.0, work[v]) / workers;
        const double meanS = st.arrivalRps > 0 ? work[v] / st.arrivalRps : serviceS(static_cast<int>(v), RequestType::Read);
        st.capacityRps = meanS > 0 ? workers / meanS : 0;
        if (st.utilization > worst) {
            worst = st.utilization;
            est.bottleneckId = c.id;
        }
        est.stations.push_back(st);
    }
    est.maxThroughputRps = worst > 0 ? est.offeredRps / worst : 0;
    return est;
}

} // namespace scalelab::core
