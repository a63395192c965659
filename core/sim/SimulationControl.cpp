// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline events, live control and the end-of-run summary of SimulationImpl.
#include "sim/SimulationImpl.h"

#include "components/Database.h"
#include "components/WebServer.h"
#include "io/ScenarioJson.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

namespace {
/// An injected event's text: the user's label, else "<event name>: <target>".
void describe(SimEvent& rec, const TimelineEvent& e, const std::string& targetName)
{
    if (!e.label.empty()) {
        rec.text = e.label; // the user's own words, shown as they are
        return;
    }
    std::string t = e.type;
    std::replace(t.begin(), t.end(), '_', ' ');
    if (targetName.empty())
        rec.setText(EventText::InjectedNoTarget, {t});
    else
        rec.setText(EventText::Injected, {t, targetName});
}
const std::string& nameOf(const ComponentRuntime& c)
{
    return c.displayName();
}
} // namespace

void SimulationImpl::applyTimeline(std::size_t index)
{
    if (index < m_scenario.timeline.size())
        inject(m_scenario.timeline[index], nullptr);
}

namespace {
/// Refreshes the simulation's fast-path flags when an event handler returns.
struct FastPathRefresh
{
    SimulationImpl& sim;
    ~FastPathRefresh() { sim.refreshFastPaths(); }
};
} // namespace

