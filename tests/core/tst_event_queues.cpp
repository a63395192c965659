// SPDX-License-Identifier: GPL-3.0-or-later
// The two future-event sets (4-ary heap, calendar time wheel) against a reference
// ordering: a std::multimap keyed by (time, seq). Every case runs on both.
#include "sim/CalendarQueue.h"
#include "sim/EventQueue.h"
#include "sim/Random.h"

#include <QtTest>

#include <map>
#include <variant>

using namespace scalelab::core;

namespace {

/// Uniform wrapper so one test body drives either structure.
struct AnyQueue
{
    std::variant<QuaternaryHeap, CalendarQueue> q;
    explicit AnyQueue(int kind)
    {
        if (kind == 1)
            q.emplace<CalendarQueue>();
    }
    void push(const Event& e)
    {
        std::visit([&](auto& x) { x.push(e); }, q);
    }
    Event pop()
    {
        return std::visit([](auto& x) { return x.pop(); }, q);
    }
    const Event& top() const
    {
        return std::visit([](const auto& x) -> const Event& { return x.top(); }, q);
    }
    std::size_t size() const
    {
        return std::visit([](const auto& x) { return x.size(); }, q);
    }
    bool empty() const { return size() == 0; }
};

using Key = std::pair<SimTime, std::uint64_t>;

/// Delay shapes: each stresses a different part of the calendar (dense equal times,
/// heavy tails that land in the far heap, sudden changes of scale that force a rebuild).
SimTime drawDelay(int shape, RandomStream& rng)
{
    switch (shape) {
    case 0: // exponential, mean 1 ms
        return secondsToSimTime(rng.exponential(1000.0));
    case 1: // many ties: only 8 distinct delays
        return static_cast<SimTime>(rng.below(8)) * 1000;
    case 2: // heavy tail: 1% of delays are 10^6 times longer
        return rng.bernoulli(0.01) ? secondsToSimTime(rng.exponential(1.0) * 1000) : secondsToSimTime(rng.exponential(1000.0));
    case 3: // zero delays mixed with a wide uniform spread
        return rng.bernoulli(0.3) ? 0 : static_cast<SimTime>(rng.below(1'000'000'000));
    default: // scale changes over the run (handled by the caller's phase)
        return secondsToSimTime(rng.exponential(rng.bernoulli(0.5) ? 10.0 : 1e5));
    }
}

} // namespace

class TestEventQueues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomWorkloadMatchesReference_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("pending");
        const char* kinds[] = {"heap", "calendar"};
        const char* shapes[] = {"exp", "ties", "heavy-tail", "zero-and-wide", "mixed-scale"};
        for (int k = 0; k < 2; ++k)
            for (int s = 0; s < 5; ++s)
                for (int p : {3, 300, 50000}) {
                    const QByteArray name = QByteArray(kinds[k]) + "/" + shapes[s] + "/" + QByteArray::number(p);
                    QTest::newRow(name.constData()) << k << s << p;
                }
    }

    // A "hold" model: pop the earliest, push a successor at pop time + delay, with the
    // pending count ramping up to `pending`, holding, then draining. Every pop must be
    // exactly the reference's smallest (time, seq).
    void randomWorkloadMatchesReference()
    {
        QFETCH(int, kind);
        QFETCH(int, shape);
        QFETCH(int, pending);
        AnyQueue q(kind);
        std::multimap<Key, std::uint64_t> ref;
        RandomStream rng(static_cast<std::uint64_t>(1000 + shape * 10 + kind), 7);
        std::uint64_t seq = 0;
        SimTime now = 0;
        auto push = [&](SimTime at) {
            const Event e{at, seq, 0, 0, seq * 3};
            q.push(e);
            ref.emplace(Key{at, seq}, seq * 3);
            ++seq;
        };
        for (int i = 0; i < pending; ++i)
            push(now + drawDelay(shape, rng));
        const int holds = 200000;
        for (int i = 0; i < holds + pending; ++i) {
            QCOMPARE(q.size(), ref.size());
            if (ref.empty())
                break;
            const Event e = q.pop();
            const auto it = ref.begin();
            if (e.time != it->first.first || e.seq != it->first.second) {
                QFAIL(qPrintable(QString("pop %1: got (%2,%3), expected (%4,%5)")
                                     .arg(i).arg(e.time).arg(e.seq).arg(it->first.first).arg(it->first.second)));
            }
            QCOMPARE(e.arg, it->second);
            QVERIFY(e.time >= now);
            now = e.time;
            ref.erase(it);
            if (i < holds) {
                push(now + drawDelay(shape, rng));
                if (shape == 4 && rng.bernoulli(0.1)) // occasional burst
                    push(now + drawDelay(shape, rng));
                if (shape == 4 && !ref.empty() && rng.bernoulli(0.1)) {
                    q.pop(); // occasional extra pop keeps the count roughly level
                    ref.erase(ref.begin());
                }
            }
        }
        QVERIFY(q.empty());
    }

    void topIsSmallest_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("heap") << 0;
        QTest::newRow("calendar") << 1;
    }
    // top() agrees with the next pop() even right after a push into an empty set and
    // after pushes earlier than everything pending.
    void topIsSmallest()
    {
        QFETCH(int, kind);
        AnyQueue q(kind);
        q.push(Event{5'000'000'000, 0, 0, 0, 0});
        QCOMPARE(q.top().time, SimTime{5'000'000'000});
        q.push(Event{7, 1, 0, 0, 0});
        QCOMPARE(q.top().seq, std::uint64_t{1});
        q.push(Event{7, 2, 0, 0, 0});
        QCOMPARE(q.top().seq, std::uint64_t{1}); // equal time: lower seq first
        QCOMPARE(q.pop().seq, std::uint64_t{1});
        QCOMPARE(q.pop().seq, std::uint64_t{2});
        QCOMPARE(q.top().time, SimTime{5'000'000'000});
        QCOMPARE(q.pop().seq, std::uint64_t{0});
        QVERIFY(q.empty());
    }

    // With a million pending events the calendar sizes its wheel to the set: at least
    // one bucket per four events, and a width of 2-4 times the mean spacing of the
    // earliest 90% of the times (the rule in CalendarQueue::rebuild). For exponential
    // times of mean 10 s the 90% quantile is 10 ln 10 = 23.03 s, so the spacing is
    // 23.03 s / 900,000 = 25.6 us and the width must be 2^16 ns = 65.5 us; the check
    // allows for the sampled quantile and for a wheel last sized at half the final count.
    void calendarGeometryFollowsLoad()
    {
        CalendarQueue q;
        RandomStream rng(3, 3);
        const int n = 1'000'000;
        for (int i = 0; i < n; ++i)
            q.push(Event{secondsToSimTime(rng.exponential(0.1)), static_cast<std::uint64_t>(i), 0, 0, 0});
        QVERIFY(q.bucketCount() >= static_cast<std::size_t>(n / 4));
        QVERIFY2(q.bucketShift() >= 15 && q.bucketShift() <= 18, qPrintable(QString::number(q.bucketShift())));
        SimTime last = -1;
        while (!q.empty()) {
            const Event e = q.pop();
            QVERIFY(e.time >= last);
            last = e.time;
        }
    }
};

QTEST_APPLESS_MAIN(TestEventQueues)
#include "tst_event_queues.moc"
