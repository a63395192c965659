// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"
#include "MainWindow.h"
#include "Resources.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationVersion(QStringLiteral("0.1"));
    scalelab::ui::initResources();

    QCommandLineParser parser;
    scalelab::app::GuiOptions options;
    options.declare(parser);
    parser.process(app);
    options.read(parser);
    if (options.dark)
        scalelab::app::applyDarkPalette();

    scalelab::ui::MainWindow window;
    return scalelab::app::runGui(app, window, options);
}
