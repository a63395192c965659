// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace scalelab::core {

/// Index from 64-bit keys to 32-bit values (a cache's key -> node table).
///
/// Two parts. Keys below the direct size D (a power of two, at least twice the most
/// keys ever held) sit in a plain array indexed by the key: the workload's keys are
/// Zipf ranks (0 = the most popular), so the keys a cache holds are mostly small and the
/// popular ones share a few cache lines: 16 keys per line instead of one line each.
/// Larger keys go to a hash table: open addressing with linear probing in one
/// power-of-two array kept at most half full; erase shifts the following entries back,
/// so there are no tombstones and a lookup stops at the first empty slot. Neither part
/// allocates per key; memory grows with the most keys ever held at once (4 bytes per
/// direct slot, 16 per hash slot) and is reused after clear().
class FlatKeyIndex
{
public:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu; ///< "absent"; never a stored value

    /// The value stored for key, or kNone.
    std::uint32_t find(std::uint64_t key) const
    {
        if (key < m_direct.size())
            return m_direct[static_cast<std::size_t>(key)];
        if (m_hashSize == 0)
            return kNone;
        for (std::size_t i = home(key);; i = (i + 1) & m_mask) {
            const Slot& s = m_slots[i];
            if (s.value == kNone)
                return kNone;
            if (s.key == key)
                return s.value;
        }
    }

    /// Stores key -> value. Precondition: key is absent and value != kNone.
    void insert(std::uint64_t key, std::uint32_t value)
    {
        if (2 * (m_size + 1) > m_direct.size())
            growDirect();
        ++m_size;
        if (key < m_direct.size()) {
            m_direct[static_cast<std::size_t>(key)] = value;
            return;
        }
        hashInsert(key, value);
    }

    /// Removes key; returns false when it was absent.
    bool erase(std::uint64_t key)
    {
        if (key < m_direct.size()) {
            std::uint32_t& v = m_direct[static_cast<std::size_t>(key)];
            if (v == kNone)
                return false;
            v = kNone;
            --m_size;
            return true;
        }
        if (m_hashSize == 0)
            return false;
        std::size_t i = home(key);
        for (;; i = (i + 1) & m_mask) {
            if (m_slots[i].value == kNone)
                return false;
            if (m_slots[i].key == key)
                break;
        }
        // Backward shift: move later entries of the probe run into the hole when the
        // hole lies between their home slot and where they sit.
        for (std::size_t j = (i + 1) & m_mask; m_slots[j].value != kNone; j = (j + 1) & m_mask) {
            const std::size_t h = home(m_slots[j].key);
            const bool movable = i <= j ? (h <= i || h > j) : (h <= i && h > j);
            if (movable) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i].value = kNone;
        --m_size;
        --m_hashSize;
        return true;
    }

    void clear()
    {
        for (std::uint32_t& v : m_direct)
            v = kNone;
        for (Slot& s : m_slots)
            s.value = kNone;
        m_size = 0;
        m_hashSize = 0;
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Direct slots allocated (twice the peak size or more, a power of two).
    std::size_t slotCount() const { return m_direct.size(); }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        std::uint32_t value = kNone;
    };

    std::size_t home(std::uint64_t key) const
    {
        // splitmix64's finalizer: strided keys spread over the whole table.
        key ^= key >> 30;
        key *= 0xBF58476D1CE4E5B9ull;
        key ^= key >> 27;
        key *= 0x94D049BB133111EBull;
        key ^= key >> 31;
        return static_cast<std::size_t>(key) & m_mask;
    }

    void hashInsert(std::uint64_t key, std::uint32_t value)
    {
        if (2 * (m_hashSize + 1) > m_slots.size())
            growHash();
        std::size_t i = home(key);
        while (m_slots[i].value != kNone)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{key, value};
        ++m_hashSize;
    }

    void growHash()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
        m_mask = m_slots.size() - 1;
        m_hashSize = 0;
        for (const Slot& s : old)
            if (s.value != kNone)
                hashInsert(s.key, s.value);
    }

    /// Doubles the direct part; hashed keys that now fall below it move over.
    void growDirect()
    {
        m_direct.resize(m_direct.empty() ? 16 : 2 * m_direct.size(), kNone);
        if (m_hashSize == 0)
            return;
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.size(), Slot{});
        m_hashSize = 0;
        for (const Slot& s : old) {
            if (s.value == kNone)
                continue;
            if (s.key < m_direct.size())
                m_direct[static_cast<std::size_t>(s.key)] = s.value;
            else
                hashInsert(s.key, s.value);
        }
    }

    std::vector<std::uint32_t> m_direct; ///< by key, for keys below its size
    std::vector<Slot> m_slots;           ///< hash part, for the larger keys
    std::size_t m_mask = 0;
    std::size_t m_size = 0;     ///< keys held in both parts
    std::size_t m_hashSize = 0; ///< keys held in the hash part
};

} // namespace scalelab::core