bool SimulationImpl::inject(const TimelineEvent& e, std::string* error)
{
    const FastPathRefresh refresh{*this};
    auto err = [&](const std::string& msg) {
        if (error)
            *error = msg;
        return false;
    };
    const EventKind* spec = findInjectableEventKind(e.type);
    if (!spec)
        return err("unknown event type \"" + e.type + "\"");
    const int target = e.target.empty() ? -1 : indexOf(e.target);
    const int target2 = e.target2.empty() ? -1 : indexOf(e.target2);
    if (spec->needsTarget() && target < 0)
        return err("no component with id \"" + e.target + "\"");
    if (spec->needsTarget2() && target2 < 0)
        return err("no component with id \"" + e.target2 + "\"");
    // The table's rule for the target, applied to the component as it is now (a replica
    // promoted during the run is a primary).
    if (target >= 0) {
        const ComponentRuntime& t = comp(target);
        if (!eventTargetFits(spec->target, t.kind(), t.kind() == "database" ? t.config().choice("role") : std::string{}))
            return err(e.type + " needs " + eventTargetDescription(spec->target) + ", \"" + e.target + "\" is not one");
    }
    const SimTime now = m_engine.now();
    const SimTime end = e.durationS > 0 ? now + secondsToSimTime(e.durationS) : kSimTimeMax;
    auto scheduleEnd = [&]() {
        if (e.durationS > 0) {
            m_effects.push_back({e, false});
            m_engine.schedule(end, m_selfHandler, kEndOfEffect, m_effects.size() - 1);
        }
    };
    SimEvent rec;
    rec.type = e.type;
    rec.component = e.target;
    describe(rec, e, target >= 0 ? nameOf(comp(target)) : std::string{});
    rec.severity = SimEvent::Severity::Failure;

    if (e.type == "spike") {
        m_spikes.push_back({end, e.factor});
        rec.severity = SimEvent::Severity::Warning;
        if (e.label.empty())
            rec.setText(EventText::Spike, {std::to_string(e.factor).substr(0, 4)});
        record(rec);
        demandChanged();
        if (e.durationS > 0)
            m_engine.schedule(end, m_selfHandler, kEndOfEffect, ~std::uint64_t{0}); // re-evaluate demand
        return true;
    }
    if (e.type == "step" || e.type == "ramp") {
        if (e.type == "step" || e.durationS <= 0) {
            m_ramp.active = false;
            m_stepFactor = e.factor;
        } else {
            const double current = m_ramp.active ? m_stepFactor : m_stepFactor;
            m_ramp = {now, end, current, e.factor, true};
            m_stepFactor = e.factor; // value once the ramp ends
            m_engine.schedule(end, m_selfHandler, kEndOfEffect, ~std::uint64_t{0} - 1);
        }
        rec.severity = SimEvent::Severity::Info;
        record(rec);
        demandChanged();
        return true;
    }
    if (e.type == "daily_cycle") {
        LoadCurve& c = m_scenario.workload.curve;
        c.type = LoadCurve::Type::Daily;
        c.periodS = e.durationS > 0 ? e.durationS : 86400.0;
        c.amplitude = e.value > 0 ? std::min(1.0, e.value) : 0.5;
        c.peakS = simTimeToSeconds(now) + c.periodS / 4; // rising from the mean now
        rec.severity = SimEvent::Severity::Info;
        record(rec);
        demandChanged();
        return true;
    }
    if (e.type == "marker") {
        rec.severity = SimEvent::Severity::Info;
        record(rec);
        return true;
    }
    if (spec->effect == EventEffect::TakesDown) {
        ComponentRuntime& c = comp(target);
        if (c.kind() == "datacenter") {
            TimelineEvent dc = e;
            dc.type = "dc_outage";
            return inject(dc, error);
        }
        record(rec);
        c.setDown(true, e.type);
        scheduleEnd();
        return true;
    }
    if (e.type == "recover") {
        ComponentRuntime& c = comp(target);
        rec.severity = SimEvent::Severity::Recovery;
        if (c.kind() == "datacenter") {
            m_dcDown[static_cast<std::size_t>(target)] = 0;
            for (auto& cp : m_comps)
                if (cp->datacenter() == target)
                    cp->setDown(false, "dc_recovered");
        } else {
            c.setDown(false, "recover");
        }
        record(rec);
        return true;
    }
    if (e.type == "cache_flush") {
        ComponentRuntime& c = comp(target);
        rec.severity = SimEvent::Severity::Warning;
        record(rec);
        c.flush();
        return true;
    }
    if (e.type == "dc_outage") {
        int dc = target;
        if (comp(target).kind() != "datacenter")
            dc = comp(target).datacenter();
        if (dc < 0)
            return err("\"" + e.target + "\" is not a data center and is not inside one");
        rec.component = comp(dc).id();
        describe(rec, e, nameOf(comp(dc)));
        record(rec);
        m_dcDown[static_cast<std::size_t>(dc)] = 1;
        for (auto& cp : m_comps)
            if (cp->datacenter() == dc)
                cp->setDown(true, "dc_outage");
        scheduleEnd();
        return true;
    }
    if (e.type == "partition") {
        auto dcOf = [&](int i) { return comp(i).kind() == "datacenter" ? i : comp(i).datacenter(); };
        const int a = dcOf(target), b = dcOf(target2);
        if (a < 0 || b < 0 || a == b)
            return err("a partition needs two different data centers");
        m_partitions.push_back({a, b});
        m_partitionStart.push_back(now);
        record(rec);
        scheduleEnd();
        return true;
    }
    if (e.type == "link_latency") {
        m_extraLinks.push_back({{target, target2}, millisToSimTime(e.value)});
        m_extraLinks.push_back({{target2, target}, millisToSimTime(e.value)});
        rec.severity = SimEvent::Severity::Warning;
        record(rec);
        scheduleEnd();
        return true;
    }
    if (e.type == "slow") {
        if (!comp(target).isStation())
            return err("\"" + e.target + "\" has no service time to slow down");
        comp(target).setSlowFactor(e.factor);
        rec.severity = SimEvent::Severity::Warning;
        record(rec);
        scheduleEnd();
        return true;
    }
    if (e.type == "errors") {
        if (!comp(target).isStation())
            return err("\"" + e.target + "\" serves no requests to answer with errors");
        if (!(e.value >= 0 && e.value <= 1))
            return err("errors needs a share from 0 to 1");
        comp(target).setErrorRate(e.value);
        rec.severity = SimEvent::Severity::Failure;
        if (e.label.empty())
            rec.setText(EventText::ServerErrors, {nameOf(comp(target)), std::to_string(std::lround(e.value * 100))});
        record(rec);
        scheduleEnd();
        return true;
    }
    if (e.type == "add_server") {
        ComponentRuntime& lb = comp(target);
        int templ = -1;
        for (int t : targets(target))
            if (comp(t).kind() == "web_server")
                templ = t;
        if (templ < 0)
            return err("the load balancer has no web server to copy");
        const std::string id = comp(templ).id() + "+" + std::to_string(m_comps.size());
        const int idx = addClone(templ, id);
        connectRuntime(target, idx);
        lb.serversChanged();
        rec.component = id;
        rec.severity = SimEvent::Severity::Info;
        rec.setText(EventText::ServerAdded, {id});
        record(rec);
        return true;
    }
    if (e.type == "remove_server") {
        ComponentRuntime& c = comp(target);
        if (!c.active())
            return err("\"" + e.target + "\" is not in rotation (already removed or not ready)");
        // Planned removal: out of rotation now, then connection draining.
        c.setActive(false);
        for (int lb : sources(target))
            comp(lb).serversChanged();
        rec.severity = SimEvent::Severity::Info;
        record(rec);
        static_cast<WebServerRuntime&>(c).beginRemoval(
            secondsToSimTime(e.durationS > 0 ? e.durationS : kDefaultDrainTimeoutS));
        return true;
    }
    if (e.type == "add_replica") {
        ComponentRuntime& p = comp(target);
        auto& head = static_cast<DatabaseRuntime&>(comp(static_cast<DatabaseRuntime&>(p).headIndex()));
        int templ = -1;
        for (int t : targets(head.index()))
            if (comp(t).kind() == "database")
                templ = t;
        const std::string id = head.id() + "-replica+" + std::to_string(m_comps.size());
        rec.component = id;
        rec.severity = SimEvent::Severity::Info;
        rec.setText(EventText::ReplicaAdded, {id});
        record(rec);
        head.addReplica(templ >= 0 ? templ : head.index(), id); // copies its data, then serves
        return true;
    }
    return err("event type \"" + e.type + "\" cannot be applied");
}

