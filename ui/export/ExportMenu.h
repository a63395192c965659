// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QGraphicsScene;
class QMenu;
class QWidget;

namespace scalelab::ui {

class GifWriter;
class RunController;

/// Records the canvas during a live run into an animated GIF: one frame per published
/// frame at most every `intervalMs` of wall time (default 100 ms, 10 frames/s), at most
/// kMaxFrames frames. Neither scene nor controller is owned.
class GifRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFrames = 600;
    GifRecorder(QGraphicsScene* scene, RunController* controller, QObject* parent = nullptr);
    ~GifRecorder() override;
    bool start(const QString& path, QSize size, QString* error, int intervalMs = 100);
    /// Finishes and writes the GIF. When the recording already ended by itself (frame
    /// limit or a failed frame), returns that ending's result and error instead.
    bool stop(QString* error = nullptr);
    bool isRecording() const;
    int frames() const;

private:
    void onFrame();
    QGraphicsScene* m_scene;
    RunController* m_controller;
    GifWriter* m_gif = nullptr;
    QSize m_size;
    int m_intervalMs = 100;
    qint64 m_lastMs = -1000000;
    bool m_endedByItself = false;
    bool m_endOk = true;
    QString m_endError;
    int m_endFrames = 0;
};

/// Adds the export actions to `menu`: diagram (PNG/SVG/PDF), charts (PNG/SVG), data
/// (CSV), run report (PDF) and start/stop GIF recording. File dialogs open on `parent`;
/// messages go to a message box. Uses the same exporters as `scalelab-cli export`.
void fillExportMenu(QMenu* menu, QGraphicsScene* diagram, RunController* controller,
                    QWidget* parent);

} // namespace scalelab::ui
