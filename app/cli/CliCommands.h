// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliArgs.h"

#include "model/Scenario.h"

namespace scalelab::cli {

/// Runs a parsed command; returns the process exit status.
int runCommand(const CliArgs& args, int argc, char** argv);

/// Loads the scenario named in args and applies --seed/--duration. Prints every
/// problem (file: field: expected) to stderr and returns false on bad input.
bool loadForRun(const CliArgs& args, core::Scenario& out);

/// "; --max-events allows up to 1e10" when `message` is a refusal for too much work that
/// the option could lift, else "": the one place the CLI adds its own way out to the
/// core's budget messages.
std::string maxEventsHint(const std::string& message, const CliArgs& args);

int commandRun(const CliArgs& args);
int commandValidate(const CliArgs& args);
/// Implemented where the rendering code is available (export needs the ui library).
int commandExport(const CliArgs& args, int argc, char** argv);
int commandSweep(const CliArgs& args, int argc, char** argv);
int commandCompare(const CliArgs& args, int argc, char** argv);

} // namespace scalelab::cli
