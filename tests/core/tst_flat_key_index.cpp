// SPDX-License-Identifier: GPL-3.0-or-later
// FlatKeyIndex (the caches' key table) against std::unordered_map as the reference:
// after every operation of a long random sequence of inserts, erases and lookups the two
// agree on every key's presence and value, and the table stays at most half full.
// Erase with backward shift is the delicate part, so the key spaces are chosen to make
// long probe runs and wrap-around at the end of the array common.

#include "components/FlatKeyIndex.h"
#include "sim/Random.h"

#include <QtTest>

#include <unordered_map>

using namespace scalelab::core;

class TestFlatKeyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReferenceMap_data()
    {
        QTest::addColumn<quint64>("keySpace");
        QTest::addColumn<int>("operations");
        QTest::addColumn<quint64>("stride");
        // Few keys: the table grows and shrinks around a handful of slots (wrap-around).
        QTest::newRow("12 keys") << quint64(12) << 20000 << quint64(1);
        QTest::newRow("1,000 keys") << quint64(1000) << 200000 << quint64(1);
        // Keys that are multiples of a large power of two: a weak hash would pile them up.
        QTest::newRow("strided keys") << quint64(5000) << 200000 << (quint64(1) << 32);
        QTest::newRow("100,000 keys") << quint64(100000) << 400000 << quint64(7);
    }

    void matchesReferenceMap()
    {
        QFETCH(quint64, keySpace);
        QFETCH(int, operations);
        QFETCH(quint64, stride);
        FlatKeyIndex index;
        std::unordered_map<std::uint64_t, std::uint32_t> reference;
        RandomStream rng(42, keySpace);
        std::size_t peak = 0;
        for (int op = 0; op < operations; ++op) {
            const std::uint64_t key = rng.below(keySpace) * stride;
            const std::uint64_t what = rng.below(3);
            const auto it = reference.find(key);
            if (what == 0 && it == reference.end()) {
                const auto value = static_cast<std::uint32_t>(op);
                index.insert(key, value);
                reference.emplace(key, value);
            } else if (what == 1) {
                QCOMPARE(index.erase(key), it != reference.end());
                reference.erase(key);
            } else {
                const std::uint32_t expected = it == reference.end() ? FlatKeyIndex::kNone : it->second;
                QCOMPARE(index.find(key), expected);
            }
            QCOMPARE(index.size(), reference.size());
            peak = std::max(peak, reference.size());
        }
        // Full check at the end: every key of the space, present or not.
        for (std::uint64_t k = 0; k < keySpace; ++k) {
            const auto it = reference.find(k * stride);
            QCOMPARE(index.find(k * stride), it == reference.end() ? FlatKeyIndex::kNone : it->second);
        }
        // At most half full at the peak, and no more than 4x the peak (growth doubles).
        QVERIFY(index.slotCount() >= 2 * peak);
        QVERIFY(index.slotCount() <= std::max<std::size_t>(16, 4 * peak));
    }

    void clearKeepsMemoryAndEmpties()
    {
        FlatKeyIndex index;
        for (std::uint32_t k = 0; k < 1000; ++k)
            index.insert(k, k);
        const std::size_t allocated = index.slotCount();
        index.clear();
        QCOMPARE(index.size(), std::size_t{0});
        QCOMPARE(index.slotCount(), allocated);
        for (std::uint32_t k = 0; k < 1000; ++k)
            QCOMPARE(index.find(k), FlatKeyIndex::kNone);
        index.insert(5, 9);
        QCOMPARE(index.find(5), 9u);
    }
};

QTEST_APPLESS_MAIN(TestFlatKeyIndex)
#include "tst_flat_key_index.moc"
