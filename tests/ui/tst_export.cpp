// SPDX-License-Identifier: GPL-3.0-or-later
// Exports: every file the CLI writes is well-formed and carries the run's numbers.
#include "canvas/DiagramScene.h"
#include "export/ExportJob.h"
#include "export/ExportMenu.h"
#include "export/GifWriter.h"
#include "export/ReportExport.h"
#include "metrics/Recorder.h"
#include "model/Document.h"
#include "Resources.h"
#include "run/RunController.h"
#include "ScenarioFixtures.h"
#include "sim/Simulation.h"

#include <QDir>
#include <QFontInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QtTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <gif_lib.h>

#include <set>

using namespace scalelab;

namespace {
QString outDir(const char* name)
{
    const QString d =
        QStringLiteral(SCALELAB_BINARY_DIR "/test-tmp/export-%1").arg(QLatin1String(name));
    QDir(d).removeRecursively();
    return d;
}

/// Fraction of pixels that differ from the corner (background) colour, and distinct colours.
std::pair<double, int> inkAndColours(const QImage& img)
{
    const QRgb bg = img.pixel(0, 0);
    std::set<QRgb> colours;
    long ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            ink += c != bg;
            if (colours.size() < 1000)
                colours.insert(c);
        }
    return {double(ink) / (img.width() * img.height()), int(colours.size())};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsEveryFormat();
    void guiRunExportsTheSameCsv();
    void unknownFormatIsRefused();
    void gifRecorderRecordsALiveRun();

private:
    QString m_dir;
    core::Scenario m_scenario;
};

void TestExport::initTestCase()
{
    ui::initResources();
    QVERIFY2(!QFontInfo(QFont()).family().isEmpty(), "no font: text would be invisible boxes");
    m_scenario = testing::primaryReplicaScenario(40);
    m_dir = outDir("all");
    ui::ExportRequest req;
    req.formats = ui::exportFormats();
    req.outDir = m_dir;
    req.size = QSize(1000, 600);
    QStringList written;
    QString error;
    QVERIFY2(ui::exportScenario(m_scenario, req, &written, &error), qPrintable(error));
    // diagram x3, charts 6 x 2 formats, 3 CSV, report, gif
    QCOMPARE(written.size(), 3 + 12 + 3 + 1 + 1);
}

void TestExport::exportsEveryFormat()
{
    const QDir dir(m_dir);
    // PNG: requested size, not blank (boxes, icons and text: many colours).
    const QImage diagram(dir.filePath(QStringLiteral("diagram.png")));
    QCOMPARE(diagram.size(), QSize(1000, 600));
    const auto [ink, colours] = inkAndColours(diagram);
    QVERIFY2(ink > 0.03, qPrintable(QString::number(ink)));
    QVERIFY(colours > 20);
    const QImage chart(dir.filePath(QStringLiteral("chart-latency.png")));
    QCOMPARE(chart.size(), QSize(500, 300));
    QVERIFY(inkAndColours(chart).first > 0.03);

    // SVG: well-formed XML that Qt's renderer accepts, with a background and text.
    for (const QString& f : dir.entryList({QStringLiteral("*.svg")})) {
        const QByteArray svg = readAll(dir.filePath(f));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(f + QLatin1String(": ") + xml.errorString()));
        QVERIFY2(QSvgRenderer(svg).isValid(), qPrintable(f));
        QVERIFY2(svg.contains("<text"), qPrintable(f));
    }

    // PDF: the report has as many pages as exportReport says: summary, two chart pages
    // (five charts; no cache chart for a design without cache), the event log.
    const QByteArray pdf = readAll(dir.filePath(QStringLiteral("report.pdf")));
    const int pages = int(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
    QCOMPARE(pages, 4);
    QVERIFY(pdf.contains("/DejaVu") || pdf.contains("/FontName"));
    const QByteArray dpdf = readAll(dir.filePath(QStringLiteral("diagram.pdf")));
    QCOMPARE(int(QString::fromLatin1(dpdf).count(
                 QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")))),
             1);

    // GIF: one frame per simulated second (tick = max(sample interval, duration/150)),
    // readable by others (giflib creates files 0600).
    const QString gifPath = dir.filePath(QStringLiteral("run.gif"));
    QVERIFY(QFile::permissions(gifPath) & QFile::ReadOther);
    int err = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(gifPath).constData(), &err);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, 40);
    QCOMPARE(gif->SWidth, 800); // scaled to at most 800 pixels wide
    bool loops = false;
    for (int i = 0; i < gif->SavedImages[0].ExtensionBlockCount; ++i)
        loops =
            loops ||
            QByteArray(reinterpret_cast<const char*>(gif->SavedImages[0].ExtensionBlocks[i].Bytes),
                       gif->SavedImages[0].ExtensionBlocks[i].ByteCount)
                .startsWith("NETSCAPE2.0");
    QVERIFY(loops);
    // Frames differ (load colours and numbers change over the run).
    const SavedImage& a = gif->SavedImages[2];
    const SavedImage& b = gif->SavedImages[20];
    QVERIFY(memcmp(a.RasterBits, b.RasterBits,
                   std::size_t(gif->SWidth) * std::size_t(gif->SHeight)) != 0);
    DGifCloseFile(gif, &err);

    // CSV: the numbers of a direct simulation of the same scenario and seed.
    core::Recorder direct(100000, true);
    core::Simulation sim(m_scenario, &direct);
    sim.run();
    const QStringList rows = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("samples.csv"))))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), int(direct.samples().size()) + 1);
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList cols = rows[i].split(QLatin1Char(','));
        const auto& s = direct.samples()[std::size_t(i - 1)];
        QCOMPARE(cols[0].toDouble(), s.tS);
        // %.6g in the file: 6 significant digits.
        QVERIFY(std::abs(cols[2].toDouble() - s.throughputRps) <=
                1e-5 * std::max(1.0, s.throughputRps));
    }
    const QString events = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("events.csv"))));
    QVERIFY(events.contains(QLatin1String("promoted")));
    QVERIFY(events.contains(QLatin1String("master_loss")));
    const QStringList comps =
        QString::fromUtf8(readAll(dir.filePath(QStringLiteral("components.csv"))))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(comps.size(), 1 + 40 * int(direct.samples().front().components.size()));
}

