// SPDX-License-Identifier: GPL-3.0-or-later
// Engine semantics, run against every future-event set (heap, calendar, auto).
#include "sim/Engine.h"
#include "sim/Random.h"

#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <functional>
#include <map>
#include <unordered_map>
#include <new>

// Counts every allocation in this test program, to prove the hot path does none.
static std::atomic<std::uint64_t> g_allocations{0};
void* operator new(std::size_t n)
{
    ++g_allocations;
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
// The nothrow forms too (std::stable_sort's buffer): otherwise ASan's own operator new
// pairs with the free() above and reports a mismatch.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept
{
    ++g_allocations;
    return std::malloc(n ? n : 1);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace scalelab::core;

namespace {

/// Records (time, kind, arg) of every event it receives; can reschedule.
class Recorder final : public EventHandler
{
public:
    std::vector<std::tuple<SimTime, std::uint32_t, std::uint64_t>> seen;
    std::function<void(Engine&, const Event&)> then;
    void handleEvent(Engine& engine, const Event& e) override
    {
        seen.emplace_back(engine.now(), e.kind, e.arg);
        if (then)
            then(engine, e);
    }
};

/// A hold model with no allocation of its own: each event schedules one successor
/// drawn from an exponential delay, so the pending count stays constant.
class Hold final : public EventHandler
{
public:
    RandomStream rng{9, 9};
    double rate = 1000.0;
    void handleEvent(Engine& engine, const Event& e) override
    {
        engine.scheduleIn(secondsToSimTime(rng.exponential(rate)), e.target, e.kind, e.arg);
    }
};

void addKinds()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("heap") << static_cast<int>(QueueKind::Heap);
    QTest::newRow("calendar") << static_cast<int>(QueueKind::Calendar);
    QTest::newRow("auto") << static_cast<int>(QueueKind::Auto);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalTimesKeepInsertionOrder_data() { addKinds(); }
    void equalTimesKeepInsertionOrder()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        // Interleave two time values; within each, insertion order must survive.
        for (std::uint64_t i = 0; i < 100; ++i)
            engine.schedule(i % 2 ? 2000 : 1000, h, 0, i);
        engine.run();
        QCOMPARE(rec.seen.size(), std::size_t{100});
        for (std::size_t k = 0; k < 50; ++k) {
            QCOMPARE(std::get<0>(rec.seen[k]), SimTime{1000});
            QCOMPARE(std::get<2>(rec.seen[k]), std::uint64_t{2 * k});
            QCOMPARE(std::get<0>(rec.seen[50 + k]), SimTime{2000});
            QCOMPARE(std::get<2>(rec.seen[50 + k]), std::uint64_t{2 * k + 1});
        }
    }

    void schedulingInThePastIsClamped_data() { addKinds(); }
    void schedulingInThePastIsClamped()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        rec.then = [h](Engine& en, const Event& e) {
            if (e.kind == 0)
                en.schedule(en.now() - 500, h, 1, 0); // in the past: runs at now
        };
        engine.schedule(1000, h, 0, 0);
        engine.run();
        QCOMPARE(rec.seen.size(), std::size_t{2});
        QCOMPARE(std::get<0>(rec.seen[1]), SimTime{1000});
    }

    void cancellation_data() { addKinds(); }
    void cancellation()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        const EventId a = engine.schedule(10, h, 0, 1);
        const EventId b = engine.schedule(20, h, 0, 2);
        const EventId c = engine.schedule(30, h, 0, 3);
        QVERIFY(engine.step()); // fires a
        QVERIFY(engine.cancel(a));  // already fired: accepted, no effect
        QVERIFY(engine.cancel(b));  // pending: skipped
        QVERIFY(!engine.cancel(c + 1000)); // never issued
        QVERIFY(engine.cancel(b));  // twice: still harmless
        engine.run();
        QCOMPARE(rec.seen.size(), std::size_t{2});
        QCOMPARE(std::get<2>(rec.seen[0]), std::uint64_t{1});
        QCOMPARE(std::get<2>(rec.seen[1]), std::uint64_t{3});
        QCOMPARE(engine.now(), SimTime{30});
        QCOMPARE(engine.eventsProcessed(), std::uint64_t{2});
    }

    void stepProcessesOneEvent_data() { addKinds(); }
    void stepProcessesOneEvent()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        QVERIFY(!engine.step()); // nothing pending
        engine.schedule(5, h, 0, 0);
        engine.schedule(7, h, 0, 1);
        QVERIFY(engine.step());
        QCOMPARE(engine.now(), SimTime{5});
        QCOMPARE(engine.pending(), std::size_t{1});
        QCOMPARE(engine.nextTime(), SimTime{7});
        QVERIFY(engine.step());
        QVERIFY(!engine.step());
        QCOMPARE(engine.now(), SimTime{7});
        QCOMPARE(engine.nextTime(), kSimTimeMax);
    }

    void runUntilLeavesClockAtTarget_data() { addKinds(); }
    void runUntilLeavesClockAtTarget()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        engine.schedule(100, h, 0, 0);
        engine.schedule(200, h, 0, 1);
        const EventId gone = engine.schedule(150, h, 0, 2);
        engine.cancel(gone);
        engine.runUntil(200); // inclusive bound
        QCOMPARE(rec.seen.size(), std::size_t{2});
        QCOMPARE(engine.now(), SimTime{200});
        engine.schedule(1000, h, 0, 3);
        engine.runUntil(400);
        QCOMPARE(engine.now(), SimTime{400}); // no event: the clock still moves to t
        QCOMPARE(rec.seen.size(), std::size_t{2});
        // A cancelled event at the front must not let a later one slip past the bound.
        const EventId front = engine.schedule(500, h, 0, 4);
        engine.cancel(front);
        engine.runUntil(600);
        QCOMPARE(rec.seen.size(), std::size_t{2});
        QCOMPARE(engine.now(), SimTime{600});
        QCOMPARE(engine.pending(), std::size_t{1});
    }

    void stopEndsRun_data() { addKinds(); }
    void stopEndsRun()
    {
        QFETCH(int, kind);
        Engine engine(static_cast<QueueKind>(kind));
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        rec.then = [](Engine& en, const Event& e) {
            if (e.arg == 2)
                en.stop();
        };
        for (std::uint64_t i = 0; i < 5; ++i)
            engine.schedule(static_cast<SimTime>(10 * (i + 1)), h, 0, i);
        engine.runUntil(1000);
        QCOMPARE(rec.seen.size(), std::size_t{3});
        QCOMPARE(engine.now(), SimTime{30}); // stopped: the clock stays at the last event
    }

    // Once the set has grown, scheduling and processing allocate nothing: a hold model
    // with a constant pending count runs 200,000 events with zero calls to operator new.
    void noAllocationPerEvent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pending");
        for (int p : {4, 5000, 100000}) {
            QTest::newRow(qPrintable(QString("heap/%1").arg(p))) << static_cast<int>(QueueKind::Heap) << p;
            QTest::newRow(qPrintable(QString("calendar/%1").arg(p))) << static_cast<int>(QueueKind::Calendar) << p;
            QTest::newRow(qPrintable(QString("auto/%1").arg(p))) << static_cast<int>(QueueKind::Auto) << p;
        }
    }
    void noAllocationPerEvent()
    {
        QFETCH(int, kind);
        QFETCH(int, pending);
        Engine engine(static_cast<QueueKind>(kind));
        Hold hold;
        const auto h = engine.addHandler(&hold);
        for (int i = 0; i < pending; ++i)
            engine.schedule(secondsToSimTime(hold.rng.exponential(hold.rate)), h, 0, static_cast<std::uint64_t>(i));
        // Warm up: let every bucket and heap reach its working size.
        for (int i = 0; i < 4 * pending + 200000; ++i)
            engine.step();
        const std::size_t capacity = engine.heapCapacity();
        const std::uint64_t before = g_allocations.load();
        for (int i = 0; i < 200000; ++i)
            engine.step();
        QCOMPARE(g_allocations.load() - before, std::uint64_t{0});
        QCOMPARE(engine.heapCapacity(), capacity);
        QCOMPARE(engine.pending(), static_cast<std::size_t>(pending));
    }

    // A random mix of schedules, cancels and steps: the engine fires exactly what a
    // std::multimap keyed by (time, seq) says, in that order, with every set.
    void matchesReferenceOrdering_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pending");
        for (int p : {2, 1000, 60000}) {
            QTest::newRow(qPrintable(QString("heap/%1").arg(p))) << static_cast<int>(QueueKind::Heap) << p;
            QTest::newRow(qPrintable(QString("calendar/%1").arg(p))) << static_cast<int>(QueueKind::Calendar) << p;
            QTest::newRow(qPrintable(QString("auto/%1").arg(p))) << static_cast<int>(QueueKind::Auto) << p;
        }
    }
    void matchesReferenceOrdering()
    {
        QFETCH(int, kind);
        QFETCH(int, pending);
        Engine engine(static_cast<QueueKind>(kind));
        std::multimap<std::pair<SimTime, EventId>, std::uint64_t> ref;
        RandomStream rng(static_cast<std::uint64_t>(pending), 1);
        std::vector<EventId> ids;
        std::unordered_map<EventId, SimTime> live; // pending id -> time
        std::uint64_t mismatches = 0, fired = 0;
        Recorder rec;
        const auto h = engine.addHandler(&rec);
        auto schedule = [&] {
            // Delays on two scales with many ties (rounded to 1 us).
            const double mean = rng.bernoulli(0.2) ? 1.0 : 1e-3;
            const SimTime at = engine.now() + secondsToSimTime(rng.exponential(1.0 / mean)) / 1000 * 1000;
            const std::uint64_t tag = rng.nextU64();
            const EventId id = engine.schedule(at, h, 0, tag);
            ref.emplace(std::pair{at, id}, tag);
            live.emplace(id, at);
            ids.push_back(id);
        };
        rec.then = [&](Engine& en, const Event& e) {
            ++fired;
            const auto it = ref.begin();
            if (it == ref.end() || it->first.first != en.now() || it->first.second != e.seq || it->second != e.arg)
                ++mismatches;
            if (it != ref.end()) {
                live.erase(it->first.second);
                ref.erase(it);
            }
            schedule();
            if (rng.bernoulli(0.3))
                schedule();
            if (rng.bernoulli(0.15) && !ids.empty()) { // cancel a random earlier id (maybe fired)
                const EventId victim = ids[rng.below(ids.size())];
                if (auto l = live.find(victim); l != live.end()) {
                    ref.erase(ref.find(std::pair{l->second, victim}));
                    live.erase(l);
                }
                en.cancel(victim);
            }
            if (ref.size() > static_cast<std::size_t>(pending) && rng.bernoulli(0.5)) {
                // Drain pressure: cancel the latest one to keep the set near `pending`.
                auto last = std::prev(ref.end());
                en.cancel(last->first.second);
                live.erase(last->first.second);
                ref.erase(last);
            }
        };
        for (int i = 0; i < pending; ++i)
            schedule();
        const std::uint64_t budget = pending > 10000 ? 150000 : 100000;
        while (fired < budget && engine.step()) {
        }
        QCOMPARE(mismatches, std::uint64_t{0});
        QCOMPARE(fired, budget);
    }
};

QTEST_APPLESS_MAIN(TestEngine)
#include "tst_engine.moc"
