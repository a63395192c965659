// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/WorkloadPanel.h"

#include "canvas/Units.h"
#include "commands/Commands.h"
#include "commands/Gesture.h"
#include "panels/InspectorWidgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace scalelab::ui {

namespace {
QDoubleSpinBox* spin(double min, double max, int decimals, const QString& suffix,
                     const QString& name)
{
    auto* s = new QDoubleSpinBox;
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setKeyboardTracking(false);
    s->setAccelerated(true);
    if (!suffix.isEmpty())
        s->setSuffix(QLatin1Char(' ') + suffix);
    s->setAccessibleName(name);
    fitSpinBoxWidth(s);
    return s;
}

// A group with its title as a wrapping first row: a QGroupBox title cannot wrap, so a
// long translation would set the inspector's minimum width.
QGroupBox* section(const QString& title, QFormLayout** form)
{
    auto* box = new QGroupBox;
    box->setAccessibleName(title);
    *form = new QFormLayout(box);
    auto* head = new QLabel(title);
    head->setWordWrap(true);
    QFont f = head->font();
    f.setBold(true);
    head->setFont(f);
    (*form)->addRow(head);
    return box;
}

} // namespace

double WorkloadPanel::peakRps(double dailyActiveUsers, double requestsPerUserPerDay,
                              double peakRatio)
{
    return dailyActiveUsers * requestsPerUserPerDay / 86400.0 * peakRatio;
}

