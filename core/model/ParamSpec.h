// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace scalelab::core {

/// A parameter value: a number (booleans are 0/1) or a choice among named options.
using ParamValue = std::variant<double, std::string>;

/// Describes one parameter of a component kind: the scenario loader validates against
/// it, the inspector builds its editor from it and the docs list it.
struct ParamSpec
{
    enum class Type { Number, Integer, Bool, Choice };

    std::string key;   ///< JSON key, snake_case, unit suffix where there is a unit
    std::string label; ///< short human label
    std::string unit;  ///< "ms", "s", "items", "req/s", "" ...
    Type type = Type::Number;
    double defaultNumber = 0.0;
    double min = 0.0;
    double max = 1e9;
    std::vector<std::string> choices; ///< for Choice; the first is the default
    std::string help;                 ///< one sentence
    bool logScale = false;            ///< a slider for it should be logarithmic
    bool liveEditable = true;         ///< takes effect in a running simulation

    ParamValue defaultValue() const
    {
        if (type == Type::Choice)
            return choices.empty() ? std::string{} : choices.front();
        return defaultNumber;
    }
};

/// The role a kind plays when the topology is analysed (reads, writes, static content).
enum class KindRole {
    Source,     ///< users
    Router,     ///< dns, load balancer, gateway, shard router: forwards without owning data
    Compute,    ///< web/app servers, workers
    Cache,      ///< cache, cdn
    DataStore,  ///< databases
    Queue,      ///< message queue
    Support,    ///< session store
    Group,      ///< data center (holds other components)
    Control,    ///< monitoring, autoscaler: observe, not on the request path
};

/// Component kinds as a small enum, resolved once from the kind string so per-request
/// code and analyses never compare strings. Order matches componentKinds().
enum class Kind : std::uint8_t {
    Users, Dns, Cdn, ApiGateway, LoadBalancer, WebServer, Cache, Database, ShardRouter,
    SessionStore, MessageQueue, WorkerPool, Datacenter, Monitoring, Autoscaler, ObjectStore, Unknown
};
/// The enum of a kind id ("web_server" -> Kind::WebServer); Unknown when not a kind.
Kind kindFromName(const std::string& kind);

struct KindSpec
{
    std::string id;          ///< "web_server"
    std::string displayName; ///< "Web server"
    std::string description; ///< one sentence for the palette tooltip
    KindRole role = KindRole::Compute;
    bool isStation = true;   ///< has workers and a queue
    std::vector<ParamSpec> params;
    /// Kinds this kind may connect to (outgoing); empty = none.
    std::vector<std::string> targets;

    const ParamSpec* param(const std::string& key) const
    {
        for (const auto& p : params)
            if (p.key == key)
                return &p;
        return nullptr;
    }
    bool canConnectTo(const std::string& kind) const
    {
        for (const auto& t : targets)
            if (t == kind)
                return true;
        return false;
    }
};

/// The regions users, data centers and CDN edges can be in, in index order.
const std::vector<std::string>& regionNames();
/// Index of a region name in regionNames() (0 when unknown).
int regionIndex(const std::string& name);

/// All component kinds, in palette order.
const std::vector<KindSpec>& componentKinds();
/// The spec of a kind, or nullptr when unknown.
const KindSpec* findKind(const std::string& id);
/// A one-line reason why `fromKind` may not connect to `toKind`, or empty when allowed.
std::string connectionRefusal(const std::string& fromKind, const std::string& toKind);

} // namespace scalelab::core
