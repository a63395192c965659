// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/Database.h"

#include "sim/SimulationImpl.h"

#include "io/NumberText.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

namespace {
constexpr std::size_t kKeyTable = 1u << 18;
const std::string& label(const ComponentRuntime& c) { return c.displayName(); }
} // namespace

DatabaseRuntime& DatabaseRuntime::head() { return static_cast<DatabaseRuntime&>(m_sim.comp(m_head)); }

void DatabaseRuntime::wire()
{
    m_ownLagNs = millisToSimTime(m_config.number("replication_lag_ms"));
    if (m_head < 0)
        m_head = m_index;
    if (m_config.choice("role") == "primary") {
        m_head = m_index;
        if (m_current < 0)
            m_current = m_index;
        serversChanged();
    }
}

void DatabaseRuntime::serversChanged()
{
    if (m_config.choice("role") != "primary" || m_head != m_index)
        return;
    m_replicas.clear();
    for (int t : m_sim.targets(m_index)) {
        ComponentRuntime& c = m_sim.comp(t);
        if (c.is(Kind::Database)) {
            m_replicas.push_back(t);
            static_cast<DatabaseRuntime&>(c).m_head = m_index;
        }
    }
}

SimTime DatabaseRuntime::lagNs(int replica) const
{
    const auto& r = static_cast<const DatabaseRuntime&>(m_sim.comp(replica));
    SimTime lag = r.m_ownLagNs;
    const int primary = m_current >= 0 ? m_current : m_index;
    if (r.region() != m_sim.comp(primary).region())
        lag += millisToSimTime(m_sim.scenario().network.crossRegionMs);
    // Cut off by a partition: the replica has received nothing since it began.
    if (const SimTime since = m_sim.partitionedSince(primary, replica); since >= 0)
        lag = std::max(lag, m_sim.now() - since + lag);
    return lag;
}

int DatabaseRuntime::resolve(ReqId r)
{
    if (m_head != m_index || m_current < 0)
        return m_index; // a replica addressed directly serves itself
    const Request& q = m_sim.req(r);
    if (q.type == RequestType::Write || q.type == RequestType::Job)
        return m_current;
    // Reads: the nearest healthy copy. A replica in the caller's region (round robin),
    // else the primary when it is in the caller's region, else a replica elsewhere,
    // else the primary wherever it is.
    const int callerRegion = q.at >= 0 ? m_sim.comp(q.at).region() : -1;
    const std::size_t n = m_replicas.size();
    int fallback = -1;
    std::size_t fallbackSlot = 0;
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (m_rr + k) % n;
        const int rep = m_replicas[i];
        const ComponentRuntime& c = m_sim.comp(rep);
        if (rep != m_current && !c.isDown() && c.active() && !m_sim.dcDown(c.datacenter()) &&
            (q.at < 0 || m_sim.partitionedSince(q.at, rep) < 0)) {
            if (c.region() == callerRegion || callerRegion < 0) {
                m_rr = (i + 1) % n;
                return rep;
            }
            if (fallback < 0) {
                fallback = rep;
                fallbackSlot = i;
            }
        }
    }
    if (fallback >= 0) {
        const ComponentRuntime& primary = m_sim.comp(m_current);
        if (primary.region() == callerRegion && !primary.isDown() && !m_sim.dcDown(primary.datacenter()) &&
            m_sim.partitionedSince(q.at, m_current) < 0)
            return m_current; // a local primary is nearer than a remote replica
        m_rr = (fallbackSlot + 1) % n;
        return fallback;
    }
    return m_current;
}

void DatabaseRuntime::recordWrite(std::uint64_t key)
{
    const SimTime now = m_sim.now();
    const SimTime window = m_ownLagNs + millisToSimTime(m_sim.scenario().network.crossRegionMs);
    while (!m_recentWrites.empty() && m_recentWrites.front() < now - window)
        m_recentWrites.pop_front();
    if (m_recentWrites.size() < 10'000'000)
        m_recentWrites.push_back(now);
    if (m_lastWrite.empty())
        m_lastWrite.resize(kKeyTable);
    m_lastWrite[key & (kKeyTable - 1)] = {key, now};
}

