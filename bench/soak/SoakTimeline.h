// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"

#include <string>
#include <vector>

namespace scalelab::soak {

/// Appends a failure every `everyS` simulated seconds from `startS` to `endS`, rotating
/// through what the scenario offers: a web server crash (recovers after 60 s), loss of a
/// primary database (back after 120 s), loss of a replica, a cache flush and a traffic
/// spike (x2 for 60 s). Targets are picked from the scenario's components by kind, in
/// turn, so every server and shard gets its share. Returns how many events were added.
int addRotatingFailures(core::Scenario& s, double startS, double endS, double everyS);

/// Reads the resident set figures of this process from /proc/self/status, in MiB, and
/// the bytes malloc has handed out and not had back (glibc mallinfo2), to tell growth of
/// live data from growth of free-but-resident heap.
struct RssMiB
{
    double current = 0.0; ///< VmRSS
    double peak = 0.0;    ///< VmHWM
    double heapInUse = 0.0; ///< malloc'd and not freed (arena + mmapped blocks)
};
RssMiB readRss();

} // namespace scalelab::soak
