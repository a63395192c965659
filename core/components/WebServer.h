// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <unordered_set>

namespace scalelab::core {

/// Web/application server. After its own work a request may visit the session store
/// (stateless mode), then the cache and/or the database (reads and writes), or the
/// message queue (jobs). In stateful mode sessions live in this server's memory, and
/// a crash logs out every user whose session was here.
class WebServerRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void served(ReqId r) override;
    void resume(ReqId r) override;
    void setDown(bool down, const std::string& reason) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    std::size_t sessions() const { return m_sessions.size(); }

protected:
    /// Sends the request to its data tier (cache, database, shard router) or completes it.
    void continueRequest(ReqId r);
    int m_cache = -1, m_data = -1, m_sessionStore = -1, m_queue = -1;
    bool m_stateful = false;
    std::unordered_set<std::uint32_t> m_sessions;
};

} // namespace scalelab::core
