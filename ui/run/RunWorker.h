// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"
#include "run/LiveFrame.h"
#include "sim/Observer.h"
#include "sim/Summary.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace scalelab::core {
class Simulation;
}

namespace scalelab::ui {

/// A live change sent to the running simulation. Applied by the worker between
/// batches; the simulated time it took effect is recorded as a SimEvent.
struct RunCommand
{
    enum class Kind
    {
        Inject,
        SetParam,
        BaseRate,
        Users,
        Mix
    };
    Kind kind = Kind::Inject;
    core::TimelineEvent event; ///< Inject
    std::string componentId;   ///< SetParam
    std::string key;           ///< SetParam
    core::ParamValue value;    ///< SetParam
    double number = 0.0;       ///< BaseRate (req/s), Users
    core::RequestMix mix;      ///< Mix
};

/// Owns one core::Simulation on its own std::thread; nothing else touches it.
///
/// The thread advances in batches toward simulated time = speed x wall time (speed 0
/// means as fast as possible, in batches of about 10 ms of wall time) and never
/// sleeps inside the engine. After a batch it publishes an immutable LiveFrame into a
/// one-slot double buffer (the newest replaces an unread older one) and appends the
/// batch's samples and events to a bounded outbox; when the outbox is full the worker
/// waits for the GUI to drain it (back-pressure, never an unbounded queue).
/// All public methods are thread-safe; take() is meant for the GUI thread.
class RunWorker
{
public:
    explicit RunWorker(const core::Scenario& scenario);
    ~RunWorker(); ///< stops and joins the thread

    void setRunning(bool running);
    /// Simulated seconds per wall second; 0 = as fast as possible.
    void setSpeed(double speed);
    /// Runs to the next sample boundary as fast as possible, then stops running.
    void requestStep();
    void post(RunCommand command);

    struct Output
    {
        std::vector<core::Sample> samples;
        std::vector<core::SimEvent> events;
        std::shared_ptr<const LiveFrame> frame; ///< null when nothing new
        std::shared_ptr<const core::Summary>
            summary;                     ///< figures so far, about once a second and at stops
        std::vector<std::string> errors; ///< refused commands, construction failure
        bool finished = false;           ///< the run reached its end
        bool stepDone = false;           ///< a requested step completed
        bool failed = false;             ///< the simulation could not be built
    };
    /// Takes everything published since the last call.
    Output take();

    /// Maximum samples + events waiting in the outbox before the worker blocks.
    static constexpr std::size_t kOutboxLimit = 4096;

private:
    class Observer;
    void threadMain();
    void runLoop(core::Simulation* sim); ///< threadMain after the build
    void applyCommand(core::Simulation& sim, const RunCommand& c);
    void publish(core::Simulation& sim, bool force);
    void waitForRoom(std::unique_lock<std::mutex>& lock);

    core::Scenario m_scenario;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    /// Set with m_stop: the simulation polls it inside a batch (every
    /// core::Simulation::kCancelPollEvents events), so stopping never waits for a batch.
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
    bool m_speedChanged = true;
    double m_speed = 1.0;
    bool m_stepRequested = false;
    std::deque<RunCommand> m_commands;
    Output m_out; ///< guarded by m_mutex

    // Worker-thread only.
    std::unique_ptr<Observer> m_observer;
    std::int64_t m_lastPublishWallNs = 0;
    std::int64_t m_lastSummaryWallNs = 0;
    std::int64_t m_rateWallNs = 0;
    core::SimTime m_rateSim = 0;
    std::uint64_t m_rateEvents = 0;
    double m_speedAchieved = 0.0;
    double m_eventsPerSecond = 0.0;
};

/// Builds the live view of one sample: per-component figures with a badge, and an
/// estimate of the traffic on each connection. `downOverride` lists components whose
/// up/down state changed since the sample (crash and recover events).
LiveFrame buildLiveFrame(const core::Scenario& scenario, const core::Sample& latest,
                         core::SimTime now,
                         const std::vector<std::pair<std::string, bool>>& downOverride = {});

} // namespace scalelab::ui
