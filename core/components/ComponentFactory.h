// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "components/ComponentRuntime.h"

#include <memory>

namespace scalelab::core {

/// Creates the run-time object for a component of any known kind.
std::unique_ptr<ComponentRuntime> createRuntime(SimulationImpl& sim, const Component& c, int index);

} // namespace scalelab::core
