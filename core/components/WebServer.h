// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"
#include "components/HashRing.h"


namespace scalelab::core {

/// Web/application server. After its own work a request may visit the session store
/// (stateless mode), then the cache and/or the database (reads and writes), or the
/// message queue (jobs). In stateful mode sessions live in this server's memory, and
/// a crash logs out every user whose session was here. A share `upload_share` of writes
/// carries a user's file: stored in object storage when one is connected (one more
/// side trip), otherwise on this server's disk, where a crash loses it.
class WebServerRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    /// Joins the station, after prefetching a write's slot of the write log for
    /// continueRequest(), one service time later.
    void accept(ReqId r) override;
    void served(ReqId r) override;
    void resume(ReqId r) override;
    void setDown(bool down, const std::string& reason) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    /// Sessions this server holds (stateful mode).
    std::size_t sessions() const { return m_sessionCount; }
    /// A session made here moved to another server (the user logged in there).
    void sessionMovedAway() { if (m_sessionCount > 0) --m_sessionCount; }
    std::uint32_t sessionEpoch() const { return m_sessionEpoch; }
    /// The answer to a read that missed cache `missedAt` came back: store the key there
    /// (and on its other owners when the cluster keeps copies).
    void filled(std::uint64_t key, int missedAt);
    /// Caches this server uses, in connection order (several = a cluster, keys spread
    /// over them by consistent hashing).
    const std::vector<int>& caches() const { return m_caches; }
    /// Planned removal (remove_server): the server has already left its load balancers'
    /// rotation; it finishes the requests it holds (connection draining) and goes away
    /// after `drainTimeout`, failing what it still holds then (reported as drain_timeout).
    void beginRemoval(SimTime drainTimeout);
    bool draining() const { return m_draining; }
    void onTimer(std::uint32_t kind, std::uint64_t arg) override;

protected:
    /// Sends the request to its data tier (cache, database, shard router) or completes it.
    void continueRequest(ReqId r);
    /// Stateful mode: true when the request's user has a session here; otherwise starts
    /// a login (the request passes through the station once more) and returns false.
    bool haveSession(ReqId r);
    /// The cache that owns `key` and is up (-1 = none: the read goes to the data tier).
    int cacheFor(std::uint64_t key) const;
    /// The live caches holding `key` (1 to cache_copies of them) into `out` (room for 3);
    /// returns how many (0 = no cache is up: go to the data tier).
    int cachesFor(std::uint64_t key, int* out) const;
    /// The server has become empty since its removal began: record it once.
    void reportDrained();
    /// The drain timeout has passed: the server goes down, failing what it still holds.
    void finishRemoval();
    enum : std::uint32_t { kDrainTimeout = kTimerBase };
    std::vector<int> m_caches;
    HashRing m_cacheRing;
    int m_cacheCopies = 1;
    int m_cache = -1, m_data = -1, m_sessionStore = -1, m_queue = -1;
    bool m_stateful = false;
    bool m_draining = false;
    bool m_drainReported = false;
    std::uint64_t m_drainId = 0;    ///< which removal the pending drain timer belongs to
    std::uint64_t m_drainServed = 0; ///< requests finished since the removal began
    SimTime m_drainStart = 0;
    std::size_t m_sessionCount = 0;
    int m_objectStore = -1;
    double m_uploadShare = 0.0;
    std::uint64_t m_localFiles = 0; ///< users' files on this server's own disk (no object storage)
    std::uint32_t m_sessionEpoch = 0; ///< bumps on a crash: every session made before is gone
};

} // namespace scalelab::core
