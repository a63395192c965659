// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the lesson loader. Referenced files come from an in-memory source that serves
// one small valid scenario for any name, so the fuzzer explores the lesson format
// itself. Besides crashes, leaks and hangs it checks the loader's contract:
//  - exactly one of "a lesson" or "at least one diagnostic", each naming a file;
//  - the source is only asked for references checkLessonReference accepts (a lesson
//    can never make the program read outside its folder).
#include "lessons/LessonJson.h"
#include "lessons/LessonSource.h"

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

const char* const kScenario = R"({"format": "scalelab-scenario", "version": 1, "name": "s",
  "components": [{"id": "users", "kind": "users"}, {"id": "web", "kind": "web_server"}],
  "connections": [{"from": "users", "to": "web"}],
  "workload": {"mode": "open", "rate_rps": 10}, "run": {"duration_s": 10}})";

class MemorySource : public LessonSource
{
public:
    std::optional<std::string> read(const std::string& ref, std::string* error) const override
    {
        if (!checkLessonReference(ref).empty())
            fail("read() called with a refused reference", ref);
        if (ref.size() > 5 && ref.compare(ref.size() - 5, 5, ".json") == 0)
            return std::string(kScenario);
        if (error)
            *error = "no such file";
        return std::nullopt;
    }
    bool imageExists(const std::string& ref) const override
    {
        if (!checkImageReference(ref).empty())
            fail("imageExists() called with a refused reference", ref);
        return true;
    }
    std::string displayName(const std::string& ref) const override { return "lessons/fuzz/" + ref; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    const MemorySource source;
    const LessonLoadResult r = parseLesson(text, "lesson.json", source);
    if (r.lesson.has_value() == !r.errors.empty())
        fail("lesson xor errors", text);
    for (const Diagnostic& d : r.errors)
        if (d.file.empty() || d.message.empty())
            fail("diagnostic without file or message", d.toString());
    return 0;
}