WorkloadPanel::WorkloadPanel(Document* document, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), m_doc(document), m_stack(undoStack)
{
    setObjectName(QStringLiteral("workloadPanel"));
    setAccessibleName(tr("Workload and run settings"));
    auto* v = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Nothing selected: these settings apply to the whole scenario."));
    hint->setWordWrap(true);
    v->addWidget(hint);

    auto* scenarioForm = new QFormLayout;
    m_scenarioName = new QLineEdit;
    m_scenarioName->setAccessibleName(tr("Scenario name"));
    scenarioForm->addRow(tr("Scenario"), m_scenarioName);
    v->addLayout(scenarioForm);

    QFormLayout* wf = nullptr;
    QGroupBox* wl = section(tr("Workload"), &wf);
    m_mode = new QComboBox;
    m_mode->setMinimumContentsLength(12);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->addItem(tr("Open: arrivals at a rate"), 0);
    m_mode->addItem(tr("Closed: users who wait, think, repeat"), 1);
    m_mode->setAccessibleName(tr("Workload mode"));
    m_mode->setToolTip(
        tr("Open: requests keep arriving whatever the response time. Closed: each user waits for "
           "the answer, thinks, then asks again."));
    wf->addRow(tr("Mode"), m_mode);
    m_rate = spin(0.001, 1e7, 1, tr("req/s"), tr("Request rate"));
    m_rateSlider = new LogSlider(1, 1e7);
    m_rateSlider->setMinimumWidth(60);
    m_rateSlider->setAccessibleName(tr("Request rate (logarithmic slider)"));
    wf->addRow(tr("Rate"), numberRow(m_rate, m_rateSlider));
    m_users = spin(1, 1e7, 0, tr("users"), tr("Users"));
    m_usersSlider = new LogSlider(1, 1e7);
    m_usersSlider->setMinimumWidth(60);
    m_usersSlider->setAccessibleName(tr("Users (logarithmic slider)"));
    m_users->setToolTip(
        tr("Closed: concurrent users. Open: distinct clients (sessions, DNS caches)."));
    wf->addRow(tr("Users"), numberRow(m_users, m_usersSlider));
    m_think = spin(0, 3600, 1, tr("s"), tr("Think time"));
    wf->addRow(tr("Think time"), m_think);
    m_read = spin(0, 100, 0, QStringLiteral("%"), tr("Reads"));
    m_write = spin(0, 100, 0, QStringLiteral("%"), tr("Writes"));
    m_static = spin(0, 100, 0, QStringLiteral("%"), tr("Static files"));
    m_job = spin(0, 100, 0, QStringLiteral("%"), tr("Background jobs"));
    // One row per share (not a two-by-two grid): the rows wrap in a narrow inspector.
    const QString mixTip =
        tr("Shares of the request types (normalised when they do not add up to 100%).");
    for (QDoubleSpinBox* share : {m_read, m_write, m_static, m_job})
        share->setToolTip(mixTip);
    wf->addRow(tr("Reads"), m_read);
    wf->addRow(tr("Writes"), m_write);
    wf->addRow(tr("Static files"), m_static);
    wf->addRow(tr("Background jobs"), m_job);
    m_zipf = spin(0, 3, 2, QString(), tr("Key skew"));
    m_zipf->setToolTip(tr("Zipf exponent of key popularity: 0 = every key equally popular, 1 = a "
                          "few keys are very hot."));
    wf->addRow(tr("Key skew"), m_zipf);
    m_timeout = spin(0, 3.6e6, 0, tr("ms"), tr("Client timeout"));
    m_timeout->setToolTip(tr("Responses slower than this count as errors (0 = never)."));
    m_timeout->setSpecialValueText(tr("never")); // shown at 0, not a misleading "0 ms"
    fitSpinBoxWidth(m_timeout);
    wf->addRow(tr("Client timeout"), m_timeout);
    v->addWidget(wl);

    QFormLayout* yf = nullptr;
    QGroupBox* retry = section(tr("Retries and circuit breaker"), &yf);
    m_retries = spin(0, 10, 0, QString(), tr("Retries"));
    m_retries->setToolTip(tr("How many times a client sends a request again after an error or a "
                             "timeout (0 = it gives up at once)."));
    m_backoff = spin(0, 3.6e6, 0, tr("ms"), tr("Backoff"));
    m_backoff->setToolTip(tr("Wait before the first retry; it doubles with each further retry."));
    m_backoffMax = spin(0, 3.6e6, 0, tr("ms"), tr("Longest backoff"));
    m_jitter = spin(0, 100, 0, QStringLiteral("%"), tr("Jitter"));
    m_jitter->setToolTip(tr("Share of the backoff drawn at random, so that clients that failed "
                            "together do not all retry together (100% = anywhere from 0 to the backoff)."));
    m_breakerThreshold = spin(0, 100, 0, QStringLiteral("%"), tr("Breaker opens at"));
    m_breakerThreshold->setSpecialValueText(tr("no breaker"));
    fitSpinBoxWidth(m_breakerThreshold);
    m_breakerThreshold->setToolTip(tr("A client's circuit breaker opens when this share of the "
                                      "recent attempts failed: then it fails requests at once, "
                                      "without sending them, and lets the servers recover."));
    m_breakerWindow = spin(0.1, 86400, 1, tr("s"), tr("Breaker window"));
    m_breakerMin = spin(1, 1e6, 0, tr("attempts"), tr("Breaker minimum"));
    m_breakerMin->setToolTip(tr("Attempts in the window before the breaker may open."));
    m_breakerOpen = spin(0.01, 86400, 1, tr("s"), tr("Breaker open for"));
    m_breakerOpen->setToolTip(tr("How long it stays open before one probe request may try again."));
    yf->addRow(tr("Retries"), m_retries);
    yf->addRow(tr("Backoff"), m_backoff);
    yf->addRow(tr("Longest backoff"), m_backoffMax);
    yf->addRow(tr("Jitter"), m_jitter);
    yf->addRow(tr("Breaker opens at"), m_breakerThreshold);
    yf->addRow(tr("Breaker window"), m_breakerWindow);
    yf->addRow(tr("Breaker minimum"), m_breakerMin);
    yf->addRow(tr("Breaker open for"), m_breakerOpen);
    v->addWidget(retry);

    QFormLayout* hf = nullptr;
    QGroupBox* helper = section(tr("From daily users to requests per second"), &hf);
    m_dau = spin(1, 1e10, 0, tr("users/day"), tr("Daily active users"));
    m_dau->setValue(1e6);
    m_perUser = spin(0.01, 1e5, 1, tr("req/user/day"), tr("Requests per user per day"));
    m_perUser->setValue(50);
    m_peak = spin(1, 100, 1, QStringLiteral("×"), tr("Peak-to-average ratio"));
    m_peak->setValue(3);
    hf->addRow(tr("Daily active users"), m_dau);
    hf->addRow(tr("Requests per user"), m_perUser);
    hf->addRow(tr("Peak ratio"), m_peak);
    m_helperResult = new QLabel;
    m_helperResult->setWordWrap(true);
    auto* use = new QPushButton(tr("Use as rate"));
    use->setToolTip(tr("Set the open workload's rate to this peak."));
    hf->addRow(m_helperResult);
    hf->addRow(use);
    v->addWidget(helper);

    QFormLayout* nf = nullptr;
    QGroupBox* net = section(tr("Network (one way)"), &nf);
    m_access = spin(0, 10000, 1, tr("ms"), tr("User to data center"));
    m_crossRegion = spin(0, 10000, 1, tr("ms"), tr("Between regions"));
    m_intraDc = spin(0, 1000, 2, tr("ms"), tr("Inside a data center"));
    nf->addRow(tr("User to data center"), m_access);
    nf->addRow(tr("Between regions"), m_crossRegion);
    nf->addRow(tr("Inside a data center"), m_intraDc);
    v->addWidget(net);

    QFormLayout* rf = nullptr;
    QGroupBox* run = section(tr("Run"), &rf);
    m_duration = spin(1, 30 * 86400.0, 0, tr("s"), tr("Duration"));
    m_warmup = spin(0, 86400, 0, tr("s"), tr("Warm-up"));
    m_warmup->setToolTip(tr("Statistics ignore requests that start before this."));
    m_seed = new QSpinBox;
    m_seed->setRange(0, 2147483647);
    m_seed->setAccessibleName(tr("Random seed"));
    m_seed->setToolTip(tr("The same seed replays the same run exactly."));
    m_sampleInterval = spin(0.01, 3600, 2, tr("s"), tr("Sample interval"));
    rf->addRow(tr("Duration"), m_duration);
    rf->addRow(tr("Warm-up"), m_warmup);
    rf->addRow(tr("Seed"), m_seed);
    rf->addRow(tr("Sample every"), m_sampleInterval);
    v->addWidget(run);
    v->addStretch(1);

    // Edits -> commands.
    // `gesture` (commands/Gesture.h) merges the edits of one slider drag; other edits
    // (typed values, arrow clicks) are each their own undo step.
    auto wlEdit = [this](const QString& field, std::function<void(core::Workload&)> change,
                         int gesture = 0) {
        core::Workload w = m_doc->scenario().workload;
        change(w);
        if (!(w == m_doc->scenario().workload))
            pushWorkload(w, gesture ? field + QLatin1Char(':') + QString::number(gesture) : QString());
    };
    trackDragGestures(m_rateSlider);
    trackDragGestures(m_usersSlider);
    connect(m_mode, &QComboBox::activated, this, [=, this](int i) {
        wlEdit(QStringLiteral("mode"), [i](core::Workload& w) {
            w.mode = i == 0 ? core::Workload::Mode::Open : core::Workload::Mode::Closed;
        });
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("rate"), [x](core::Workload& w) { w.rateRps = x; });
    });
    connect(m_rateSlider, &LogSlider::logValueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("rate"), [x](core::Workload& w) { w.rateRps = x; },
               dragGesture(m_rateSlider));
    });
    connect(m_users, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("users"), [x](core::Workload& w) { w.users = x; });
    });
    connect(m_usersSlider, &LogSlider::logValueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("users"), [x](core::Workload& w) { w.users = x; },
               dragGesture(m_usersSlider));
    });
    connect(m_think, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("think"), [x](core::Workload& w) { w.thinkTimeS = x; });
    });
    connect(m_read, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("read"), [x](core::Workload& w) { w.mix.read = x / 100; });
    });
    connect(m_write, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("write"), [x](core::Workload& w) { w.mix.write = x / 100; });
    });
    connect(m_static, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("static"), [x](core::Workload& w) { w.mix.staticAsset = x / 100; });
    });
    connect(m_job, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("job"), [x](core::Workload& w) { w.mix.job = x / 100; });
    });
    connect(m_zipf, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("zipf"), [x](core::Workload& w) { w.zipfExponent = x; });
    });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        wlEdit(QStringLiteral("timeout"), [x](core::Workload& w) { w.clientTimeoutMs = x; });
    });
    auto retryEdit = [=, this](QDoubleSpinBox* box, const char* field,
                               std::function<void(core::Workload&, double)> set) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
            wlEdit(QLatin1String(field), [&](core::Workload& w) { set(w, x); });
        });
    };
    retryEdit(m_retries, "retries", [](core::Workload& w, double x) { w.retry.maxRetries = static_cast<int>(x); });
    retryEdit(m_backoff, "backoff", [](core::Workload& w, double x) {
        w.retry.backoffMs = x;
        w.retry.backoffMaxMs = std::max(w.retry.backoffMaxMs, x); // the file's rule: max >= base
    });
    retryEdit(m_backoffMax, "backoff_max", [](core::Workload& w, double x) {
        w.retry.backoffMaxMs = x;
        w.retry.backoffMs = std::min(w.retry.backoffMs, x);
    });
    retryEdit(m_jitter, "jitter", [](core::Workload& w, double x) { w.retry.jitter = x / 100; });
    retryEdit(m_breakerThreshold, "breaker", [](core::Workload& w, double x) { w.breaker.errorThreshold = x / 100; });
    retryEdit(m_breakerWindow, "breaker_window", [](core::Workload& w, double x) { w.breaker.windowS = x; });
    retryEdit(m_breakerMin, "breaker_min", [](core::Workload& w, double x) { w.breaker.minRequests = static_cast<int>(x); });
    retryEdit(m_breakerOpen, "breaker_open", [](core::Workload& w, double x) { w.breaker.openS = x; });
    connect(use, &QPushButton::clicked, this, [=, this] {
        const double rps = peakRps(m_dau->value(), m_perUser->value(), m_peak->value());
        wlEdit(QStringLiteral("helper"), [rps](core::Workload& w) {
            w.mode = core::Workload::Mode::Open;
            w.rateRps = rps;
        });
    });
    for (QDoubleSpinBox* s : {m_dau, m_perUser, m_peak})
        connect(s, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::updateHelper);

    auto netEdit = [this](const QString& /*field*/, std::function<void(core::Network&)> change) {
        core::Network n = m_doc->scenario().network;
        change(n);
        if (!(n == m_doc->scenario().network))
            m_stack->push(makeSetNetworkCommand(m_doc, n)); // a typed value: its own undo step
    };
    connect(m_access, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        netEdit(QStringLiteral("access"), [x](core::Network& n) { n.accessMs = x; });
    });
    connect(m_crossRegion, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        netEdit(QStringLiteral("cross"), [x](core::Network& n) { n.crossRegionMs = x; });
    });
    connect(m_intraDc, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        netEdit(QStringLiteral("intra"), [x](core::Network& n) { n.intraDcMs = x; });
    });

    auto runEdit = [this](const QString& /*field*/, std::function<void(core::RunSettings&)> change) {
        core::RunSettings r = m_doc->scenario().run;
        change(r);
        if (!(r == m_doc->scenario().run))
            m_stack->push(makeSetRunSettingsCommand(m_doc, r)); // its own undo step
    };
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        runEdit(QStringLiteral("duration"), [x](core::RunSettings& r) { r.durationS = x; });
    });
    connect(m_warmup, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        runEdit(QStringLiteral("warmup"), [x](core::RunSettings& r) { r.warmupS = x; });
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [=, this](int x) {
        runEdit(QStringLiteral("seed"),
                [x](core::RunSettings& r) { r.seed = static_cast<std::uint64_t>(x); });
    });
    connect(m_sampleInterval, &QDoubleSpinBox::valueChanged, this, [=, this](double x) {
        runEdit(QStringLiteral("sample"), [x](core::RunSettings& r) { r.sampleIntervalS = x; });
    });
    connect(m_scenarioName, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_scenarioName->text();
        const QString old = QString::fromStdString(m_doc->scenario().name);
        if (name == old)
            return;
        const QString desc = QString::fromStdString(m_doc->scenario().description);
        Document* doc = m_doc;
        m_stack->push(
            new ValueCommand<QString>(tr("Rename scenario"), old, name,
                                      [doc, desc](const QString& v) { doc->setMeta(v, desc); }));
    });

    connect(m_doc, &Document::workloadChanged, this, &WorkloadPanel::refresh);
    connect(m_doc, &Document::settingsChanged, this, &WorkloadPanel::refresh);
    connect(m_doc, &Document::scenarioReset, this, &WorkloadPanel::refresh);
    refresh();
    updateHelper();
}

