// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/EventQueue.h"
#include "sim/SimTime.h"

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace scalelab::core {

class Engine;

/// Receives the events scheduled for it. Registered with Engine::addHandler, which
/// returns the index used as Event::target. The engine does not own handlers.
class EventHandler
{
public:
    virtual ~EventHandler() = default;
    virtual void handleEvent(Engine& engine, const Event& event) = 0;
};

using EventId = std::uint64_t;

/// Discrete-event engine: integer-nanosecond clock, a future-event set ordered by
/// (time, insertion sequence), no allocation per event once the set has grown.
class Engine
{
public:
    std::uint32_t addHandler(EventHandler* handler)
    {
        m_handlers.push_back(handler);
        return static_cast<std::uint32_t>(m_handlers.size() - 1);
    }

    SimTime now() const { return m_now; }

    /// Schedules an event at absolute time `at` (clamped to now). Returns its id.
    EventId schedule(SimTime at, std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0)
    {
        const EventId id = m_nextSeq++;
        m_queue.push(Event{at < m_now ? m_now : at, id, target, kind, arg});
        return id;
    }
    EventId scheduleIn(SimTime delay, std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0)
    {
        return schedule(m_now + (delay > 0 ? delay : 0), target, kind, arg);
    }

    /// Cancels a pending event; it will be skipped when it reaches the front.
    /// Returns false when the id was never issued. Cancelling a fired event is a no-op.
    bool cancel(EventId id)
    {
        if (id >= m_nextSeq)
            return false;
        m_cancelled.insert(id);
        return true;
    }

    /// Processes the next event. Returns false when none is pending.
    bool step()
    {
        while (!m_queue.empty()) {
            const Event e = m_queue.pop();
            if (!m_cancelled.empty() && m_cancelled.erase(e.seq))
                continue;
            m_now = e.time;
            ++m_processed;
            m_handlers[e.target]->handleEvent(*this, e);
            return true;
        }
        return false;
    }

    /// Processes every event with time <= t, then advances the clock to t.
    /// Stops early (clock left at the last event) when stop() is called by a handler.
    void runUntil(SimTime t)
    {
        m_stop = false;
        while (!m_queue.empty() && m_queue.top().time <= t && !m_stop)
            step();
        if (!m_stop && t > m_now)
            m_now = t;
    }
    /// Runs until no event is pending or stop() is called.
    void run()
    {
        m_stop = false;
        while (!m_stop && step()) {
        }
    }
    void stop() { m_stop = true; }

    std::size_t pending() const { return m_queue.size(); }
    SimTime nextTime() const { return m_queue.empty() ? kSimTimeMax : m_queue.top().time; }
    std::uint64_t eventsProcessed() const { return m_processed; }
    void reserve(std::size_t n) { m_queue.reserve(n); }

private:
    QuaternaryHeap m_queue;
    std::vector<EventHandler*> m_handlers;
    std::unordered_set<EventId> m_cancelled;
    SimTime m_now = 0;
    EventId m_nextSeq = 0;
    std::uint64_t m_processed = 0;
    bool m_stop = false;
};

} // namespace scalelab::core
