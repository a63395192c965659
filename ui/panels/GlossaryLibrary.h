// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Glossary.h"

#include <QString>
#include <QStringList>

namespace scalelab::ui {

/// Reads the glossary from where the lessons come from (see loadBundledLessons):
/// SCALELAB_LESSONS_DIR/glossary.json, an installed copy's share/scalelab/lessons, or the
/// resource ":/lessons/glossary.json". Lesson ids are checked against the lesson folders
/// found there. Never throws; a broken file gives an empty glossary and its errors.
core::GlossaryLoadResult loadBundledGlossary();

/// The program's glossary, loaded once on first use (errors go to the warning log and to
/// appGlossaryErrors()). Lives until the program ends.
const core::Glossary& appGlossary();
/// "file: path: message" of each problem found when appGlossary() loaded it.
QStringList appGlossaryErrors();
/// For tests: replaces the program's glossary (and clears its errors).
void setAppGlossary(core::Glossary glossary);

/// The language glossary texts are shown in: "de" or "en" (lessonLanguage(), "" -> "en").
std::string glossaryLanguage();

} // namespace scalelab::ui
