// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/ComponentFactory.h"

#include "components/Cache.h"
#include "components/ControlRuntimes.h"
#include "components/Dns.h"
#include "components/MessageQueue.h"
#include "components/Database.h"
#include "components/LoadBalancer.h"
#include "components/SimpleRuntimes.h"
#include "components/WebServer.h"

namespace scalelab::core {

std::unique_ptr<ComponentRuntime> createRuntime(SimulationImpl& sim, const Component& c, int index)
{
    const std::string& k = c.kind;
    if (k == "web_server")
        return std::make_unique<WebServerRuntime>(sim, c, index);
    if (k == "load_balancer")
        return std::make_unique<LoadBalancerRuntime>(sim, c, index);
    if (k == "cache" || k == "cdn")
        return std::make_unique<CacheRuntime>(sim, c, index);
    if (k == "database")
        return std::make_unique<DatabaseRuntime>(sim, c, index);
    if (k == "session_store" || k == "object_store") // both: a side trip that returns to the web server
        return std::make_unique<SessionStoreRuntime>(sim, c, index);
    if (k == "shard_router")
        return std::make_unique<ShardRouterRuntime>(sim, c, index);
    if (k == "api_gateway")
        return std::make_unique<ApiGatewayRuntime>(sim, c, index);
    if (k == "dns")
        return std::make_unique<DnsRuntime>(sim, c, index);
    if (k == "message_queue")
        return std::make_unique<MessageQueueRuntime>(sim, c, index);
    if (k == "worker_pool")
        return std::make_unique<WorkerPoolRuntime>(sim, c, index);
    if (k == "autoscaler")
        return std::make_unique<AutoscalerRuntime>(sim, c, index);
    if (k == "monitoring")
        return std::make_unique<MonitoringRuntime>(sim, c, index);
    return std::make_unique<PassiveRuntime>(sim, c, index);
}

} // namespace scalelab::core
