// SPDX-License-Identifier: GPL-3.0-or-later
// `export`, `sweep` and `compare` in a core-only build (SCALELAB_CORE_ONLY: sanitizer and fuzzing
// builds without Qt's rendering): they say so and exit 2.
#include "CliCommands.h"

#include <iostream>

namespace scalelab::cli {

int commandExport(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: export is not available in this build (configured with SCALELAB_CORE_ONLY)\n";
    return 2;
}

int commandSweep(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: sweep is not available in this build (configured with SCALELAB_CORE_ONLY)\n";
    return 2;
}

int commandCompare(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: compare is not available in this build (configured with SCALELAB_CORE_ONLY)\n";
    return 2;
}

} // namespace scalelab::cli
