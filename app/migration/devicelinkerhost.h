#pragma once

#include "migration/devicelinker.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace Peere {

class DeviceLinkerWorker;

// Links devices in a worker thread of its own, for the console (like RunnerHost for the run):
// the journal is opened there and the devices file's entries brought into it, the client and the
// DeviceLinker live there; the host lives in the GUI thread, its commands are queued to the worker
// and the linker's signals reach the GUI thread queued.
class DeviceLinkerHost : public QObject
{
    Q_OBJECT

public:
    explicit DeviceLinkerHost(QObject *parent = nullptr);
    ~DeviceLinkerHost() override; // cancels linking still going (looked up next time)

    // Opens the journal, imports `entries` (Journal::importDevices) and links. A journal or client
    // that cannot be set up ends in failedToStart(message); nothing is sent. A retry
    // (options.retryIds, from failure triage) imports nothing: pass no entries.
    void start(const QString &journalPath,
               const QList<DeviceEntry> &entries,
               const ApiClientOptions &client,
               const DeviceLinkerOptions &options = {});
    bool isActive() const { return m_active; }

    void pause();
    void resume();
    void cancel();

signals:
    void failedToStart(const QString &message);
    void stateChanged(Peere::RunnerState state);
    void progressChanged(const Peere::DeviceCounts &counts);
    void finished(Peere::RunnerState state, const QString &message);

private:
    void command(void (DeviceLinker::*what)());

    QThread m_thread;
    DeviceLinkerWorker *m_worker = nullptr;
    std::atomic_bool m_active = false;
};

} // namespace Peere
