// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Document.h"

#include <QWidget>

#include <map>

class QUndoStack;
class QStackedWidget;
class QLabel;
class QLineEdit;
class QComboBox;
class QFormLayout;

namespace scalelab::ui {

class WorkloadPanel;

/// Edits the selected component: name, data center and every parameter of its kind,
/// built from core::findKind(kind)->params with units, ranges and help. Each edit is one
/// command on `undoStack` (consecutive edits of one field merge). With nothing selected
/// it shows the WorkloadPanel (workload, network, run settings). Neither the document
/// nor the stack is owned.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    InspectorPanel(Document* document, QUndoStack* undoStack, QWidget* parent = nullptr);

    /// Shows a component's editor, or the workload page when `id` is empty or unknown.
    void showComponent(const QString& id);
    QString componentId() const { return m_id; }
    /// The editor widget of a parameter of the shown component (for tests), or nullptr.
    QWidget* editorFor(const std::string& key) const;
    QLineEdit* nameEditor() const { return m_name; }
    QComboBox* datacenterEditor() const { return m_datacenter; }
    WorkloadPanel* workloadPanel() const { return m_workload; }
    /// The validation message currently shown (empty when the last edit was valid).
    QString validationMessage() const;
    /// As wide as the widest page needs plus the vertical scrollbar: the scroll area
    /// never scrolls sideways, so a narrower dock would cut the editors off.
    QSize minimumSizeHint() const override;
    /// As narrow as the editors allow (at least 360 px): the main window's layout grows a
    /// dock towards its size hint, and the canvas needs the width more than the editors.
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A parameter was changed by the user (already pushed as a command); the window
    /// forwards it to a running simulation.
    void paramEdited(const QString& id, const std::string& key,
                     const scalelab::core::ParamValue& value);

private:
    void rebuild();
    void refreshValues();
    /// Pushes a SetParamCommand; `gesture` from dragGesture() merges the edits of one drag.
    void edit(const std::string& key, const core::ParamValue& value, int gesture = 0);

    Document* m_doc;
    QUndoStack* m_stack;
    QString m_id;
    QStackedWidget* m_pages;
    WorkloadPanel* m_workload;
    QWidget* m_componentPage;
    QLabel* m_title;
    QLabel* m_description;
    QLineEdit* m_name;
    QComboBox* m_datacenter;
    QFormLayout* m_form;
    QLabel* m_validation;
    std::map<std::string, QWidget*> m_editors;
};

} // namespace scalelab::ui
