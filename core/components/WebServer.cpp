// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/WebServer.h"

#include "components/Cache.h"
#include "components/MessageQueue.h"
#include "sim/SimulationImpl.h"

#include <algorithm>

namespace scalelab::core {

void WebServerRuntime::wire()
{
    m_cache = m_data = m_sessionStore = m_queue = m_objectStore = -1;
    m_caches.clear();
    for (int t : m_sim.targets(m_index)) {
        const Kind k = m_sim.comp(t).kindId();
        if (k == Kind::Cache) {
            m_caches.push_back(t);
            if (m_cache < 0)
                m_cache = t;
        }
        else if ((k == Kind::Database || k == Kind::ShardRouter) && m_data < 0)
            m_data = t;
        else if (k == Kind::SessionStore && m_sessionStore < 0)
            m_sessionStore = t;
        else if (k == Kind::MessageQueue && m_queue < 0)
            m_queue = t;
        else if (k == Kind::ObjectStore && m_objectStore < 0)
            m_objectStore = t;
    }
    m_stateful = m_config.choice("session_mode") == "stateful";
    m_uploadShare = m_config.number("upload_share");
    const double serviceMs = m_config.number("service_ms");
    m_jobScale = serviceMs > 0 ? m_config.number("job_ms") / serviceMs : 0.0;
    m_cacheCopies = std::clamp(static_cast<int>(m_config.number("cache_copies")), 1, 3);
    m_cacheRing.clear();
    if (m_caches.size() > 1)
        m_cacheRing.assign(m_caches); // member = simulation index: every server builds the same ring
}

int WebServerRuntime::cacheFor(std::uint64_t key) const
{
    if (m_caches.size() <= 1)
        return m_cache >= 0 && !m_sim.comp(m_cache).isDown() ? m_cache : -1;
    // A failed cache's keys re-home on the next cache of the ring, where they start cold.
    return m_cacheRing.lookup(key, [this](int c) { return !m_sim.comp(c).isDown(); });
}

int WebServerRuntime::cachesFor(std::uint64_t key, int* out) const
{
    if (m_caches.size() <= 1) {
        const int c = cacheFor(key);
        out[0] = c;
        return c >= 0 ? 1 : 0;
    }
    // The key's owners on the whole ring; a failed owner is skipped, not replaced, so the
    // remaining copies (warm) take its reads. Only when every copy is down does the key
    // re-home on the next live cache of the ring (cold there at first).
    int owners[3];
    const int n = m_cacheRing.owners(key, m_cacheCopies, [](int) { return true; }, owners);
    int live = 0;
    for (int i = 0; i < n; ++i)
        if (!m_sim.comp(owners[i]).isDown())
            out[live++] = owners[i];
    if (live == 0)
        if (const int c = cacheFor(key); c >= 0)
            out[live++] = c;
    return live;
}

void WebServerRuntime::filled(std::uint64_t key, int missedAt)
{
    m_sim.comp(missedAt).fill(key);
    if (m_cacheCopies <= 1)
        return;
    int owners[3];
    const int n = cachesFor(key, owners);
    for (int i = 0; i < n; ++i)
        if (owners[i] != missedAt)
            m_sim.comp(owners[i]).fill(key);
}

bool WebServerRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "session_mode" || key == "job_ms" || key == "service_ms" || key == "cache_copies" ||
        key == "upload_share")
        wire();
    return true;
}

void WebServerRuntime::accept(ReqId r)
{
    const Request& q = m_sim.req(r);
    if (q.type == RequestType::Write)
        m_sim.prefetchWrite(q.key);
    ComponentRuntime::accept(r);
}

void WebServerRuntime::served(ReqId r)
{
    Request& q = m_sim.req(r);
    if (!(q.flags & kFlagInternal) && q.type != RequestType::Static) {
        if (m_stateful) {
            if (!haveSession(r))
                return; // logging in: one more pass through this server
        } else if (m_sessionStore >= 0 && !(q.flags & kFlagSessionDone)) {
            q.flags |= kFlagSessionDone;
            q.web = m_index;
            m_sim.forward(r, m_index, m_sessionStore);
            return;
        }
    }
    continueRequest(r);
    if (m_draining) {
        ++m_drainServed;
        // Called before the station starts its next request: nothing queued and this was
        // the last one in service means the server is empty.
        if (!m_drainReported && m_busy == 0 && m_queueLen == 0)
            reportDrained();
    }
}

bool WebServerRuntime::haveSession(ReqId r)
{
    Request& q = m_sim.req(r);
    SimulationImpl::SessionHome& home = m_sim.sessionHome(q.client);
    if (home.server == m_index && home.epoch == m_sessionEpoch)
        return true;
    // No session here: the user logs in (one more service time on this server) and the
    // session lives here from now on. A user who had one (on another server, or here
    // before a crash) has had a session miss.
    const bool measured = (q.flags & kFlagMeasured) != 0;
    if (home.server >= 0) {
        if (measured)
            ++m_sim.sessionMisses;
        if (home.server != m_index) {
            ComponentRuntime& old = m_sim.comp(home.server);
            if (old.is(Kind::WebServer)) {
                auto& w = static_cast<WebServerRuntime&>(old);
                if (w.sessionEpoch() == home.epoch)
                    w.sessionMovedAway(); // the old session is abandoned
            }
        }
    }
    if (measured)
        ++m_sim.logins;
    home = {m_index, m_sessionEpoch};
    ++m_sessionCount;
    enqueue(r);
    return false;
}

void WebServerRuntime::resume(ReqId r) { continueRequest(r); }

