// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/CalendarQueue.h"
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

/// Which future-event set an Engine uses. Both pop in exactly (time, seq) order, so a
/// run gives identical results with either; they differ only in speed (see
/// docs/performance.md): the 4-ary heap wins on small pending sets, the calendar
/// (time wheel) on large ones. Auto starts with the heap and moves every pending event
/// to the calendar when more than kAutoCalendarAbove are pending (and back below
/// kAutoHeapBelow).
enum class QueueKind : std::uint8_t { Heap, Calendar, Auto };

/// Discrete-event engine: integer-nanosecond clock, a future-event set ordered by
/// (time, insertion sequence), no allocation per event once the set has grown.
class Engine
{
public:
    static constexpr std::size_t kAutoCalendarAbove = 256;
    static constexpr std::size_t kAutoHeapBelow = 32;

    explicit Engine(QueueKind kind = QueueKind::Auto) { setQueueKind(kind); }

    /// Chooses the event set; pending events move over. Allowed at any time.
    void setQueueKind(QueueKind kind)
    {
        m_kind = kind;
        useCalendar(kind == QueueKind::Calendar);
    }
    QueueKind queueKind() const { return m_kind; }
    /// True while the calendar queue holds the pending events.
    bool usingCalendar() const { return m_calendar; }

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
        const SimTime t = at < m_now ? m_now : at;
        if (m_calendar)
            m_cal.push(t, id, target, kind, arg);
        else
            m_heap.push(t, id, target, kind, arg);
        if (m_kind == QueueKind::Auto && !m_calendar && m_heap.size() > kAutoCalendarAbove) [[unlikely]]
            useCalendar(true);
        return id;
    }
    EventId scheduleIn(SimTime delay, std::uint32_t target, std::uint32_t kind, std::uint64_t arg = 0)
    {
        return schedule(m_now + (delay > 0 ? delay : 0), target, kind, arg);
    }

    /// Cancels a pending event; it will be skipped when it reaches the front.
    /// Returns false when the id was never issued. Cancelling a fired (or already
    /// cancelled) event is a harmless no-op. Cost: one hash insert; the pop path pays a
    /// hash lookup only while some cancellation is outstanding.
    bool cancel(EventId id)
    {
        if (id >= m_nextSeq)
            return false;
        m_cancelled.insert(id);
        if (m_cancelled.size() > 2 * pending() + 1024) [[unlikely]]
            pruneCancelled();
        return true;
    }

    /// Processes the next event. Returns false when none is pending.
    bool step() { return stepUntil(kSimTimeMax); }

    /// Processes the next event if its time is <= limit (cancelled events on the way
    /// are discarded). Returns false when nothing was processed.
    bool stepUntil(SimTime limit)
    {
        Event e;
        for (;;) {
            if (m_calendar) {
                if (m_cal.empty() || m_cal.top().time > limit)
                    return false;
                e = m_cal.pop();
            } else {
                if (m_heap.empty() || m_heap.top().time > limit)
                    return false;
                e = m_heap.pop();
            }
            if (m_cancelled.empty() || !m_cancelled.erase(e.seq)) [[likely]]
                break;
        }
        m_now = e.time;
        ++m_processed;
        m_handlers[e.target]->handleEvent(*this, e);
        if (m_kind == QueueKind::Auto && m_calendar && m_cal.size() < kAutoHeapBelow) [[unlikely]]
            useCalendar(false);
        return true;
    }

    /// Processes every event with time <= t, then advances the clock to t.
    /// Stops early (clock left at the last event) when stop() is called by a handler.
    void runUntil(SimTime t)
    {
        m_stop = false;
        while (!m_stop && stepUntil(t)) {
        }
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

    /// Events in the set, including cancelled ones not yet reached.
    std::size_t pending() const { return m_calendar ? m_cal.size() : m_heap.size(); }
    /// Time of the earliest pending event (a cancelled one counts), kSimTimeMax if none.
    SimTime nextTime() const
    {
        if (m_calendar)
            return m_cal.empty() ? kSimTimeMax : m_cal.top().time;
        return m_heap.empty() ? kSimTimeMax : m_heap.top().time;
    }
    /// The earliest pending event (a cancelled one counts), nullptr if none: a handler
    /// may prefetch what that event will touch.
    const Event* peek() const
    {
        if (m_calendar)
            return m_cal.empty() ? nullptr : &m_cal.top();
        return m_heap.empty() ? nullptr : &m_heap.top();
    }
    std::uint64_t eventsProcessed() const { return m_processed; }
    /// Pre-sizes the heap for n pending events (large n also selects the calendar in Auto).
    void reserve(std::size_t n)
    {
        if (m_kind == QueueKind::Auto && n > kAutoCalendarAbove)
            useCalendar(true);
        if (!m_calendar)
            m_heap.reserve(n);
    }
    /// Heap capacity (tests check that it stops growing in a steady state).
    std::size_t heapCapacity() const { return m_heap.capacity(); }

private:
    void useCalendar(bool on)
    {
        if (on == m_calendar)
            return;
        if (on) {
            while (!m_heap.empty())
                m_cal.push(m_heap.pop());
        } else {
            m_cal.forEach([this](const Event& e) { m_heap.push(e); });
            m_cal.clear();
        }
        m_calendar = on;
    }
    void pruneCancelled()
    {
        std::unordered_set<EventId> live;
        auto keep = [&](const Event& e) {
            if (m_cancelled.count(e.seq))
                live.insert(e.seq);
        };
        if (m_calendar)
            m_cal.forEach(keep);
        else
            m_heap.forEach(keep);
        m_cancelled.swap(live);
    }

    QuaternaryHeap m_heap;
    CalendarQueue m_cal;
    QueueKind m_kind = QueueKind::Auto;
    bool m_calendar = false;
    std::vector<EventHandler*> m_handlers;
    std::unordered_set<EventId> m_cancelled;
    SimTime m_now = 0;
    EventId m_nextSeq = 0;
    std::uint64_t m_processed = 0;
    bool m_stop = false;
};

} // namespace scalelab::core
