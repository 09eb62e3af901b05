#pragma once

#include <QMetaType>
#include <QObject>
#include <QThread>

namespace Peere {

class ApiClient;
class Journal;

enum class RunnerState { Idle, Running, Paused, AwaitingDecision, Finished, Stopped, Failed, Cancelled };
QString runnerStateName(RunnerState state);

// The state machine that the Runner and the DeviceLinker share: a job that works through the
// journal with an ApiClient, started once, paused, resumed and cancelled, and that ends Finished,
// Failed, Cancelled (or Stopped, by a manager at a gate).
//
// Threads: a job lives in one thread with its Journal and ApiClient (a worker thread in the
// console, JobHost; the main thread in peere-migrate). Its commands may be called from any thread:
// they are queued to the job's own thread. Its signals reach other threads queued.
class MigrationJob : public QObject
{
    Q_OBJECT

public:
    ~MigrationJob() override;

    RunnerState state() const { return m_state; }
    QString lastMessage() const { return m_message; }

public slots:
    void start();
    void pause();
    void resume();
    void cancel();

signals:
    void stateChanged(Peere::RunnerState state);
    // Paused or ended and nothing is under way any more: safe to quit.
    void settled();
    // Ended: Finished, Stopped, Failed or Cancelled, with what happened.
    void finished(Peere::RunnerState state, const QString &message);

protected:
    MigrationJob(Journal &journal, ApiClient &client, QObject *parent);

    // True in the job's own thread; elsewhere `command` is queued to it and false is returned.
    template <typename Command>
    bool onOwnThread(Command command)
    {
        if (QThread::currentThread() == thread())
            return true;
        QMetaObject::invokeMethod(this, std::move(command), Qt::QueuedConnection);
        return false;
    }
    void setState(RunnerState state, const QString &message = {});
    // Ends the job as Failed (once); the journal notes why.
    void fail(const QString &message);
    // Emits settled() when the job is not running and nothing is under way.
    void checkSettled();

    // What each job does: its first move after start() (in its own thread, from Idle), its next
    // moves (after resume()), whether calls are still under way.
    virtual void begin() = 0;
    virtual void pump() = 0;
    virtual bool busy() const = 0;
    // Notes in the journal, before the state changes. A job that does not take the failure (it
    // ended already) returns false from failing().
    virtual void pausing() {}
    virtual void resuming() {}
    virtual void cancelling() {}
    virtual bool failing(const QString &message) = 0;

    Journal &m_journal;
    ApiClient &m_client;
    RunnerState m_state = RunnerState::Idle;
    QString m_message;
};

} // namespace Peere

Q_DECLARE_METATYPE(Peere::RunnerState)
