// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Glossary.h"

#include <QString>

#include <string>

namespace scalelab::ui {

/// The scheme of a link to a glossary entry: "glossary:<id>".
inline constexpr const char* kGlossaryScheme = "glossary";

/// Wraps the first occurrence of each glossary entry in `html` in a link
/// <a href="glossary:<id>">…</a>, keeping the text as written. An occurrence is any of
/// the entry's spellings in `language` (GlossaryTerm::spellingsIn), matched whole-word
/// (letters, digits, '-' and '_' are word characters) and case-insensitively, the longest
/// spelling first. Text inside tags, entities, existing <a> links and <code> is never
/// touched. An entry whose id is `excludeId` is not linked (a definition does not link
/// to itself). Pure: the same input gives the same output.
QString linkGlossaryTerms(const QString& html, const core::Glossary& glossary,
                          const std::string& language, const QString& excludeId = {});

/// The id of a "glossary:<id>" link, or an empty string for any other link.
QString glossaryLinkId(const QString& href);

/// An entry as rich text for a tooltip: the term in bold and its definition.
QString glossaryTooltipHtml(const core::GlossaryTerm& term, const std::string& language);

} // namespace scalelab::ui
