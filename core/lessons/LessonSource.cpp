// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/LessonSource.h"

#include "io/SafeFile.h"

#include <fstream>
#include <sstream>

namespace scalelab::core {

namespace fs = std::filesystem;

std::string checkLessonReference(const std::string& ref)
{
    if (ref.empty())
        return "expected a file name, got an empty string";
    if (ref.size() > 200)
        return "file name too long (at most 200 characters)";
    if (ref.front() == '/')
        return "absolute paths are not allowed: name a file inside the lesson folder";
    std::size_t start = 0;
    while (start <= ref.size()) {
        std::size_t end = ref.find('/', start);
        if (end == std::string::npos)
            end = ref.size();
        const std::string part = ref.substr(start, end - start);
        if (part.empty())
            return "empty path component in \"" + ref + "\"";
        if (part == "..")
            return "\"..\" is not allowed: a lesson may only use files inside its own folder";
        if (part == ".")
            return "\".\" is not allowed in a file name";
        for (char c : part) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!ok)
                return std::string("character '") + (c >= 32 && c < 127 ? std::string(1, c) : "?") +
                       "' is not allowed in a file name (letters, digits, '.', '_', '-' and '/' "
                       "only)";
        }
        start = end + 1;
    }
    return {};
}

std::string checkImageReference(const std::string& ref)
{
    if (ref.rfind(":/", 0) == 0) {
        std::string e = checkLessonReference(ref.substr(2));
        return e.empty() ? e : "resource " + e;
    }
    if (ref.rfind("images/", 0) != 0)
        return "expected \"images/<file>\" (the shared lessons/images folder) or a \":/\" resource "
               "path";
    return checkLessonReference(ref);
}

std::string checkLessonRichText(const std::string& text)
{
    static const char* const allowed[] = {"b",   "i", "em", "strong", "code", "sub",
                                          "sup", "p", "br", "ul",     "ol",   "li"};
    for (std::size_t pos = text.find('<'); pos != std::string::npos;
         pos = text.find('<', pos + 1)) {
        const std::size_t end = text.find('>', pos);
        if (end == std::string::npos)
            return "unclosed '<' (write &lt; for a less-than sign)";
        std::string tag = text.substr(pos + 1, end - pos - 1);
        if (!tag.empty() && tag.front() == '/')
            tag.erase(0, 1);
        if (!tag.empty() && tag.back() == '/')
            tag.pop_back();
        bool ok = false;
        for (const char* a : allowed)
            ok = ok || tag == a;
        if (!ok)
            return "tag <" + tag.substr(0, 40) +
                   "> is not allowed (only b, i, em, strong, code, sub, sup, p, br, "
                   "ul, ol, li without attributes; write &lt; for a less-than sign)";
    }
    return {};
}

DirectoryLessonSource::DirectoryLessonSource(fs::path lessonDir)
    : m_dir(lessonDir.lexically_normal())
{
    if (!m_dir.has_filename())
        m_dir = m_dir.parent_path(); // "lessons/01-x/" -> "lessons/01-x"
}

std::optional<fs::path> DirectoryLessonSource::inside(const fs::path& root, const std::string& ref)
{
    std::error_code ec;
    const fs::path base = fs::weakly_canonical(root, ec);
    if (ec)
        return std::nullopt;
    const fs::path full = fs::weakly_canonical(base / ref, ec); // resolves symbolic links
    if (ec)
        return std::nullopt;
    auto b = base.begin();
    auto f = full.begin();
    for (; b != base.end(); ++b, ++f)
        if (f == full.end() || *b != *f)
            return std::nullopt;
    return full;
}

std::optional<std::string> DirectoryLessonSource::read(const std::string& ref,
                                                       std::string* error) const
{
    auto fail = [&](std::string msg) -> std::optional<std::string> {
        if (error)
            *error = std::move(msg);
        return std::nullopt;
    };
    if (std::string why = checkLessonReference(ref); !why.empty())
        return fail(why);
    const auto path = inside(m_dir, ref);
    if (!path)
        return fail("refers outside the lesson folder");
    std::error_code ec;
    if (!fs::exists(*path, ec))
        return fail("file not found: " + displayName(ref));
    std::string text;
    if (const FileResult r = readRegularFile(path->string(), kMaxFileBytes, text); !r)
        return fail(r.error);
    return text;
}

bool DirectoryLessonSource::imageExists(const std::string& ref) const
{
    if (ref.rfind(":/", 0) == 0)
        return true; // a resource of the application; the core cannot see those
    const fs::path root = m_dir.parent_path();
    const auto path = inside(root, ref);
    std::error_code ec;
    return path && fs::is_regular_file(*path, ec);
}

std::string DirectoryLessonSource::displayName(const std::string& ref) const
{
    return (m_dir / ref).lexically_normal().string();
}

} // namespace scalelab::core
