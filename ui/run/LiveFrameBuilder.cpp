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

QString badgeFor(const core::Component& c, const ComponentLive& live)
{
    if (live.down)
        return QCoreApplication::translate("LiveFrame", "DOWN");
    if (live.hitRate >= 0)
        return QCoreApplication::translate("LiveFrame", "%1% hit")
            .arg(std::lround(live.hitRate * 100));
    if (live.replicationLagMs >= 0)
        return QCoreApplication::translate("LiveFrame", "lag %1")
            .arg(msText(live.replicationLagMs));
    if (c.kind == "users" || c.kind == "dns")
        return rateText(live.throughputRps);
    if (c.kind == "message_queue")
        return QCoreApplication::translate("LiveFrame", "%1 waiting")
            .arg(std::lround(live.queueLength));
    if (c.kind == "monitoring" || c.kind == "autoscaler" || c.kind == "datacenter")
        return {};
    if (live.utilization >= 0.995 && live.queueLength >= 1)
        return QCoreApplication::translate("LiveFrame", "100% busy, %1 queued")
            .arg(std::lround(live.queueLength));
    return QCoreApplication::translate("LiveFrame", "%1% busy, p99 %2")
        .arg(std::lround(live.utilization * 100))
        .arg(msText(live.p99Ms));
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

    int usersCount = 0;
    for (const core::Component& c : scenario.components)
        usersCount += c.kind == "users" ? 1 : 0;
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
        }
        if (c.kind == "users" && live.throughputRps <= 0 && usersCount > 0)
            live.throughputRps = latest.offeredRps / usersCount; // what this population sends
        for (const auto& [id, down] : downOverride)
            if (id == c.id)
                live.down = down;
        live.badge = badgeFor(c, live);
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
            l.rps = latest.offeredRps / sources; // a user population sends to every front door
        } else if (auto it = byId.find(k.to); it != byId.end()) {
            l.rps = (it->second->throughputRps + it->second->errorsRps) * share;
            l.errorsRps = it->second->errorsRps * share;
        }
        f.links.push_back(l);
    }
    return f;
}

} // namespace scalelab::ui
