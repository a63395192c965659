// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/Glossary.h"

#include "io/SafeFile.h"
#include "lessons/JsonReader.h"
#include "model/ParamSpec.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace scalelab::core {

using json = nlohmann::json;

namespace {
constexpr std::size_t kMaxGlossaryBytes = 4u << 20;
constexpr std::size_t kMaxTerms = 2000;

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

/// The lesson ids a glossary entry may name: plain folder names, as checkLessonReference
/// would accept for one path component.
bool plainId(const std::string& s)
{
    return !s.empty() && s.size() <= 100 && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

class GlossaryParser
{
public:
    GlossaryParser(GlossaryLoadResult& r, const std::string& file,
                   const std::vector<std::string>* lessonIds)
        : m_result(r), m_file(file), m_r(r.errors, file), m_lessonIds(lessonIds)
    {
    }

    void parse(const std::string& text)
    {
        json root;
        if (!m_r.parse(text, root))
            return;
        if (!m_r.object(root, "$", {"format", "version", "terms"}))
            return;
        std::string format;
        if (m_r.string(root, "format", "$", format, true) && format != "scalelab-glossary")
            m_r.error("$.format",
                      "expected \"scalelab-glossary\", got \"" + format.substr(0, 60) + "\"");
        double version = 0;
        if (m_r.number(root, "version", "$", version, 1, 1000, true) && version > kGlossaryVersion)
            m_r.error("$.version", "this glossary needs a newer ScaleLab (format version " +
                                       std::to_string(static_cast<int>(version)) +
                                       ", this program reads up to " +
                                       std::to_string(kGlossaryVersion) + ")");
        auto it = root.find("terms");
        if (it == root.end()) {
            m_r.error("$.terms", "missing");
            return;
        }
        if (!it->is_array()) {
            m_r.error("$.terms", "expected an array of terms");
            return;
        }
        if (it->size() > kMaxTerms) {
            m_r.error("$.terms", "too many terms (at most " + std::to_string(kMaxTerms) + ")");
            return;
        }
        std::set<std::string> ids;
        for (std::size_t i = 0; i < it->size(); ++i) {
            GlossaryTerm t;
            const std::string path = "$.terms[" + std::to_string(i) + "]";
            if (term((*it)[i], path, t)) {
                if (!ids.insert(t.id).second)
                    m_r.error(path + ".id", "duplicate id \"" + t.id + "\"");
                m_result.glossary.terms.push_back(std::move(t));
            }
        }
    }

private:
    bool term(const json& j, const std::string& path, GlossaryTerm& t)
    {
        if (!m_r.object(j, path,
                        {"id", "term", "aliases", "text", "term_de", "aliases_de", "text_de",
                         "lessons", "kinds", "params"}))
            return false;
        m_r.string(j, "id", path, t.id, true);
        if (j.contains("id") && !plainId(t.id))
            m_r.error(path + ".id",
                      "expected lower-case letters, digits and '-' (\"replication-lag\")");
        const std::string at = path + " (\"" + t.id.substr(0, 60) + "\")";
        text(j, "term", path, t.term, true);
        text(j, "text", path, t.text, true);
        list(j, "aliases", path, t.aliases);
        if (text(j, "term_de", path, t.termDe, false) == Missing)
            m_result.translationGaps.push_back(m_file + ": " + at + ".term_de");
        if (text(j, "text_de", path, t.textDe, false) == Missing)
            m_result.translationGaps.push_back(m_file + ": " + at + ".text_de");
        list(j, "aliases_de", path, t.aliasesDe);
        if (m_r.stringList(j, "lessons", path, t.lessons, true) && t.lessons.empty())
            m_r.error(path + ".lessons", "expected at least one lesson id");
        for (std::size_t i = 0; i < t.lessons.size(); ++i) {
            const std::string& l = t.lessons[i];
            const std::string lp = path + ".lessons[" + std::to_string(i) + "]";
            if (!plainId(l))
                m_r.error(lp, "expected a lesson id (a lesson folder name such as "
                              "\"06-replication-failover\")");
            else if (m_lessonIds &&
                     std::find(m_lessonIds->begin(), m_lessonIds->end(), l) == m_lessonIds->end())
                m_r.error(lp, "no lesson with the id \"" + l + "\"");
        }
        m_r.stringList(j, "kinds", path, t.kinds);
        for (std::size_t i = 0; i < t.kinds.size(); ++i)
            if (!findKind(t.kinds[i]))
                m_r.error(path + ".kinds[" + std::to_string(i) + "]",
                          "unknown component kind \"" + t.kinds[i].substr(0, 60) + "\"");
        m_r.stringList(j, "params", path, t.params);
        for (std::size_t i = 0; i < t.params.size(); ++i)
            if (!knownParam(t.params[i], t.kinds))
                m_r.error(path + ".params[" + std::to_string(i) + "]",
                          "no parameter \"" + t.params[i].substr(0, 60) + "\"" +
                              (t.kinds.empty() ? std::string(" in any component kind")
                                               : std::string(" in the kinds listed")));
        return true;
    }

    enum Found
    {
        Missing,
        Present
    };

    /// A string field that, when present, must not be blank.
    Found text(const json& j, const char* key, const std::string& path, std::string& out,
               bool required)
    {
        if (!m_r.string(j, key, path, out, required))
            return Missing;
        if (isBlank(out))
            m_r.error(path + "." + key, "expected a non-empty text");
        return Present;
    }

    void list(const json& j, const char* key, const std::string& path,
              std::vector<std::string>& out)
    {
        m_r.stringList(j, key, path, out);
        for (std::size_t i = 0; i < out.size(); ++i)
            if (isBlank(out[i]))
                m_r.error(path + "." + key + "[" + std::to_string(i) + "]",
                          "expected a non-empty text");
    }

    static bool knownParam(const std::string& key, const std::vector<std::string>& kinds)
    {
        auto has = [&key](const KindSpec& k) {
            return std::any_of(k.params.begin(), k.params.end(),
                               [&key](const ParamSpec& p) { return p.key == key; });
        };
        if (!kinds.empty())
            return std::any_of(kinds.begin(), kinds.end(), [&has](const std::string& k) {
                const KindSpec* spec = findKind(k);
                return spec && has(*spec);
            });
        const auto& all = componentKinds();
        return std::any_of(all.begin(), all.end(), has);
    }

    GlossaryLoadResult& m_result;
    std::string m_file;
    JsonReader m_r;
    const std::vector<std::string>* m_lessonIds;
};
} // namespace

const std::string& GlossaryTerm::termIn(const std::string& language) const
{
    return language == "de" && !termDe.empty() ? termDe : term;
}

const std::string& GlossaryTerm::textIn(const std::string& language) const
{
    return language == "de" && !textDe.empty() ? textDe : text;
}

std::vector<std::string> GlossaryTerm::spellingsIn(const std::string& language) const
{
    std::vector<std::string> out;
    if (language == "de") {
        if (!termDe.empty())
            out.push_back(termDe);
        out.insert(out.end(), aliasesDe.begin(), aliasesDe.end());
    }
    out.push_back(term);
    out.insert(out.end(), aliases.begin(), aliases.end());
    return out;
}

const GlossaryTerm* Glossary::find(const std::string& id) const
{
    for (const auto& t : terms)
        if (t.id == id)
            return &t;
    return nullptr;
}

std::vector<const GlossaryTerm*> Glossary::forKind(const std::string& kind) const
{
    std::vector<const GlossaryTerm*> out;
    for (const auto& t : terms)
        if (t.params.empty() && std::find(t.kinds.begin(), t.kinds.end(), kind) != t.kinds.end())
            out.push_back(&t);
    return out;
}

std::vector<const GlossaryTerm*> Glossary::forParam(const std::string& kind,
                                                    const std::string& paramKey) const
{
    std::vector<const GlossaryTerm*> out;
    for (const auto& t : terms) {
        const bool param = std::find(t.params.begin(), t.params.end(), paramKey) != t.params.end();
        const bool ofKind =
            t.kinds.empty() || std::find(t.kinds.begin(), t.kinds.end(), kind) != t.kinds.end();
        if (param && ofKind)
            out.push_back(&t);
    }
    return out;
}

GlossaryLoadResult parseGlossary(const std::string& text, const std::string& fileName,
                                 const std::vector<std::string>* lessonIds)
{
    GlossaryLoadResult r;
    GlossaryParser(r, fileName, lessonIds).parse(text);
    if (!r.errors.empty()) {
        r.glossary.terms.clear(); // all or nothing: a half-read glossary would mislead
        r.translationGaps.clear();
    }
    return r;
}

GlossaryLoadResult loadGlossaryFile(const std::string& path,
                                    const std::vector<std::string>* lessonIds)
{
    std::string text;
    if (const FileResult f = readRegularFile(path, kMaxGlossaryBytes, text); !f) {
        GlossaryLoadResult r;
        r.errors.push_back({path, "", f.reason(path)});
        return r;
    }
    return parseGlossary(text, path, lessonIds);
}

std::vector<std::string> lessonFolderIds(const std::string& root)
{
    namespace fs = std::filesystem;
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec))
        if (entry.is_directory(ec) && fs::is_regular_file(entry.path() / "lesson.json", ec))
            ids.push_back(entry.path().filename().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace scalelab::core
