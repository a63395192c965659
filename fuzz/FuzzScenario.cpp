// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the scenario loader with arbitrary bytes. Besides crashes, leaks and hangs
// (caught by the sanitizers and libFuzzer), it checks the loader's contract:
//  - exactly one of "a scenario" or "at least one diagnostic";
//  - every diagnostic names the file and says something;
//  - an accepted scenario serialises to a canonical text that loads again and
//    serialises to the same text (the save/load round trip is stable).
#include "io/ScenarioJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace scalelab::core;

namespace {
[[noreturn]] void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "contract violated: %s\n%s\n", what, detail.substr(0, 2000).c_str());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const ScenarioLoadResult r = parseScenario(text, "fuzz.json");
    if (r.scenario.has_value() == !r.errors.empty())
        fail("scenario xor errors", text);
    for (const Diagnostic& d : r.errors) {
        if (d.file != "fuzz.json" || d.message.empty())
            fail("diagnostic without file or message", d.toString());
        if (d.toString().size() > 20000)
            fail("diagnostic too long", d.toString());
    }
    if (!r.scenario)
        return 0;
    const std::string once = scenarioToJson(*r.scenario);
    const ScenarioLoadResult again = parseScenario(once, "roundtrip.json");
    if (!again.scenario)
        fail("saved scenario does not load", once + "\n" + again.errors.front().toString());
    const std::string twice = scenarioToJson(*again.scenario);
    if (twice != once)
        fail("round trip not stable", once + "\n----\n" + twice);
    return 0;
}