void WebServerRuntime::continueRequest(ReqId r)
{
    Request& q = m_sim.req(r);
    q.web = m_index;
    switch (q.type) {
    case RequestType::Static:
        m_sim.complete(r);
        return;
    case RequestType::Read:
        if (m_cache >= 0 && !(q.flags & kFlagCacheChecked)) {
            int owners[3];
            // Reads spread over the key's copies by client, so every copy stays warm.
            if (const int n = cachesFor(q.key, owners); n > 0) {
                m_sim.forward(r, m_index, owners[q.client % static_cast<std::uint32_t>(n)]);
                return;
            }
        }
        break;
    case RequestType::Write:
        if (m_uploadShare > 0 && !(q.flags & kFlagFileDone)) [[unlikely]] {
            q.flags |= kFlagFileDone;
            if (m_sim.miscRng().uniform() < m_uploadShare) {
                if (q.flags & kFlagMeasured)
                    ++m_sim.filesUploaded;
                if (m_objectStore >= 0) {
                    m_sim.forward(r, m_index, m_objectStore); // comes back through resume()
                    return;
                }
                ++m_localFiles;
            }
        }
        if (!(q.flags & kFlagWriteThrough))
            m_sim.noteWrite(q.key);
        if (m_cache >= 0 && !(q.flags & kFlagWriteThrough)) {
            // The cluster shares one strategy: the first cache's.
            const auto strategy = static_cast<CacheRuntime&>(m_sim.comp(m_cache)).strategy();
            int owners[3];
            const int n = cachesFor(q.key, owners);
            if (strategy == CacheRuntime::Strategy::WriteThrough && n > 0) {
                q.flags |= kFlagWriteThrough;
                // The first copy serves the write; the others are updated with it (no
                // extra service time).
                for (int i = 1; i < n; ++i)
                    m_sim.comp(owners[i]).fill(q.key);
                m_sim.forward(r, m_index, owners[0]);
                return;
            }
            for (int i = 0; i < n; ++i)
                m_sim.comp(owners[i]).invalidate(q.key);
        }
        break;
    case RequestType::Job:
        if (m_queue >= 0) {
            m_sim.forward(r, m_index, m_queue);
            return;
        }
        // No queue: the server does the job's work itself while the user waits (one more
        // pass through its station with the job's service time).
        if (!(q.flags & kFlagJobWork) && m_jobScale > 0) {
            q.flags |= kFlagJobWork;
            enqueue(r);
            return;
        }
        ++m_sim.jobsProcessed;
        m_sim.complete(r);
        return;
    }
    if (m_data < 0) {
        m_sim.complete(r); // a single server holds its own data
        return;
    }
    const int target = m_sim.comp(m_data).resolve(r);
    m_sim.forward(r, m_index, target >= 0 ? target : m_data);
}

void WebServerRuntime::beginRemoval(SimTime drainTimeout)
{
    m_draining = true;
    m_drainReported = false;
    m_drainServed = 0;
    m_drainStart = m_engine.now();
    ++m_drainId;
    if (inFlight() == 0)
        reportDrained();
    // The server stays up (out of rotation) until the timeout, so a request already on
    // its way when the removal began is still served.
    scheduleTimer(drainTimeout, kDrainTimeout, m_drainId);
}

void WebServerRuntime::onTimer(std::uint32_t kind, std::uint64_t arg)
{
    if (kind == kDrainTimeout && m_draining && arg == m_drainId)
        finishRemoval();
}

void WebServerRuntime::reportDrained()
{
    m_drainReported = true;
    if (m_drainServed == 0)
        return;
    SimEvent e;
    e.component = id();
    e.type = "server_drained";
    e.severity = SimEvent::Severity::Info;
    e.setText(EventText::Drained,
              {displayName(), std::to_string(m_drainServed),
               std::to_string(static_cast<long long>(simTimeToSeconds(m_engine.now() - m_drainStart) * 1000.0 + 0.5))});
    m_sim.record(e);
}

void WebServerRuntime::finishRemoval()
{
    m_draining = false;
    const std::size_t cut = m_down ? 0 : inFlight();
    if (cut > 0) {
        SimEvent e;
        e.component = id();
        e.type = "drain_timeout";
        e.severity = SimEvent::Severity::Failure;
        e.setText(EventText::DrainTimeout, {displayName(), std::to_string(cut), std::to_string(m_drainServed)});
        m_sim.record(e);
    }
    setDown(true, "removed"); // fails whatever is still here
}

void WebServerRuntime::setDown(bool down, const std::string& reason)
{
    if (down && !m_down && m_localFiles > 0) {
        // Files on the server's own disk go with it (a crash, or a removal: the machine
        // is handed back).
        m_sim.filesLost += m_localFiles;
        SimEvent e;
        e.type = "files_lost";
        e.component = id();
        e.setText(EventText::FilesLost, {std::to_string(m_localFiles), displayName()});
        e.severity = SimEvent::Severity::Failure;
        m_sim.record(e);
        m_localFiles = 0;
    }
    if (down && !m_down && m_stateful) {
        m_sim.sessionsLost += m_sessionCount;
        SimEvent e;
        e.type = "sessions_lost";
        e.component = id();
        e.setText(EventText::SessionsLost, {std::to_string(m_sessionCount), displayName()});
        e.severity = SimEvent::Severity::Failure;
        if (m_sessionCount > 0)
            m_sim.record(e);
        m_sessionCount = 0;
        ++m_sessionEpoch;
    }
    ComponentRuntime::setDown(down, reason);
}

} // namespace scalelab::core
