// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace scalelab::bench {

/// Command-line flags as given: "--key=value" -> value, "--flag" -> "".
/// The anchors' table groups rows by the exact strings, so values are kept verbatim.
using Flags = std::map<std::string, std::string>;
Flags parseFlags(int argc, char** argv);
std::string flag(const Flags& f, const std::string& key, const std::string& fallback);
std::vector<double> parseList(const std::string& text);

/// Peak resident set size of this process in MB (getrusage).
double peakRssMb();

inline double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// The anchors contract (see the anchor harness README.md, ../shared/anchors/perf/ beside the repository): M/M/c or tandem on
/// the real core, one RESULT line on stdout. Returns the process exit status.
int runAnchors(const Flags& flags);
/// Closed-population scale run (1k..10M users); one point per process for clean RSS.
int runScale(const Flags& flags, const char* self);
/// Heap versus calendar queue on a hold model of a given pending size.
int runQueues(const Flags& flags);
/// One load balancer in front of N web servers: load, build and run times.
int runBackends(const Flags& flags);

} // namespace scalelab::bench