bool DatabaseRuntime::isStale(std::uint64_t key, int replica)
{
    if (m_lastWrite.empty())
        return false;
    const KeyWrite& w = m_lastWrite[key & (kKeyTable - 1)];
    return w.key == key && w.at > m_sim.now() - lagNs(replica);
}

void DatabaseRuntime::accept(ReqId r)
{
    const Request& q = m_sim.req(r);
    if (q.type == RequestType::Write && m_head >= 0) {
        const DatabaseRuntime& h = head();
        if (!h.m_lastWrite.empty())
            __builtin_prefetch(&h.m_lastWrite[q.key & (kKeyTable - 1)]);
    }
    ComponentRuntime::accept(r);
}

void DatabaseRuntime::served(ReqId r)
{
    Request& q = m_sim.req(r);
    DatabaseRuntime& h = head();
    if (q.type == RequestType::Write) {
        h.recordWrite(q.key);
    } else if (m_index != h.m_current && m_head != -1 && !(q.flags & kFlagInternal)) {
        if (h.isStale(q.key, m_index) && (q.flags & kFlagMeasured))
            ++m_sim.staleReads;
    }
    m_sim.complete(r);
}

void DatabaseRuntime::setDown(bool down, const std::string& reason)
{
    const bool wasDown = m_down;
    ComponentRuntime::setDown(down, reason);
    if (down == wasDown || m_head < 0)
        return;
    DatabaseRuntime& h = head();
    if (down && active())
        if (const double after = h.config().number("replace_after_s"); after > 0)
            h.scheduleTimer(secondsToSimTime(after), kReplace, static_cast<std::uint64_t>(m_index));
    if (down && h.m_current == m_index) {
        // The primary is gone: count the writes it had not yet shipped to replicas.
        const SimTime now = m_sim.now();
        const SimTime lag = m_ownLagNs;
        std::uint64_t lost = 0;
        if (!h.m_replicas.empty()) {
            for (auto it = h.m_recentWrites.rbegin(); it != h.m_recentWrites.rend() && *it > now - lag; ++it)
                ++lost;
        }
        h.m_recentWrites.clear();
        m_sim.lostWrites += lost;
        if (lost > 0) {
            SimEvent e;
            e.type = "writes_lost";
            e.component = id();
            e.setText(EventText::WritesLost, {std::to_string(lost)});
            e.severity = SimEvent::Severity::Failure;
            m_sim.record(e);
        }
        h.m_failoverGen = ++h.m_failoverSeq;
        h.m_failoverStart = now;
        h.scheduleTimer(secondsToSimTime(h.config().number("failover_detection_s")), kDetected, h.m_failoverGen);
    } else if (!down && h.m_failoverGen != 0 && h.m_current == m_index) {
        h.m_failoverGen = 0; // came back before a replica was promoted
    }
}

int DatabaseRuntime::addReplica(int templ, const std::string& id)
{
    const int idx = m_sim.addClone(templ, id);
    auto& rep = static_cast<DatabaseRuntime&>(m_sim.comp(idx));
    rep.config().params["role"] = std::string("replica");
    // A clone of the primary copies its outgoing replication links; a replica has none.
    m_sim.clearTargets(idx); // a clone of the primary would copy its replication links
    m_sim.connectRuntime(m_index, idx);
    rep.m_head = m_index;
    rep.wire();
    serversChanged();
    startCopy(idx);
    return idx;
}

double DatabaseRuntime::startCopy(int idx)
{
    const double seconds = m_config.number("data_gb") * 1000.0 / m_config.number("copy_mb_s");
    ComponentRuntime& rep = m_sim.comp(idx);
    rep.setActive(false); // reads go elsewhere until the copy is complete
    SimEvent e;
    e.type = "replica_copying";
    e.component = rep.id();
    e.setText(EventText::ReplicaCopying,
              {rep.id(), dataNumber(m_config.number("data_gb")), dataNumber(std::round(seconds * 10) / 10)});
    e.severity = SimEvent::Severity::Info;
    m_sim.record(e);
    scheduleTimer(secondsToSimTime(seconds), kReplicaReady, static_cast<std::uint64_t>(idx));
    return seconds;
}

