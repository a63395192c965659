// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>

namespace scalelab::core {

/// Simulated time in integer nanoseconds since the start of a run.
/// Integer arithmetic means sums of delays never drift; 2^63 ns is about 292 years.
using SimTime = std::int64_t;

inline constexpr SimTime kNanosPerSecond = 1'000'000'000;
inline constexpr SimTime kNanosPerMilli = 1'000'000;
inline constexpr SimTime kSimTimeMax = std::numeric_limits<SimTime>::max();

/// Rounds a duration in seconds to the nearest nanosecond (saturating, never negative).
inline SimTime secondsToSimTime(double seconds)
{
    if (!(seconds > 0.0))
        return 0;
    const double ns = seconds * 1e9;
    if (ns >= 9.2e18)
        return kSimTimeMax;
    // ns is positive here, so adding one half and truncating rounds to nearest like
    // llround (ties away from zero) without a library call on the hot path.
    return static_cast<SimTime>(ns + 0.5);
}
inline SimTime millisToSimTime(double ms) { return secondsToSimTime(ms * 1e-3); }
inline constexpr double simTimeToSeconds(SimTime t) { return static_cast<double>(t) * 1e-9; }
inline constexpr double simTimeToMillis(SimTime t) { return static_cast<double>(t) * 1e-6; }

} // namespace scalelab::core