void SimulationImpl::endEffect(std::uint64_t index)
{
    const FastPathRefresh refresh{*this};
    if (index >= ~std::uint64_t{0} - 1) {
        if (index == ~std::uint64_t{0} - 1)
            m_ramp.active = false;
        // Spikes end by time; drop expired ones and redraw the arrival gap.
        const SimTime now = m_engine.now();
        std::erase_if(m_spikes, [now](const Spike& s) { return s.end <= now; });
        demandChanged();
        return;
    }
    if (index >= m_effects.size() || m_effects[index].done)
        return;
    Effect& fx = m_effects[index];
    fx.done = true;
    const TimelineEvent& e = fx.event;
    const int target = indexOf(e.target);
    const int target2 = indexOf(e.target2);
    SimEvent rec;
    rec.component = e.target;
    rec.severity = SimEvent::Severity::Recovery;
    if (const EventKind* kind = findEventKind(e.type); kind && kind->effect == EventEffect::TakesDown) {
        comp(target).setDown(false, "recovered");
        rec.type = "recover";
        rec.setText(EventText::Recovered, {nameOf(comp(target))});
    } else if (e.type == "dc_outage") {
        const int dc = comp(target).kind() == "datacenter" ? target : comp(target).datacenter();
        m_dcDown[static_cast<std::size_t>(dc)] = 0;
        for (auto& cp : m_comps)
            if (cp->datacenter() == dc && cp->active())
                cp->setDown(false, "dc_recovered");
        rec.type = "dc_recovered";
        rec.component = comp(dc).id();
        rec.setText(EventText::DatacenterBack, {nameOf(comp(dc))});
    } else if (e.type == "partition") {
        auto dcOf = [&](int i) { return comp(i).kind() == "datacenter" ? i : comp(i).datacenter(); };
        const std::pair<int, int> p{dcOf(target), dcOf(target2)};
        if (auto it = std::find(m_partitions.begin(), m_partitions.end(), p); it != m_partitions.end()) {
            m_partitionStart.erase(m_partitionStart.begin() + (it - m_partitions.begin()));
            m_partitions.erase(it);
        }
        rec.type = "partition_healed";
        rec.setText(EventText::PartitionHealed, {});
    } else if (e.type == "link_latency") {
        const SimTime v = millisToSimTime(e.value);
        for (auto pair : {std::pair{target, target2}, std::pair{target2, target}}) {
            auto it = std::find(m_extraLinks.begin(), m_extraLinks.end(), std::pair{pair, v});
            if (it != m_extraLinks.end())
                m_extraLinks.erase(it);
        }
        rec.type = "link_latency_end";
        rec.setText(EventText::LatencyNormal, {});
    } else if (e.type == "slow") {
        comp(target).setSlowFactor(1.0);
        rec.type = "slow_end";
        rec.setText(EventText::SpeedNormal, {nameOf(comp(target))});
    } else if (e.type == "errors") {
        comp(target).setErrorRate(0.0);
        rec.type = "errors_end";
        rec.setText(EventText::ErrorsStopped, {nameOf(comp(target))});
    } else {
        return;
    }
    record(rec);
}

bool SimulationImpl::setParam(const std::string& id, const std::string& key, const ParamValue& v, std::string* error)
{
    const int i = indexOf(id);
    if (i < 0) {
        if (error)
            *error = "no component with id \"" + id + "\"";
        return false;
    }
    const KindSpec* kind = findKind(comp(i).kind());
    const ParamSpec* spec = kind ? kind->param(key) : nullptr;
    if (!spec) {
        if (error)
            *error = "unknown parameter \"" + key + "\"";
        return false;
    }
    if (std::string problem = checkParamValue(*spec, v); !problem.empty()) {
        if (error)
            *error = key + ": " + problem;
        return false;
    }
    return comp(i).applyParam(key, v, error);
}

namespace {
LatencySummary latencyOf(const Histogram& h)
{
    LatencySummary l;
    l.count = h.count();
    l.meanMs = h.mean() * 1e-6;
    l.p50Ms = h.quantile(0.50) * 1e-6;
    l.p95Ms = h.quantile(0.95) * 1e-6;
    l.p99Ms = h.quantile(0.99) * 1e-6;
    l.p999Ms = h.quantile(0.999) * 1e-6;
    l.maxMs = static_cast<double>(h.max()) * 1e-6;
    return l;
}
} // namespace

