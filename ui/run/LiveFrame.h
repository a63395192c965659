// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/Observer.h"
#include "sim/SimTime.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace scalelab::ui {

/// What the canvas needs to draw one component live.
struct ComponentLive
{
    QString id;
    bool down = false;
    double utilization = 0.0; ///< 0..1, drives the load colour
    double queueLength = 0.0;
    double throughputRps = 0.0;
    double errorsRps = 0.0;
    double p99Ms = 0.0;
    double hitRate = -1.0;          ///< caches and CDN
    double replicationLagMs = -1.0; ///< replicas
    double workers = 0.0;           ///< workers; healthy targets of a load balancer or DNS
    double lookupsRps = -1.0;       ///< DNS: lookups that reached it per second
    double switchLeftS = -1.0;      ///< DNS: seconds until no client uses the answer before the last switch
    int targets = -1;               ///< load balancer, DNS: targets present
    int warming = -1;               ///< autoscaler: servers warming up
    int alerting = -1;              ///< monitoring: 1 firing, 0 quiet
    double metricValue = 0.0;       ///< monitoring: the watched metric's last value
    QString badge; ///< short key metric with its unit, e.g. "82% hit" or "p99 40 ms"
};

/// Traffic on one connection over the last sample interval.
struct LinkLive
{
    QString from, to;
    double rps = 0.0;
    double errorsRps = 0.0;
};

/// An immutable snapshot the run controller publishes to the GUI thread at most once
/// per frame. The GUI never reads engine state directly.
struct LiveFrame
{
    core::SimTime now = 0;
    double speedAchieved = 0.0; ///< simulated seconds per wall second over the last frames
    double eventsPerSecond = 0.0;
    std::vector<ComponentLive> components;
    std::vector<LinkLive> links;
    core::Sample latest; ///< the newest sample (global figures)
    /// Database role changes so far, in order (id, true = became the primary, false =
    /// a replaced primary, now a replica), filled by headless replays (GIF export); the
    /// window learns the same from RunController::simEvent.
    std::vector<std::pair<QString, bool>> roleChanges;
};

} // namespace scalelab::ui

Q_DECLARE_METATYPE(scalelab::ui::LiveFrame)
Q_DECLARE_METATYPE(scalelab::core::Sample)
Q_DECLARE_METATYPE(scalelab::core::SimEvent)
