// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EventKinds.h"

#include "model/Scenario.h"

#include <iterator>
#include <charconv>
#include <cmath>

namespace scalelab::core {

const std::vector<EventKind>& eventKinds()
{
    using T = EventTarget;
    using F = EventEffect;
    static const std::vector<EventKind> kinds = {
        // Injectable, in the order of the format's documentation.
        {"spike", true, T::None, F::None, true, "spike", "Multiply demand by `factor` for `duration_s` seconds."},
        {"step", true, T::None, F::None, true, "step", "Set the demand multiplier to `factor` from now on."},
        {"ramp", true, T::None, F::None, true, "ramp", "Move the demand multiplier linearly to `factor` over `duration_s`."},
        {"daily_cycle", true, T::None, F::None, false, "daily cycle",
         "Start a daily cycle of amplitude `value` and period `duration_s` (default 86400)."},
        {"crash", true, T::Any, F::TakesDown, false, "crash", "Crash a component; it recovers after `duration_s` (0 = stays down)."},
        {"recover", true, T::Any, F::BringsBack, false, "recovered", "Bring a crashed component back."},
        {"master_loss", true, T::PrimaryDatabase, F::TakesDown, false, "primary lost",
         "Crash a primary database: failover promotes a replica."},
        {"replica_loss", true, T::ReplicaDatabase, F::TakesDown, false, "replica lost", "Crash a read replica."},
        {"cache_flush", true, T::CacheOrCdn, F::None, false, "cache flush", "Empty a cache or CDN edge."},
        {"cache_failure", true, T::CacheOrCdn, F::TakesDown, false, "cache down",
         "Crash a cache; reads fall through to the database."},
        {"dc_outage", true, T::InDatacenter, F::None, false, "DC outage",
         "Take every component of a data center down for `duration_s` (0 = stays down)."},
        {"partition", true, T::TwoDatacenters, F::None, false, "partition",
         "Cut the network between two data centers for `duration_s`."},
        {"link_latency", true, T::TwoComponents, F::None, false, "latency",
         "Add `value` ms one way between two components for `duration_s`."},
        {"slow", true, T::Station, F::None, true, "slow",
         "Multiply a component's service time by `factor` for `duration_s`."},
        {"errors", true, T::Station, F::None, false, "errors",
         "A component answers a share `value` (0 to 1) of the requests it serves with an error, for `duration_s` (0 = until changed)."},
        {"add_server", true, T::LoadBalancer, F::None, false, "+server", "Add a web server behind a load balancer."},
        {"remove_server", true, T::WebServer, F::None, false, "-server",
         "Take a web server (the target) out of rotation; it finishes what it holds within `duration_s` (0 = 30 s), then goes."},
        {"add_replica", true, T::Database, F::None, false, "+replica", "Add a read replica to a primary database."},
        {"marker", true, T::None, F::None, false, "mark", "Only a labelled mark on the charts."},
        // What the model produces.
        {"dc_recovered", false, T::None, F::None, false, "DC back"},
        {"partition_healed", false, T::None, F::None, false, "healed"},
        {"link_latency_end", false, T::None, F::None, false, "latency normal"},
        {"slow_end", false, T::None, F::None, false, "speed normal"},
        {"errors_end", false, T::None, F::None, false, "errors end"},
        {"health_down", false, T::None, F::None, false, "unhealthy"},
        {"health_up", false, T::None, F::None, false, "healthy"},
        {"failover_detected", false, T::None, F::None, false, "failover"},
        {"promoted", false, T::None, F::Promotes, false, "promoted"},
        {"failover_failed", false, T::None, F::None, false, "failover failed"},
        {"writes_lost", false, T::None, F::None, false, "writes lost"},
        {"dns_switch", false, T::None, F::None, false, "DNS switch"},
        {"server_replaced", false, T::None, F::None, false, "replaced"},
        {"server_ready", false, T::None, F::None, false, "ready"},
        {"server_drained", false, T::None, F::None, false, "drained"},
        {"drain_timeout", false, T::None, F::None, false, "drain timeout"},
        {"replica_copying", false, T::None, F::None, false, "copying"},
        {"replica_ready", false, T::None, F::None, false, "replica ready"},
        {"replica_replaced", false, T::None, F::None, false, "replaced"},
        {"sessions_lost", false, T::None, F::None, false, "sessions lost"},
        {"files_lost", false, T::None, F::None, false, "files lost"},
        {"autoscale_out", false, T::None, F::None, false, "autoscale"},
        {"autoscale_in", false, T::None, F::None, false, "autoscale"},
        {"alert", false, T::None, F::None, false, "alert"},
        {"alert_resolved", false, T::None, F::None, false, "alert over"},
        {"circuit_open", false, T::None, F::None, false, "breaker open"},
        {"circuit_closed", false, T::None, F::None, false, "breaker closed"},
        {"live_change", false, T::None, F::None, false, "change"},
    };
    return kinds;
}

const std::vector<const EventKind*>& injectableEventKinds()
{
    static const std::vector<const EventKind*> list = [] {
        std::vector<const EventKind*> v;
        for (const EventKind& k : eventKinds())
            if (k.injectable)
                v.push_back(&k);
        return v;
    }();
    return list;
}

const EventKind* findEventKind(std::string_view name)
{
    for (const EventKind& k : eventKinds())
        if (k.name == name)
            return &k;
    return nullptr;
}

const EventKind* findInjectableEventKind(std::string_view name)
{
    const EventKind* k = findEventKind(name);
    return k && k->injectable ? k : nullptr;
}

bool eventTargetFits(EventTarget rule, const std::string& kind, const std::string& role)
{
    switch (rule) {
    case EventTarget::PrimaryDatabase:
        return kind == "database" && role == "primary";
    case EventTarget::ReplicaDatabase:
        return kind == "database" && role == "replica";
    case EventTarget::CacheOrCdn:
        return kind == "cache" || kind == "cdn";
    case EventTarget::Station: {
        const KindSpec* spec = findKind(kind);
        return spec && spec->isStation;
    }
    case EventTarget::LoadBalancer:
        return kind == "load_balancer";
    case EventTarget::WebServer:
        return kind == "web_server";
    case EventTarget::Database:
        return kind == "database";
    case EventTarget::None:
    case EventTarget::Any:
    case EventTarget::InDatacenter:
    case EventTarget::TwoDatacenters:
    case EventTarget::TwoComponents:
        return true;
    }
    return true;
}

std::string eventTargetDescription(EventTarget rule)
{
    switch (rule) {
    case EventTarget::PrimaryDatabase:
        return "a primary database";
    case EventTarget::ReplicaDatabase:
        return "a replica database";
    case EventTarget::CacheOrCdn:
        return "a cache or a CDN edge";
    case EventTarget::Station:
        return "a component that serves requests";
    case EventTarget::LoadBalancer:
        return "a load balancer";
    case EventTarget::WebServer:
        return "a web server";
    case EventTarget::Database:
        return "a database";
    case EventTarget::InDatacenter:
        return "a data center or a component inside one";
    case EventTarget::TwoDatacenters:
        return "two different data centers (or components in two different ones)";
    case EventTarget::None:
    case EventTarget::Any:
    case EventTarget::TwoComponents:
        return "a component";
    }
    return "a component";
}

std::string timelineTargetProblem(const Scenario& s, const TimelineEvent& e)
{
    const EventKind* kind = findInjectableEventKind(e.type);
    const Component* t = s.find(e.target);
    if (!kind || !t)
        return {};
    const std::string& k = t->kind;
    const std::string is = "\"" + e.target + "\" is a " + k;
    auto dcOf = [&](const Component* c) -> const Component* {
        if (!c)
            return nullptr;
        return c->kind == "datacenter" ? c : s.find(c->datacenter);
    };
    switch (kind->target) {
    case EventTarget::None:
    case EventTarget::Any:
    case EventTarget::TwoComponents:
        return {};
    case EventTarget::PrimaryDatabase:
        if (!(k == "database" && t->choice("role") == "primary"))
            return is + (k == "database" ? " replica" : "") + "; " + e.type + " needs a primary database";
        return {};
    case EventTarget::ReplicaDatabase:
        if (!(k == "database" && t->choice("role") == "replica"))
            return is + (k == "database" ? " primary" : "") + "; " + e.type + " needs a replica database";
        return {};
    case EventTarget::CacheOrCdn:
        if (k != "cache" && k != "cdn")
            return is + "; " + e.type + " needs a cache or a CDN edge";
        return {};
    case EventTarget::InDatacenter:
        if (!dcOf(t))
            return is + " outside any data center; " + e.type + " needs a data center or a component inside one";
        return {};
    case EventTarget::Station: {
        const KindSpec* spec = findKind(k);
        if (!spec || !spec->isStation)
            return is + ", which has no service time; " + e.type + " needs a component that serves requests";
        return {};
    }
    case EventTarget::LoadBalancer:
        if (k != "load_balancer")
            return is + "; " + e.type + " needs a load balancer";
        return {};
    case EventTarget::WebServer:
        if (k != "web_server")
            return is + "; " + e.type + " needs a web server";
        return {};
    case EventTarget::Database:
        if (k != "database")
            return is + "; " + e.type + " needs a database";
        return {};
    case EventTarget::TwoDatacenters: {
        const Component* a = dcOf(t);
        const Component* b = dcOf(s.find(e.target2));
        if (s.find(e.target2) && (!a || !b || a == b))
            return "a " + e.type + " needs two different data centers (or components in two different ones)";
        return {};
    }
    }
    return {};
}

namespace {
constexpr const char* kTemplates[] = {
    "",
    "%1: %2",
    "%1",
    "traffic spike x%1",
    "%1 answers %2% of requests with an error",
    "server added: %1",
    "replica added: %1",
    "recovered: %1",
    "data center back: %1",
    "partition healed",
    "link latency back to normal",
    "back to normal speed: %1",
    "no more errors: %1",
    "DNS now sends %1 users to %2",
    "DNS now sends %1 users to %2 instead of %3",
    "DNS health check: %1 removed from the record",
    "DNS health check: %1 back in the record",
    "%1 drained: %2 requests finished in %3 ms",
    "drain timeout on %1: %2 requests cut off, %3 finished",
    "%1 users' files lost with %2",
    "%1 users logged out on %2",
    "replacement for %1: %2",
    "health check: %1 taken out",
    "health check: %1 back in",
    "%1 warmed up and takes traffic",
    "autoscaler adds %1 (utilization %2%)",
    "autoscaler retires %1 (utilization %2%)",
    "%1: end-to-end %2 is %3%4, above %5%4 for %6 s",
    "%1: end-to-end %2 back to %3%4",
    "%1: %2 of %3 is %4%5, above %6%5 for %7 s",
    "%1: %2 of %3 back to %4%5",
    "%1 writes not yet replicated were lost",
    "new replica %1 copies %2 GB: ready in %3 s",
    "%1 has its copy of the data and serves reads",
    "primary failure detected: promoting a replica",
    "no healthy replica to promote: writes stay down",
    "%1 promoted to primary after %2 s",
    "circuit breaker closed: %1's probe succeeded",
    "circuit breaker opened: %1 of %2 attempts failed (%3)",
    "%1 = %2",
    "request rate set to %1 req/s",
    "users set to %1",
    "request mix set to %1% reads, %2% writes",
};
static_assert(std::size(kTemplates) == static_cast<std::size_t>(EventText::Count),
              "one template per EventText, in the enum's order");
} // namespace

const char* eventTextTemplate(EventText id)
{
    const auto i = static_cast<std::size_t>(id);
    return i < std::size(kTemplates) ? kTemplates[i] : "";
}

std::string formatEventText(EventText id, const std::vector<std::string>& args)
{
    const std::string_view t = eventTextTemplate(id);
    std::string out;
    out.reserve(t.size() + 16);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(t[i + 1] - '1');
            if (n < args.size())
                out += args[n];
            ++i;
        } else {
            out += t[i];
        }
    }
    return out;
}

std::string eventNumber(double v)
{
    if (!std::isfinite(v))
        return v > 0 ? "inf" : (v < 0 ? "-inf" : "nan");
    // Round to 4 significant digits first so 0.1 + 0.2 prints as 0.3.
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 4);
    std::string s(buf, r.ptr);
    // to_chars with a precision may print 1.2e+03; spell out plain numbers up to a billion.
    if (s.find('e') != std::string::npos && std::fabs(v) >= 1 && std::fabs(v) < 1e9) {
        const auto r2 = std::to_chars(buf, buf + sizeof buf, std::round(v), std::chars_format::fixed, 0);
        s.assign(buf, r2.ptr);
    }
    return s;
}

} // namespace scalelab::core
