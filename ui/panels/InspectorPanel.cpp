// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/InspectorPanel.h"

#include "commands/Commands.h"
#include "commands/Gesture.h"
#include "i18n/Language.h"
#include "io/ScenarioJson.h"
#include "panels/GlossaryLibrary.h"
#include "panels/GlossaryLinks.h"
#include "panels/InspectorWidgets.h"
#include "panels/WorkloadPanel.h"
#include "Resources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace scalelab::ui {

namespace {
/// How a choice id of the core reads in the inspector: acronyms in capitals and spelled
/// out, others with spaces for underscores ("round_robin" -> "round robin").
QString pretty(const std::string& s)
{
    static const std::pair<const char*, const char*> names[] = {
        {"lru", QT_TRANSLATE_NOOP("InspectorPanel", "LRU (least recently used)")},
        {"lfu", QT_TRANSLATE_NOOP("InspectorPanel", "LFU (least frequently used)")},
        {"fifo", QT_TRANSLATE_NOOP("InspectorPanel", "FIFO (oldest first)")},
        {"sql", QT_TRANSLATE_NOOP("InspectorPanel", "SQL")},
        {"nosql", QT_TRANSLATE_NOOP("InspectorPanel", "NoSQL")},
        {"cache_aside", QT_TRANSLATE_NOOP("InspectorPanel", "cache-aside")},
        {"read_through", QT_TRANSLATE_NOOP("InspectorPanel", "read-through")},
        {"write_through", QT_TRANSLATE_NOOP("InspectorPanel", "write-through")},
        {"refresh_ahead", QT_TRANSLATE_NOOP("InspectorPanel", "refresh-ahead")},
        {"p99_ms", QT_TRANSLATE_NOOP("InspectorPanel", "p99 latency (ms)")},
        {"p95_ms", QT_TRANSLATE_NOOP("InspectorPanel", "p95 latency (ms)")},
    };
    for (const auto& [id, name] : names)
        if (s == id)
            return InspectorPanel::tr(name);
    QString out = QString::fromStdString(s);
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    return trKindText(out.toStdString());
}

/// `tip` followed by the glossary's definitions of `terms` (at most three), as rich text
/// so a long definition wraps; `tip` unchanged when there are none.
QString glossaryTip(const QString& tip, const std::vector<const core::GlossaryTerm*>& terms)
{
    if (terms.empty())
        return tip;
    QString html;
    if (!tip.isEmpty())
        html = QStringLiteral("<p>%1</p>")
                   .arg(tip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    const std::string language = glossaryLanguage();
    for (std::size_t i = 0; i < terms.size() && i < 3; ++i)
        html += glossaryTooltipHtml(*terms[i], language);
    return html;
}

int decimalsFor(const core::ParamSpec& p)
{
    if (p.type != core::ParamSpec::Type::Number)
        return 0;
    if (p.max <= 1.0)
        return 3;
    if (p.min > 0 && p.min < 0.01)
        return 3;
    return 2;
}
} // namespace

InspectorPanel::InspectorPanel(Document* document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_doc(document), m_stack(undoStack)
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Inspector"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    m_pages = new QStackedWidget;
    scroll->setWidget(m_pages);

    m_workload = new WorkloadPanel(document, undoStack);
    m_pages->addWidget(m_workload);

    m_componentPage = new QWidget;
    auto* v = new QVBoxLayout(m_componentPage);
    m_title = new QLabel;
    QFont tf = m_title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    m_title->setFont(tf);
    m_description = new QLabel;
    m_description->setWordWrap(true);
    v->addWidget(m_title);
    v->addWidget(m_description);
    auto* idForm = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Component name"));
    m_datacenter = new QComboBox;
    m_datacenter->setAccessibleName(tr("Data center"));
    m_datacenter->setToolTip(
        tr("The data center that holds this component (an outage there takes it down)."));
    idForm->addRow(tr("&Name"), m_name);
    idForm->addRow(tr("&Data center"), m_datacenter);
    v->addLayout(idForm);
    auto* paramsBox = new QWidget;
    m_form = new QFormLayout(paramsBox);
    m_form->setContentsMargins(0, 6, 0, 0);
    v->addWidget(paramsBox);
    m_validation = new QLabel;
    m_validation->setWordWrap(true);
    m_validation->setObjectName(QStringLiteral("validation"));
    v->addWidget(m_validation);
    v->addStretch(1);
    m_pages->addWidget(m_componentPage);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const core::Component* c = m_doc->component(m_id);
        if (c && m_name->text() != QString::fromStdString(c->name) &&
            !m_name->text().trimmed().isEmpty())
            m_stack->push(makeSetNameCommand(m_doc, m_id, m_name->text().trimmed()));
    });
    connect(m_datacenter, &QComboBox::activated, this, [this] {
        const core::Component* c = m_doc->component(m_id);
        const QString dc = m_datacenter->currentData().toString();
        if (c && dc != QString::fromStdString(c->datacenter))
            m_stack->push(makeSetDatacenterCommand(m_doc, m_id, dc));
    });
    connect(m_doc, &Document::componentChanged, this, [this](const QString& id) {
        if (id == m_id)
            refreshValues();
    });
    connect(m_doc, &Document::componentRemoved, this, [this](const QString& id) {
        if (id == m_id)
            showComponent({});
    });
    connect(m_doc, &Document::scenarioReset, this, [this] { showComponent({}); });
    // A long label (German, or a pseudo-translation) puts its field on the next line
    // instead of widening the dock until the canvas has no room.
    for (QFormLayout* form : findChildren<QFormLayout*>())
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    showComponent({});
}

