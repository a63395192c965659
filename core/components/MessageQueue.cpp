// SPDX-License-Identifier: GPL-3.0-or-later
#include "components/MessageQueue.h"

#include "sim/SimulationImpl.h"

namespace scalelab::core {

void MessageQueueRuntime::wire()
{
    const double cap = m_config.number("capacity");
    m_capacity = cap >= 1e9 ? SIZE_MAX : static_cast<std::size_t>(cap);
    m_consumers.clear();
    for (int t : m_sim.targets(m_index))
        if (m_sim.comp(t).is(Kind::WorkerPool))
            m_consumers.push_back(t);
    m_claimed.assign(m_consumers.size(), 0);
}

void MessageQueueRuntime::push(ReqId job)
{
    Request& q = m_sim.req(job);
    q.next = kNoReq;
    q.enqueued = m_sim.now();
    q.at = m_index;
    q.flags |= kFlagQueued;
    if (m_tail == kNoReq)
        m_head = job;
    else
        m_sim.req(m_tail).next = job;
    m_tail = job;
    ++m_queueLen;
}

void MessageQueueRuntime::accept(ReqId r)
{
    if (m_down) {
        m_sim.fail(r, ErrorCause::Down, m_index);
        return;
    }
    Request& q = m_sim.req(r);
    if (q.flags & kFlagInternal) { // a job coming back
        push(r);
        dispatch();
        return;
    }
    if (m_queueLen >= m_capacity) {
        m_sim.fail(r, ErrorCause::Rejected, m_index);
        return;
    }
    const std::uint64_t key = q.key;
    const std::uint32_t client = q.client;
    const std::uint8_t source = q.source;
    const auto measured = static_cast<std::uint16_t>(q.flags & kFlagMeasured);
    const ReqId job = m_sim.spawnInternal(RequestType::Job, key, m_index); // may move the pool
    Request& j = m_sim.req(job);
    j.client = client;
    j.source = source;
    j.flags |= measured;
    push(job);
    countServed(measured != 0);
    m_sim.complete(r); // acknowledged: the user does not wait for the work
    dispatch();
}

void MessageQueueRuntime::served(ReqId r) { accept(r); }

void MessageQueueRuntime::dispatch()
{
    const std::size_t n = m_consumers.size();
    while (m_queueLen > 0 && !m_down && n > 0) {
        int chosen = -1;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = (m_rr + k) % n;
            const ComponentRuntime& w = m_sim.comp(m_consumers[i]);
            if (!w.isDown() && w.active() && m_claimed[i] < w.workers()) {
                chosen = static_cast<int>(i);
                m_rr = (i + 1) % n;
                break;
            }
        }
        if (chosen < 0)
            return;
        const ReqId job = m_head;
        m_head = m_sim.req(job).next;
        if (m_head == kNoReq)
            m_tail = kNoReq;
        --m_queueLen;
        Request& q = m_sim.req(job);
        q.flags &= static_cast<std::uint16_t>(~kFlagQueued);
        q.web = m_index; // the worker reports back here
        ++m_claimed[static_cast<std::size_t>(chosen)];
        m_sim.forward(job, m_index, m_consumers[static_cast<std::size_t>(chosen)]);
    }
}

void MessageQueueRuntime::workerFree(int worker)
{
    for (std::size_t i = 0; i < m_consumers.size(); ++i)
        if (m_consumers[i] == worker && m_claimed[i] > 0)
            --m_claimed[i];
    dispatch();
}

void MessageQueueRuntime::workerLost(int worker)
{
    for (std::size_t i = 0; i < m_consumers.size(); ++i)
        if (m_consumers[i] == worker)
            m_claimed[i] = 0;
}

void MessageQueueRuntime::requeue(ReqId job)
{
    push(job);
    dispatch();
}

void MessageQueueRuntime::setDown(bool down, const std::string&)
{
    // Durable: the messages stay; a down queue only refuses new jobs and stops delivering.
    if (down == m_down)
        return;
    m_down = down;
    if (!down)
        dispatch();
}

