// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the hostile-input tests (tst_bad_input_*.cpp): wall time and the
// peak memory allocated around one load, so a test can state that a refusal is quick
// and small.
//
// Memory is counted by replacing the global operator new/delete (so include this header
// in exactly one translation unit per test executable). An earlier version read the
// kernel's resident-set figures instead, but on machines that reclaim cold pages in the
// background (DAMON) the RSS of a process grows again whenever it touches memory it
// already owned, which made a 500-byte refusal look like +86 MiB now and then.
#pragma once

#include <malloc.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>

namespace scalelab::testing {

/// Bytes currently allocated through operator new, and the most since the last reset.
inline std::atomic<std::size_t> g_allocated{0};
inline std::atomic<std::size_t> g_allocatedPeak{0};

inline void countAllocation(void* p)
{
    const std::size_t now = g_allocated.fetch_add(malloc_usable_size(p)) + malloc_usable_size(p);
    std::size_t peak = g_allocatedPeak.load();
    while (now > peak && !g_allocatedPeak.compare_exchange_weak(peak, now)) {
    }
}

inline void countRelease(void* p) { g_allocated.fetch_sub(malloc_usable_size(p)); }

} // namespace scalelab::testing

void* operator new(std::size_t n)
{
    void* p = std::malloc(n ? n : 1);
    if (!p)
        throw std::bad_alloc();
    scalelab::testing::countAllocation(p);
    return p;
}
void* operator new[](std::size_t n) { return operator new(n); }
void operator delete(void* p) noexcept
{
    if (p) {
        scalelab::testing::countRelease(p);
        std::free(p);
    }
}
void operator delete[](void* p) noexcept { operator delete(p); }
void operator delete(void* p, std::size_t) noexcept { operator delete(p); }
void operator delete[](void* p, std::size_t) noexcept { operator delete(p); }
// The nothrow forms too: the standard library allocates some buffers with them
// (std::stable_sort's temporary buffer) and frees them with the plain delete above, so
// leaving them to the sanitizer's allocator is a new/free mismatch under ASan.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept
{
    void* p = std::malloc(n ? n : 1);
    if (p)
        scalelab::testing::countAllocation(p);
    return p;
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p, const std::nothrow_t&) noexcept { operator delete(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { operator delete(p); }

namespace scalelab::testing {

/// Measures one call: wall seconds, CPU seconds and how far the memory allocated through
/// operator new rose above what was allocated before.
struct Cost
{
    double seconds = 0.0;    ///< wall time
    double cpuSeconds = 0.0; ///< processor time of this process (robust on a busy machine)
    double peakGrowthMiB = 0.0;
};

template <typename F>
Cost measure(F&& f)
{
    const std::size_t before = g_allocated.load();
    g_allocatedPeak.store(before);
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto t1 = std::chrono::steady_clock::now();
    const std::clock_t c1 = std::clock();
    const std::size_t peak = g_allocatedPeak.load();
    Cost c;
    c.seconds = std::chrono::duration<double>(t1 - t0).count();
    c.cpuSeconds = double(c1 - c0) / CLOCKS_PER_SEC;
    c.peakGrowthMiB = peak > before ? double(peak - before) / (1024.0 * 1024.0) : 0.0;
    return c;
}

/// CPU seconds a refusal may take: 1 s, plus 100 ms per MiB of input for the JSON parse
/// itself, times kSlowBuildFactor. Measured: a million components (35 MiB) refused in
/// 1.48 s of CPU on an idle machine, 0.042 s/MiB; 50 ms/MiB left 1.9x of headroom and
/// failed once with both cores busy (memory bandwidth shared). 100 ms/MiB is about 4x; a
/// refusal that grew worse than linearly would still exceed it by far.
inline double refusalCpuBound(std::size_t inputBytes, double factor)
{
    return (1.0 + 0.10 * double(inputBytes) / (1 << 20)) * factor;
}

/// Sanitizers slow code down (ASan about 2-3x, more with -O1) and add shadow memory:
/// time and memory bounds are scaled by this factor in such builds.
inline constexpr double kSlowBuildFactor =
#if defined(__SANITIZE_ADDRESS__)
    8.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    8.0;
#else
    1.0;
#endif
#else
    1.0;
#endif

} // namespace scalelab::testing
