// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudo-translation at 1280x720: every string of ScaleLab's catalogue comes back 40%
// longer and wrapped in "[!! ... !!]" (placeholders and & accelerators untouched). The
// main window, the inspector with a component selected, the lessons panel with a lesson
// open and presenter mode must show (a) no clipped text and no overlapping sibling
// widgets, and (b) markers on every visible string: a string without them is not in the
// catalogue (not marked with tr(), or lupdate not run). Data is exempt by rule: text
// without letters, component names and ids, lesson texts, names of languages.
// Set SCALELAB_PSEUDO_SHOT=<file.png> to save a picture of the main window.
#include "canvas/DiagramView.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "model/Document.h"
#include "panels/InspectorPanel.h"
#include "panels/LessonLibrary.h"
#include "panels/LessonPanel.h"
#include "presenter/PresenterController.h"
#include "Resources.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTest>
#include <QToolBar>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>

#include <cmath>

using namespace scalelab;
using namespace scalelab::ui;

namespace {

const QLatin1String kOpen("[!! ");
const QLatin1String kClose(" !!]");

/// Lengthens by 40% with '~' and wraps in markers; rich text keeps its outer tags.
QString pseudo(const QString& s)
{
    const QString pad(static_cast<int>(std::ceil(s.size() * 0.4)), QLatin1Char('~'));
    if (s.startsWith(QLatin1Char('<'))) {
        const int open = s.indexOf(QLatin1Char('>')) + 1;
        const int close = s.lastIndexOf(QLatin1Char('<'));
        if (open > 0 && close >= open)
            return s.left(open) + kOpen + s.mid(open, close - open) + QLatin1Char(' ') + pad +
                   kClose + s.mid(close);
    }
    return kOpen + s + QLatin1Char(' ') + pad + kClose;
}

/// Pseudo-translates exactly what the German catalogue translates, so an untranslated
/// string shows up as one without markers.
class PseudoTranslator : public QTranslator
{
public:
    PseudoTranslator(QTranslator* catalogue, QObject* parent)
        : QTranslator(parent), m_catalogue(catalogue)
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        if (!source || !*source ||
            m_catalogue->translate(context, source, disambiguation, n).isEmpty())
            return {};
        return pseudo(QString::fromUtf8(source));
    }

private:
    QTranslator* m_catalogue;
};

QString plain(const QString& text, bool rich)
{
    if (!rich)
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

} // namespace

class TestPseudoTranslation : public QObject
{
    Q_OBJECT
private:
    QStringList m_problems;
    QStringList m_data; ///< texts that are data (component names, lesson texts)

    bool exempt(QString t) const
    {
        t = t.remove(QLatin1Char('&')).trimmed();
        static const QRegularExpression letters(QStringLiteral("[A-Za-zÄÖÜäöüß]"));
        if (!t.contains(letters))
            return true; // numbers, clocks, units such as "%"
        static const QStringList names = {QStringLiteral("ScaleLab"), QStringLiteral("English"),
                                          QStringLiteral("Deutsch")};
        if (names.contains(t))
            return true;
        static const QRegularExpression fileId(QStringLiteral("^[0-9a-z_.-]+$"));
        if (t.contains(fileId))
            return true; // ids and file names: example "01-single-server", component "web"
        for (const QString& d : m_data)
            if (!d.isEmpty() && (t == d || d.contains(t) || t.contains(d)))
                return true;
        return false;
    }

    void checkMarkers(const QString& where, const QString& text)
    {
        if (text.trimmed().isEmpty() || text.contains(QLatin1String("[!!")) || exempt(text))
            return;
        m_problems << QStringLiteral("untranslated %1: \"%2\"").arg(where, text.left(80));
    }

    static QString describe(const QWidget* w)
    {
        QString path;
        for (const QObject* o = w; o; o = o->parent()) {
            QString n = o->objectName();
            if (n.isEmpty())
                n = QString::fromLatin1(o->metaObject()->className());
            path = path.isEmpty() ? n : n + QLatin1Char('/') + path;
            if (path.size() > 120)
                break;
        }
        return path;
    }

