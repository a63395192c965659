// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessons/Glossary.h"

#include <QDialog>

#include <string>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace scalelab::ui {

/// Help > Glossary: a search field, the terms sorted alphabetically in the shown
/// language, and the selected term's definition with one "See it in lesson N: Title" link
/// per lesson that shows it. Keyboard: the search field has the focus on opening; Up and
/// Down there (or the arrows in the list) choose a term, Enter follows its first lesson
/// link, Tab reaches the definition whose links Enter follows too. Clicking a lesson link emits
/// lessonRequested(); a term linked inside a definition shows that term. Keeps a copy of
/// the glossary; modeless.
class GlossaryDialog : public QDialog
{
    Q_OBJECT
public:
    /// A lesson a definition can point to: its id, its number in the Lessons list
    /// (1-based) and its title in the shown language.
    struct LessonRef
    {
        std::string id;
        int number = 0;
        QString title;
    };

    GlossaryDialog(core::Glossary glossary, std::vector<LessonRef> lessons, std::string language,
                   QWidget* parent = nullptr);

    /// Selects the entry `id` (clearing a search that hides it); false when there is none.
    bool showTerm(const QString& id);
    QString currentTermId() const;
    /// The ids of the listed entries, in list order.
    QStringList visibleTermIds() const;
    QLineEdit* searchField() const { return m_search; }
    QListWidget* termList() const { return m_list; }
    QTextBrowser* definition() const { return m_text; }
    /// Shown above the list when the glossary file could not be read.
    void setProblems(const QStringList& errors);

Q_SIGNALS:
    void lessonRequested(const QString& lessonId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillList();
    void showCurrent();
    void followLink(const QUrl& url);
    void followFirstLesson();
    const LessonRef* lessonRef(const std::string& id) const;

    core::Glossary m_glossary;
    std::vector<LessonRef> m_lessons;
    std::string m_language;
    QLineEdit* m_search = nullptr;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace scalelab::ui
