// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "io/ResourceBudget.h"
#include "io/SafeFile.h"
#include "io/ScenarioJson.h"
#include "metrics/Recorder.h"
#include "sim/Simulation.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace scalelab::cli {

using namespace scalelab::core;

std::string maxEventsHint(const std::string& message, const CliArgs& args)
{
    if (message.find("simulated events") == std::string::npos || args.maxEvents >= kDefaultWorkBudgetEvents)
        return {};
    static_assert(kDefaultWorkBudgetEvents == 1e10, "the hint and --help name the limit");
    return "; --max-events allows up to 1e10";
}

bool loadForRun(const CliArgs& args, Scenario& out)
{
    auto result = loadScenarioFile(args.scenario);
    if (!result.scenario) {
        for (const auto& d : result.errors)
            std::cerr << d.toString() << "\n";
        return false;
    }
    out = std::move(*result.scenario);
    if (args.seed)
        out.run.seed = *args.seed;
    if (args.durationS) {
        out.run.durationS = *args.durationS;
        if (out.run.warmupS >= out.run.durationS)
            out.run.warmupS = 0;
    }
    // The budget again, on what will run (a longer run is more work and more history),
    // with the headless work limit: nobody watches this run, so it must end soon.
    BudgetLimits limits;
    limits.workEvents = args.maxEvents;
    if (const auto refused = checkScenarioRunnable(out, args.scenario, limits); !refused.empty()) {
        for (const auto& d : refused) {
            std::cerr << d.toString();
            if (args.durationS)
                std::cerr << " (with --duration " << out.run.durationS << ")";
            std::cerr << maxEventsHint(d.message, args) << "\n";
        }
        return false;
    }
    return true;
}

int commandValidate(const CliArgs& args)
{
    auto result = loadScenarioFile(args.scenario);
    if (!result.scenario) {
        for (const auto& d : result.errors)
            std::cerr << d.toString() << "\n";
        return 1;
    }
    const Scenario& s = *result.scenario;
    auto count = [](std::size_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::cout << args.scenario << ": valid (" << count(s.components.size(), "component", "components") << ", "
              << count(s.connections.size(), "connection", "connections") << ", "
              << count(s.timeline.size(), "timeline event", "timeline events") << ")\n";
    return 0;
}

namespace {
/// Every CLI output goes through core::writeOutput ("-" is standard output): checked to
/// the end, atomic, never through a link, pipe or device; the reason is printed.
bool writeFile(const std::string& path, const std::string& text)
{
    if (const FileResult r = writeOutput(path, text); !r) {
        std::cerr << r.error << "\n";
        return false;
    }
    return true;
}
} // namespace

int commandRun(const CliArgs& args)
{
    Scenario scenario;
    if (!loadForRun(args, scenario))
        return 1;
    Recorder recorder;
    Simulation sim(scenario, &recorder);
    const auto wallStart = std::chrono::steady_clock::now();
    auto lastReport = wallStart;
    const SimTime end = sim.endTime();
    const SimTime chunk = std::max<SimTime>(end / 100, kNanosPerMilli);
    bool reported = false;
    while (!sim.finished()) {
        sim.runUntil(std::min(end, sim.now() + chunk));
        const auto now = std::chrono::steady_clock::now();
        if (!args.quiet && now - lastReport > std::chrono::seconds(2)) {
            lastReport = now;
            reported = true;
            std::fprintf(stderr, "\r%s: %5.1f%% (%.0f of %.0f simulated s)", args.scenario.c_str(),
                         100.0 * static_cast<double>(sim.now()) / static_cast<double>(end), simTimeToSeconds(sim.now()),
                         simTimeToSeconds(end));
        }
    }
    if (reported)
        std::fprintf(stderr, "\n");
    const Summary summary = sim.summary();
    const std::string json = summaryToJson(summary);
    if (!args.outDir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(args.outDir, ec);
        if (ec) {
            std::cerr << args.outDir << ": cannot create the output directory (" << ec.message() << ")\n";
            return 1;
        }
        std::ostringstream csv, events;
        recorder.writeCsv(csv);
        recorder.writeEventsCsv(events);
        const std::filesystem::path dir(args.outDir);
        if (!writeFile((dir / "summary.json").string(), json) || !writeFile((dir / "timeseries.csv").string(), csv.str()) ||
            !writeFile((dir / "events.csv").string(), events.str()))
            return 1;
    }
    if (!args.summaryJson.empty() && !writeFile(args.summaryJson, json))
        return 1;
    if (args.outDir.empty() && args.summaryJson.empty()) {
        std::printf("%s: %.0f s simulated, %llu requests, throughput %.1f req/s, p50 %.2f ms, p99 %.2f ms, errors %.3f%%\n",
                    scenario.name.c_str(), summary.durationS, static_cast<unsigned long long>(summary.generated),
                    summary.throughputRps, summary.latency.p50Ms, summary.latency.p99Ms, 100.0 * summary.errorRate);
    }
    return 0;
}

int runCommand(const CliArgs& args, int argc, char** argv)
{
    if (args.command == "help") {
        std::cout << cliUsage();
        return 0;
    }
    if (args.command == "version") {
        std::cout << "scalelab-cli 0.1.0\n";
        return 0;
    }
    if (args.command == "validate")
        return commandValidate(args);
    if (args.command == "run")
        return commandRun(args);
    if (args.command == "export")
        return commandExport(args, argc, argv);
    if (args.command == "sweep")
        return commandSweep(args, argc, argv);
    if (args.command == "compare")
        return commandCompare(args, argc, argv);
    std::cerr << "scalelab-cli: unknown command\n";
    return 2;
}

} // namespace scalelab::cli