void TestExport::guiRunExportsTheSameCsv()
{
    ui::Document doc;
    doc.resetScenario(m_scenario);
    ui::RunController rc(&doc);
    rc.setSpeed(0);
    rc.play();
    QVERIFY(
        QTest::qWaitFor([&] { return rc.state() == ui::RunController::State::Finished; }, 30000));
    ui::ExportRequest req;
    req.formats = {QStringLiteral("csv"), QStringLiteral("report")};
    req.outDir = outDir("gui");
    QString error;
    QVERIFY2(ui::exportRun(ui::runDataFrom(rc), nullptr, req, nullptr, &error), qPrintable(error));
    // Deterministic: the live run and the CLI's headless run give identical bytes.
    QCOMPARE(readAll(QDir(req.outDir).filePath(QStringLiteral("samples.csv"))),
             readAll(QDir(m_dir).filePath(QStringLiteral("samples.csv"))));
    QCOMPARE(rc.summary().generated, ui::runHeadless(m_scenario).summary.generated);
}

void TestExport::unknownFormatIsRefused()
{
    ui::ExportRequest req;
    req.formats = {QStringLiteral("bmp")};
    req.outDir = outDir("bad");
    QString error;
    QVERIFY(!ui::exportRun({}, nullptr, req, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("bmp")), qPrintable(error));
}

void TestExport::gifRecorderRecordsALiveRun()
{
    ui::Document doc;
    doc.resetScenario(m_scenario);
    QUndoStack stack;
    ui::DiagramScene scene(&doc, &stack);
    ui::RunController rc(&doc);
    ui::GifRecorder rec(&scene, &rc);
    const QString path = outDir("live") + QStringLiteral(".gif");
    QString error;
    QVERIFY2(rec.start(path, QSize(400, 250), &error, 20), qPrintable(error));
    rc.setSpeed(20); // 40 s of simulation in about 2 s of wall time
    rc.play();
    QVERIFY(
        QTest::qWaitFor([&] { return rc.state() == ui::RunController::State::Finished; }, 20000));
    const int frames = rec.frames();
    QVERIFY(rec.stop(&error));
    // Frames arrive at up to 50 Hz and are kept at most every 20 ms: dozens over ~2 s.
    QVERIFY2(frames >= 10, qPrintable(QString::number(frames)));
    int err = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &err);
    QVERIFY(gif);
    QCOMPARE(DGifSlurp(gif), GIF_OK);
    QCOMPARE(gif->ImageCount, frames);
    DGifCloseFile(gif, &err);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
