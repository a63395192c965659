// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"
#include "MainWindow.h"
#include "Resources.h"
#include "i18n/Language.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <clocale>
#include <cstring>

namespace {
/// --help and --version only print text: they must work without a display (over ssh,
/// in a terminal before class), where QApplication would abort.
bool printsOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}
} // namespace

int main(int argc, char** argv)
{
    if (printsOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ScaleLab"));
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));
        QCommandLineParser parser;
        scalelab::app::GuiOptions().declare(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    // QApplication switched the C library to the user's locale; data files (JSON, CSV,
    // SVG) must keep the C locale's numbers whatever printf-family code runs. Labels use
    // QLocale, which does not depend on this.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setOrganizationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    // Qt's and ScaleLab's translations for Settings > Language or the system's language
    // (needs the organization name above: the choice is in QSettings).
    scalelab::ui::installTranslators(app);
    scalelab::ui::initResources();

    QCommandLineParser parser;
    scalelab::app::GuiOptions options;
    options.declare(parser);
    parser.process(app);
    options.read(parser);
    if (const QString theme = scalelab::app::startTheme(options); !theme.isEmpty())
        scalelab::ui::applyTheme(theme); // --dark, --high-contrast or Settings > Theme

    scalelab::ui::MainWindow window;
    return scalelab::app::runGui(app, window, options);
}