bool MessageQueueRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    if (key == "capacity")
        wire();
    return true;
}

void MessageQueueRuntime::fillSample(ComponentSample& s) const
{
    s.queueLength = static_cast<double>(m_queueLen);
    s.utilization = m_capacity > 0 && m_capacity != SIZE_MAX
                        ? static_cast<double>(m_queueLen) / static_cast<double>(m_capacity)
                        : 0.0;
}

void WorkerPoolRuntime::wire()
{
    m_failureRate = m_config.number("failure_rate");
    m_maxRetries = static_cast<int>(m_config.number("max_retries"));
    m_data = -1;
    for (int t : m_sim.targets(m_index)) {
        const Kind k = m_sim.comp(t).kindId();
        if (k == Kind::Database || k == Kind::ShardRouter || k == Kind::Cache) {
            m_data = t;
            break;
        }
    }
}

MessageQueueRuntime* WorkerPoolRuntime::queueOf(const Request& q)
{
    if (q.web >= 0 && m_sim.comp(q.web).is(Kind::MessageQueue))
        return static_cast<MessageQueueRuntime*>(&m_sim.comp(q.web));
    return nullptr;
}

void WorkerPoolRuntime::accept(ReqId r)
{
    if (m_down) {
        // Delivered to a dead worker: the message was never acknowledged, so it returns.
        if (MessageQueueRuntime* mq = queueOf(m_sim.req(r))) {
            mq->requeue(r);
            return;
        }
    }
    enqueue(r);
}

void WorkerPoolRuntime::served(ReqId r)
{
    Request& q = m_sim.req(r);
    MessageQueueRuntime* mq = queueOf(q);
    if (m_failureRate > 0 && m_sim.miscRng().bernoulli(m_failureRate)) {
        ++q.attempts;
        if (mq && q.attempts <= m_maxRetries) {
            ++m_sim.jobRetries;
            mq->requeue(r);
        } else {
            ++m_sim.deadLetters;
            ++m_stats.windowErrors;
            m_sim.complete(r); // internal: released
        }
    } else {
        ++m_sim.jobsProcessed;
        q.web = m_index;
        if (m_data >= 0) {
            q.type = RequestType::Write;
            m_sim.noteWrite(q.key); // straight to the database: no cache sees this write
            const int target = m_sim.comp(m_data).resolve(r);
            m_sim.forward(r, m_index, target >= 0 ? target : m_data);
        } else {
            m_sim.complete(r);
        }
    }
    if (mq)
        mq->workerFree(m_index);
}

bool WorkerPoolRuntime::applyParam(const std::string& key, const ParamValue& value, std::string* error)
{
    if (!ComponentRuntime::applyParam(key, value, error))
        return false;
    wire();
    return true;
}

void WorkerPoolRuntime::setDown(bool down, const std::string& reason)
{
    if (!down || m_down) {
        ComponentRuntime::setDown(down, reason);
        if (!down)
            for (int s : m_sim.sources(m_index))
                if (m_sim.comp(s).is(Kind::MessageQueue))
                    static_cast<MessageQueueRuntime&>(m_sim.comp(s)).workerFree(-1);
        return;
    }
    // Jobs in progress were not acknowledged: they go back to their queue.
    accrue();
    ++m_generation;
    std::vector<ReqId> held = takeInService();
    while (m_head != kNoReq) {
        held.push_back(m_head);
        m_head = m_sim.req(m_head).next;
        --m_queueLen;
    }
    m_tail = kNoReq;
    m_down = true;
    for (int s : m_sim.sources(m_index))
        if (m_sim.comp(s).is(Kind::MessageQueue))
            static_cast<MessageQueueRuntime&>(m_sim.comp(s)).workerLost(m_index);
    for (ReqId r : held) {
        if (MessageQueueRuntime* mq = queueOf(m_sim.req(r)))
            mq->requeue(r);
        else
            m_sim.fail(r, ErrorCause::Down, m_index);
    }
}

} // namespace scalelab::core
