// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B comparison dialog: choosing B, the background run, the table and exports.
// The charts are drawn by CompareCharts (shared with scalelab-cli compare).
#include "compare/CompareDialog.h"

#include "compare/CompareCharts.h"
#include "io/SafeWrite.h"

#include "io/ScenarioJson.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>
#include <memory>

#ifdef __linux__
#include <sys/resource.h> // setpriority: the comparison's runs yield to the GUI thread
#include <unistd.h>
#endif

namespace scalelab::ui {

namespace {

const char* const kOtherFile = "file";

/// A number with about three significant digits, in the user's locale.
QString shortNumber(double v)
{
    const double a = std::fabs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a > 0 ? 3 : 0;
    return QLocale().toString(v, 'f', decimals);
}

QString meanCi(const core::MeanCi& m, const QString& unit)
{
    return CompareDialog::tr("%1 ± %2 %3").arg(shortNumber(m.mean), shortNumber(m.halfWidth), unit);
}

QString metricLabel(const std::string& key)
{
    if (key == "p50_ms")
        return CompareDialog::tr("p50 latency");
    if (key == "p95_ms")
        return CompareDialog::tr("p95 latency");
    if (key == "p99_ms")
        return CompareDialog::tr("p99 latency");
    if (key == "throughput_rps")
        return CompareDialog::tr("Throughput");
    if (key == "error_rate_pct")
        return CompareDialog::tr("Error rate");
    if (key == "lost_writes")
        return CompareDialog::tr("Lost writes");
    if (key == "sessions_lost")
        return CompareDialog::tr("Sessions lost");
    if (key == "cost_per_hour")
        return CompareDialog::tr("Cost per hour");
    static const std::pair<const char*, const char*> causes[] = {
        {"errors_rejected", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: rejected (queue full)")},
        {"errors_timed_out", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: timed out")},
        {"errors_down", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: component down")},
        {"errors_rate_limited", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: rate limited")},
        {"errors_no_route", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: no route")},
        {"errors_server_error", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: server error")},
        {"errors_circuit_open", QT_TRANSLATE_NOOP("scalelab::ui::CompareDialog", "Errors: circuit open")}};
    for (const auto& [k, text] : causes)
        if (key == k)
            return CompareDialog::tr(text);
    return QString::fromStdString(key);
}

QString unitLabel(const std::string& unit)
{
    if (unit == "requests")
        return CompareDialog::tr("requests");
    if (unit == "writes")
        return CompareDialog::tr("writes");
    if (unit == "sessions")
        return CompareDialog::tr("sessions");
    return QString::fromStdString(unit); // ms, req/s, %, $/h
}

QString variantLabel(const std::string& id)
{
    if (id == "cache")
        return CompareDialog::tr("A copy with a cache in front of the database");
    if (id == "web")
        return CompareDialog::tr("A copy with a second web server behind a load balancer");
    if (id == "replica")
        return CompareDialog::tr("A copy with a read replica of the database");
    return QString::fromStdString(id);
}

QString variantReason(const std::string& id)
{
    if (id == "cache")
        return CompareDialog::tr("Not available: no web server reaches a database without a cache.");
    if (id == "web")
        return CompareDialog::tr("Not available: the design has no web server.");
    return CompareDialog::tr("Not available: the design has no primary database.");
}

} // namespace

CompareDialog::CompareDialog(const core::Scenario& scenario, QWidget* parent)
    : QDialog(parent), m_a(scenario)
{
    if (m_a.name.empty())
        m_a.name = tr("Current design").toStdString();
    setWindowTitle(tr("Compare: %1").arg(QString::fromStdString(m_a.name)));
    setObjectName(QStringLiteral("compareDialog"));
    buildUi();
    onChoiceChanged();
}

CompareDialog::~CompareDialog()
{
    stopAndJoin();
}

void CompareDialog::buildUi()
{
    auto* form = new QFormLayout;
    auto* aLabel = new QLabel(tr("<b>A</b> (solid lines): %1")
                                  .arg(QString::fromStdString(m_a.name).toHtmlEscaped()),
                              this);
    form->addRow(tr("Design A:"), aLabel);

    m_choice = new QComboBox(this);
    m_choice->setAccessibleName(tr("Design B"));
    m_choice->setToolTip(tr("The second design. It runs with design A's workload, timeline and "
                            "run settings, so only the architecture differs."));
    for (const core::DesignVariant& v : core::designVariants(m_a)) {
        m_choice->addItem(variantLabel(v.id), QString::fromStdString(v.id));
        if (!v.applicable) {
            const int i = m_choice->count() - 1;
            m_choice->setItemData(i, variantReason(v.id), Qt::ToolTipRole);
            m_choice->setItemData(i, 0, Qt::UserRole - 1); // disabled entry
        }
    }
    m_choice->addItem(tr("Another file..."), QString::fromLatin1(kOtherFile));
    form->addRow(tr("Compare &with:"), m_choice);
    m_bLabel = new QLabel(this);
    m_bLabel->setWordWrap(true);
    m_bLabel->setAccessibleName(tr("Design B"));
    form->addRow(tr("Design B:"), m_bLabel);

    m_seeds = new QSpinBox(this);
    m_seeds->setAccessibleName(tr("Seeds per design"));
    m_seeds->setRange(core::kMinCompareSeeds, core::kMaxCompareSeeds);
    m_seeds->setValue(5);
    m_seeds->setToolTip(tr("Each design runs once per seed (seeds %1, %2, ...). One seed gives A "
                           "and B the same arrivals; more seeds narrow the intervals.")
                            .arg(m_a.run.seed)
                            .arg(m_a.run.seed + 1));
    m_seeds->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    form->addRow(tr("&Seeds:"), m_seeds);

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setDefault(true);
    m_run->setAccessibleName(tr("Run the comparison"));
    m_cancelButton = new QPushButton(tr("Cancel co&mparison"), this);
    m_cancelButton->setAccessibleName(tr("Cancel the running comparison"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m runs"));
    m_status = new QLabel(tr("Choose design B and press Run."), this);
    m_status->setAccessibleName(tr("Comparison status"));
    m_status->setWordWrap(true);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_status, 2);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Key numbers of A and B"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("A: mean ± 95% CI"),
                                        tr("B: mean ± 95% CI"), tr("B − A (same seeds)"),
                                        tr("Intervals")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_charts = new CompareChartBox(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_overlap = new QLabel(this);
    m_overlap->setWordWrap(true);
    m_overlap->setAccessibleName(tr("What the intervals show"));
    m_overlap->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveCsv = buttons->addButton(tr("Save C&SV..."), QDialogButtonBox::ActionRole);
    m_saveCsv->setAccessibleName(tr("Save the table as CSV"));
    m_saveChart = buttons->addButton(tr("Save c&hart..."), QDialogButtonBox::ActionRole);
    m_saveChart->setAccessibleName(tr("Save the chart as PNG or SVG"));
    m_saveCsv->setEnabled(false);
    m_saveChart->setEnabled(false);
    for (QAbstractButton* b : buttons->buttons())
        static_cast<QPushButton*>(b)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_overlap);
    layout->addWidget(buttons);
    // Large enough for the charts, never larger than the screen (a 1280x720 projector).
    QSize size(1280, 960);
    if (const QScreen* sc = screen())
        size = size.boundedTo(sc->availableGeometry().size() * 0.92);
    resize(size);

    connect(m_choice, &QComboBox::activated, this, [this] {
        if (m_choice->currentData().toString() == QLatin1String(kOtherFile))
            chooseFile();
    });
    connect(m_choice, &QComboBox::currentIndexChanged, this, &CompareDialog::onChoiceChanged);
    connect(m_run, &QPushButton::clicked, this, &CompareDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &CompareDialog::cancel);
    connect(m_saveCsv, &QPushButton::clicked, this, &CompareDialog::chooseCsvFile);
    connect(m_saveChart, &QPushButton::clicked, this, &CompareDialog::chooseChartFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The first applicable variant is the default choice.
    for (int i = 0; i < m_choice->count(); ++i)
        if (m_choice->itemData(i, Qt::UserRole - 1).isNull() || m_choice->itemData(i, Qt::UserRole - 1).toInt() != 0) {
            m_choice->setCurrentIndex(i);
            break;
        }
}

void CompareDialog::onChoiceChanged()
{
    const QString id = m_choice->currentData().toString();
    if (id == QLatin1String(kOtherFile)) {
        if (!m_haveB || m_b.name.empty())
            m_bLabel->setText(tr("<b>B</b> (dashed lines): no file chosen yet."));
        m_run->setEnabled(m_haveB && !m_running);
        return;
    }
    std::string error;
    m_bOwnTimeline = false;
    m_haveB = core::applyVariant(m_a, id.toStdString(), m_b, &error);
    if (m_haveB) {
        m_b.name = tr("%1 + %2")
                       .arg(QString::fromStdString(m_a.name),
                            id == QLatin1String("cache") ? tr("cache")
                            : id == QLatin1String("web") ? tr("second web server")
                                                          : tr("read replica"))
                       .toStdString();
        m_bLabel->setText(tr("<b>B</b> (dashed lines): %1")
                              .arg(QString::fromStdString(m_b.name).toHtmlEscaped()));
    } else {
        m_bLabel->setText(variantReason(id.toStdString()));
    }
    m_run->setEnabled(m_haveB && !m_running);
}

bool CompareDialog::setVariant(const QString& id)
{
    const int i = m_choice->findData(id);
    if (i < 0 || id == QLatin1String(kOtherFile) || m_choice->itemData(i, Qt::UserRole - 1) == QVariant(0))
        return false;
    m_choice->setCurrentIndex(i);
    onChoiceChanged();
    return m_haveB;
}

bool CompareDialog::setOtherFile(const QString& path, QString* error)
{
    auto loaded = core::loadScenarioFile(path.toStdString());
    if (!loaded.scenario) {
        const QString text = loaded.errors.empty()
                                 ? tr("%1: not a valid scenario").arg(path)
                                 : QString::fromStdString(loaded.errors.front().toString());
        m_bLabel->setText(tr("⚠ %1").arg(text.toHtmlEscaped()));
        if (error)
            *error = text;
        return false;
    }
    m_b = std::move(*loaded.scenario);
    if (m_b.name.empty())
        m_b.name = QFileInfo(path).fileName().toStdString();
    m_haveB = true;
    m_bOwnTimeline = false;
    {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(QString::fromLatin1(kOtherFile)));
    }
    m_bLabel->setText(tr("<b>B</b> (dashed lines): %1 (%2), with design A's workload and timeline")
                          .arg(QString::fromStdString(m_b.name).toHtmlEscaped(),
                               QFileInfo(path).fileName().toHtmlEscaped()));
    m_run->setEnabled(!m_running);
    return true;
}

void CompareDialog::setDesignB(const core::Scenario& b, bool ownTimeline, const QString& what)
{
    m_b = b;
    m_haveB = true;
    m_bOwnTimeline = ownTimeline;
    {
        const QSignalBlocker block(m_choice);
        m_choice->setCurrentIndex(m_choice->findData(QString::fromLatin1(kOtherFile)));
    }
    m_bLabel->setText(tr("<b>B</b> (dashed lines): %1 (%2)")
                          .arg(QString::fromStdString(m_b.name).toHtmlEscaped(), what.toHtmlEscaped()));
    m_run->setEnabled(!m_running);
}

void CompareDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Design B"), QString(),
                                                      tr("Scenarios (*.json);;All files (*)"));
    if (path.isEmpty()) {
        onChoiceChanged();
        return;
    }
    setOtherFile(path);
}

void CompareDialog::setSeeds(int seeds)
{
    m_seeds->setValue(seeds);
}
int CompareDialog::seeds() const
{
    return m_seeds->value();
}
QString CompareDialog::statusText() const
{
    return m_status->text();
}
QString CompareDialog::overlapText() const
{
    return m_overlap->text();
}

bool CompareDialog::start()
{
    if (m_running || !m_haveB)
        return false;
    core::CompareSpec spec;
    spec.seeds = m_seeds->value();
    spec.bOwnTimeline = m_bOwnTimeline;
    std::string why;
    if (!core::checkCompareRunnable(m_a, m_b, spec, &why)) {
        m_status->setText(tr("⚠ Design B: %1").arg(QString::fromStdString(why)));
        return false;
    }
    m_cancel.store(false);
    const int gen = ++m_generation;
    m_progress->setRange(0, 2 * spec.seeds);
    m_progress->setValue(0);
    m_status->setText(tr("Running %1 seeds for each design...").arg(spec.seeds));
    m_overlap->clear();
    setRunning(true);
    m_clock.start();
    const core::Scenario a = m_a, b = m_b;
    m_thread = std::thread([this, a, b, spec, gen] {
        auto progress = [this, gen](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, gen, done, total] {
                    if (gen == m_generation) {
                        m_progress->setMaximum(total);
                        m_progress->setValue(done);
                    }
                },
                Qt::QueuedConnection);
        };
#ifdef __linux__
        // Per-thread nice value, inherited by the core's pool: the GUI stays responsive.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()),
                    std::min(19, getpriority(PRIO_PROCESS, 0) + 5));
#endif
        auto result = std::make_shared<core::CompareResult>();
        try {
            *result = core::runCompare(a, b, spec, progress, &m_cancel);
        } catch (const std::exception& e) { // never end the program from this thread
            result->error = e.what();
        }
        QMetaObject::invokeMethod(
            this,
            [this, gen, result] {
                if (gen == m_generation)
                    onFinished(*result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void CompareDialog::cancel()
{
    if (!m_running)
        return;
    m_cancel.store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling..."));
}

void CompareDialog::setRunning(bool on)
{
    m_running = on;
    m_choice->setEnabled(!on);
    m_seeds->setEnabled(!on);
    m_cancelButton->setEnabled(on);
    m_run->setEnabled(!on && m_haveB);
    const bool haveResult = !on && !m_result.rows.empty();
    m_saveCsv->setEnabled(haveResult);
    m_saveChart->setEnabled(haveResult);
    if (on)
        m_cancelButton->setFocus();
}

void CompareDialog::stopAndJoin()
{
    if (!m_thread.joinable())
        return;
    m_cancel.store(true);
    m_thread.join();
    if (m_running)
        setRunning(false);
}

void CompareDialog::done(int r)
{
    stopAndJoin();
    QDialog::done(r);
}

void CompareDialog::onFinished(const core::CompareResult& result)
{
    if (m_thread.joinable())
        m_thread.join();
    if (result.cancelled) {
        m_status->setText(tr("Cancelled: no numbers are shown for a partial comparison."));
    } else if (!result.error.empty()) {
        m_status->setText(tr("⚠ %1").arg(QString::fromStdString(result.error)));
    } else {
        m_result = result;
        m_status->setText(tr("Done: %1 runs in %2 s.")
                              .arg(2 * m_result.seeds.size())
                              .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
        fillTable();
        m_charts->setResult(m_result);
    }
    setRunning(false);
    if (!focusWidget() || !focusWidget()->isEnabled())
        m_table->setFocus();
    Q_EMIT compareFinished();
}

void CompareDialog::fillTable()
{
    m_table->setRowCount(0);
    const int n = static_cast<int>(m_result.seeds.size());
    QStringList overlapping, apart;
    for (const core::CompareRow& row : m_result.rows) {
        // Error causes (and sessions) that neither design ever saw would only add rows of
        // zeros.
        if ((row.key.rfind("errors_", 0) == 0 || row.key == "sessions_lost") && row.a.mean == 0 && row.b.mean == 0 &&
            row.a.halfWidth == 0 && row.b.halfWidth == 0)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString unit = unitLabel(row.unit);
        auto* metric = new QTableWidgetItem(metricLabel(row.key));
        metric->setData(Qt::UserRole, QString::fromStdString(row.key));
        if (row.unit == "ms")
            metric->setToolTip(tr("Over the requests that were answered: a failed request has "
                                  "no latency, so compare the error rate too."));
        m_table->setItem(r, ColMetric, metric);
        const std::pair<int, const core::MeanCi*> cells[] = {{ColA, &row.a}, {ColB, &row.b}, {ColDiff, &row.diff}};
        for (const auto& [col, m] : cells) {
            auto* item = new QTableWidgetItem(meanCi(*m, unit));
            item->setData(Qt::UserRole, m->mean);
            item->setData(Qt::UserRole + 1, m->halfWidth);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
        auto* verdict = new QTableWidgetItem(row.overlap ? tr("overlap") : tr("apart"));
        verdict->setToolTip(row.overlap ? tr("A's and B's 95% intervals overlap: no difference shown at "
                                             "this number of seeds.")
                                        : tr("A's and B's 95% intervals do not overlap."));
        m_table->setItem(r, ColOverlap, verdict);
        (row.overlap ? overlapping : apart) << metricLabel(row.key);
    }
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              std::min(m_table->rowCount(), 9) * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 2);
    QString text = tr("Intervals: mean ± t × s / √n with Student's t for n = %1 seeds (t = %2). "
                      "B − A is paired: each seed's B minus the same seed's A.")
                       .arg(n)
                       .arg(QLocale().toString(core::studentT975(n - 1), 'f', 3));
    if (!overlapping.isEmpty())
        text += QLatin1Char(' ') + tr("The intervals overlap for %1: no difference shown at this number of seeds.")
                                       .arg(overlapping.join(tr(", ")));
    if (!apart.isEmpty())
        text += QLatin1Char(' ') + tr("They do not overlap for %1.").arg(apart.join(tr(", ")));
    m_overlap->setText(text);
}

bool CompareDialog::saveCsv(const QString& path, QString* error)
{
    return writeFileSafely(path, QByteArray::fromStdString(core::compareCsv(m_result)), error);
}

bool CompareDialog::saveChart(const QString& path, QString* error)
{
    const QByteArray data = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                                ? m_charts->svg(compareTitle(m_result))
                                : m_charts->png();
    if (data.isEmpty()) {
        if (error)
            *error = tr("%1: the chart could not be drawn.").arg(path);
        return false;
    }
    return writeFileSafely(path, data, error);
}

void CompareDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save comparison CSV"), QStringLiteral("compare.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        m_status->setText(error);
}

void CompareDialog::chooseChartFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save comparison chart"), QStringLiteral("compare.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !saveChart(path, &error))
        m_status->setText(error);
}

} // namespace scalelab::ui
