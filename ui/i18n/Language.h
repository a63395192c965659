// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <string>

class QCoreApplication;
class QTranslator;
class QObject;
class QMenu;
class QWidget;

namespace scalelab::core {
struct KindSpec;
struct ParamSpec;
} // namespace scalelab::core

namespace scalelab::ui {

/// The languages the program is translated into ("en" is the source language).
QStringList availableLanguages();

/// The stored choice of Settings > Language: "" (system default), "en" or "de".
QString languageSetting();
void setLanguageSetting(const QString& language);

/// The language in effect: the setting, or the first of the system's UI languages that
/// is available (QLocale::uiLanguages()), else "en".
QString effectiveLanguage();

/// Installs Qt's own translations (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath)
/// and ScaleLab's (":/i18n/scalelab_<lang>.qm", embedded at build time) for
/// effectiveLanguage(). Call once, right after the QApplication exists. Returns the
/// language installed ("en" when nothing was needed or found).
QString installTranslators(QCoreApplication& app);

/// ScaleLab's own catalogue for `language` (":/i18n/scalelab_<lang>.qm") with the
/// context fallback described in Language.cpp, not installed; nullptr when absent.
QTranslator* createScaleLabTranslator(const QString& language, QObject* parent);

/// The language lessons are shown in: the same as the GUI (lesson.<lang>.json).
std::string lessonLanguage();

/// Adds "Language" with "System default", "English" and "Deutsch" to `menu`; choosing one
/// stores it and tells the user a restart applies it.
QMenu* addLanguageMenu(QMenu* menu, QWidget* dialogParent);

/// Component kind and parameter texts of the core, translated in the "ComponentKinds"
/// context (the English text of core/model/ComponentKinds.cpp is the source text; the
/// list lupdate sees is ui/i18n/KindStrings.cpp).
QString trKindName(const core::KindSpec& kind);
QString trKindDescription(const core::KindSpec& kind);
QString trParamLabel(const core::ParamSpec& param);
QString trParamHelp(const core::ParamSpec& param);
QString trParamUnit(const core::ParamSpec& param);
/// Any English text of the kinds table ("round robin", "north america").
QString trKindText(const std::string& english);

/// Every source text of ui/i18n/KindStrings.cpp, for the test that keeps it in sync with
/// the core's table.
QStringList kindStringList();

} // namespace scalelab::ui
