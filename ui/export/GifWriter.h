// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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

    /// Starts a GIF of frames of `size` for `path` (refused at once when `path` is a link,
    /// pipe or device). Frames are encoded in memory; nothing is written before close().
    bool open(const QString& path, QSize size, QString* error);
    /// Appends a frame shown for `delayCs` hundredths of a second (scaled to the size).
    bool addFrame(const QImage& frame, int delayCs, QString* error);
    /// Finishes the GIF and writes it with writeFileSafely (checked, atomic). Returns
    /// false, writing nothing, when a frame failed or the write fails.
    bool close(QString* error = nullptr);
    /// Drops an unfinished GIF without writing anything (also what the destructor does).
    void abandon();
    int frameCount() const { return m_frames; }

    /// The fixed palette (256 colours).
    static const std::vector<QRgb>& palette();

private:
    unsigned char indexOf(QRgb c);
    static int appendBytes(GifFileType* gif, const unsigned char* bytes, int n);
    GifFileType* m_gif = nullptr;
    QByteArray m_data;
    bool m_failed = false;
    QString m_path;
    QSize m_size;
    int m_frames = 0;
    std::unordered_map<QRgb, unsigned char> m_cache;
};

} // namespace scalelab::ui