QString InspectorPanel::validationMessage() const
{
    return m_validation->text();
}

QWidget* InspectorPanel::editorFor(const std::string& key) const
{
    auto it = m_editors.find(key);
    return it == m_editors.end() ? nullptr : it->second;
}

QSize InspectorPanel::minimumSizeHint() const
{
    // The narrowest width at which every row still shows in full once its field wraps
    // under its label (QFormLayout::WrapLongRows). The forms' own minimum depends on the
    // width they were last laid out at, so it is computed here from the rows.
    int widest = 0;
    for (const QFormLayout* form : m_pages->currentWidget()->findChildren<QFormLayout*>()) {
        for (int r = 0; r < form->rowCount(); ++r) {
            for (auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole,
                              QFormLayout::SpanningRole}) {
                const QLayoutItem* item = form->itemAt(r, role);
                if (!item || !item->widget() || item->widget()->isHidden())
                    continue;
                const QWidget* w = item->widget();
                const auto* label = qobject_cast<const QLabel*>(w);
                widest = std::max(widest, label && !label->wordWrap() ? w->sizeHint().width()
                                                                      : w->minimumSizeHint().width());
            }
        }
    }
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int margins = 48; // page, group box and form margins on both sides
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(std::max(260, widest + margins + scrollBar));
    return size;
}

QSize InspectorPanel::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    size.setWidth(std::max(minimumSizeHint().width(), 360));
    return size;
}

void InspectorPanel::showComponent(const QString& id)
{
    const core::Component* c = id.isEmpty() ? nullptr : m_doc->component(id);
    m_id = c ? id : QString();
    if (!c) {
        m_pages->setCurrentWidget(m_workload);
        return;
    }
    rebuild();
    m_pages->setCurrentWidget(m_componentPage);
    updateGeometry(); // the new editors may need a wider dock
}

void InspectorPanel::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_validation->clear();
    const core::Component* c = m_doc->component(m_id);
    const core::KindSpec* kind = c ? core::findKind(c->kind) : nullptr;
    if (!kind)
        return;
    m_title->setText(trKindName(*kind));
    m_description->setText(trKindDescription(*kind));
    m_description->setToolTip(glossaryTip(QString(), appGlossary().forKind(kind->id)));
    for (const auto& spec : kind->params) {
        QWidget* editor = nullptr;
        const std::string key = spec.key;
        switch (spec.type) {
        case core::ParamSpec::Type::Bool: {
            auto* box = new QCheckBox;
            connect(box, &QCheckBox::toggled, this,
                    [this, key](bool on) { edit(key, on ? 1.0 : 0.0); });
            editor = box;
            break;
        }
        case core::ParamSpec::Type::Choice: {
            auto* combo = new QComboBox;
            combo->setMinimumContentsLength(10);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            for (const auto& ch : spec.choices)
                combo->addItem(pretty(ch), QString::fromStdString(ch));
            connect(combo, &QComboBox::activated, this, [this, key, combo] {
                edit(key, combo->currentData().toString().toStdString());
            });
            editor = combo;
            break;
        }
        case core::ParamSpec::Type::Number:
        case core::ParamSpec::Type::Integer: {
            auto* spin = new QDoubleSpinBox;
            spin->setObjectName(QStringLiteral("spin"));
            spin->setDecimals(decimalsFor(spec));
            spin->setRange(spec.min, spec.max);
            spin->setKeyboardTracking(false);
            spin->setAccelerated(true);
            if (!spec.unit.empty())
                spin->setSuffix(QLatin1Char(' ') + trParamUnit(spec));
            // A timeout of 0 means none (see its help): say "never", not "0.00 ms".
            if (key == "timeout_ms" && spec.min == 0)
                spin->setSpecialValueText(tr("never"));
            spin->setAccessibleName(trParamLabel(spec));
            fitSpinBoxWidth(spin);
            connect(spin, &QDoubleSpinBox::valueChanged, this,
                    [this, key](double v) { edit(key, v); });
            LogSlider* slider = nullptr;
            if (spec.logScale && spec.min > 0) {
                slider = new LogSlider(spec.min, spec.max);
                slider->setMinimumWidth(50);
                slider->setObjectName(QStringLiteral("slider"));
                slider->setAccessibleName(trParamLabel(spec) + tr(" (slider)"));
                const bool integer = spec.type == core::ParamSpec::Type::Integer;
                trackDragGestures(slider);
                connect(slider, &LogSlider::logValueChanged, this,
                        [this, key, spin, slider, integer](double v) {
                            if (integer)
                                v = std::round(v);
                            {
                                const QSignalBlocker b(spin);
                                spin->setValue(v);
                            }
                            edit(key, v, dragGesture(slider));
                        });
            }
            editor = numberRow(spin, slider);
            break;
        }
        }
        QString tip = trParamHelp(spec);
        if (spec.type == core::ParamSpec::Type::Number ||
            spec.type == core::ParamSpec::Type::Integer)
            tip += tr("\nRange %1 to %2 %3")
                       .arg(formatParamNumber(spec.min), formatParamNumber(spec.max),
                            trParamUnit(spec));
        if (!spec.liveEditable)
            tip += tr("\nTakes effect at the next run.");
        tip = glossaryTip(tip, appGlossary().forParam(kind->id, key));
        editor->setToolTip(tip);
        editor->setAccessibleName(trParamLabel(spec));
        editor->setAccessibleDescription(trParamHelp(spec));
        auto* label = new QLabel(trParamLabel(spec));
        label->setToolTip(tip);
        label->setBuddy(editor);
        m_form->addRow(label, editor);
        m_editors[key] = editor;
    }
    refreshValues();
}

