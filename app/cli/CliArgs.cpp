// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArgs.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace scalelab::cli {

namespace {
bool parseU64(const std::string& s, std::uint64_t& out)
{
    if (s.empty() || s.size() > 20 || s[0] == '-' || s[0] == '+')
        return false;
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s.c_str(), &end, 10);
    if (errno != 0 || *end != '\0')
        return false;
    out = v;
    return true;
}
bool parseDouble(const std::string& s, double& out)
{
    if (s.empty() || s.size() > 64)
        return false;
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(s.c_str(), &end);
    if (errno != 0 || *end != '\0' || !std::isfinite(v))
        return false;
    out = v;
    return true;
}
std::vector<std::string> splitComma(const std::string& s)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}
} // namespace

std::string cliUsage()
{
    return "Usage: scalelab-cli COMMAND SCENARIO.json [OPTIONS]\n"
           "\n"
           "Commands:\n"
           "  validate SCENARIO.json  check a scenario file and report every problem\n"
           "  run SCENARIO.json       simulate it headless; print one line or write the summary\n"
           "  export SCENARIO.json    run it, then write diagram, charts, CSV, report or GIF\n"
           "  sweep SCENARIO.json     run it at several loads in parallel (capacity curve)\n"
           "  compare A.json B.json   run two designs over several seeds under the same traffic\n"
           "  help, --help            show this text\n"
           "  version, --version      show the version\n"
           "\n"
           "Options for run, export, sweep and compare:\n"
           "  --seed N                random seed (overrides run.seed)\n"
           "  --duration S            simulated seconds (overrides run.duration_s; a warm-up\n"
           "                          that is not shorter is dropped)\n"
           "  --quiet, -q             no progress on stderr, no list of written files\n"
           "  --max-events N          refuse work above N simulated events (default 1e9, about\n"
           "                          3 minutes of computing; at most 1e10; a sweep counts\n"
           "                          all its points together, a comparison all its runs)\n"
           "Options for run:\n"
           "  --out DIR               write summary.json, timeseries.csv and events.csv to DIR\n"
           "  --summary-json PATH|-   write the summary to PATH, or to stdout with '-'\n"
           "                          (with neither, one summary line goes to stdout)\n"
           "Options for export:\n"
           "  --out DIR               folder receiving the files (required)\n"
           "  --format LIST           comma-separated: png,svg,pdf,csv,report,gif (default: all)\n"
           "  --width PX, --height PX diagram size, 16 to 16384 (default 1600 x 1000; give one\n"
           "                          and the other follows at 16:10); charts and GIF follow it\n"
           "Options for sweep:\n"
           "  --out DIR               folder for sweep.csv, sweep.svg and sweep.png (default: .)\n"
           "  --users LIST            closed workload with this many users at each point\n"
           "  --rate LIST             open workload at these request rates (req/s)\n"
           "  --param PATH --values LIST   any numeric field by JSON pointer, e.g.\n"
           "                          /components/2/params/workers\n"
           "  --jobs N                parallel runs, 1 to 256 (default: number of cores)\n"
           "Options for compare:\n"
           "  --out DIR               folder for compare.csv, compare.json, compare.svg and\n"
           "                          compare.png (default: .)\n"
           "  --seeds N               runs per design, seeds run.seed to run.seed+N-1, 2 to 100\n"
           "                          (default 5)\n"
           "  --jobs N                parallel runs, 1 to 256 (default: number of cores)\n"
           "\n"
           "Exit status: 0 success, 1 bad input (one line per problem names the file and\n"
           "field), 2 usage error.\n";
}

namespace {
/// The options each command uses; any other option is refused, so a flag that would
/// do nothing never looks accepted.
bool optionUsedBy(const std::string& command, const std::string& opt)
{
    static const char* const common[] = {"--seed", "--duration", "--quiet", "--max-events"};
    static const char* const run[] = {"--out", "--summary-json"};
    static const char* const exp[] = {"--out", "--format", "--width", "--height"};
    static const char* const sweep[] = {"--out", "--users", "--rate", "--param", "--values", "--jobs"};
    static const char* const compare[] = {"--out", "--seeds", "--jobs"};
    auto in = [&](const auto& list) {
        for (const char* o : list)
            if (opt == o)
                return true;
        return false;
    };
    if (command == "validate")
        return false;
    if (in(common))
        return true;
    if (command == "run")
        return in(run);
    if (command == "export")
        return in(exp);
    if (command == "sweep")
        return in(sweep);
    if (command == "compare")
        return in(compare);
    return false;
}
} // namespace

