// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Scenario.h"
#include "run/LiveFrame.h"
#include "sim/Observer.h"
#include "sim/Summary.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace scalelab::core {
class Recorder;
}

namespace scalelab::ui {

class Document;
class RunWorker;

/// Drives a Simulation of the document's scenario on a worker thread, so the window
/// never blocks. The worker advances in batches toward simulated time = speed x wall
/// time and publishes snapshots; a GUI-thread timer (30-60 Hz) emits frame() with the
/// newest one (older ones are dropped). Commands (inject, setParam, workload changes)
/// travel to the worker on a thread-safe queue and apply between batches.
///
/// Samples and events are also kept here, decimated to a bounded size, for charts and
/// exports (history()).
class RunController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Running,
        Paused,
        Finished
    };
    Q_ENUM(State)

    explicit RunController(Document* document, QObject* parent = nullptr);
    ~RunController() override;

    State state() const;
    /// The document runs are built from (not owned; may be null in tests).
    Document* document() const;
    /// Simulated seconds per wall second; 0 means as fast as possible.
    double speed() const;
    core::SimTime simTime() const;
    /// Bounded history of this run (oldest points merged as it grows).
    const std::vector<core::Sample>& history() const;
    const std::vector<core::SimEvent>& events() const;
    /// The latest published frame.
    const LiveFrame& lastFrame() const;
    /// End-of-run figures so far (refreshed about once a second, and when the run
    /// pauses, steps or finishes). Empty before the first run.
    const core::Summary& summary() const;
    /// The same history as a Recorder (CSV export). Keeps per-component figures.
    const core::Recorder& recorder() const;
    /// Maximum number of points kept in history() (older points are merged pairwise).
    static constexpr std::size_t kHistoryPoints = 5000;

public Q_SLOTS:
    /// Starts (building a new simulation from the document when stopped) or resumes.
    void play();
    void pause();
    /// Advances one sample interval of simulated time, then pauses.
    void step();
    /// Stops and discards the run; the next play() starts from time 0 with the seed.
    void reset();
    void setSpeed(double simSecondsPerWallSecond);
    void inject(const scalelab::core::TimelineEvent& event);
    void setParam(const QString& componentId, const std::string& key,
                  const scalelab::core::ParamValue& value);
    /// Convenience: a traffic spike of `factor` for `durationS` simulated seconds.
    void spike(double factor, double durationS);

Q_SIGNALS:
    void stateChanged(scalelab::ui::RunController::State state);
    void frame(const scalelab::ui::LiveFrame& frame);
    void sampleAdded(const scalelab::core::Sample& sample);
    void simEvent(const scalelab::core::SimEvent& event);
    /// The run was reset; charts clear their series.
    void cleared();
    void errorOccurred(const QString& message);

private:
    void setState(State s);
    bool ensureWorker();
    void discard();
    void drain();
    void forwardParams(const QString& id);
    /// Posts the document's workload to the running simulation (Document::workloadChanged).
    void forwardWorkload();
    void setBaseRate(double rps);
    void setUsers(double users);
    void setMix(const scalelab::core::RequestMix& mix);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace scalelab::ui
