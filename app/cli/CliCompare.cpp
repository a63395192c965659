// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli compare: runs two designs over several seeds under identical traffic and
// writes compare.csv (the table), compare.json (everything) and the overlay chart
// (compare.svg, compare.png) drawn by the GUI dialog's own code.
#include "CliCommands.h"

#include "analysis/Compare.h"
#include "compare/CompareCharts.h"
#include "io/SafeFile.h"
#include "io/ScenarioJson.h"
#include "Resources.h"

#include <QApplication>

#include <clocale>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

namespace scalelab::cli {

using namespace scalelab::core;

int commandCompare(const CliArgs& args, int argc, char** argv)
{
    Scenario a;
    if (!loadForRun(args, a))
        return 1;
    auto loadedB = loadScenarioFile(args.scenarioB);
    if (!loadedB.scenario) {
        for (const auto& d : loadedB.errors)
            std::cerr << d.toString() << "\n";
        return 1;
    }
    Scenario b = std::move(*loadedB.scenario);
    if (b.name.empty())
        b.name = std::filesystem::path(args.scenarioB).filename().string();
    if (a.name.empty())
        a.name = std::filesystem::path(args.scenario).filename().string();
    CompareSpec spec;
    spec.seeds = args.seeds;
    spec.jobs = args.jobs;
    spec.workBudgetEvents = args.maxEvents;
    // Everything checked before any run: B with A's traffic, memory, the work of all runs.
    if (std::string error; !checkCompareRunnable(a, b, spec, &error)) {
        std::cerr << args.scenarioB << ": " << error << maxEventsHint(error, args) << "\n";
        return 1;
    }
    const std::filesystem::path outDir = args.outDir.empty() ? std::filesystem::path(".") : std::filesystem::path(args.outDir);
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::cerr << outDir.string() << ": cannot create the output directory (" << ec.message() << ")\n";
        return 1;
    }
    for (const char* name : {"compare.csv", "compare.json", "compare.png", "compare.svg"})
        if (const std::string why = outputPathProblem((outDir / name).string()); !why.empty()) {
            std::cerr << why << "\n";
            return 1;
        }

    const bool quiet = args.quiet;
    const CompareResult result = runCompare(a, b, spec, [quiet](int done, int total) {
        if (!quiet)
            std::fprintf(stderr, "\rcompare: %d of %d runs done", done, total);
    });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (!result.error.empty()) {
        std::cerr << args.scenario << " / " << args.scenarioB << ": " << result.error << "\n";
        return 1;
    }
    const std::string csv = compareCsv(result);
    for (const auto& [name, text] : {std::pair<const char*, std::string>{"compare.csv", csv},
                                     {"compare.json", compareJson(result)}})
        if (const FileResult w = writeFileSafely((outDir / name).string(), text); !w) {
            std::cerr << w.error << "\n";
            return 1;
        }

    // The chart is the compare dialog's own (Qt Charts): it needs a QApplication;
    // without a display, draw offscreen.
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        std::setlocale(LC_NUMERIC, "C"); // data files keep C numbers (Qt set the user's)
    }
    const QString err = ui::writeCompareChartFiles(result, QString::fromStdString((outDir / "compare.png").string()),
                                                   QString::fromStdString((outDir / "compare.svg").string()));
    if (!err.isEmpty()) {
        std::cerr << err.toStdString() << "\n";
        return 1;
    }
    if (!quiet) {
        std::cout << csv;
        std::cout << "A = " << result.a.name << ", B = " << result.b.name << "; " << result.seeds.size()
                  << " seeds, 95% intervals from Student's t (" << result.seeds.size() - 1 << " degrees of freedom)\n";
        for (const CompareRow& row : result.rows)
            if (row.key == "p95_ms")
                std::cout << (row.overlap ? "p95: the intervals overlap, no difference shown at this number of seeds\n"
                                          : "p95: the intervals do not overlap\n");
        std::cout << "wrote " << (outDir / "compare.csv").string() << ", compare.json, compare.svg, compare.png\n";
    }
    return 0;
}

} // namespace scalelab::cli