void DatabaseRuntime::replaceMember(int node)
{
    ComponentRuntime& old = m_sim.comp(node);
    // Recovered, already replaced, or the primary itself with no replica promoted yet
    // (a failover, not a replacement, brings writes back).
    if (!old.isDown() || !old.active() || node == m_current ||
        std::find(m_replicas.begin(), m_replicas.end(), node) == m_replicas.end())
        return;
    old.setActive(false); // the broken machine leaves the set for good
    const std::string id = old.id() + "+" + std::to_string(m_sim.componentCount());
    addReplica(node, id);
    SimEvent e;
    e.type = "replica_replaced";
    e.component = id;
    e.component2 = old.id();
    e.setText(EventText::Replacement, {label(old), id});
    e.severity = SimEvent::Severity::Info;
    m_sim.record(e);
}

void DatabaseRuntime::onTimer(std::uint32_t kind, std::uint64_t gen)
{
    if (kind == kReplace) {
        replaceMember(static_cast<int>(gen));
        return;
    }
    if (kind == kReplicaReady) {
        ComponentRuntime& rep = m_sim.comp(static_cast<int>(gen));
        rep.setActive(true);
        SimEvent e;
        e.type = "replica_ready";
        e.component = rep.id();
        e.setText(EventText::ReplicaReady, {label(rep)});
        e.severity = SimEvent::Severity::Recovery;
        m_sim.record(e);
        return;
    }
    if (gen != m_failoverGen || m_failoverGen == 0)
        return;
    if (kind == kDetected) {
        SimEvent e;
        e.type = "failover_detected";
        e.component = m_sim.comp(m_current).id();
        e.setText(EventText::FailoverDetected, {});
        e.severity = SimEvent::Severity::Warning;
        m_sim.record(e);
        scheduleTimer(secondsToSimTime(m_config.number("promotion_s")), kPromoted, gen);
        return;
    }
    if (kind == kPromoted) {
        int chosen = -1;
        for (int rep : m_replicas) {
            const ComponentRuntime& c = m_sim.comp(rep);
            if (rep != m_current && !c.isDown() && c.active() && !m_sim.dcDown(c.datacenter())) {
                chosen = rep;
                break;
            }
        }
        m_failoverGen = 0;
        SimEvent e;
        if (chosen < 0) {
            e.type = "failover_failed";
            e.component = id();
            e.setText(EventText::FailoverFailed, {});
            e.severity = SimEvent::Severity::Failure;
        } else {
            const int old = m_current;
            m_current = chosen;
            // The old primary, when it returns, serves as a replica.
            if (std::find(m_replicas.begin(), m_replicas.end(), old) == m_replicas.end())
                m_replicas.push_back(old);
            e.type = "promoted";
            e.component = m_sim.comp(chosen).id();
            e.component2 = m_sim.comp(old).id(); // rejoins as a replica when it is back
            e.setText(EventText::Promoted,
                      {label(m_sim.comp(chosen)), std::to_string(simTimeToSeconds(m_sim.now() - m_failoverStart)).substr(0, 5)});
            e.severity = SimEvent::Severity::Recovery;
        }
        m_sim.record(e);
    }
}

bool DatabaseRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "replication_lag_ms")
        m_ownLagNs = millisToSimTime(m_config.number("replication_lag_ms"));
    return true;
}

void DatabaseRuntime::fillSample(ComponentSample& s) const
{
    if (m_head < 0)
        return;
    const auto& h = static_cast<const DatabaseRuntime&>(m_sim.comp(m_head));
    if (m_index != h.m_current && !m_down)
        s.replicationLagMs = simTimeToMillis(h.lagNs(m_index));
}

} // namespace scalelab::core