CliParseResult parseCli(const std::vector<std::string>& argv)
{
    CliParseResult r;
    CliArgs& a = r.args;
    if (argv.empty()) {
        r.error = "missing command (try --help)";
        return r;
    }
    std::size_t i = 0;
    const std::string& first = argv[0];
    if (first == "--help" || first == "-h" || first == "help") {
        a.command = "help";
        return r;
    }
    if (first == "--version" || first == "version") {
        a.command = "version";
        return r;
    }
    if (first != "run" && first != "validate" && first != "export" && first != "sweep" && first != "compare") {
        r.error = "unknown command '" + first.substr(0, 40) + "' (expected run, validate, export, sweep or compare)";
        return r;
    }
    a.command = first;
    ++i;
    auto need = [&](const std::string& opt) -> const std::string* {
        if (i + 1 >= argv.size()) {
            r.error = "option " + opt + " needs a value";
            return nullptr;
        }
        return &argv[++i];
    };
    std::vector<std::string> given; // options seen, by their long name
    for (; i < argv.size() && r.error.empty(); ++i) {
        const std::string& s = argv[i];
        if (s.size() > 2 && s[0] == '-' && s[1] == '-')
            given.push_back(s);
        else if (s == "-q")
            given.emplace_back("--quiet");
        if (s == "--help" || s == "-h") {
            a.command = "help";
            return r;
        } else if (s == "--seed") {
            if (const auto* v = need(s)) {
                std::uint64_t x = 0;
                if (!parseU64(*v, x))
                    r.error = "--seed expects a non-negative integer, got '" + v->substr(0, 40) + "'";
                else
                    a.seed = x;
            }
        } else if (s == "--duration") {
            if (const auto* v = need(s)) {
                double x = 0;
                if (!parseDouble(*v, x) || x <= 0 || x > 1e8)
                    r.error = "--duration expects seconds between 0 and 1e8, got '" + v->substr(0, 40) + "'";
                else
                    a.durationS = x;
            }
        } else if (s == "--max-events") {
            if (const auto* v = need(s)) {
                double x = 0;
                if (!parseDouble(*v, x) || !(x >= 1e3 && x <= core::kDefaultWorkBudgetEvents))
                    r.error = "--max-events expects a number of events from 1e3 to 1e10, got '" + v->substr(0, 40) + "'";
                else
                    a.maxEvents = x;
            }
        } else if (s == "--out") {
            if (const auto* v = need(s))
                a.outDir = *v;
        } else if (s == "--summary-json") {
            if (const auto* v = need(s))
                a.summaryJson = *v;
        } else if (s == "--quiet" || s == "-q") {
            a.quiet = true;
        } else if (s == "--format") {
            if (const auto* v = need(s)) {
                for (const auto& f : splitComma(*v)) {
                    if (f != "png" && f != "svg" && f != "pdf" && f != "csv" && f != "report" && f != "gif") {
                        r.error = "--format: unknown format '" + f.substr(0, 20) + "' (expected png, svg, pdf, csv, report, gif)";
                        break;
                    }
                    a.formats.push_back(f);
                }
            }
        } else if (s == "--width" || s == "--height") {
            if (const auto* v = need(s)) {
                std::uint64_t x = 0;
                if (!parseU64(*v, x) || x < 16 || x > 16384)
                    r.error = s + " expects pixels from 16 to 16384, got '" + v->substr(0, 40) + "'";
                else
                    (s == "--width" ? a.width : a.height) = static_cast<int>(x);
            }
        } else if (s == "--users" || s == "--rate" || s == "--values") {
            if (const auto* v = need(s)) {
                if (s != "--values")
                    a.sweepParam = s.substr(2);
                a.sweepValues.clear();
                for (const auto& f : splitComma(*v)) {
                    double x = 0;
                    if (!parseDouble(f, x) || x < 0) {
                        r.error = s + " expects comma-separated non-negative numbers, got '" + f.substr(0, 40) + "'";
                        break;
                    }
                    a.sweepValues.push_back(x);
                }
                if (a.sweepValues.size() > 1000)
                    r.error = s + ": at most 1000 points";
            }
        } else if (s == "--param") {
            if (const auto* v = need(s))
                a.sweepParam = *v;
        } else if (s == "--jobs") {
            if (const auto* v = need(s)) {
                std::uint64_t x = 0;
                if (!parseU64(*v, x) || x < 1 || x > 256)
                    r.error = "--jobs expects 1 to 256, got '" + v->substr(0, 40) + "'";
                else
                    a.jobs = static_cast<int>(x);
            }
        } else if (s == "--seeds") {
            if (const auto* v = need(s)) {
                std::uint64_t x = 0;
                if (!parseU64(*v, x) || x < 2 || x > 100)
                    r.error = "--seeds expects 2 to 100 runs per design, got '" + v->substr(0, 40) + "'";
                else
                    a.seeds = static_cast<int>(x);
            }
        } else if (!s.empty() && s[0] == '-' && s != "-") {
            r.error = "unknown option '" + s.substr(0, 40) + "' (try --help)";
        } else if (a.scenario.empty()) {
            a.scenario = s;
        } else if (a.command == "compare" && a.scenarioB.empty()) {
            a.scenarioB = s;
        } else {
            a.extra.push_back(s);
        }
    }
    if (!r.error.empty())
        return r;
    for (const auto& opt : given)
        if (!optionUsedBy(a.command, opt)) {
            r.error = "option " + opt.substr(0, 40) + " is not used by " + a.command + " (see --help)";
            return r;
        }
    if (a.scenario.empty())
        r.error = a.command + ": missing SCENARIO.json";
    else if (!a.extra.empty())
        r.error = "unexpected argument '" + a.extra.front().substr(0, 40) + "'";
    else if (a.command == "compare" && a.scenarioB.empty())
        r.error = "compare: missing the second design (compare A.json B.json)";
    else if (a.command == "sweep" && (a.sweepParam.empty() || a.sweepValues.empty()))
        r.error = "sweep: give --users LIST, --rate LIST, or --param PATH --values LIST";
    return r;
}

} // namespace scalelab::cli
