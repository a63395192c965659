// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ScenarioJson.h"

#include <string>
#include <vector>

namespace scalelab::core {

/// Current glossary format version. Files with a larger version are refused.
inline constexpr int kGlossaryVersion = 1;

/// One entry of lessons/glossary.json (docs/lessons.md, "Glossary"). English is the
/// source; the German fields may be empty, and then the English text is used.
struct GlossaryTerm
{
    std::string id;                   ///< "replication-lag": the link target glossary:<id>
    std::string term;                 ///< "replication lag", as it reads in running text
    std::vector<std::string> aliases; ///< other spellings that link to it ("lag")
    std::string text;                 ///< one or two plain sentences
    std::string termDe;
    std::vector<std::string> aliasesDe;
    std::string textDe;
    std::vector<std::string> lessons; ///< lesson ids where the idea is shown, at least one
    std::vector<std::string> kinds;   ///< component kinds the entry belongs to (inspector)
    std::vector<std::string> params;  ///< parameter keys it explains (inspector tooltips)

    /// The term, aliases and text in `language` ("de"), English where there is none.
    const std::string& termIn(const std::string& language) const;
    const std::string& textIn(const std::string& language) const;
    /// The spellings that link to the entry in `language`: for German the German term
    /// and aliases and then the English ones (lesson texts keep many English words).
    std::vector<std::string> spellingsIn(const std::string& language) const;
};

struct Glossary
{
    std::vector<GlossaryTerm> terms; ///< in file order

    const GlossaryTerm* find(const std::string& id) const;
    /// Entries that name `kind` in their kinds and have no params (the kind itself).
    std::vector<const GlossaryTerm*> forKind(const std::string& kind) const;
    /// Entries that list `paramKey` in their params and either list `kind` in their
    /// kinds or name no kinds, in file order.
    std::vector<const GlossaryTerm*> forParam(const std::string& kind,
                                              const std::string& paramKey) const;
};

struct GlossaryLoadResult
{
    Glossary glossary;              ///< empty whenever `errors` is not
    std::vector<Diagnostic> errors; ///< naming the file, the JSON path and what was expected
    /// German texts left out, "file: $.terms[3] (\"ttl\").text_de" (shown in English).
    std::vector<std::string> translationGaps;
};

/// Parses glossary JSON text. Never throws. Strict like the lesson parser: unknown
/// fields, wrong types, a wrong format or newer version, duplicate ids, empty terms or
/// texts, an entry without lessons and (when `lessonIds` is not null) a lesson id that
/// is not in `lessonIds` are errors, and then the glossary is empty.
GlossaryLoadResult parseGlossary(const std::string& text, const std::string& fileName,
                                 const std::vector<std::string>* lessonIds = nullptr);

/// Reads and parses a file (errors name it); a missing or unreadable file is an error.
GlossaryLoadResult loadGlossaryFile(const std::string& path,
                                    const std::vector<std::string>* lessonIds = nullptr);

/// The ids of the lessons under `root`: the names of its folders holding a lesson.json
/// (a lesson's id is its folder name), sorted.
std::vector<std::string> lessonFolderIds(const std::string& root);

} // namespace scalelab::core
