// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/PalettePanel.h"

#include "canvas/DiagramView.h"
#include "i18n/Language.h"
#include "model/ParamSpec.h"
#include "Resources.h"

#include <QIcon>
#include <QMimeData>

namespace scalelab::ui {

PalettePanel::PalettePanel(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setAccessibleName(tr("Component palette"));
    setAccessibleDescription(
        tr("Drag a component onto the canvas, or press Enter to place it in the middle."));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(28, 28));
    // Long names (German, pseudo-translation) wrap onto a second line instead of being cut.
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    setSpacing(1);
    for (const auto& k : core::componentKinds()) {
        const QString kind = QString::fromStdString(k.id);
        auto* item = new QListWidgetItem(trKindName(k), this);
        const QString icon = iconPath(kind);
        if (!icon.isEmpty())
            item->setIcon(QIcon(icon));
        item->setData(Qt::UserRole, kind);
        item->setToolTip(trKindDescription(k));
        item->setData(Qt::AccessibleDescriptionRole, trKindDescription(k));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT kindActivated(item->data(Qt::UserRole).toString());
    });
    setMinimumWidth(170);
}

void PalettePanel::highlightKind(const QString& kind)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* it = item(i);
        const bool on = it->data(Qt::UserRole).toString() == kind;
        QFont f = font();
        f.setBold(on);
        it->setFont(f);
        it->setBackground(on ? palette().brush(QPalette::Highlight) : QBrush());
        it->setForeground(on ? palette().brush(QPalette::HighlightedText) : QBrush());
        if (on)
            scrollToItem(it);
    }
}

QStringList PalettePanel::mimeTypes() const
{
    return {QLatin1String(kKindMime)};
}

QMimeData* PalettePanel::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(QLatin1String(kKindMime), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace scalelab::ui
