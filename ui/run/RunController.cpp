// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/RunController.h"

#include "io/ResourceBudget.h"
#include "io/ScenarioJson.h"
#include "metrics/Recorder.h"
#include "model/Document.h"
#include "model/ParamSpec.h"
#include "run/RunWorker.h"

#include <QTimer>

#include <optional>

namespace scalelab::ui {

namespace {
constexpr int kFrameIntervalMs = 20; // 50 Hz
}

struct RunController::Private
{
    Document* document = nullptr;
    std::unique_ptr<RunWorker> worker;
    QTimer timer;
    State state = State::Stopped;
    double speed = 1.0;
    std::unique_ptr<core::Recorder> history =
        std::make_unique<core::Recorder>(kHistoryPoints, true);
    LiveFrame last;
    core::Summary summary;
    core::Scenario running; ///< the scenario the worker was built from, plus live edits
};

RunController::RunController(Document* document, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<LiveFrame>();
    qRegisterMetaType<core::Sample>();
    qRegisterMetaType<core::SimEvent>();
    d->document = document;
    d->timer.setInterval(kFrameIntervalMs);
    d->timer.setTimerType(Qt::PreciseTimer);
    connect(&d->timer, &QTimer::timeout, this, [this] { drain(); });
    if (!document)
        return;
    connect(document, &Document::scenarioReset, this, &RunController::reset);
    connect(document, &Document::componentChanged, this,
            [this](const QString& id) { forwardParams(id); });
    connect(document, &Document::workloadChanged, this, [this] { forwardWorkload(); });
}

RunController::~RunController() = default;

RunController::State RunController::state() const
{
    return d->state;
}
Document* RunController::document() const
{
    return d->document;
}
double RunController::speed() const
{
    return d->speed;
}
core::SimTime RunController::simTime() const
{
    return d->last.now;
}
const std::vector<core::Sample>& RunController::history() const
{
    return d->history->samples();
}
const std::vector<core::SimEvent>& RunController::events() const
{
    return d->history->events();
}
const LiveFrame& RunController::lastFrame() const
{
    return d->last;
}
const core::Recorder& RunController::recorder() const
{
    return *d->history;
}
const core::Summary& RunController::summary() const
{
    return d->summary;
}

void RunController::setState(State s)
{
    if (d->state == s)
        return;
    d->state = s;
    Q_EMIT stateChanged(s);
}

bool RunController::ensureWorker()
{
    if (d->worker)
        return true;
    if (!d->document)
        return false;
    const core::Scenario& sc = d->document->scenario();
    const std::string fileName = d->document->filePath().toStdString();
    const auto problems = core::validateScenario(sc, fileName);
    if (problems.empty()) {
        // The same refusal as `validate`, `run`, sweeps and lesson experiments (one core
        // function), on one line so the status bar shows all of it.
        const auto tooBig = core::checkScenarioRunnable(sc, fileName);
        if (!tooBig.empty()) {
            Q_EMIT errorOccurred(tr("The scenario is too big to run: %1")
                                     .arg(QString::fromStdString(tooBig.front().toString())));
            return false;
        }
    }
    if (!problems.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < problems.size() && i < 5; ++i)
            lines << QString::fromStdString(problems[i].toString());
        if (problems.size() > 5)
            lines << tr("... and %n more problem(s)", nullptr,
                        static_cast<int>(problems.size() - 5));
        Q_EMIT errorOccurred(
            tr("The scenario cannot run yet:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return false;
    }
    d->running = sc;
    d->worker = std::make_unique<RunWorker>(sc);
    d->worker->setSpeed(d->speed);
    d->timer.start();
    return true;
}

void RunController::play()
{
    if (d->state == State::Running)
        return;
    if (d->state == State::Finished)
        discard();
    if (!ensureWorker())
        return;
    d->worker->setRunning(true);
    setState(State::Running);
}

void RunController::pause()
{
    if (d->state != State::Running)
        return;
    d->worker->setRunning(false);
    setState(State::Paused);
}

void RunController::step()
{
    if (d->state == State::Finished)
        return;
    if (!ensureWorker())
        return;
    d->worker->requestStep();
    setState(State::Paused);
}

void RunController::discard()
{
    d->worker.reset();
    d->timer.stop();
    d->history = std::make_unique<core::Recorder>(kHistoryPoints, true);
    d->last = LiveFrame{};
    d->summary = core::Summary{};
    Q_EMIT cleared();
}

void RunController::reset()
{
    discard();
    setState(State::Stopped);
}

void RunController::setSpeed(double simSecondsPerWallSecond)
{
    d->speed = std::max(0.0, simSecondsPerWallSecond);
    if (d->worker)
        d->worker->setSpeed(d->speed);
}

void RunController::inject(const core::TimelineEvent& event)
{
    if (!ensureWorker())
        return;
    if (d->state == State::Stopped)
        setState(State::Paused);
    RunCommand c;
    c.kind = RunCommand::Kind::Inject;
    c.event = event;
    d->worker->post(std::move(c));
}

void RunController::setParam(const QString& componentId, const std::string& key,
                             const core::ParamValue& value)
{
    if (!d->worker)
        return; // applies when the next run is built from the document
    RunCommand c;
    c.kind = RunCommand::Kind::SetParam;
    c.componentId = componentId.toStdString();
    c.key = key;
    c.value = value;
    if (core::Component* comp = d->running.find(c.componentId))
        comp->params[key] = value;
    d->worker->post(std::move(c));
}

// The run follows the document's workload (toolbar sliders and the workload panel both
// edit the document through the undo stack); values the run already has are skipped.
void RunController::setBaseRate(double rps)
{
    if (d->worker && d->running.workload.rateRps != rps) {
        d->running.workload.rateRps = rps;
        d->worker->post({RunCommand::Kind::BaseRate, {}, {}, {}, {}, rps, {}});
    }
}

void RunController::setUsers(double users)
{
    if (d->worker && d->running.workload.users != users) {
        d->running.workload.users = users;
        d->worker->post({RunCommand::Kind::Users, {}, {}, {}, {}, users, {}});
    }
}

void RunController::setMix(const core::RequestMix& mix)
{
    if (d->worker && !(d->running.workload.mix == mix)) {
        d->running.workload.mix = mix;
        d->worker->post({RunCommand::Kind::Mix, {}, {}, {}, {}, 0.0, mix});
    }
}

void RunController::spike(double factor, double durationS)
{
    core::TimelineEvent e;
    e.type = "spike";
    e.factor = factor;
    e.durationS = durationS;
    inject(e);
}

void RunController::forwardParams(const QString& id)
{
    if (!d->worker || !d->document)
        return;
    const core::Component* now = d->document->component(id);
    core::Component* was = d->running.find(id.toStdString());
    if (!now || !was)
        return; // added after the run started: takes effect on the next run
    const core::KindSpec* spec = core::findKind(now->kind);
    if (!spec)
        return;
    for (const core::ParamSpec& p : spec->params) {
        const bool hasNow = now->params.count(p.key) > 0;
        const core::ParamValue vNow = hasNow ? now->params.at(p.key) : p.defaultValue();
        const bool hasWas = was->params.count(p.key) > 0;
        const core::ParamValue vWas = hasWas ? was->params.at(p.key) : p.defaultValue();
        if (vNow == vWas || !p.liveEditable)
            continue;
        setParam(id, p.key, vNow);
    }
}

void RunController::forwardWorkload()
{
    if (!d->worker || !d->document)
        return;
    const core::Workload now = d->document->scenario().workload;
    setBaseRate(now.rateRps);
    setUsers(now.users);
    setMix(now.mix);
}

void RunController::drain()
{
    if (!d->worker)
        return;
    RunWorker::Output out = d->worker->take();
    for (const std::string& e : out.errors)
        Q_EMIT errorOccurred(QString::fromStdString(e));
    if (out.failed) {
        discard();
        setState(State::Stopped);
        return;
    }
    for (const core::Sample& s : out.samples) {
        d->history->onSample(s);
        Q_EMIT sampleAdded(s);
    }
    for (const core::SimEvent& e : out.events) {
        d->history->onEvent(e);
        Q_EMIT simEvent(e);
    }
    if (out.summary)
        d->summary = *out.summary;
    if (out.frame) {
        d->last = *out.frame;
        Q_EMIT frame(d->last);
    }
    if (out.finished)
        setState(State::Finished);
}

} // namespace scalelab::ui