void InspectorPanel::refreshValues()
{
    const core::Component* c = m_doc->component(m_id);
    const core::KindSpec* kind = c ? core::findKind(c->kind) : nullptr;
    if (!kind)
        return;
    {
        const QSignalBlocker b(m_name);
        if (!m_name->hasFocus())
            m_name->setText(QString::fromStdString(c->name));
    }
    {
        const QSignalBlocker b(m_datacenter);
        m_datacenter->clear();
        m_datacenter->addItem(tr("(none)"), QString());
        for (const auto& other : m_doc->scenario().components)
            if (other.kind == "datacenter" && other.id != c->id)
                m_datacenter->addItem(
                    QString::fromStdString(other.name.empty() ? other.id : other.name),
                    QString::fromStdString(other.id));
        m_datacenter->setCurrentIndex(
            std::max(0, m_datacenter->findData(QString::fromStdString(c->datacenter))));
        m_datacenter->setEnabled(c->kind != "datacenter");
    }
    for (const auto& spec : kind->params) {
        QWidget* editor = editorFor(spec.key);
        if (!editor)
            continue;
        if (auto* box = qobject_cast<QCheckBox*>(editor)) {
            const QSignalBlocker b(box);
            box->setChecked(c->number(spec.key) != 0.0);
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QSignalBlocker b(combo);
            combo->setCurrentIndex(
                std::max(0, combo->findData(QString::fromStdString(c->choice(spec.key)))));
        } else {
            const double v = c->number(spec.key);
            if (auto* spin = editor->findChild<QDoubleSpinBox*>(QStringLiteral("spin"))) {
                const QSignalBlocker b(spin);
                spin->setValue(v);
            }
            if (auto* slider = editor->findChild<LogSlider*>(QStringLiteral("slider")))
                if (!slider->isSliderDown())
                    slider->setLogValue(v);
        }
    }
}

void InspectorPanel::edit(const std::string& key, const core::ParamValue& value, int gesture)
{
    const core::Component* c = m_doc->component(m_id);
    const core::KindSpec* kind = c ? core::findKind(c->kind) : nullptr;
    const core::ParamSpec* spec = kind ? kind->param(key) : nullptr;
    if (!spec)
        return;
    const std::string problem = core::checkParamValue(*spec, value);
    if (!problem.empty()) {
        m_validation->setText(
            QStringLiteral("⚠ %1: %2")
                .arg(QString::fromStdString(spec->label), QString::fromStdString(problem)));
        return;
    }
    m_validation->clear();
    const core::ParamValue current = spec->type == core::ParamSpec::Type::Choice
                                         ? core::ParamValue(c->choice(key))
                                         : core::ParamValue(c->number(key));
    if (current == value && c->params.count(key))
        return;
    const QString id = m_id;
    m_stack->push(new SetParamCommand(m_doc, id, key, value, gesture));
    Q_EMIT paramEdited(id, key, value);
}

} // namespace scalelab::ui