void WorkloadPanel::pushWorkload(const core::Workload& w, const QString& mergeKey)
{
    m_stack->push(makeSetWorkloadCommand(m_doc, w, mergeKey));
    Q_EMIT workloadEdited(w);
}

void WorkloadPanel::updateHelper()
{
    const double rps = peakRps(m_dau->value(), m_perUser->value(), m_peak->value());
    const double avg = rps / m_peak->value();
    m_helperResult->setText(tr("%1 × %2 ÷ 86,400 s = %3 on average, × %4 at peak = <b>%5</b>")
                                .arg(shortNumber(m_dau->value()), shortNumber(m_perUser->value()),
                                     formatRps(avg), QString::number(m_peak->value(), 'g', 3),
                                     formatRps(rps)));
}

void WorkloadPanel::refresh()
{
    const core::Scenario& s = m_doc->scenario();
    const core::Workload& w = s.workload;
    const QList<QWidget*> all = {m_mode,        m_rate,        m_rateSlider,     m_users,
                                 m_usersSlider, m_think,       m_read,           m_write,
                                 m_static,      m_job,         m_zipf,           m_timeout,
                                 m_retries,     m_backoff,     m_backoffMax,     m_jitter,
                                 m_breakerThreshold, m_breakerWindow, m_breakerMin, m_breakerOpen,
                                 m_access,      m_crossRegion, m_intraDc,        m_duration,
                                 m_warmup,      m_seed,        m_sampleInterval, m_scenarioName};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* x : all)
        blockers.push_back(std::make_unique<QSignalBlocker>(x));
    if (!m_scenarioName->hasFocus())
        m_scenarioName->setText(QString::fromStdString(s.name));
    const bool open = w.mode == core::Workload::Mode::Open;
    m_mode->setCurrentIndex(open ? 0 : 1);
    m_rate->setValue(w.rateRps);
    m_rateSlider->setLogValue(w.rateRps);
    m_users->setValue(w.users);
    m_usersSlider->setLogValue(w.users);
    m_think->setValue(w.thinkTimeS);
    m_think->setEnabled(!open);
    m_rate->setEnabled(open);
    m_rateSlider->setEnabled(open);
    m_read->setValue(w.mix.read * 100);
    m_write->setValue(w.mix.write * 100);
    m_static->setValue(w.mix.staticAsset * 100);
    m_job->setValue(w.mix.job * 100);
    m_zipf->setValue(w.zipfExponent);
    m_timeout->setValue(w.clientTimeoutMs);
    m_retries->setValue(w.retry.maxRetries);
    m_backoff->setValue(w.retry.backoffMs);
    m_backoffMax->setValue(w.retry.backoffMaxMs);
    m_jitter->setValue(w.retry.jitter * 100);
    m_breakerThreshold->setValue(w.breaker.errorThreshold * 100);
    m_breakerWindow->setValue(w.breaker.windowS);
    m_breakerMin->setValue(w.breaker.minRequests);
    m_breakerOpen->setValue(w.breaker.openS);
    const bool retrying = w.retry.maxRetries > 0, breaking = w.breaker.errorThreshold > 0;
    for (QWidget* x : {static_cast<QWidget*>(m_backoff), static_cast<QWidget*>(m_backoffMax),
                       static_cast<QWidget*>(m_jitter)})
        x->setEnabled(retrying);
    for (QWidget* x : {static_cast<QWidget*>(m_breakerWindow), static_cast<QWidget*>(m_breakerMin),
                       static_cast<QWidget*>(m_breakerOpen)})
        x->setEnabled(breaking);
    m_access->setValue(s.network.accessMs);
    m_crossRegion->setValue(s.network.crossRegionMs);
    m_intraDc->setValue(s.network.intraDcMs);
    m_duration->setValue(s.run.durationS);
    m_warmup->setValue(s.run.warmupS);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.run.seed, 2147483647u)));
    m_sampleInterval->setValue(s.run.sampleIntervalS);
}

} // namespace scalelab::ui
