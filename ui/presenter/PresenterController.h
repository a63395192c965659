// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartPalette.h"

#include <QFont>
#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

class QChart;
class QLabel;
class QTimer;
class QWidget;

namespace scalelab::ui {

class Document;
class LessonPanel;
class RunController;

/// Presenter mode for the classroom: a separate full-screen window with a high-contrast
/// palette and large fonts that borrows the canvas and one chart (reparented while
/// presenting, put back where they were on leave()), shows the current step's text
/// and a big clock. Keyboard remote: PageDown/Right next step, PageUp/Left previous,
/// B or F5 trigger the step's prepared failure now, Space pause/play, Esc leave.
/// Works with any main window: it only needs the widgets. Nothing is owned except
/// the presenter window; `run` and `panel` may be null.
class PresenterController : public QObject
{
    Q_OBJECT
public:
    PresenterController(QWidget* canvas, QWidget* chart, LessonPanel* panel, RunController* run,
                        QObject* parent = nullptr);
    ~PresenterController() override;

    /// Without an open lesson the side column shows this document's scenario name and
    /// description (not owned; may be null).
    void setDocument(Document* document);

    /// The borrowed chart's fonts are this many times larger while presenting.
    static constexpr double kChartFontScale = 1.6;
    /// A design this many times wider than tall gets the full width, text and chart
    /// under it; a squarer one keeps them in a column beside it.
    static constexpr double kWideDesign = 2.5;
    /// The smallest text on the canvas while presenting, in screen pixels: a third larger
    /// than the desktop's 12 px body text, so the boxes' names and numbers read from the
    /// back of a classroom on a 1280x720 projector (tests/ui/tst_presenterfit.cpp).
    static constexpr double kMinCanvasLabelPx = 16;

    bool isActive() const { return m_window != nullptr; }
    QWidget* window() const { return m_window; }

public Q_SLOTS:
    /// `fullScreen` false shows a normal window (tests, a second screen set up by hand).
    void enter(bool fullScreen = true);
    void leave();
    void triggerFailure();
    void togglePause();

Q_SIGNALS:
    void entered();
    void left();
    /// The prepared failure was injected (event count).
    void failureTriggered(int events);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Borrowed
    {
        QPointer<QWidget> widget;
        QPointer<QWidget> parent;
        int layoutIndex = -1;
        int gridRow = -1, gridColumn = -1; ///< position when the parent has a grid layout
        bool wasDockWidget = false, wasCentral = false, wasVisible = true;
    };
    Borrowed borrow(QWidget* w);
    void giveBack(Borrowed& b);
    void updateText();
    /// Shrinks the step text's font (down to about the normal window size) until the
    /// text fits its box, so a long description is not cut at the bottom.
    void fitText();
    void updateClock();

    QPointer<QWidget> m_canvas, m_chart;
    QPointer<LessonPanel> m_panel;
    QPointer<RunController> m_run;
    QPointer<Document> m_doc;
    QWidget* m_window = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_clock = nullptr;
    QTimer* m_timer = nullptr;
    Borrowed m_bCanvas, m_bChart;
    QPointer<QChart> m_bigChart;     ///< the borrowed chart, drawn with larger fonts
    std::vector<QFont> m_chartFonts; ///< its fonts from before, put back on leave()
    std::optional<ChartPalette> m_chartPalette; ///< the charts' colours from before
    int m_chartMinHeight = 0;        ///< its minimum height from before
};

} // namespace scalelab::ui
