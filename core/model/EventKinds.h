// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One table for every kind of event a run can show: the ones a timeline injects
// (crash, spike, partition...) and the ones the model produces (health_down, promoted,
// circuit_open...). The scenario loader, the simulation's injection, the timeline editor,
// the charts' markers, the event log and the exports all read it, so a new kind is one
// row here (and its marker label and texts listed for translation in
// ui/i18n/KindStrings.cpp; a test checks the two lists agree).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace scalelab::core {

struct Component;
struct Scenario;
struct TimelineEvent;

/// What a timeline event's target must be (the loader, the editor and the simulation
/// all apply this one rule).
enum class EventTarget : std::uint8_t {
    None,           ///< no target
    Any,            ///< any component
    PrimaryDatabase,
    ReplicaDatabase,
    CacheOrCdn,
    InDatacenter,   ///< a data center, or a component inside one
    Station,        ///< a component with a service time
    LoadBalancer,
    WebServer,
    Database,
    TwoDatacenters, ///< target and target2 in two different data centers
    TwoComponents,  ///< target and target2 any components
};

/// What the event does to its target, as the live canvas and the exports draw it.
enum class EventEffect : std::uint8_t {
    None,
    TakesDown,   ///< the target is down until a `recover` (the "crash family")
    BringsBack,  ///< the target is up again
    Promotes,    ///< `component` becomes the primary, `component2` (the old one) leaves the role
};

struct EventKind
{
    std::string_view name;
    bool injectable = false;      ///< may appear in a scenario's timeline
    EventTarget target = EventTarget::None;
    EventEffect effect = EventEffect::None;
    bool multiplies = false;      ///< `factor` is a multiplier and must be above 0
    const char* marker = nullptr; ///< short English label on chart markers and the event log
    const char* help = nullptr;   ///< injectable kinds: one sentence for the format's docs

    bool needsTarget() const { return target != EventTarget::None; }
    bool needsTarget2() const
    {
        return target == EventTarget::TwoDatacenters || target == EventTarget::TwoComponents;
    }
};

/// Every kind, injectable ones first in the order the docs and the timeline editor list them.
const std::vector<EventKind>& eventKinds();
/// The kinds a timeline may contain.
const std::vector<const EventKind*>& injectableEventKinds();
/// Any kind by name (nullptr when unknown).
const EventKind* findEventKind(std::string_view name);
/// An injectable kind by name (nullptr when unknown or not injectable).
const EventKind* findInjectableEventKind(std::string_view name);

/// Whether one component of `kind` (with `role` for databases) may be the target of an
/// event with this rule. The data-center rules accept any component here (they depend
/// on where it sits; timelineTargetProblem checks that).
bool eventTargetFits(EventTarget rule, const std::string& kind, const std::string& role);
/// "a primary database", "a cache or a CDN edge"... for messages.
std::string eventTargetDescription(EventTarget rule);

/// Why the timeline event's target does not fit its kind ("" when it does, or when the
/// target does not exist: the caller reports that itself).
std::string timelineTargetProblem(const Scenario& s, const TimelineEvent& e);

/// The texts the model writes into SimEvent::text. Each is an English template with %1,
/// %2... for its arguments; SimEvent keeps the id and the arguments so the GUI can show
/// the text in the user's language (and numbers in the user's format).
enum class EventText : std::uint16_t {
    None = 0,
    Injected,          ///< "%1: %2" (event name, target)
    InjectedNoTarget,  ///< "%1"
    Spike,
    ServerErrors,
    ServerAdded,
    ReplicaAdded,
    Recovered,
    DatacenterBack,
    PartitionHealed,
    LatencyNormal,
    SpeedNormal,
    ErrorsStopped,
    DnsSwitch,
    DnsSwitchFrom,
    DnsHealthDown,
    DnsHealthUp,
    Drained,
    DrainTimeout,
    FilesLost,
    SessionsLost,
    Replacement,
    HealthDown,
    HealthUp,
    ServerReady,
    AutoscaleOut,
    AutoscaleIn,
    AlertFired,
    AlertResolved,
    AlertFiredAt,
    AlertResolvedAt,
    WritesLost,
    ReplicaCopying,
    ReplicaReady,
    FailoverDetected,
    FailoverFailed,
    Promoted,
    CircuitClosed,
    CircuitOpened,
    LiveParam,
    LiveRate,
    LiveUsers,
    LiveMix,
    Count
};

/// The English template of a text ("" for None).
const char* eventTextTemplate(EventText id);
/// Fills a template's %1..%9 with `args` (C locale, as given).
std::string formatEventText(EventText id, const std::vector<std::string>& args);

/// A number as event texts print it: shortest form, C locale ("2.5", "1200", "0.001").
std::string eventNumber(double v);

} // namespace scalelab::core
