// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli export: runs a scenario headless and writes the diagram, charts, CSV,
// run report and animated GIF with the same drawing code as the desktop app.
#include "CliCommands.h"

#include "export/ExportJob.h"
#include "Resources.h"

#include <QApplication>
#include <QFontInfo>

#include <clocale>
#include <cstdlib>
#include <iostream>

namespace scalelab::cli {

int commandExport(const CliArgs& args, int argc, char** argv)
{
    core::Scenario scenario;
    if (!loadForRun(args, scenario))
        return 1;
    if (args.outDir.empty()) {
        std::cerr
            << "scalelab-cli export: --out DIR is required (the folder receiving the files)\n";
        return 2;
    }
    // No window: draw on the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C"); // data files keep C numbers (QApplication set the user's)
    ui::initResources();
    if (QFontInfo(QFont()).family().isEmpty())
        std::cerr << "scalelab-cli export: warning: no font found, text will not be drawn (install "
                     "fonts-dejavu-core)\n";

    ui::ExportRequest req;
    for (const auto& f : args.formats)
        req.formats << QString::fromStdString(f);
    if (req.formats.isEmpty())
        req.formats = ui::exportFormats();
    req.outDir = QString::fromStdString(args.outDir);
    const int w = args.width > 0 ? args.width : (args.height > 0 ? args.height * 8 / 5 : 1600);
    const int h = args.height > 0 ? args.height : w * 5 / 8;
    req.size = QSize(w, h);

    QStringList written;
    QString error;
    if (!ui::exportScenario(scenario, req, &written, &error)) {
        std::cerr << "scalelab-cli export: " << error.toStdString() << "\n";
        return 1;
    }
    if (!args.quiet)
        for (const QString& f : written)
            std::cout << f.toStdString() << "\n";
    return 0;
}

} // namespace scalelab::cli
