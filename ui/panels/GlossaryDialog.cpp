// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/GlossaryDialog.h"

#include "panels/GlossaryLinks.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
const QString kLessonScheme = QStringLiteral("lesson");
} // namespace

GlossaryDialog::GlossaryDialog(core::Glossary glossary, std::vector<LessonRef> lessons,
                               std::string language, QWidget* parent)
    : QDialog(parent), m_glossary(std::move(glossary)), m_lessons(std::move(lessons)),
      m_language(std::move(language))
{
    setWindowTitle(tr("Glossary"));
    setObjectName(QStringLiteral("glossaryDialog"));
    auto* lay = new QVBoxLayout(this);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    lay->addWidget(m_problems);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLay = new QVBoxLayout(left);
    leftLay->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("glossarySearch"));
    m_search->setPlaceholderText(tr("Search terms"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the glossary"));
    m_search->installEventFilter(this);
    leftLay->addWidget(m_search);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("glossaryTerms"));
    m_list->setAccessibleName(tr("Glossary terms"));
    m_list->installEventFilter(this);
    leftLay->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No term matches."), left);
    m_empty->setWordWrap(true);
    m_empty->hide();
    leftLay->addWidget(m_empty);

    m_text = new QTextBrowser(split);
    m_text->setObjectName(QStringLiteral("glossaryDefinition"));
    m_text->setAccessibleName(tr("Definition"));
    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    split->addWidget(left);
    split->addWidget(m_text);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    lay->addWidget(split, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &GlossaryDialog::fillList);
    connect(m_list, &QListWidget::currentRowChanged, this, &GlossaryDialog::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &GlossaryDialog::followFirstLesson);
    connect(m_text, &QTextBrowser::anchorClicked, this, &GlossaryDialog::followLink);

    fillList();
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 34);
    m_search->setFocus(Qt::OtherFocusReason);
}

void GlossaryDialog::setProblems(const QStringList& errors)
{
    m_problems->setVisible(!errors.isEmpty());
    m_problems->setText(
        tr("The glossary could not be read: %1").arg(errors.join(QLatin1Char('\n'))));
}

void GlossaryDialog::fillList()
{
    const QString keep = currentTermId();
    const QString needle = m_search->text().trimmed();
    std::vector<const core::GlossaryTerm*> shown;
    for (const auto& t : m_glossary.terms) {
        bool match = needle.isEmpty();
        for (const auto& s : t.spellingsIn(m_language))
            match = match || QString::fromStdString(s).contains(needle, Qt::CaseInsensitive);
        match = match ||
                QString::fromStdString(t.textIn(m_language)).contains(needle, Qt::CaseInsensitive);
        if (match)
            shown.push_back(&t);
    }
    QCollator collator{QLocale(QString::fromStdString(m_language))};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(shown.begin(), shown.end(), [&](const auto* a, const auto* b) {
        return collator.compare(QString::fromStdString(a->termIn(m_language)),
                                QString::fromStdString(b->termIn(m_language))) < 0;
    });
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const auto* t : shown) {
            auto* item = new QListWidgetItem(QString::fromStdString(t->termIn(m_language)), m_list);
            item->setData(kIdRole, QString::fromStdString(t->id));
        }
        int row = 0;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kIdRole).toString() == keep)
                row = i;
        if (m_list->count() > 0)
            m_list->setCurrentRow(row);
    }
    m_empty->setVisible(m_list->count() == 0);
    showCurrent();
}

void GlossaryDialog::showCurrent()
{
    const core::GlossaryTerm* t = m_glossary.find(currentTermId().toStdString());
    if (!t) {
        m_text->setHtml(m_glossary.terms.empty() ? tr("<p>The glossary is empty.</p>") : QString());
        return;
    }
    const QString text = QString::fromStdString(t->textIn(m_language)).toHtmlEscaped();
    QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(QString::fromStdString(t->termIn(m_language)).toHtmlEscaped(),
                 linkGlossaryTerms(text, m_glossary, m_language, QString::fromStdString(t->id)));
    QStringList aliases;
    for (const auto& a : m_language == "de" ? t->aliasesDe : t->aliases)
        aliases << QString::fromStdString(a).toHtmlEscaped();
    if (!aliases.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Also: %1").arg(aliases.join(QStringLiteral(", "))));
    for (const auto& id : t->lessons) {
        const LessonRef* l = lessonRef(id);
        if (!l)
            continue;
        html +=
            QStringLiteral("<p><a href=\"%1:%2\">%3</a></p>")
                .arg(kLessonScheme, QString::fromStdString(id),
                     tr("See it in lesson %1: %2").arg(l->number).arg(l->title.toHtmlEscaped()));
    }
    m_text->setHtml(html);
}

const GlossaryDialog::LessonRef* GlossaryDialog::lessonRef(const std::string& id) const
{
    for (const auto& l : m_lessons)
        if (l.id == id)
            return &l;
    return nullptr;
}

void GlossaryDialog::followLink(const QUrl& url)
{
    const QString href = url.toString();
    if (const QString id = glossaryLinkId(href); !id.isEmpty()) {
        showTerm(id);
        return;
    }
    if (url.scheme() == kLessonScheme)
        Q_EMIT lessonRequested(href.mid(kLessonScheme.size() + 1));
}

void GlossaryDialog::followFirstLesson()
{
    const core::GlossaryTerm* t = m_glossary.find(currentTermId().toStdString());
    if (!t)
        return;
    for (const auto& id : t->lessons)
        if (lessonRef(id)) {
            Q_EMIT lessonRequested(QString::fromStdString(id));
            return;
        }
}

bool GlossaryDialog::showTerm(const QString& id)
{
    if (!m_glossary.find(id.toStdString()))
        return false;
    auto select = [this, &id] {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(kIdRole).toString() == id) {
                m_list->setCurrentRow(i);
                m_list->scrollToItem(m_list->item(i), QAbstractItemView::PositionAtCenter);
                return true;
            }
        return false;
    };
    if (!select()) {
        m_search->clear(); // the search hid it
        select();
    }
    return true;
}

QString GlossaryDialog::currentTermId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

QStringList GlossaryDialog::visibleTermIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

bool GlossaryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // From the search field the arrows move through the list and Enter follows the
        // selected term's first lesson, so a search needs no mouse.
        if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_Up)) {
            const int row = std::clamp(m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1), 0,
                                       std::max(0, m_list->count() - 1));
            m_list->setCurrentRow(row);
            return true;
        }
        if (watched == m_search && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            followFirstLesson();
            return true; // not the dialog's default button
        }
        if (watched == m_list && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            followFirstLesson();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace scalelab::ui
