// SPDX-License-Identifier: GPL-3.0-or-later
// Sample -> LiveFrame: what the canvas shows of a running component.
#include "run/RunWorker.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace scalelab::ui {

namespace {
QString rateText(double rps)
{
    if (rps >= 1e6)
        return QCoreApplication::translate("LiveFrame", "%1 M req/s")
            .arg(QLocale().toString(rps / 1e6, 'f', 1));
    if (rps >= 1e4)
        return QCoreApplication::translate("LiveFrame", "%1 k req/s")
            .arg(QLocale().toString(rps / 1e3, 'f', 0));
    if (rps >= 1e3)
        return QCoreApplication::translate("LiveFrame", "%1 k req/s")
            .arg(QLocale().toString(rps / 1e3, 'f', 1));
    return QCoreApplication::translate("LiveFrame", "%1 req/s")
        .arg(QLocale().toString(rps, 'f', 0));
}

QString msText(double ms)
{
    if (ms >= 1000)
        return QCoreApplication::translate("LiveFrame", "%1 s")
            .arg(QLocale().toString(ms / 1000, 'f', 1));
    return QCoreApplication::translate("LiveFrame", "%1 ms")
        .arg(QLocale().toString(ms, 'f', ms < 10 ? 1 : 0));
}

/// A rate with its unit word: "%1 lookups/s" and its k and M forms.
QString lookupsText(double perS)
{
    if (perS >= 1e6)
        return QCoreApplication::translate("LiveFrame", "%1 M lookups/s")
            .arg(QLocale().toString(perS / 1e6, 'f', 1));
    if (perS >= 1e3)
        return QCoreApplication::translate("LiveFrame", "%1 k lookups/s")
            .arg(QLocale().toString(perS / 1e3, 'f', perS >= 1e4 ? 0 : 1));
    return QCoreApplication::translate("LiveFrame", "%1 lookups/s")
        .arg(QLocale().toString(perS, 'f', perS < 10 ? 1 : 0));
}

QString percent(double ratio) { return QLocale().toString(std::lround(ratio * 100)); }

/// The monitoring rule's metric as the alert texts name it, with its unit.
QString metricText(const core::Component& c, double v)
{
    const std::string m = c.choice("metric");
    if (m == "p99_ms")
        return QCoreApplication::translate("LiveFrame", "p99 %1").arg(msText(v));
    if (m == "p95_ms")
        return QCoreApplication::translate("LiveFrame", "p95 %1").arg(msText(v));
    if (m == "error_rate")
        return QCoreApplication::translate("LiveFrame", "%1% errors").arg(percent(v));
    if (m == "utilization")
        return QCoreApplication::translate("LiveFrame", "%1% busy").arg(percent(v));
    return QCoreApplication::translate("LiveFrame", "queue %1").arg(QLocale().toString(std::lround(v)));
}

/// A station's own load: how busy, and how long a request spends in this box.
QString stationBadge(const ComponentLive& live)
{
    if (live.throughputRps <= 0 && live.errorsRps <= 0 && live.queueLength < 1)
        return QCoreApplication::translate("LiveFrame", "idle");
    if (live.utilization >= 0.995 && live.queueLength >= 1)
        return QCoreApplication::translate("LiveFrame", "100% busy, %1 queued")
            .arg(QLocale().toString(std::lround(live.queueLength)));
    return QCoreApplication::translate("LiveFrame", "%1% busy, p99 %2")
        .arg(percent(live.utilization))
        .arg(msText(live.p99Ms));
}

/// `dcTraffic`: for a data center, the share of all traffic entering data centers that
/// enters this one (-1 with a single data center) and its rate.
QString badgeFor(const core::Component& c, const ComponentLive& live, double sentRps,
                 std::pair<double, double> dcTraffic)
{
    if (live.down)
        return QCoreApplication::translate("LiveFrame", "DOWN");
    const std::string& k = c.kind;
    if (k == "users")
        return QCoreApplication::translate("LiveFrame", "sends %1").arg(rateText(sentRps));
    if (k == "dns") {
        if (live.switchLeftS > 0)
            return QCoreApplication::translate("LiveFrame", "moving, %1 s left")
                .arg(QLocale().toString(std::ceil(live.switchLeftS), 'f', 0));
        if (live.targets > 0 && live.workers < live.targets)
            return QCoreApplication::translate("LiveFrame", "%1 of %2 targets up")
                .arg(QLocale().toString(std::lround(live.workers)))
                .arg(QLocale().toString(live.targets));
        return lookupsText(std::max(0.0, live.lookupsRps));
    }
    if (k == "cache" || k == "cdn") {
        if (live.throughputRps <= 0 && live.errorsRps <= 0)
            return QCoreApplication::translate("LiveFrame", "no lookups");
        return QCoreApplication::translate("LiveFrame", "%1% hit").arg(percent(std::max(0.0, live.hitRate)));
    }
    if (live.replicationLagMs >= 0)
        return QCoreApplication::translate("LiveFrame", "lag %1").arg(msText(live.replicationLagMs));
    if (k == "message_queue")
        return QCoreApplication::translate("LiveFrame", "%1 waiting")
            .arg(QLocale().toString(std::lround(live.queueLength)));
    if (k == "monitoring")
        return live.alerting == 1
                   ? QCoreApplication::translate("LiveFrame", "ALERT: %1").arg(metricText(c, live.metricValue))
                   : QCoreApplication::translate("LiveFrame", "ok: %1").arg(metricText(c, live.metricValue));
    if (k == "autoscaler") {
        if (live.warming > 0)
            return QCoreApplication::translate("LiveFrame", "%1 servers, +%2 warming")
                .arg(QLocale().toString(std::lround(live.workers)))
                .arg(QLocale().toString(live.warming));
        return QCoreApplication::translate("LiveFrame", "%1 servers, %2% busy")
            .arg(QLocale().toString(std::lround(live.workers)))
            .arg(percent(live.utilization));
    }
    if (k == "datacenter") {
        if (dcTraffic.first < 0)
            return QCoreApplication::translate("LiveFrame", "%1 in").arg(rateText(dcTraffic.second));
        return QCoreApplication::translate("LiveFrame", "%1% of traffic (%2)")
            .arg(percent(dcTraffic.first))
            .arg(rateText(dcTraffic.second));
    }
    if (live.utilization >= 0.995 && live.queueLength >= 1)
        return stationBadge(live); // a saturated box says so first, whatever it is
    if (k == "load_balancer" && live.targets >= 0)
        return QCoreApplication::translate("LiveFrame", "%1 → %2/%3 up")
            .arg(rateText(live.throughputRps))
            .arg(QLocale().toString(std::lround(live.workers)))
            .arg(QLocale().toString(live.targets));
    if (k == "api_gateway" && live.errorsRps > 0)
        return QCoreApplication::translate("LiveFrame", "%1, %2% refused")
            .arg(rateText(live.throughputRps))
            .arg(percent(live.errorsRps / (live.errorsRps + live.throughputRps)));
    if (k == "shard_router" && live.throughputRps > 0)
        return rateText(live.throughputRps);
    return stationBadge(live);
}
} // namespace

