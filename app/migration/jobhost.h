#pragma once

#include "common/result.h"
#include "migration/migrationjob.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace Peere {

struct ApiClientOptions;
class JobWorker;

// Runs a MigrationJob in a worker thread of its own, for the console: the journal is opened there,
// the client and the job live there, so journal writes (fsync'd) never block the GUI thread. The
// host itself lives in the GUI thread: its commands are queued to the worker and the job's signals
// reach the GUI thread queued, carrying value types only. RunnerHost and DeviceLinkerHost say
// which job, and forward the signals of their own.
class JobHost : public QObject
{
    Q_OBJECT

public:
    ~JobHost() override; // cancels a job still going (what is in flight is looked up later)

    bool isActive() const { return m_active; }

    void pause();
    void resume();
    void cancel();

signals:
    void failedToStart(const QString &message);
    void stateChanged(Peere::RunnerState state);
    void finished(Peere::RunnerState state, const QString &message);

protected:
    JobHost(const QString &threadName, QObject *parent);

    // Work on the journal before the job, in the worker thread (bringing records in, settings).
    using Preparation = std::function<VoidResult(Journal &journal)>;
    // Makes the job in the worker thread and connects its own signals to the host's.
    using Creation = std::function<MigrationJob *(Journal &journal, ApiClient &client)>;

    // Opens the journal at `journalPath`, prepares it, makes the client and the job and starts
    // it. A journal, preparation or client that fails ends in failedToStart(message); nothing is
    // sent. An ended job's journal stays open in the worker until the next start, which closes
    // it first.
    void launch(const QString &journalPath, const ApiClientOptions &clientOptions,
                const Preparation &prepare, const Creation &create);
    // Runs `what` on the job in the worker thread, when there is one.
    void command(const std::function<void(MigrationJob &job)> &what);

private:
    QThread m_thread;
    JobWorker *m_worker = nullptr;
    std::atomic_bool m_active = false; // written by the worker when it cannot start
};

} // namespace Peere
