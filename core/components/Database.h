// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <deque>
#include <vector>

namespace scalelab::core {

/// A database node. The component configured as primary is the head of its cluster:
/// the primary plus the replicas it connects to. Writes go to the current primary,
/// reads to a healthy replica (round robin) or the primary. Replication is asynchronous
/// with a fixed lag: a read of a key written less than `replication_lag_ms` ago on a
/// replica is stale, and when the primary dies the writes of that last lag are lost.
/// Failover: after `failover_detection_s` the loss is noticed, after `promotion_s` more
/// the first healthy replica becomes primary. Writes fail in between.
class DatabaseRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    /// Joins the station, after prefetching a write's slot of the head's last-write table
    /// for served(), one service time later.
    void accept(ReqId r) override;
    int resolve(ReqId r) override;
    void served(ReqId r) override;
    void setDown(bool down, const std::string& reason) override;
    void onTimer(std::uint32_t kind, std::uint64_t arg) override;
    void serversChanged() override;
    void fillSample(ComponentSample& s) const override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;

    bool isHead() const { return m_head == m_index; }
    int headIndex() const { return m_head; }
    int currentPrimary() const { return m_current; }
    bool failoverInProgress() const { return m_failoverGen != 0; }
    /// Adds a replica to this head's set (add_replica, replacement): it copies the data
    /// first and serves from replica_ready on. Returns its runtime index.
    int addReplica(int templ, const std::string& id);

private:
    enum : std::uint32_t { kDetected = kTimerBase, kPromoted, kReplace, kReplicaReady };
    /// Head only: a new replica `idx` copies the data (data_gb at copy_mb_s) before it
    /// serves; returns the copy time.
    double startCopy(int idx);
    void replaceMember(int node);
    DatabaseRuntime& head();
    SimTime lagNs(int replica) const;
    void recordWrite(std::uint64_t key);
    bool isStale(std::uint64_t key, int replica);

    SimTime m_ownLagNs = 0;        ///< this node's configured replication lag
    int m_head = -1;
    int m_current = -1;            ///< head only: the node taking writes now
    std::vector<int> m_replicas;   ///< head only
    std::size_t m_rr = 0;
    std::uint64_t m_failoverGen = 0; ///< head only: non-zero while a failover runs
    std::uint64_t m_failoverSeq = 0;
    SimTime m_failoverStart = 0;
    std::deque<SimTime> m_recentWrites; ///< head only: commit times within the lag window
    struct KeyWrite { std::uint64_t key = ~std::uint64_t{0}; SimTime at = 0; };
    /// Head only: direct-mapped table for stale-read checks, indexed by the key's low bits
    /// (keys are ranks, so the popular ones share a few cache lines).
    std::vector<KeyWrite> m_lastWrite;
};

} // namespace scalelab::core
