// SPDX-License-Identifier: GPL-3.0-or-later
// Fallbacks for builds without the rendering library (SCALELAB_CORE_ONLY).
#include "CliCommands.h"

#include <iostream>

#ifndef SCALELAB_WITH_UI
namespace scalelab::cli {
int commandExport(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: export is not available in this build (built without the ui library)\n";
    return 2;
}
} // namespace scalelab::cli
#endif

#if !defined(SCALELAB_WITH_UI) || !defined(SCALELAB_HAVE_SWEEP)
namespace scalelab::cli {
int commandSweep(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: sweep is not available yet\n";
    return 2;
}
} // namespace scalelab::cli
#endif

#if defined(SCALELAB_WITH_UI) && !defined(SCALELAB_HAVE_EXPORT)
namespace scalelab::cli {
int commandExport(const CliArgs&, int, char**)
{
    std::cerr << "scalelab-cli: export is not available yet\n";
    return 2;
}
} // namespace scalelab::cli
#endif
