// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <vector>

namespace scalelab::core {

/// A durable message queue. A job request from a web server is acknowledged at once
/// (the user does not wait for the work) and becomes a message; when the queue holds
/// `capacity` messages new jobs are rejected. Consumers (worker pools it connects to)
/// pull: a message is handed to a pool only while the pool has a free worker, so the
/// backlog drains at (consumer rate - arrival rate). Messages survive a crash of the
/// queue (it refuses new jobs while down) and of a worker pool (its jobs are delivered
/// again). The waiting messages are the station FIFO of the base class.
class MessageQueueRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void accept(ReqId r) override;
    void served(ReqId r) override;
    void setDown(bool down, const std::string& reason) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;
    void fillSample(ComponentSample& s) const override;

    /// A consumer finished (or lost) one job it had pulled: hand it the next message.
    void workerFree(int worker);
    /// A consumer crashed: it holds nothing any more.
    void workerLost(int worker);
    /// Puts a job back at the tail (failed attempt, or redelivery after a crash).
    void requeue(ReqId job);
    std::size_t depth() const { return m_queueLen; }

private:
    void push(ReqId job);
    void dispatch();

    std::vector<int> m_consumers;
    std::vector<int> m_claimed; ///< jobs handed to each consumer and not yet finished
    std::size_t m_capacity = 0;
    std::size_t m_rr = 0;
};

/// Background workers fed by a message queue. Each attempt of a job fails with
/// probability `failure_rate`; a failed job goes back to the queue until it has been
/// retried `max_retries` times, then to the dead-letter count. A successful job
/// writes to the data tier it connects to (database, cache or shard router), if any.
class WorkerPoolRuntime : public ComponentRuntime
{
public:
    using ComponentRuntime::ComponentRuntime;
    void wire() override;
    void accept(ReqId r) override;
    void served(ReqId r) override;
    void setDown(bool down, const std::string& reason) override;
    bool applyParam(const std::string& key, const ParamValue& value, std::string* error) override;

private:
    MessageQueueRuntime* queueOf(const Request& q);
    int m_data = -1;
    double m_failureRate = 0;
    int m_maxRetries = 0;
};

} // namespace scalelab::core
