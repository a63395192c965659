// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab-cli: runs, validates, exports and sweeps scenario files without a window.
#include "CliArgs.h"
#include "CliCommands.h"

#include <iostream>

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    const auto parsed = scalelab::cli::parseCli(args);
    if (!parsed.error.empty()) {
        std::cerr << "scalelab-cli: " << parsed.error << "\n";
        return 2;
    }
    return scalelab::cli::runCommand(parsed.args, argc, argv);
}
