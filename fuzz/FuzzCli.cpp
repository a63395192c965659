// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the command-line parser: the input is split into arguments on NUL or newline.
// Contract: an error is one line (no newline), and a successful parse has a known command
// and, for run/validate/export/sweep, a scenario path.
#include "CliArgs.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> argv;
    std::string cur;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\0' || c == '\n') {
            argv.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty())
        argv.push_back(cur);
    const auto r = scalelab::cli::parseCli(argv);
    const auto& a = r.args;
    bool ok = true;
    if (!r.error.empty()) {
        // Messages quote user text, cut to 40 characters; the line stays short.
        ok = r.error.size() < 300;
    } else if (a.command == "help" || a.command == "version") {
        ok = true;
    } else if (a.command == "run" || a.command == "validate" || a.command == "export" || a.command == "sweep") {
        ok = !a.scenario.empty() && a.extra.empty() && (!a.durationS || (*a.durationS > 0 && *a.durationS <= 1e8)) &&
             a.sweepValues.size() <= 1000 && a.jobs >= 0 && a.jobs <= 256;
        if (a.command == "sweep")
            ok = ok && !a.sweepParam.empty() && !a.sweepValues.empty();
    } else if (a.command == "compare") {
        ok = !a.scenario.empty() && !a.scenarioB.empty() && a.extra.empty() && a.seeds >= 2 && a.seeds <= 100 &&
             a.jobs >= 0 && a.jobs <= 256;
    } else {
        ok = false;
    }
    if (!ok) {
        std::fprintf(stderr, "contract violated: command '%s' error '%s'\n", a.command.c_str(), r.error.c_str());
        std::abort();
    }
    return 0;
}
