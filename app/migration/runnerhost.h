#pragma once

#include "migration/runner.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace Peere {

class RunnerWorker;

// Runs a migration in a worker thread of its own, for the console: the journal is opened there,
// the client and the runner live there, so journal writes (fsync'd) never block the GUI thread.
// The host itself lives in the GUI thread: its commands are queued to the worker and the
// runner's signals reach the GUI thread queued, carrying value types only.
class RunnerHost : public QObject
{
    Q_OBJECT

public:
    explicit RunnerHost(QObject *parent = nullptr);
    ~RunnerHost() override; // cancels a run still going (records in flight are looked up later)

    // Work on the journal before the run, in the worker thread (bringing records in, settings).
    using Preparation = std::function<VoidResult(Journal &journal)>;

    // Opens the journal at `journalPath` (it must hold the imported records, or `prepare` brings
    // them in) and starts. A journal, preparation or client that fails ends in
    // failedToStart(message); nothing is sent. A finished run's journal stays open in the worker
    // until the next start, which closes it first.
    void start(const QString &journalPath, const ApiClientOptions &client,
               const RunnerOptions &options, const Preparation &prepare = {});
    bool isActive() const { return m_active; }

    void pause();
    void resume();
    void cancel();
    void approve(const QString &name);
    void stop(const QString &name);

signals:
    void failedToStart(const QString &message);
    void stateChanged(Peere::RunnerState state);
    void phaseStarted(Peere::Phase phase);
    void phaseFinished(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void gateReached(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void batchStarted(qint64 batch, Peere::Phase phase, int size);
    void batchFinished(const Peere::BatchFigures &figures);
    void progressChanged(const Peere::JournalCounts &counts);
    void autoPaused(const QString &reason);
    void runFinished(Peere::RunnerState state, const QString &message);

private:
    void command(const std::function<void(Runner &)> &what);

    QThread m_thread;
    RunnerWorker *m_worker = nullptr;
    std::atomic_bool m_active = false; // written by the worker when it cannot start
};

} // namespace Peere
