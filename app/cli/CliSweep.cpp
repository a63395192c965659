// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli sweep: runs a scenario at several loads in parallel, writes sweep.csv
// and a chart (sweep.svg, sweep.png) that marks the knee.
#include "CliCommands.h"

#include "analysis/Sweep.h"
#include "io/SafeFile.h"
#include "panels/SweepCharts.h"

#include <QApplication>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

namespace scalelab::cli {

using namespace scalelab::core;

int commandSweep(const CliArgs& args, int argc, char** argv)
{
    SweepSpec spec;
    if (args.sweepParam == "users") {
        spec.axis = SweepSpec::Axis::Users;
    } else if (args.sweepParam == "rate") {
        spec.axis = SweepSpec::Axis::Rate;
    } else if (!args.sweepParam.empty() && args.sweepParam[0] == '/') {
        spec.axis = SweepSpec::Axis::Pointer;
        spec.pointer = args.sweepParam;
    } else {
        std::cerr << "scalelab-cli: sweep: --param expects a JSON pointer such as /components/1/params/workers, got '"
                  << args.sweepParam.substr(0, 60) << "'\n";
        return 2;
    }
    spec.values = args.sweepValues;
    spec.jobs = args.jobs;
    spec.workBudgetEvents = args.maxEvents;
    Scenario scenario;
    if (!loadForRun(args, scenario))
        return 1;
    // Check every point, and the work of all of them together, before spending time on any.
    if (std::string error; !checkSweepRunnable(scenario, spec, &error)) {
        std::cerr << args.scenario << ": " << error << maxEventsHint(error, args) << "\n";
        return 1;
    }
    const std::filesystem::path outDir = args.outDir.empty() ? std::filesystem::path(".") : std::filesystem::path(args.outDir);
    std::error_code ec;
    std::filesystem::create_directories(outDir, ec);
    if (ec) {
        std::cerr << outDir.string() << ": cannot create the output directory (" << ec.message() << ")\n";
        return 1;
    }

    const bool quiet = args.quiet;
    const SweepResult result = runSweep(scenario, spec, [quiet](int done, int total) {
        if (!quiet)
            std::fprintf(stderr, "\rsweep: %d of %d points done", done, total);
    });
    if (!quiet)
        std::fprintf(stderr, "\n");
    if (!result.error.empty()) {
        std::cerr << args.scenario << ": " << result.error << "\n";
        return 1;
    }
    const std::string csv = sweepCsv(result, spec);
    if (const FileResult w = writeFileSafely((outDir / "sweep.csv").string(), csv); !w) {
        std::cerr << w.error << "\n";
        return 1;
    }

    // The charts are the sweep dialog's own (Qt Charts widgets): they need a
    // QApplication; without a display, draw offscreen.
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
        std::setlocale(LC_NUMERIC, "C"); // data files keep C numbers (Qt set the user's)
    }
    const QString title = QCoreApplication::translate("Sweep", "Capacity sweep: %1")
                              .arg(QString::fromStdString(scenario.name.empty() ? args.scenario : scenario.name));
    const QString err = ui::writeSweepChartFiles(result, ui::sweepAxisTitle(spec, scenario), title,
                                                 QString::fromStdString((outDir / "sweep.png").string()),
                                                 QString::fromStdString((outDir / "sweep.svg").string()));
    if (!err.isEmpty()) {
        std::cerr << err.toStdString() << "\n";
        return 1;
    }
    if (!quiet) {
        std::cout << csv;
        if (result.knee >= 0)
            std::cout << "knee at point " << result.knee + 1 << " (" << spec.axisName() << " = "
                      << result.points[static_cast<std::size_t>(result.knee)].value << "): " << result.kneeReason << "\n";
        else
            std::cout << "no knee: the design keeps up at every point\n";
        std::cout << "wrote " << (outDir / "sweep.csv").string() << ", sweep.svg, sweep.png\n";
    }
    return 0;
}

} // namespace scalelab::cli