Summary SimulationImpl::summary() const
{
    Summary s;
    s.scenarioName = m_scenario.name;
    s.seed = m_scenario.run.seed;
    const SimTime now = m_engine.now();
    s.durationS = simTimeToSeconds(now);
    s.measuredS = std::max(0.0, simTimeToSeconds(now - m_warmupNs));
    s.events = m_engine.eventsProcessed();
    s.generated = m_measuredGenerated;
    s.succeeded = m_succeeded;
    std::uint64_t failed = 0;
    for (int i = 0; i < kErrorCauseCount; ++i) {
        s.failed[i] = m_failed[static_cast<std::size_t>(i)];
        failed += s.failed[i];
    }
    s.throughputRps = s.measuredS > 0 ? static_cast<double>(m_succeeded) / s.measuredS : 0.0;
    s.errorRate = (m_succeeded + failed) ? static_cast<double>(failed) / static_cast<double>(m_succeeded + failed) : 0.0;
    const_cast<SimulationImpl*>(this)->accrueInSystem();
    const double measuredNs = static_cast<double>(std::max<SimTime>(0, now - m_warmupNs));
    s.meanInSystem = measuredNs > 0 ? m_inSystemArea / measuredNs : 0.0;
    s.arrivalRateRps = s.measuredS > 0 ? static_cast<double>(m_measuredGenerated) / s.measuredS : 0.0;
    std::array<Histogram, 4> byType = m_typeLatency;
    Histogram all;
    for (std::size_t t = 0; t < byType.size(); ++t) {
        if (m_folding)
            byType[t].merge(m_typeWindow[t]);
        all.merge(byType[t]);
    }
    s.latency = latencyOf(all);
    s.readLatency = latencyOf(byType[static_cast<std::size_t>(RequestType::Read)]);
    s.writeLatency = latencyOf(byType[static_cast<std::size_t>(RequestType::Write)]);
    s.staticLatency = latencyOf(byType[static_cast<std::size_t>(RequestType::Static)]);
    s.staleReads = staleReads;
    s.lostWrites = lostWrites;
    s.failedWrites = failedWrites;
    s.sessionsLost = sessionsLost;
    s.sessionMisses = sessionMisses;
    s.cacheStaleReads = cacheStaleReads;
    s.retries = retries;
    s.breakerOpens = breakerOpens;
    s.filesUploaded = filesUploaded;
    s.filesLost = filesLost;
    s.logins = logins;
    s.deadLetters = deadLetters;
    s.jobsProcessed = jobsProcessed;
    s.jobRetries = jobRetries;
    std::uint64_t hits = 0, misses = 0, cdnHits = 0, cdnMisses = 0;
    bool anyCache = false, anyCdn = false;
    for (const auto& cp : m_comps) {
        const ComponentRuntime& c = *cp;
        if (c.kind() == "datacenter" || c.kind() == "users")
            continue;
        c.accrue();
        const auto& st = c.stats();
        ComponentSummary cs;
        cs.id = c.id();
        cs.kind = c.kind();
        cs.cloneOf = c.cloneOf();
        cs.utilization = st.capacityArea > 0 ? st.busyArea / st.capacityArea : 0.0;
        cs.meanQueueLength = now > 0 ? st.queueArea / static_cast<double>(now) : 0.0;
        cs.served = c.wholeRunServed();
        for (int i = 0; i < kErrorCauseCount; ++i)
            cs.errors[i] = st.errors[static_cast<std::size_t>(i)];
        cs.latency = latencyOf(c.wholeRunSojourn());
        cs.hits = st.hits;
        cs.misses = st.misses;
        if (c.kind() == "cache" || c.kind() == "cdn") {
            cs.hitRate = (st.hits + st.misses) ? static_cast<double>(st.hits) / static_cast<double>(st.hits + st.misses) : 0.0;
            (c.kind() == "cache" ? anyCache : anyCdn) = true;
            (c.kind() == "cache" ? hits : cdnHits) += st.hits;
            (c.kind() == "cache" ? misses : cdnMisses) += st.misses;
        }
        if (!c.isDown())
            s.costPerHour += c.costPerHour();
        s.components.push_back(std::move(cs));
    }
    if (anyCache)
        s.cacheHitRate = (hits + misses) ? static_cast<double>(hits) / static_cast<double>(hits + misses) : 0.0;
    if (anyCdn)
        s.cdnHitRate = (cdnHits + cdnMisses) ? static_cast<double>(cdnHits) / static_cast<double>(cdnHits + cdnMisses) : 0.0;
    s.events_log = m_events;
    return s;
}

} // namespace scalelab::core