    void walk(QWidget* root, const QString& stage)
    {
        const QList<QWidget*> all = root->findChildren<QWidget*>();
        for (QWidget* w : all) {
            if (!w->isVisible() || w->width() <= 0 || w->visibleRegion().isEmpty())
                continue;
            const QString where = stage + QStringLiteral(" ") + describe(w);
            if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
                // The number with its unit must fit the box (a cut-off unit misleads).
                const QString t = spin->text();
                const QLineEdit* edit = spin->findChild<QLineEdit*>();
                if (edit && edit->fontMetrics().horizontalAdvance(t) > edit->width())
                    m_problems << QStringLiteral("clipped %1: needs %2 px, has %3: \"%4\"")
                                      .arg(where)
                                      .arg(edit->fontMetrics().horizontalAdvance(t))
                                      .arg(edit->width())
                                      .arg(t);
            }
            if (auto* l = qobject_cast<QLabel*>(w)) {
                const QString text = l->text();
                if (text.isEmpty())
                    continue;
                const bool rich = l->textFormat() == Qt::RichText ||
                                  (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
                QString p = plain(text, rich);
                if (l->buddy()) { // a mnemonic's '&' is not drawn ("&&" draws one)
                    p.replace(QLatin1String("&&"), QChar(0x1));
                    p.remove(QLatin1Char('&'));
                    p.replace(QChar(0x1), QLatin1Char('&'));
                }
                checkMarkers(where, p);
                if (!l->wordWrap() && !p.contains(QLatin1Char('\n'))) {
                    const int need = l->fontMetrics().horizontalAdvance(p) + 2 * l->margin() +
                                     std::max(0, l->indent());
                    if (need > l->contentsRect().width() && l->toolTip() != text)
                        m_problems << QStringLiteral("clipped %1: needs %2 px, has %3: \"%4\"")
                                          .arg(where)
                                          .arg(need)
                                          .arg(l->contentsRect().width())
                                          .arg(p.left(60));
                }
            } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                const QString text = b->text();
                if (text.isEmpty())
                    continue;
                checkMarkers(where, text);
                auto* tb = qobject_cast<QToolButton*>(b);
                const bool textShown = !tb || tb->toolButtonStyle() != Qt::ToolButtonIconOnly;
                if (textShown && b->sizeHint().width() > b->width() + 1 &&
                    !b->toolTip().contains(QString(text).remove(QLatin1Char('&'))))
                    m_problems << QStringLiteral("clipped %1: needs %2 px, has %3: \"%4\"")
                                      .arg(where)
                                      .arg(b->sizeHint().width())
                                      .arg(b->width())
                                      .arg(text.left(60));
            } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
                checkMarkers(where, g->title());
                if (g->fontMetrics().horizontalAdvance(g->title()) > g->width())
                    m_problems << QStringLiteral("clipped %1: \"%2\"").arg(where, g->title());
            } else if (auto* t = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    checkMarkers(where, t->tabText(i));
                    // Text width plus the style's tab padding (QStyle::PM_TabBarTabHSpace).
                    const int need = t->fontMetrics().horizontalAdvance(
                                         QString(t->tabText(i)).remove(QLatin1Char('&'))) +
                                     t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
                    if (t->tabRect(i).width() < need - 1 &&
                        t->tabToolTip(i) != t->tabText(i))
                        m_problems << QStringLiteral("clipped tab %1: \"%2\"")
                                          .arg(where, t->tabText(i).left(60));
                }
            }
        }
        // Overlap: visible sibling text widgets.
        for (QWidget* w : all) {
            if (!w->isVisible())
                continue;
            QList<QWidget*> kids;
            for (QObject* o : w->children())
                if (auto* c = qobject_cast<QWidget*>(o);
                    c && c->isVisible() && !c->isWindow() &&
                    (qobject_cast<QLabel*>(c) || qobject_cast<QAbstractButton*>(c) ||
                     qobject_cast<QGroupBox*>(c)))
                    kids << c;
            for (int i = 0; i < kids.size(); ++i)
                for (int j = i + 1; j < kids.size(); ++j) {
                    const QRect a = kids[i]->geometry().adjusted(1, 1, -1, -1);
                    if (a.intersects(kids[j]->geometry().adjusted(1, 1, -1, -1)))
                        m_problems << QStringLiteral("overlap %1: %2 and %3")
                                          .arg(stage, describe(kids[i]), describe(kids[j]));
                }
        }
    }

    void walkMenus(QMainWindow& w)
    {
        std::function<void(QMenu*, const QString&)> menu = [&](QMenu* m, const QString& where) {
            for (QAction* a : m->actions()) {
                if (a->isSeparator())
                    continue;
                checkMarkers(where + QStringLiteral(" menu"), a->text());
                if (a->menu())
                    menu(a->menu(), where + QStringLiteral("/") + a->text());
            }
        };
        for (QAction* a : w.menuBar()->actions()) {
            checkMarkers(QStringLiteral("menu bar"), a->text());
            if (a->menu())
                menu(a->menu(), a->text());
        }
    }

    // Every palette entry shows its whole (wrapped) name inside its row.
    void checkPaletteItems(MainWindow& w)
    {
        auto* palette = w.findChild<QListWidget*>(QStringLiteral("palette"));
        QVERIFY(palette);
        for (int i = 0; i < palette->count(); ++i) {
            const QListWidgetItem* item = palette->item(i);
            // What the viewport shows of the row (an unwrapped row runs past its edge).
            const QRect rect =
                palette->visualItemRect(item).intersected(palette->viewport()->rect());
            const int textWidth = rect.width() - palette->iconSize().width() - 12;
            // Unwrapped, the name must fit on one line; wrapped, its lines must fit the row.
            const QRect need = palette->fontMetrics().boundingRect(
                QRect(0, 0, textWidth, 10000), palette->wordWrap() ? Qt::TextWordWrap : 0,
                item->text());
            if (need.width() > textWidth + 1 || need.height() > rect.height())
                m_problems << QStringLiteral("clipped [palette]: \"%1\" needs %2x%3, has %4x%5")
                                  .arg(item->text())
                                  .arg(need.width())
                                  .arg(need.height())
                                  .arg(textWidth)
                                  .arg(rect.height());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        QStandardPaths::setTestModeEnabled(true);
        QTranslator* de = createScaleLabTranslator(QStringLiteral("de"), this);
        QVERIFY2(de, "the German catalogue is not in the resources");
        QCoreApplication::installTranslator(new PseudoTranslator(de, this));
        QVERIFY(QCoreApplication::translate("scalelab::ui::MainWindow", "&File")
                    .startsWith(kOpen));
    }

    void pseudoKeepsPlaceholdersAndAccelerators()
    {
        const QString p = pseudo(QStringLiteral("&Open %1 of %n"));
        QVERIFY(p.contains(QLatin1String("&Open %1 of %n")));
        QVERIFY(p.size() >= 14 * 1.4);
        QCOMPARE(pseudo(QStringLiteral("<p>Hi</p>")), QStringLiteral("<p>[!! Hi ~~~~ !!]</p>"));
    }

    void nothingClippedOrUntranslated()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1280, 720);
        QVERIFY(w.openFile(
            QStringLiteral(SCALELAB_SOURCE_DIR "/examples/03-tandem-lb-web-cache-db.json")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const auto& c : w.document()->scenario().components)
            m_data << QString::fromStdString(c.name) << QString::fromStdString(c.id);
        m_data << QString::fromStdString(w.document()->scenario().name);

        auto* lessons = w.findChild<LessonPanel*>();
        QVERIFY(lessons);
        lessons->openLesson(4); // 05-load-balancer
        QTest::qWait(20);
        const core::LessonCatalog cat = loadBundledLessons();
        for (const auto& l : cat.lessons) {
            m_data << QString::fromStdString(l.title) << QString::fromStdString(l.summary);
            for (const auto& s : l.steps) {
                m_data << QString::fromStdString(s.title) << QString::fromStdString(s.text);
                for (const auto& h : s.hints)
                    m_data << QString::fromStdString(h);
                for (const auto& c : s.checks)
                    m_data << QString::fromStdString(c.label);
            }
        }
        // Every toolbar control on screen with the longer texts (none behind the "»" menu):
        // the workload and view bars take further rows.
        for (QToolBar* bar : w.findChildren<QToolBar*>()) {
            if (w.toolBarArea(bar) != Qt::TopToolBarArea || bar->isHidden())
                continue;
            QVERIFY2(bar->geometry().right() < w.width(), qPrintable(bar->objectName()));
            for (QAction* a : bar->actions()) {
                QWidget* widget = bar->widgetForAction(a);
                if (!a->isVisible() || a->isSeparator() || !widget)
                    continue;
                QVERIFY2(widget->isVisible() && bar->rect().contains(widget->geometry()),
                         qPrintable(QStringLiteral("%1 in %2 is behind the toolbar's menu")
                                        .arg(a->text(), bar->objectName())));
            }
        }
        // The tallest lesson panel: a prediction and "Compare designs" (lesson 4, step 3).
        // The window must still fit a 1280x720 screen: long buttons wrap onto more rows,
        // and the panel scrolls rather than pushing the window's minimum height past 720.
        lessons->openLesson(3);
        lessons->goToStep(2);
        QTest::qWait(50);
        QVERIFY2(w.minimumSizeHint().height() <= 720 && w.height() <= 720,
                 qPrintable(QStringLiteral("window %1 px high, minimum %2")
                                .arg(w.height())
                                .arg(w.minimumSizeHint().height())));
        lessons->openLesson(4);
        QTest::qWait(50);
        walk(&w, QStringLiteral("[main+lesson]"));
        if (const QByteArray shot = qgetenv("SCALELAB_PSEUDO_SHOT"); !shot.isEmpty())
            w.grab().save(QString::fromLocal8Bit(shot).replace(QLatin1String(".png"),
                                                               QLatin1String("-lessons.png")));
        walkMenus(w);

        QString web; // the lesson's design replaced the example: inspect its web server
        for (const auto& c : w.document()->scenario().components)
            if (c.kind == "web_server" && web.isEmpty())
                web = QString::fromStdString(c.id);
        QVERIFY(!web.isEmpty());
        w.inspector()->showComponent(web);
        QTest::qWait(20);
        w.inspector()->parentWidget()->show();
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            if (d->isAncestorOf(w.inspector()))
                d->raise();
        QTest::qWait(50);
        walk(&w, QStringLiteral("[inspector]"));
        // The canvas is the lesson's visual model: at 1280x720 it keeps half the width,
        // and the inspector and lessons dock gives it back what its editors do not need.
        const int canvasWidth = w.view()->width();
        QVERIFY2(canvasWidth >= w.width() / 2,
                 qPrintable(QStringLiteral("canvas %1 px of %2").arg(canvasWidth).arg(w.width())));
        const QWidget* inspectorDock = w.inspector()->parentWidget();
        while (inspectorDock && !qobject_cast<const QDockWidget*>(inspectorDock))
            inspectorDock = inspectorDock->parentWidget();
        QVERIFY(inspectorDock);
        QVERIFY2(inspectorDock->width() <= w.width() * 30 / 100,
                 qPrintable(QStringLiteral("inspector %1 px").arg(inspectorDock->width())));
        checkPaletteItems(w);
        if (const QByteArray shot = qgetenv("SCALELAB_PSEUDO_SHOT"); !shot.isEmpty())
            w.grab().save(QString::fromLocal8Bit(shot));

        w.setPresenterMode(true);
        QTest::qWait(50);
        auto* presenter = w.findChild<PresenterController*>(QStringLiteral("presenter"));
        QVERIFY(presenter && presenter->isActive());
        walk(presenter->window(), QStringLiteral("[presenter]"));
        if (const QByteArray shot = qgetenv("SCALELAB_PSEUDO_SHOT"); !shot.isEmpty())
            presenter->window()->grab().save(QString::fromLocal8Bit(shot).replace(
                QLatin1String(".png"), QLatin1String("-presenter.png")));
        w.setPresenterMode(false);

        m_problems.removeDuplicates();
        QVERIFY2(m_problems.isEmpty(), qPrintable(QString::number(m_problems.size()) +
                                                  QStringLiteral(" problems:\n") +
                                                  m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestPseudoTranslation)
#include "tst_pseudo_translation.moc"
