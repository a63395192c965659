// SPDX-License-Identifier: GPL-3.0-or-later
// The clients' side of a failure: deadlines (a client gives up on a slow answer), retries
// with backoff and jitter, and each client's circuit breaker. The request path that calls
// them is SimulationImpl.cpp.
#include "sim/SimulationImpl.h"

#include <algorithm>
#include <cmath>

namespace scalelab::core {

void SimulationImpl::abandon(ReqId r)
{
    m_pool[r].flags |= kFlagAbandoned;
    if (m_breaking)
        breakerOutcome(m_pool[r], false);
    // The abandoned attempt goes on where it is (servers finish what they started); the
    // user waits for the retry instead.
    if (m_retrying && retryLater(r, ErrorCause::TimedOut))
        return;
    Request& q = m_pool[r];
    ++m_windowFailed[static_cast<std::size_t>(ErrorCause::TimedOut)];
    if (q.flags & kFlagMeasured) {
        ++m_failed[static_cast<std::size_t>(ErrorCause::TimedOut)];
        if (q.type == RequestType::Write)
            ++failedWrites;
    }
    clientDone(q, 0); // a closed user gives up now and thinks again
}

void SimulationImpl::watchDeadline(ReqId r)
{
    if (m_generation.size() <= r)
        m_generation.resize(std::max<std::size_t>(static_cast<std::size_t>(r) + 1, 2 * m_generation.size()), 0);
    const std::uint32_t g = ++m_generation[r];
    m_deadlines.push_back({m_engine.now() + m_clientTimeoutNs, r, g});
    if (!m_deadlinePending) {
        m_deadlinePending = true;
        m_engine.schedule(m_deadlines.front().at, m_selfHandler, kClientDeadline);
    }
}

void SimulationImpl::checkDeadlines()
{
    m_deadlinePending = false;
    const SimTime now = m_engine.now();
    while (!m_deadlines.empty()) {
        const Deadline d = m_deadlines.front();
        const Request& q = m_pool[d.id];
        // Still the same client request (the slot is not free or reused) and unanswered.
        const bool waiting = q.at != -2 && m_generation[d.id] == d.generation &&
                             !(q.flags & (kFlagInternal | kFlagAbandoned));
        if (waiting && d.at > now)
            break;
        if (waiting)
            abandon(d.id);
        m_deadlines.pop_front();
    }
    if (!m_deadlines.empty()) {
        m_deadlinePending = true;
        m_engine.schedule(std::max(now, m_deadlines.front().at), m_selfHandler, kClientDeadline);
    }
}

bool SimulationImpl::retryLater(ReqId r, ErrorCause cause)
{
    const RetryPolicy& policy = m_scenario.workload.retry;
    // An open breaker fails fast: retrying would only ask it again.
    if (cause == ErrorCause::CircuitOpen || m_pool[r].attempts >= policy.maxRetries)
        return false;
    const Request old = m_pool[r]; // acquire() may move the pool
    const ReqId n = m_pool.acquire();
    Request& q = m_pool[n];
    q.start = old.start;
    q.client = old.client;
    q.source = old.source;
    q.type = old.type;
    q.key = old.key;
    q.attempts = static_cast<std::uint8_t>(old.attempts + 1);
    q.flags = old.flags & kFlagMeasured;
    q.at = -3; // waiting for its backoff, at no component
    if (q.flags & kFlagMeasured)
        ++retries;
    else
        ++m_unmeasuredLive;
    ++m_windowRetries;
    // The slot may have been watched for the client timeout before: that watch is void.
    if (n < m_generation.size())
        ++m_generation[n];
    // Exponential backoff: backoff_ms before the first retry, doubling, capped; a share
    // `jitter` of it drawn uniformly so that clients failed together do not retry together.
    const double base = std::min(policy.backoffMaxMs, policy.backoffMs * std::ldexp(1.0, old.attempts));
    const double delayMs = base * ((1.0 - policy.jitter) + policy.jitter * m_retryRng.uniform());
    m_engine.scheduleIn(millisToSimTime(delayMs), m_selfHandler, kRetry, n);
    return true;
}

bool SimulationImpl::breakerAdmits(Request& q)
{
    Breaker& b = m_breakers[std::min<std::size_t>(q.source, m_breakers.size() - 1)];
    if (b.state == Breaker::State::Closed)
        return true;
    if (b.state == Breaker::State::Open) {
        if (m_engine.now() < b.openUntil)
            return false;
        b.state = Breaker::State::HalfOpen;
        b.probeOut = false;
    }
    if (b.probeOut)
        return false;
    b.probeOut = true;
    q.flags |= kFlagProbe;
    return true;
}

void SimulationImpl::breakerOutcome(const Request& q, bool ok)
{
    const CircuitBreaker& cfg = m_scenario.workload.breaker;
    const std::size_t which = std::min<std::size_t>(q.source, m_breakers.size() - 1);
    Breaker& b = m_breakers[which];
    const SimTime now = m_engine.now();
    auto regionName = [&] {
        return m_sources.empty() ? std::string() : comp(m_sources[which]).id();
    };
    if (q.flags & kFlagProbe) {
        b.probeOut = false;
        if (ok) {
            b.state = Breaker::State::Closed;
            b.clear();
            SimEvent e;
            e.type = "circuit_closed";
            e.component = regionName();
            e.severity = SimEvent::Severity::Recovery;
            e.setText(EventText::CircuitClosed, {e.component});
            record(std::move(e));
        } else {
            b.state = Breaker::State::Open;
            b.openUntil = now + secondsToSimTime(cfg.openS);
        }
        return;
    }
    if (b.state != Breaker::State::Closed)
        return; // an attempt sent before the breaker opened
    const SimTime width = std::max<SimTime>(1, secondsToSimTime(cfg.windowS / Breaker::kBuckets));
    const std::int64_t idx = now / width;
    if (idx != b.bucket) {
        for (std::int64_t i = b.bucket + 1; i <= idx && i <= b.bucket + Breaker::kBuckets; ++i) {
            const auto k = static_cast<std::size_t>(i % Breaker::kBuckets);
            b.ok[k] = b.bad[k] = 0;
        }
        b.bucket = idx;
    }
    const auto k = static_cast<std::size_t>(idx % Breaker::kBuckets);
    if (ok) {
        ++b.ok[k];
        return;
    }
    ++b.bad[k];
    std::uint64_t good = 0, bad = 0;
    for (int i = 0; i < Breaker::kBuckets; ++i) {
        good += b.ok[i];
        bad += b.bad[i];
    }
    const std::uint64_t total = good + bad;
    if (total < static_cast<std::uint64_t>(cfg.minRequests) ||
        static_cast<double>(bad) < cfg.errorThreshold * static_cast<double>(total))
        return;
    b.state = Breaker::State::Open;
    b.openUntil = now + secondsToSimTime(cfg.openS);
    if (measuring())
        ++breakerOpens;
    SimEvent e;
    e.type = "circuit_open";
    e.component = regionName();
    e.severity = SimEvent::Severity::Warning;
    e.setText(EventText::CircuitOpened, {std::to_string(bad), std::to_string(total), e.component});
    record(std::move(e));
}

} // namespace scalelab::core
