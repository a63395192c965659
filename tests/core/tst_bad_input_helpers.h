// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the hostile-input tests (tst_bad_input_*.cpp): wall time and the
// process's peak resident memory around one load, so a test can state that a refusal is
// quick and small.
#pragma once

#include <chrono>
#include <ctime>
#include <cstdint>
#include <fstream>
#include <string>

namespace scalelab::testing {

/// Resident memory figures from /proc/self/status, in KiB (0 when unavailable).
inline std::uint64_t procStatusKb(const char* field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ":";
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stoull(line.substr(prefix.size()));
    return 0;
}

/// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS (Linux >= 4.0);
/// false when not permitted, in which case peaks are measured from process start.
inline bool resetPeakRss()
{
    std::ofstream out("/proc/self/clear_refs");
    out << "5";
    out.flush();
    return static_cast<bool>(out);
}

/// Measures one call: wall seconds and how far the peak RSS rose above the RSS before.
struct Cost
{
    double seconds = 0.0;    ///< wall time
    double cpuSeconds = 0.0; ///< processor time of this process (robust on a busy machine)
    double peakGrowthMiB = 0.0;
};

template <typename F>
Cost measure(F&& f)
{
    resetPeakRss();
    const std::uint64_t before = procStatusKb("VmRSS");
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto t1 = std::chrono::steady_clock::now();
    const std::clock_t c1 = std::clock();
    const std::uint64_t peak = procStatusKb("VmHWM");
    Cost c;
    c.seconds = std::chrono::duration<double>(t1 - t0).count();
    c.cpuSeconds = double(c1 - c0) / CLOCKS_PER_SEC;
    c.peakGrowthMiB = peak > before ? double(peak - before) / 1024.0 : 0.0;
    return c;
}

/// CPU seconds a refusal may take: 1 s, plus 50 ms per MiB of input for the JSON parse
/// itself (nlohmann parses well over 20 MiB/s), times kSlowBuildFactor.
inline double refusalCpuBound(std::size_t inputBytes, double factor)
{
    return (1.0 + 0.05 * double(inputBytes) / (1 << 20)) * factor;
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
