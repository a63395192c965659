// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/RunWorker.h"

#include "io/NumberText.h"

#include "sim/Simulation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <new>

namespace scalelab::ui {

using core::SimTime;

namespace {
std::int64_t wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
constexpr std::int64_t kFrameWallNs = 15'000'000; // publish at most ~66 times per second
constexpr std::int64_t kBatchWallNs = 8'000'000;  // aim for batches of ~8 ms of wall time
constexpr double kMaxLagWallS = 0.5;              // beyond this, drop the debt (re-anchor)

bool isDownType(const std::string& t)
{
    const core::EventKind* k = core::findEventKind(t);
    return k && k->effect == core::EventEffect::TakesDown;
}

std::string shortNumber(double v)
{
    return core::dataNumber(v); // C locale: the GUI shows it in the user's format
}
} // namespace

/// Collects what the simulation reports during one batch (worker thread only).
class RunWorker::Observer : public core::SimObserver
{
public:
    void onSample(const core::Sample& s) override
    {
        samples.push_back(s);
        latest = s;
        hasLatest = true;
        downOverride.clear(); // the sample carries the current down states
    }
    void onEvent(const core::SimEvent& e) override
    {
        events.push_back(e);
        if (e.component.empty())
            return;
        if (isDownType(e.type) || e.type == "recover") {
            const bool down = e.type != "recover";
            auto it = std::find_if(downOverride.begin(), downOverride.end(),
                                   [&](const auto& p) { return p.first == e.component; });
            if (it != downOverride.end())
                it->second = down;
            else
                downOverride.emplace_back(e.component, down);
        }
    }
    std::vector<core::Sample> samples;
    std::vector<core::SimEvent> events;
    core::Sample latest;
    bool hasLatest = false;
    std::vector<std::pair<std::string, bool>> downOverride;
};

RunWorker::RunWorker(const core::Scenario& scenario)
    : m_scenario(scenario), m_observer(std::make_unique<Observer>())
{
    m_thread = std::thread([this] { threadMain(); });
}

RunWorker::~RunWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cancel.store(true, std::memory_order_relaxed);
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RunWorker::setRunning(bool running)
{
    {
        std::lock_guard lock(m_mutex);
        m_running = running;
        m_speedChanged = true; // re-anchor wall time on resume
    }
    m_wake.notify_all();
}

void RunWorker::setSpeed(double speed)
{
    {
        std::lock_guard lock(m_mutex);
        m_speed = std::max(0.0, speed);
        m_speedChanged = true;
    }
    m_wake.notify_all();
}

void RunWorker::requestStep()
{
    {
        std::lock_guard lock(m_mutex);
        m_stepRequested = true;
        m_running = false;
    }
    m_wake.notify_all();
}

void RunWorker::post(RunCommand command)
{
    {
        std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
    }
    m_wake.notify_all();
}

RunWorker::Output RunWorker::take()
{
    Output out;
    {
        std::lock_guard lock(m_mutex);
        std::swap(out, m_out);
    }
    m_wake.notify_all(); // room in the outbox again
    return out;
}

void RunWorker::waitForRoom(std::unique_lock<std::mutex>& lock)
{
    m_wake.wait(
        lock, [&] { return m_stop || m_out.samples.size() + m_out.events.size() < kOutboxLimit; });
}

void RunWorker::applyCommand(core::Simulation& sim, const RunCommand& c)
{
    std::string error;
    core::SimEvent note;
    note.time = sim.now();
    note.type = "live_change";
    note.severity = core::SimEvent::Severity::Info;
    switch (c.kind) {
    case RunCommand::Kind::Inject:
        if (!sim.inject(c.event, &error))
            m_out.errors.push_back(error); // (lock held by caller)
        return;                            // the simulation records its own event
    case RunCommand::Kind::SetParam:
        if (!sim.setParam(c.componentId, c.key, c.value, &error)) {
            m_out.errors.push_back(error);
            return;
        }
        note.component = c.componentId;
        note.setText(core::EventText::LiveParam,
                     {c.key, std::holds_alternative<double>(c.value)
                                 ? shortNumber(std::get<double>(c.value))
                                 : std::get<std::string>(c.value)});
        break;
    case RunCommand::Kind::BaseRate:
        sim.setBaseRate(c.number);
        note.setText(core::EventText::LiveRate, {shortNumber(c.number)});
        break;
    case RunCommand::Kind::Users:
        sim.setUsers(c.number);
        note.setText(core::EventText::LiveUsers, {shortNumber(c.number)});
        break;
    case RunCommand::Kind::Mix:
        sim.setMix(c.mix);
        note.setText(core::EventText::LiveMix,
                     {shortNumber(c.mix.read * 100), shortNumber(c.mix.write * 100)});
        break;
    }
    m_observer->onEvent(note);
}

void RunWorker::publish(core::Simulation& sim, bool force)
{
    const std::int64_t now = wallNs();
    if (!force && now - m_lastPublishWallNs < kFrameWallNs)
        return;
    if (now - m_rateWallNs > 250'000'000) {
        const double dt = (now - m_rateWallNs) * 1e-9;
        if (m_rateWallNs != 0) {
            m_speedAchieved = core::simTimeToSeconds(sim.now() - m_rateSim) / dt;
            m_eventsPerSecond = static_cast<double>(sim.eventsProcessed() - m_rateEvents) / dt;
        }
        m_rateWallNs = now;
        m_rateSim = sim.now();
        m_rateEvents = sim.eventsProcessed();
    }
    m_lastPublishWallNs = now;
    auto frame = std::make_shared<LiveFrame>(
        buildLiveFrame(m_scenario, m_observer->latest, sim.now(), m_observer->downOverride));
    frame->speedAchieved = m_speedAchieved;
    frame->eventsPerSecond = m_eventsPerSecond;
    std::shared_ptr<const core::Summary> summary;
    if (force || now - m_lastSummaryWallNs > 1'000'000'000) {
        summary = std::make_shared<core::Summary>(sim.summary());
        m_lastSummaryWallNs = now;
    }

    std::unique_lock lock(m_mutex);
    waitForRoom(lock);
    auto move = [](auto& from, auto& to) {
        to.insert(to.end(), std::make_move_iterator(from.begin()),
                  std::make_move_iterator(from.end()));
        from.clear();
    };
    move(m_observer->samples, m_out.samples);
    move(m_observer->events, m_out.events);
    m_out.frame = std::move(frame);
    if (summary)
        m_out.summary = std::move(summary);
}

void RunWorker::threadMain()
{
    std::unique_ptr<core::Simulation> sim;
    try {
        sim = std::make_unique<core::Simulation>(m_scenario, m_observer.get());
    } catch (const std::exception& e) {
        std::lock_guard lock(m_mutex);
        m_out.failed = true;
        m_out.errors.push_back(std::string("the simulation could not start: ") + e.what());
        return;
    }
    try {
        runLoop(sim.get());
    } catch (const std::bad_alloc&) {
        // Last resort (the resource budget refuses what it knows to be too big): stop
        // this run with a message instead of ending the program.
        const double atS = core::simTimeToSeconds(sim->now());
        sim.reset(); // give the memory back before reporting
        std::lock_guard lock(m_mutex);
        m_out.failed = true;
        m_out.errors.push_back("the simulation ran out of memory at t = " + shortNumber(atS) +
                               " s and was stopped; make the scenario smaller (rate, duration, "
                               "queue capacities, users)");
    }
}

void RunWorker::runLoop(core::Simulation* sim)
{
    const SimTime sampleNs = std::max<SimTime>(
        core::kNanosPerMilli, core::secondsToSimTime(m_scenario.run.sampleIntervalS));
    SimTime chunkNs = std::max<SimTime>(core::kNanosPerMilli, sampleNs / 4);
    std::int64_t anchorWall = 0;
    SimTime anchorSim = 0;
    bool finishedReported = false;
    bool wasRunning = false;

    for (;;) {
        std::deque<RunCommand> commands;
        bool running, step, reanchor;
        double speed;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] {
                return m_stop || m_running || m_stepRequested || m_speedChanged ||
                       !m_commands.empty();
            });
            if (m_stop)
                return;
            commands.swap(m_commands);
            running = m_running;
            step = m_stepRequested;
            m_stepRequested = false;
            speed = m_speed;
            reanchor = m_speedChanged;
            m_speedChanged = false;
            for (const RunCommand& c : commands)
                applyCommand(*sim, c); // errors go to m_out under this lock
        }
        if (!commands.empty())
            publish(*sim, true);
        if (sim->finished()) {
            if (!finishedReported) {
                publish(*sim, true);
                std::lock_guard lock(m_mutex);
                m_out.finished = true;
                m_running = false;
                finishedReported = true;
            } else {
                std::lock_guard lock(m_mutex);
                m_running = false;
                m_out.stepDone = m_out.stepDone || step;
            }
            continue;
        }
        if (step) {
            const SimTime target = (sim->now() / sampleNs + 1) * sampleNs;
            while (sim->now() < target && !sim->finished()) {
                if (!sim->runUntil(std::min(target, sim->now() + chunkNs), &m_cancel))
                    return; // the worker is being destroyed
                publish(*sim, false);
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    return;
            }
            publish(*sim, true);
            std::lock_guard lock(m_mutex);
            m_out.stepDone = true;
            continue;
        }
        if (!running) {
            if (wasRunning)
                publish(*sim, true); // paused: the GUI gets the exact state and summary
            wasRunning = false;
            continue;
        }
        wasRunning = true;

        const std::int64_t start = wallNs();
        if (reanchor || anchorWall == 0) {
            anchorWall = start;
            anchorSim = sim->now();
        }
        SimTime target = sim->now() + chunkNs;
        if (speed > 0) {
            const SimTime wanted =
                anchorSim + core::secondsToSimTime(speed * (start - anchorWall) * 1e-9);
            if (wanted - sim->now() > core::secondsToSimTime(speed * kMaxLagWallS)) {
                anchorWall = start; // cannot keep up: run as fast as we can from here
                anchorSim = sim->now();
            }
            target = std::min(target, wanted);
            if (target <= sim->now()) {
                publish(*sim, false);
                std::unique_lock lock(m_mutex);
                m_wake.wait_for(lock, std::chrono::milliseconds(2), [&] {
                    return m_stop || m_stepRequested || !m_commands.empty() || m_speedChanged;
                });
                continue;
            }
        }
        // Grow the chunk only when a whole chunk ran quickly (in real time the wall
        // clock usually limits the batch, which says nothing about its cost).
        const bool fullChunk = target == sim->now() + chunkNs;
        if (!sim->runUntil(target, &m_cancel))
            return; // the worker is being destroyed
        const std::int64_t took = wallNs() - start;
        if (took > kBatchWallNs * 2)
            chunkNs = std::max<SimTime>(chunkNs / 2, 100'000);
        else if (fullChunk && took < kBatchWallNs / 2)
            chunkNs = std::min(chunkNs * 2, sampleNs * 256);
        publish(*sim, false);
    }
}

} // namespace scalelab::ui