LiveFrame buildLiveFrame(const core::Scenario& scenario, const core::Sample& latest,
                         core::SimTime now,
                         const std::vector<std::pair<std::string, bool>>& downOverride)
{
    LiveFrame f;
    f.now = now;
    f.latest = latest;
    f.latest.components.clear(); // the per-component part lives in f.components
    std::unordered_map<std::string, const core::ComponentSample*> byId;
    for (const auto& cs : latest.components)
        byId.emplace(cs.id, &cs);

    // Traffic entering each data center: what its front doors (members whose every
    // inbound connection that carries requests comes from outside it) received, served
    // or failed. An autoscaler's or a monitor's link carries none, nor does replication.
    std::unordered_map<std::string, double> dcIn;
    std::unordered_map<std::string, bool> front; // member id -> all inbound from outside
    for (const core::Connection& k : scenario.connections) {
        const core::Component* to = scenario.find(k.to);
        const core::Component* from = scenario.find(k.from);
        if (!to || !from || to->datacenter.empty() || from->kind == "monitoring" ||
            from->kind == "autoscaler" || (from->kind == "database" && to->kind == "database"))
            continue;
        const bool outside = from->datacenter != to->datacenter;
        auto [it, fresh] = front.emplace(k.to, outside);
        if (!fresh)
            it->second = it->second && outside;
    }
    for (const auto& [id, isFront] : front)
        if (auto it = byId.find(id); isFront && it != byId.end())
            dcIn[scenario.find(id)->datacenter] += it->second->throughputRps + it->second->errorsRps;
    int dcCount = 0;
    double dcTotal = 0;
    for (const core::Component& c : scenario.components)
        if (c.kind == "datacenter") {
            ++dcCount;
            dcTotal += dcIn[c.id];
        }
    std::unordered_map<std::string, double> sent(latest.sentRps.begin(), latest.sentRps.end());

    f.components.reserve(scenario.components.size());
    for (const core::Component& c : scenario.components) {
        ComponentLive live;
        live.id = QString::fromStdString(c.id);
        if (auto it = byId.find(c.id); it != byId.end()) {
            const core::ComponentSample& s = *it->second;
            live.down = s.down;
            live.utilization = std::clamp(s.utilization, 0.0, 1.0);
            live.queueLength = s.queueLength;
            live.throughputRps = s.throughputRps;
            live.errorsRps = s.errorsRps;
            live.p99Ms = s.p99Ms;
            live.hitRate = s.hitRate;
            live.replicationLagMs = s.replicationLagMs;
            live.workers = s.workers;
            live.lookupsRps = s.lookupsRps;
            live.switchLeftS = s.switchLeftS;
            live.targets = s.targets;
            live.warming = s.warming;
            live.alerting = s.alerting;
            live.metricValue = s.metricValue;
        }
        const double sentRps = sent.count(c.id) ? sent[c.id] : 0.0;
        if (c.kind == "users")
            live.throughputRps = sentRps; // what this population sends
        std::pair<double, double> dc{-1.0, 0.0};
        if (c.kind == "datacenter") {
            live.down = std::find(latest.downDatacenters.begin(), latest.downDatacenters.end(), c.id) !=
                        latest.downDatacenters.end();
            dc.second = dcIn[c.id];
            if (dcCount > 1)
                dc.first = dcTotal > 0 ? dc.second / dcTotal : 0.0;
        }
        for (const auto& [id, down] : downOverride)
            if (id == c.id)
                live.down = down;
        live.badge = badgeFor(c, live, sentRps, dc);
        f.components.push_back(std::move(live));
    }

    // The core samples components, not links: estimate a link's traffic as the target's
    // throughput split among its senders in proportion to what each sender handled.
    // Sources (users) are not sampled: they send their share of the offered load.
    int sources = 0;
    for (const core::Component& c : scenario.components)
        sources += c.kind == "users" ? 1 : 0;
    std::unordered_map<std::string, double> inbound;
    auto thr = [&](const std::string& id) {
        auto it = byId.find(id);
        if (it != byId.end())
            return it->second->throughputRps + it->second->errorsRps;
        if (auto st = sent.find(id); st != sent.end())
            return st->second;
        const core::Component* c = scenario.find(id);
        return c && c->kind == "users" && sources > 0 ? latest.offeredRps / sources : 0.0;
    };
    for (const core::Connection& k : scenario.connections)
        inbound[k.to] += thr(k.from);
    for (const core::Connection& k : scenario.connections) {
        LinkLive l;
        l.from = QString::fromStdString(k.from);
        l.to = QString::fromStdString(k.to);
        const double total = inbound[k.to];
        const double share = total > 0 ? thr(k.from) / total : 0.0;
        if (const core::Component* src = scenario.find(k.from);
            src && src->kind == "users" && sources > 0 && byId.find(k.from) == byId.end()) {
            l.rps = thr(k.from); // a user population sends to every front door
        } else if (auto it = byId.find(k.to); it != byId.end()) {
            l.rps = (it->second->throughputRps + it->second->errorsRps) * share;
            l.errorsRps = it->second->errorsRps * share;
        }
        f.links.push_back(l);
    }
    return f;
}

} // namespace scalelab::ui
