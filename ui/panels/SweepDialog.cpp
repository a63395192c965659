// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity sweep dialog: fields and validation, the background run, results table
// and exports. The charts are drawn by SweepCharts, the suggested values by SweepValues.
#include "panels/SweepDialog.h"

#include "io/SafeWrite.h"

#include "panels/SweepCharts.h"
#include "panels/SweepValues.h"

#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#ifdef __linux__
#include <sys/resource.h> // setpriority: sweep workers run at a lower priority
#include <unistd.h>       // gettid
#endif

#include <cmath>
#include <exception>

namespace scalelab::ui {

namespace {

constexpr int kMaxValues = 40;
enum AxisRole
{
    RoleAxis = Qt::UserRole,
    RolePointer,
    RoleComponent,
    RoleKey
};

QString formatNumber(double v)
{
    const double a = std::fabs(v);
    return QString::number(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

QTableWidgetItem* numberItem(double v, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SweepDialog::SweepDialog(const core::Scenario& scenario, QWidget* parent)
    : QDialog(parent), m_scenario(scenario)
{
    setWindowTitle(tr("Capacity sweep: %1").arg(QString::fromStdString(scenario.name)));
    setObjectName(QStringLiteral("sweepDialog"));
    buildUi();
    fillAxisCombo();
    m_axis->setCurrentIndex(m_scenario.workload.mode == core::Workload::Mode::Closed ? 0 : 1);
    onAxisChanged();
    fillChart();
}

SweepDialog::~SweepDialog()
{
    stopAndJoin();
}

void SweepDialog::buildUi()
{
    auto* form = new QFormLayout;
    m_axis = new QComboBox(this);
    m_axis->setAccessibleName(tr("What to vary"));
    m_axis->setToolTip(
        tr("Each point of the sweep runs the scenario with a different value of this."));
    form->addRow(tr("&Vary:"), m_axis);

    m_values = new QLineEdit(this);
    m_values->setAccessibleName(tr("Values to try"));
    m_values->setToolTip(tr("Numbers separated by commas; one simulation runs per value."));
    form->addRow(tr("Va&lues:"), m_values);

    m_duration = new QDoubleSpinBox(this);
    m_duration->setAccessibleName(tr("Simulated time per point"));
    m_duration->setDecimals(1);
    m_duration->setSuffix(tr(" s"));
    m_duration->setRange(std::max(1.0, m_scenario.run.warmupS + 1.0), 86400.0);
    m_duration->setValue(m_scenario.run.durationS);
    m_duration->setToolTip(
        tr("Each point runs this long in simulated time; the first %1 s are warm-up and "
           "not measured.")
            .arg(m_scenario.run.warmupS));
    form->addRow(tr("Simulated &time per point:"), m_duration);

    m_jobs = new QSpinBox(this);
    m_jobs->setAccessibleName(tr("Parallel jobs"));
    m_jobs->setRange(1, 256);
    m_jobs->setValue(static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
    m_jobs->setToolTip(tr("How many points run at the same time. Results do not depend on it."));
    form->addRow(tr("Parallel &jobs:"), m_jobs);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Input problem"));
    m_message->setStyleSheet(QStringLiteral("color: #ad1457;"));

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setDefault(true);
    m_run->setAccessibleName(tr("Run the sweep"));
    m_cancelButton = new QPushButton(tr("Cancel s&weep"), this);
    m_cancelButton->setAccessibleName(tr("Cancel the running sweep"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Sweep progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m points"));
    m_status = new QLabel(tr("Choose what to vary and press Run."), this);
    m_status->setAccessibleName(tr("Sweep status"));
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_status, 2);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Sweep results"));
    m_table->setHorizontalHeaderLabels({tr("Value"), tr("Offered (req/s)"),
                                        tr("Throughput (req/s)"), tr("p50 (ms)"), tr("p99 (ms)"),
                                        tr("Errors (%)"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_chartBox = new QWidget(this);
    m_chartBox->setAutoFillBackground(true);
    QPalette pal = m_chartBox->palette();
    pal.setColor(QPalette::Window, Qt::white);
    m_chartBox->setPalette(pal);
    auto* chartLayout = new QHBoxLayout(m_chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    for (QChartView** v : {&m_latencyView, &m_throughputView}) {
        *v = new QChartView(new QChart, m_chartBox);
        (*v)->setRenderHint(QPainter::Antialiasing);
        (*v)->setFocusPolicy(Qt::NoFocus); // nothing to operate; the table holds the same numbers
        (*v)->setMinimumSize(420, 320);
        chartLayout->addWidget(*v);
    }
    m_latencyView->setAccessibleName(tr("Latency against offered load"));
    m_throughputView->setAccessibleName(tr("Throughput and errors against offered load"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chartBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_knee = new QLabel(this);
    m_knee->setWordWrap(true);
    m_knee->setAccessibleName(tr("Knee"));
    m_knee->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveCsv = buttons->addButton(tr("Save C&SV..."), QDialogButtonBox::ActionRole);
    m_saveCsv->setAccessibleName(tr("Save the results as CSV"));
    m_saveChart = buttons->addButton(tr("Save c&hart..."), QDialogButtonBox::ActionRole);
    m_saveChart->setAccessibleName(tr("Save the chart as PNG or SVG"));
    m_saveCsv->setEnabled(false);
    m_saveChart->setEnabled(false);
    for (QAbstractButton* b : buttons->buttons())
        static_cast<QPushButton*>(b)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(runRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_knee);
    layout->addWidget(buttons);
    for (QWidget* w : {static_cast<QWidget*>(m_duration), static_cast<QWidget*>(m_jobs)})
        w->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    resize(1200, 860);

    connect(m_axis, &QComboBox::currentIndexChanged, this, &SweepDialog::onAxisChanged);
    connect(m_values, &QLineEdit::textChanged, this, &SweepDialog::validateFields);
    connect(m_run, &QPushButton::clicked, this, &SweepDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &SweepDialog::cancel);
    connect(m_saveCsv, &QPushButton::clicked, this, &SweepDialog::chooseCsvFile);
    connect(m_saveChart, &QPushButton::clicked, this, &SweepDialog::chooseChartFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SweepDialog::fillAxisCombo()
{
    m_axis->addItem(tr("Concurrent users (closed workload)"));
    m_axis->setItemData(0, static_cast<int>(core::SweepSpec::Axis::Users), RoleAxis);
    m_axis->addItem(tr("Request rate (open workload, req/s)"));
    m_axis->setItemData(1, static_cast<int>(core::SweepSpec::Axis::Rate), RoleAxis);
    for (std::size_t i = 0; i < m_scenario.components.size(); ++i) {
        const core::Component& c = m_scenario.components[i];
        const core::KindSpec* kind = core::findKind(c.kind);
        if (!kind)
            continue;
        const QString name = QString::fromStdString(c.name.empty() ? c.id : c.name);
        for (const core::ParamSpec& p : kind->params) {
            if (p.type != core::ParamSpec::Type::Number && p.type != core::ParamSpec::Type::Integer)
                continue;
            QString text = tr("%1: %2").arg(name, QString::fromStdString(p.label));
            if (!p.unit.empty())
                text += tr(" (%1)").arg(QString::fromStdString(p.unit));
            const int idx = m_axis->count();
            m_axis->addItem(text);
            m_axis->setItemData(idx, static_cast<int>(core::SweepSpec::Axis::Pointer), RoleAxis);
            m_axis->setItemData(idx,
                                QStringLiteral("/components/%1/params/%2")
                                    .arg(i)
                                    .arg(QString::fromStdString(p.key)),
                                RolePointer);
            m_axis->setItemData(idx, static_cast<int>(i), RoleComponent);
            m_axis->setItemData(idx, QString::fromStdString(p.key), RoleKey);
            m_axis->setItemData(idx, QString::fromStdString(p.help), Qt::ToolTipRole);
        }
    }
}

void SweepDialog::setAxisIndex(int index)
{
    m_axis->setCurrentIndex(index);
}

int SweepDialog::axisIndexFor(const QString& componentId, const QString& key) const
{
    const int comp = m_scenario.indexOf(componentId.toStdString());
    for (int i = 2; i < m_axis->count(); ++i)
        if (m_axis->itemData(i, RoleComponent).toInt() == comp &&
            m_axis->itemData(i, RoleKey).toString() == key)
            return i;
    return -1;
}

void SweepDialog::setValuesText(const QString& text)
{
    m_values->setText(text);
}
QString SweepDialog::valuesText() const
{
    return m_values->text();
}
void SweepDialog::setJobs(int jobs)
{
    m_jobs->setValue(jobs);
}
void SweepDialog::setDurationS(double seconds)
{
    m_duration->setValue(seconds);
}
QString SweepDialog::kneeText() const
{
    return m_knee->text();
}
QString SweepDialog::statusText() const
{
    return m_status->text();
}

void SweepDialog::onAxisChanged()
{
    const int idx = m_axis->currentIndex();
    const auto axis = static_cast<core::SweepSpec::Axis>(m_axis->itemData(idx, RoleAxis).toInt());
    QList<double> ladder;
    if (axis == core::SweepSpec::Axis::Users) {
        ladder = decadeLadder(m_scenario.workload.users);
    } else if (axis == core::SweepSpec::Axis::Rate) {
        ladder = decadeLadder(m_scenario.workload.rateRps);
    } else {
        const core::Component& c =
            m_scenario
                .components[static_cast<std::size_t>(m_axis->itemData(idx, RoleComponent).toInt())];
        const std::string key = m_axis->itemData(idx, RoleKey).toString().toStdString();
        ladder = paramLadder(c.number(key), *core::findKind(c.kind)->param(key));
    }
    m_values->setText(joinValues(ladder));
    validateFields();
}

bool SweepDialog::buildSpec(core::SweepSpec& spec, QString* error) const
{
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    const int idx = m_axis->currentIndex();
    spec = {};
    spec.axis = static_cast<core::SweepSpec::Axis>(m_axis->itemData(idx, RoleAxis).toInt());
    spec.pointer = m_axis->itemData(idx, RolePointer).toString().toStdString();
    spec.jobs = m_jobs->value();
    const QStringList tokens =
        m_values->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return fail(tr("Values: enter at least one number, separated by commas (for example 1000, "
                       "3000, 10000)."));
    if (tokens.size() > kMaxValues)
        return fail(tr("Values: at most %1 values per sweep, you entered %2.")
                        .arg(kMaxValues)
                        .arg(tokens.size()));
    const core::ParamSpec* param = nullptr;
    if (spec.axis == core::SweepSpec::Axis::Pointer) {
        const core::Component& c =
            m_scenario
                .components[static_cast<std::size_t>(m_axis->itemData(idx, RoleComponent).toInt())];
        param =
            core::findKind(c.kind)->param(m_axis->itemData(idx, RoleKey).toString().toStdString());
    }
    for (const QString& t : tokens) {
        bool ok = false;
        const double v = QLocale::c().toDouble(t, &ok);
        if (!ok || !std::isfinite(v))
            return fail(
                tr("Values: \"%1\" is not a number. Enter numbers separated by commas, for example "
                   "1000, 3000, 10000.")
                    .arg(t.left(40)));
        if (spec.axis == core::SweepSpec::Axis::Users && (v < 1 || v > 1e8 || v != std::floor(v)))
            return fail(
                tr("Values: %1 is not a whole number of users between 1 and 100000000.").arg(t));
        if (spec.axis == core::SweepSpec::Axis::Rate && (v <= 0 || v > 1e8))
            return fail(
                tr("Values: a request rate must be above 0 and at most 100000000 req/s, got %1.")
                    .arg(t));
        if (param && (v < param->min || v > param->max))
            return fail(tr("Values: %1 is outside the range of %2 (%3 to %4).")
                            .arg(t, QString::fromStdString(param->label))
                            .arg(param->min, 0, 'g', 10)
                            .arg(param->max, 0, 'g', 10));
        if (param && param->type == core::ParamSpec::Type::Integer && v != std::floor(v))
            return fail(tr("Values: %1 takes whole numbers, got %2.")
                            .arg(QString::fromStdString(param->label), t));
        spec.values.push_back(v);
    }
    // The core's own checks on every point (ranges across fields, memory budget).
    // applySweepValue runs the scenario loader on each point (field checks and the
    // memory budget); then all points together must fit the headless time budget.
    const core::Scenario base = baseScenario();
    std::vector<double> work;
    work.reserve(spec.values.size());
    for (double v : spec.values) {
        core::Scenario probe;
        std::string why;
        if (!core::applySweepValue(base, spec, v, probe, &why))
            return fail(tr("Values: at %1 the scenario is not valid: %2")
                            .arg(QString::number(v, 'g', 12), QString::fromStdString(why)));
        work.push_back(core::estimateResources(probe).workEvents);
    }
    if (const std::string why = core::sweepWorkRefusal(spec, work); !why.empty())
        return fail(tr("Values: %1").arg(QString::fromStdString(why)));
    return true;
}

core::Scenario SweepDialog::baseScenario() const
{
    core::Scenario s = m_scenario;
    s.run.durationS = m_duration->value();
    const int idx = m_axis->currentIndex();
    if (m_axis->itemData(idx, RoleAxis).toInt() ==
        static_cast<int>(core::SweepSpec::Axis::Pointer)) {
        // A parameter left at its default is absent from the JSON the core edits.
        core::Component& c =
            s.components[static_cast<std::size_t>(m_axis->itemData(idx, RoleComponent).toInt())];
        const std::string key = m_axis->itemData(idx, RoleKey).toString().toStdString();
        if (!c.params.count(key))
            c.params[key] = c.number(key);
    }
    return s;
}

void SweepDialog::validateFields()
{
    core::SweepSpec spec;
    QString error;
    const bool ok = buildSpec(spec, &error);
    m_message->setText(ok ? QString() : tr("⚠ %1").arg(error));
    m_message->setVisible(!ok);
    m_run->setEnabled(ok && !m_running);
}

bool SweepDialog::start()
{
    if (m_running)
        return false;
    core::SweepSpec spec;
    QString error;
    if (!buildSpec(spec, &error)) {
        m_message->setText(tr("⚠ %1").arg(error));
        m_message->setVisible(true);
        return false;
    }
    const core::Scenario base = baseScenario();
    m_resultSpec = spec;
    m_cancel.store(false);
    const int gen = ++m_generation;
    m_progress->setRange(0, static_cast<int>(spec.values.size()));
    m_progress->setValue(0);
    m_status->setText(spec.values.size() == 1 ? tr("Running 1 point...")
                                              : tr("Running %1 points...").arg(spec.values.size()));
    m_knee->clear();
    setRunning(true);
    m_clock.start();
    m_thread = std::thread([this, base, spec, gen] {
        auto progress = [this, gen](int done, int total) {
            QMetaObject::invokeMethod(
                this,
                [this, gen, done, total] {
                    if (gen == m_generation)
                        onProgress(done, total);
                },
                Qt::QueuedConnection);
        };
#ifdef __linux__
        // Nice values are per thread on Linux and the core's worker threads inherit this
        // one's: the sweep then yields to the GUI thread instead of competing with it.
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()),
                    std::min(19, getpriority(PRIO_PROCESS, 0) + 5));
#endif
        auto result = std::make_shared<core::SweepResult>();
        try {
            *result = core::runSweep(base, spec, progress, &m_cancel);
        } catch (const std::exception& e) { // never let an exception end the program from here
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

void SweepDialog::cancel()
{
    if (!m_running)
        return;
    m_cancel.store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling..."));
}

void SweepDialog::setRunning(bool on)
{
    m_running = on;
    m_axis->setEnabled(!on);
    m_values->setEnabled(!on);
    m_duration->setEnabled(!on);
    m_jobs->setEnabled(!on);
    m_cancelButton->setEnabled(on);
    m_run->setEnabled(!on);
    const bool haveResult = !on && !m_result.points.empty();
    m_saveCsv->setEnabled(haveResult);
    m_saveChart->setEnabled(haveResult);
    if (on)
        m_cancelButton->setFocus();
    else
        validateFields();
}

void SweepDialog::onProgress(int done, int total)
{
    m_progress->setMaximum(total);
    m_progress->setValue(done);
}

void SweepDialog::stopAndJoin()
{
    if (!m_thread.joinable())
        return;
    m_cancel.store(true);
    m_thread.join();
    // The queued onFinished (if any) still arrives and shows the cancelled result.
    if (m_running)
        setRunning(false);
}

void SweepDialog::done(int r)
{
    stopAndJoin();
    QDialog::done(r);
}

void SweepDialog::onFinished(const core::SweepResult& result)
{
    if (m_thread.joinable())
        m_thread.join();
    m_result = result;
    int finished = 0;
    for (const core::SweepPoint& p : m_result.points)
        finished += p.ok ? 1 : 0;
    const int total = static_cast<int>(m_result.points.size());
    if (m_result.cancelled)
        m_status->setText(tr("Cancelled: %1 of %2 points finished.").arg(finished).arg(total));
    else if (!m_result.error.empty())
        m_status->setText(tr("Some points failed: %1").arg(QString::fromStdString(m_result.error)));
    else {
        const QString secs = QString::number(m_clock.elapsed() / 1000.0, 'f', 1);
        m_status->setText(total == 1 ? tr("Done: 1 point in %1 s.").arg(secs)
                                     : tr("Done: %1 points in %2 s.").arg(total).arg(secs));
    }
    m_progress->setValue(finished);
    setRunning(false);
    fillTable();
    fillChart();
    if (!focusWidget() || !focusWidget()->isEnabled())
        m_table->setFocus();
    if (m_result.cancelled) {
        m_knee->setText(tr("The sweep was cancelled, so no knee was computed."));
    } else if (m_result.knee >= 0) {
        const core::SweepPoint& k = m_result.points[static_cast<std::size_t>(m_result.knee)];
        m_knee->setText(tr("<b>Knee</b> at %1 = %2 (offered %3 req/s): %4. Past this point, extra "
                           "load mostly adds "
                           "waiting, not throughput.")
                            .arg(axisTitle(m_resultSpec).toHtmlEscaped(),
                                 QString::number(k.value, 'g', 10), formatNumber(k.offeredRps),
                                 QString::fromStdString(m_result.kneeReason).toHtmlEscaped()));
    } else if (finished > 0) {
        m_knee->setText(tr("No knee: the design kept up at every load tried. Try larger values to "
                           "find its limit."));
    }
    Q_EMIT sweepFinished();
}

QString SweepDialog::axisTitle(const core::SweepSpec& spec) const
{
    if (spec.axis == core::SweepSpec::Axis::Users)
        return tr("Users");
    if (spec.axis == core::SweepSpec::Axis::Rate)
        return tr("Rate (req/s)");
    for (int i = 2; i < m_axis->count(); ++i)
        if (m_axis->itemData(i, RolePointer).toString() == QString::fromStdString(spec.pointer))
            return m_axis->itemText(i);
    return QString::fromStdString(spec.pointer);
}

void SweepDialog::fillTable()
{
    m_table->setRowCount(0);
    // Show up to ten rows without scrolling; the charts take the rest of the height.
    const int shown = std::clamp(static_cast<int>(m_result.points.size()), 3, 10);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              shown * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 2);
    m_table->horizontalHeaderItem(ColValue)->setText(axisTitle(m_resultSpec));
    const int n = static_cast<int>(m_result.points.size());
    m_table->setRowCount(n);
    QColor kneeBg = sweepKneeColour();
    kneeBg.setAlpha(45);
    for (int r = 0; r < n; ++r) {
        const core::SweepPoint& p = m_result.points[static_cast<std::size_t>(r)];
        m_table->setItem(r, ColValue, numberItem(p.value, QString::number(p.value, 'g', 10)));
        QString note;
        if (p.ok) {
            m_table->setItem(r, ColOffered, numberItem(p.offeredRps, formatNumber(p.offeredRps)));
            m_table->setItem(r, ColThroughput,
                             numberItem(p.throughputRps, formatNumber(p.throughputRps)));
            m_table->setItem(r, ColP50, numberItem(p.p50Ms, formatNumber(p.p50Ms)));
            m_table->setItem(r, ColP99, numberItem(p.p99Ms, formatNumber(p.p99Ms)));
            m_table->setItem(r, ColErrors,
                             numberItem(p.errorRate, QString::number(p.errorRate * 100.0, 'f', 2)));
        } else {
            for (int c = ColOffered; c <= ColErrors; ++c)
                m_table->setItem(r, c, new QTableWidgetItem(tr("–")));
            note = p.error == "cancelled" || (p.error.empty() && m_result.cancelled)
                       ? tr("not run (cancelled)")
                       : QString::fromStdString(p.error);
        }
        if (r == m_result.knee)
            note = tr("◀ knee");
        m_table->setItem(r, ColNote, new QTableWidgetItem(note));
        if (r == m_result.knee) {
            for (int c = 0; c < ColumnCount; ++c) {
                QTableWidgetItem* item = m_table->item(r, c);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(kneeBg);
                item->setToolTip(QString::fromStdString(m_result.kneeReason));
            }
        }
    }
}

bool SweepDialog::saveCsv(const QString& path, QString* error)
{
    const std::string csv = core::sweepCsv(m_result, m_resultSpec);
    return writeFileSafely(path, QByteArray::fromStdString(csv), error);
}

bool SweepDialog::saveChart(const QString& path, QString* error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_chartBox->size());
        svg.setViewBox(m_chartBox->rect());
        svg.setTitle(windowTitle());
        QPainter painter(&svg);
        painter.fillRect(m_chartBox->rect(), Qt::white);
        m_chartBox->render(&painter);
    } else {
        m_chartBox->grab().save(&buffer, "PNG");
    }
    if (buffer.data().isEmpty()) {
        if (error)
            *error = tr("%1: the chart could not be drawn.").arg(path);
        return false;
    }
    return writeFileSafely(path, buffer.data(), error);
}

void SweepDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save sweep CSV"), QStringLiteral("sweep.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !saveCsv(path, &error))
        m_status->setText(error);
}

void SweepDialog::chooseChartFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save sweep chart"), QStringLiteral("sweep.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !saveChart(path, &error))
        m_status->setText(error);
}

void SweepDialog::fillChart()
{
    fillSweepCharts(m_latencyView, m_throughputView, m_result, axisTitle(m_resultSpec));
}

} // namespace scalelab::ui
