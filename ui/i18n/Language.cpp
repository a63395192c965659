// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include "model/ParamSpec.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace scalelab::ui {

namespace {

const char* const kSettingKey = "ui/language";

/// ScaleLab's translator. A few helpers call tr() where lupdate files the text under a
/// different context than the one asked for at run time (free tr() functions, classes
/// without Q_OBJECT): when the asked-for context has no entry, the other contexts of the
/// catalogue (":/i18n/scalelab_contexts.txt", written at configure time) are tried.
class ScaleLabTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        QString t = QTranslator::translate(context, source, disambiguation, n);
        if (!t.isEmpty() || !source || !*source)
            return t;
        for (const QByteArray& c : m_contexts) {
            if (context && c == context)
                continue;
            t = QTranslator::translate(c.constData(), source, disambiguation, n);
            if (!t.isEmpty())
                return t;
        }
        return t;
    }
    void loadContexts(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                m_contexts << line.trimmed();
    }

private:
    QList<QByteArray> m_contexts;
};

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString languageSetting()
{
    const QString v = QSettings().value(QLatin1String(kSettingKey)).toString();
    return availableLanguages().contains(v) ? v : QString();
}

void setLanguageSetting(const QString& language)
{
    QSettings s;
    if (language.isEmpty())
        s.remove(QLatin1String(kSettingKey));
    else
        s.setValue(QLatin1String(kSettingKey), language);
}

QString effectiveLanguage()
{
    const QString chosen = languageSetting();
    if (!chosen.isEmpty())
        return chosen;
    for (const QString& ui : QLocale().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString installTranslators(QCoreApplication& app)
{
    const QString lang = effectiveLanguage();
    if (lang == QLatin1String("en"))
        return lang;
    // Qt's own texts (standard dialogs, context menus of line edits).
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QTranslator* own = createScaleLabTranslator(lang, &app);
    if (!own)
        return QStringLiteral("en");
    QCoreApplication::installTranslator(own);
    return lang;
}

QTranslator* createScaleLabTranslator(const QString& language, QObject* parent)
{
    auto* own = new ScaleLabTranslator;
    own->setParent(parent);
    if (!own->load(QStringLiteral(":/i18n/scalelab_") + language)) {
        delete own;
        return nullptr;
    }
    own->loadContexts(QStringLiteral(":/i18n/scalelab_contexts.txt"));
    return own;
}

std::string lessonLanguage()
{
    const QString lang = effectiveLanguage();
    return lang == QLatin1String("en") ? std::string() : lang.toStdString();
}

QMenu* addLanguageMenu(QMenu* menu, QWidget* dialogParent)
{
    QMenu* sub = menu->addMenu(QCoreApplication::translate("Language", "&Language"));
    sub->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(sub);
    const std::pair<QString, QString> choices[] = {
        {QString(), QCoreApplication::translate("Language", "System default")},
        // Each language is named in itself, so a user can find theirs in any UI language.
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
    const QString current = languageSetting();
    for (const auto& [code, label] : choices) {
        QAction* a = sub->addAction(label);
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        const QString c = code;
        QObject::connect(a, &QAction::triggered, sub, [c, dialogParent] {
            if (c == languageSetting())
                return;
            setLanguageSetting(c);
            QMessageBox::information(
                dialogParent, QCoreApplication::translate("Language", "Language"),
                QCoreApplication::translate(
                    "Language", "The new language applies the next time ScaleLab starts."));
        });
    }
    return sub;
}

QString trKindText(const std::string& english)
{
    return QCoreApplication::translate("ComponentKinds", english.c_str());
}

QString trKindName(const core::KindSpec& kind)
{
    return trKindText(kind.displayName);
}

QString trKindDescription(const core::KindSpec& kind)
{
    return trKindText(kind.description);
}

QString trParamLabel(const core::ParamSpec& param)
{
    return trKindText(param.label);
}

QString trParamHelp(const core::ParamSpec& param)
{
    return trKindText(param.help);
}

QString trParamUnit(const core::ParamSpec& param)
{
    return param.unit.empty() ? QString() : trKindText(param.unit);
}

} // namespace scalelab::ui
