// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ResourceBudget.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scalelab::cli {

/// Parsed command line of scalelab-cli. Pure (no I/O), so it can be fuzzed.
struct CliArgs
{
    std::string command; ///< run, validate, export, sweep, compare, help, version
    std::string scenario;
    std::optional<std::uint64_t> seed;
    std::optional<double> durationS;
    std::string outDir;
    std::string summaryJson; ///< path, "-" for stdout, empty for none
    bool quiet = false;
    double maxEvents = core::kBatchWorkBudgetEvents; ///< headless work budget (--max-events)
    // export
    std::vector<std::string> formats; ///< png, svg, pdf, csv, report, gif
    int width = 0, height = 0;
    // sweep
    std::string sweepParam;            ///< "users", "rate" or a JSON path
    std::vector<double> sweepValues;
    int jobs = 0;
    // compare
    std::string scenarioB; ///< the second design
    int seeds = 5;         ///< runs per design
    std::vector<std::string> extra;    ///< remaining positional arguments
};

struct CliParseResult
{
    CliArgs args;
    std::string error; ///< one line, empty on success
};

CliParseResult parseCli(const std::vector<std::string>& argv);
std::string cliUsage();

} // namespace scalelab::cli
