// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

namespace scalelab::core {

/// Components that never hold a request (users, data centers, monitoring, autoscaler
/// until they get their own runtime): anything sent to them fails with NoRoute.
class PassiveRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void served(ReqId r) override;
};

/// Forwards to its first target (resolving database clusters), or completes.
class ForwardingRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void served(ReqId r) override;
    int resolve(ReqId r) override;
};

/// Session store: a side trip of a web server; afterwards the web server continues.
class SessionStoreRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void served(ReqId r) override;
};

/// Routes each key to the database shard that owns it (hash or range partitioning).
class ShardRouterRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void served(ReqId r) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    /// The shard index (0-based among its database targets) that owns `key`.
    int shardOf(std::uint64_t key) const;

private:
    std::vector<int> m_shards;
    bool m_range = false;
};

} // namespace scalelab::core
