// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

#include <unordered_map>
#include <vector>

struct GifFileType;

namespace scalelab::ui {

/// Writes an animated, looping GIF frame by frame with giflib. Colours map to one fixed
/// 256-entry palette built from the app's own colours (background, text, load scale,
/// chart and marker colours, a grey ramp and a coarse colour cube for icons), so flat
/// areas keep their exact colour and files stay small. Not copyable.
class GifWriter
{
public:
    GifWriter() = default;
    ~GifWriter();
    GifWriter(const GifWriter&) = delete;
    GifWriter& operator=(const GifWriter&) = delete;

    /// Opens `path` for frames of `size`; the file is made readable (0644).
    bool open(const QString& path, QSize size, QString* error);
    /// Appends a frame shown for `delayCs` hundredths of a second (scaled to the size).
    bool addFrame(const QImage& frame, int delayCs, QString* error);
    /// Finishes the file. Called by the destructor when still open.
    bool close(QString* error = nullptr);
    int frameCount() const { return m_frames; }

    /// The fixed palette (256 colours).
    static const std::vector<QRgb>& palette();

private:
    unsigned char indexOf(QRgb c);
    GifFileType* m_gif = nullptr;
    QString m_path;
    QSize m_size;
    int m_frames = 0;
    std::unordered_map<QRgb, unsigned char> m_cache;
};

} // namespace scalelab::ui
