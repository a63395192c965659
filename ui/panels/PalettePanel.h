// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace scalelab::ui {

/// The component palette: one entry per core kind (icon, name, one-sentence tooltip).
/// Dragging an entry carries its kind id as kKindMime; double-click or Enter asks for it
/// to be placed in the middle of the canvas (keyboard users).
class PalettePanel : public QListWidget
{
    Q_OBJECT
public:
    explicit PalettePanel(QWidget* parent = nullptr);

    /// Cueing for lessons: draws attention to one kind (empty clears).
    void highlightKind(const QString& kind);

Q_SIGNALS:
    void kindActivated(const QString& kind);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

} // namespace scalelab::ui
