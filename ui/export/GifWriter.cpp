// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/GifWriter.h"

#include "io/SafeWrite.h"

#include "canvas/LoadColours.h"
#include "charts/ChartPalette.h"

#include <QCoreApplication>
#include <QFile>

#include <gif_lib.h>

#include <algorithm>
#include <utility>
#include <cstring>

namespace scalelab::ui {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("GifWriter", s);
}
bool fail(QString* error, const QString& msg)
{
    if (error)
        *error = msg;
    return false;
}
} // namespace

const std::vector<QRgb>& GifWriter::palette()
{
    static const std::vector<QRgb> pal = [] {
        std::vector<QRgb> p;
        auto add = [&](const QColor& c) {
            const QRgb v = c.rgb();
            if (std::find(p.begin(), p.end(), v) == p.end() && p.size() < 256)
                p.push_back(v);
        };
        // The app's exact colours first.
        add(Qt::white);
        add(Qt::black);
        add(load::green());
        add(load::amber());
        add(load::red());
        add(load::down());
        for (bool dark : {false, true}) {
            ChartPalette cp;
            cp.dark = dark;
            for (const QColor& c :
                 {cp.background(), cp.text(), cp.grid(), cp.p50(), cp.p95(), cp.p99(), cp.offered(),
                  cp.throughput(), cp.cache(), cp.cdn(), cp.queue(), cp.lag(), cp.retry(), cp.stale()})
                add(c);
            for (int k = 0; k < core::kErrorCauseCount; ++k)
                add(cp.errorCause(k));
            for (auto s : {core::SimEvent::Severity::Info, core::SimEvent::Severity::Warning,
                           core::SimEvent::Severity::Failure, core::SimEvent::Severity::Recovery})
                add(cp.marker(s));
        }
        // Anti-aliasing edges of the load colours and of text on white.
        for (const QColor& c : {load::green(), load::amber(), load::red(), load::down()})
            for (double t : {0.25, 0.5, 0.75, 0.9})
                add(load::mix(c, Qt::white, t));
        // Grey ramp.
        for (int g = 0; g < 256; g += 8)
            add(QColor(g, g, g));
        // A coarse colour cube for icons and everything else.
        for (int r = 0; r < 6; ++r)
            for (int g = 0; g < 6; ++g)
                for (int b = 0; b < 6; ++b)
                    add(QColor(r * 51, g * 51, b * 51));
        while (p.size() < 256)
            p.push_back(qRgb(255, 255, 255));
        return p;
    }();
    return pal;
}

unsigned char GifWriter::indexOf(QRgb c)
{
    c |= 0xff000000u;
    if (auto it = m_cache.find(c); it != m_cache.end())
        return it->second;
    const auto& pal = palette();
    int best = 0;
    long bestD = 1L << 40;
    for (int i = 0; i < static_cast<int>(pal.size()); ++i) {
        // Weighted distance (the eye is most sensitive to green).
        const long dr = qRed(c) - qRed(pal[i]), dg = qGreen(c) - qGreen(pal[i]),
                   db = qBlue(c) - qBlue(pal[i]);
        const long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    m_cache.emplace(c, static_cast<unsigned char>(best));
    return static_cast<unsigned char>(best);
}

GifWriter::~GifWriter()
{
    abandon(); // an unfinished GIF is never written
}

bool GifWriter::open(const QString& path, QSize size, QString* error)
{
    close();
    // Refuse a link, pipe or device now rather than after encoding the whole run.
    if (const QString why = outputPathProblem(path); !why.isEmpty())
        return fail(error, why);
    int err = 0;
    m_data.clear();
    m_failed = false;
    // giflib encodes into memory; close() writes the file in one checked, atomic step.
    m_gif = EGifOpen(&m_data, &GifWriter::appendBytes, &err);
    if (!m_gif)
        return fail(error, tr("%1: cannot start the GIF file (%2)")
                               .arg(path, QString::fromUtf8(GifErrorString(err))));
    m_path = path;
    m_size = size;
    m_frames = 0;
    EGifSetGifVersion(m_gif, true);
    std::vector<GifColorType> colours(256);
    const auto& pal = palette();
    for (int i = 0; i < 256; ++i)
        colours[i] = {static_cast<GifByteType>(qRed(pal[i])),
                      static_cast<GifByteType>(qGreen(pal[i])),
                      static_cast<GifByteType>(qBlue(pal[i]))};
    ColorMapObject* map = GifMakeMapObject(256, colours.data());
    const int rc = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (rc == GIF_ERROR) {
        m_failed = true;
        return fail(error, tr("%1: cannot write the GIF header").arg(path));
    }
    // NETSCAPE2.0 application extension: loop forever.
    static const GifByteType app[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType loop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, sizeof app, app) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, sizeof loop, loop) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR) {
        m_failed = true;
        return fail(error, tr("%1: cannot write the GIF loop extension").arg(path));
    }
    return true;
}

bool GifWriter::addFrame(const QImage& frame, int delayCs, QString* error)
{
    if (!m_gif)
        return fail(error, tr("the GIF file is not open"));
    const QImage img = frame.size() == m_size
                           ? frame.convertToFormat(QImage::Format_RGB32)
                           : frame.scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                 .convertToFormat(QImage::Format_RGB32);
    GraphicsControlBlock gcb{};
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.DelayTime = std::max(2, delayCs);
    gcb.TransparentColor = NO_TRANSPARENT_COLOR;
    GifByteType ext[4];
    const std::size_t n = EGifGCBToExtension(&gcb, ext);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(n), ext) == GIF_ERROR ||
        EGifPutImageDesc(m_gif, 0, 0, m_size.width(), m_size.height(), false, nullptr) == GIF_ERROR) {
        m_failed = true;
        return fail(error, tr("%1: cannot write GIF frame %2").arg(m_path).arg(m_frames + 1));
    }
    std::vector<GifByteType> line(static_cast<std::size_t>(m_size.width()));
    for (int y = 0; y < m_size.height(); ++y) {
        const auto* px = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < m_size.width(); ++x)
            line[static_cast<std::size_t>(x)] = indexOf(px[x]);
        if (EGifPutLine(m_gif, line.data(), m_size.width()) == GIF_ERROR) {
            m_failed = true;
            return fail(error, tr("%1: cannot write GIF frame %2").arg(m_path).arg(m_frames + 1));
        }
    }
    ++m_frames;
    return true;
}

bool GifWriter::close(QString* error)
{
    if (!m_gif)
        return true;
    int err = 0;
    const int rc = EGifCloseFile(m_gif, &err);
    m_gif = nullptr;
    if (rc == GIF_ERROR)
        return fail(error, tr("%1: cannot finish the GIF file (%2)")
                               .arg(m_path, QString::fromUtf8(GifErrorString(err))));
    const QByteArray data = std::exchange(m_data, QByteArray());
    if (m_failed)
        return fail(error, tr("%1: the GIF was not written (a frame failed)").arg(m_path));
    return writeFileSafely(m_path, data, error);
}

void GifWriter::abandon()
{
    m_failed = true;
    close();
}

int GifWriter::appendBytes(GifFileType* gif, const GifByteType* bytes, int n)
{
    auto* data = static_cast<QByteArray*>(gif->UserData);
    data->append(reinterpret_cast<const char*>(bytes), n);
    return n;
}

} // namespace scalelab::ui
