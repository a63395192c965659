// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace scalelab::ui {

class DiagramScene;

/// MIME type of a palette drag: the payload is a component kind id ("web_server").
inline constexpr const char* kKindMime = "application/x-scalelab-kind";

/// The canvas view: zoom (Ctrl+wheel, zoomIn/Out/fit), pan (middle drag, or hold Space
/// and drag), rubber-band selection, drops from the palette, a grid background drawn in
/// the palette's colours and a legend of what the colours and dots mean. Keyboard: the
/// arrow keys select the nearest component that way, Tab and Shift+Tab walk the components
/// and then the connections in document order, Shift+arrows move the selection one
/// grid step, C starts a connection whose target the arrows choose and Enter makes, Esc
/// cancels it or clears the selection, Enter opens the component in the inspector. For
/// screen readers its components and connections are accessible children
/// (CanvasAccessible.h).
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    DiagramScene* diagram() const { return m_scene; }
    double zoom() const { return transform().m11(); }
    void setZoom(double factor);
    /// Shows the legend (load colours, dot meaning) in the bottom-left corner.
    void setLegendVisible(bool on);
    /// Presenter mode: while on, the scene is kept fitted to the view (re-fitted on every
    /// resize, up to 3x) and the scrollbars are hidden; turning it off restores the zoom,
    /// centre and scrollbar policies from before.
    void setKeepFitted(bool on);
    bool keepFitted() const { return m_keepFitted; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    void zoomChanged(double factor);
    /// Space was pressed and released without dragging (the window toggles play/pause).
    void spaceTapped();
    /// Enter on the current component (the window moves the focus to the inspector).
    void componentActivated(const QString& id);

protected:
    void drawBackground(QPainter* p, const QRectF& rect) override;
    void drawForeground(QPainter* p, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void keyReleaseEvent(QKeyEvent* e) override;
    bool focusNextPrevChild(bool next) override;
    bool event(QEvent* e) override;
    void dragEnterEvent(QDragEnterEvent* e) override;
    void dragMoveEvent(QDragMoveEvent* e) override;
    void dropEvent(QDropEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    /// The keyboard gestures of the canvas (arrows, Shift+arrows, C, Enter, Esc); true
    /// when the key was one of them.
    bool handleCanvasKey(QKeyEvent* e);
    void fitWithin(double maxZoom);
    int legendRows() const;
    /// Height of the legend box plus its margin to the bottom edge, in viewport pixels.
    QFont legendFont() const; ///< 90% of the view's font
    int legendHeightPx() const;
    int legendWidthPx() const;
    /// The legend's words: four load levels, the dot scale, the SPOF key.
    QStringList legendLines() const;
    int legendTextWidthPx(const QFontMetrics& fm) const;

    DiagramScene* m_scene;
    bool m_spaceHeld = false;
    bool m_spaceUsed = false;
    bool m_panning = false;
    bool m_legend = true;
    bool m_keepFitted = false;
    /// Since the last zoomToFit() the user has not zoomed or panned: a resize fits again.
    bool m_fitFollowsSize = false;
    double m_savedZoom = 1.0;
    QPointF m_savedCentre;
    Qt::ScrollBarPolicy m_savedH = Qt::ScrollBarAsNeeded, m_savedV = Qt::ScrollBarAsNeeded;
    QPoint m_panLast;
};

} // namespace scalelab::ui
