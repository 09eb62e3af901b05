#pragma once

#include "migration/devicelinker.h"
#include "migration/jobhost.h"

namespace Peere {

// Links devices in a worker thread of its own, for the console (JobHost, like RunnerHost for the
// run): the journal is opened there and the devices file's entries brought into it, the client
// and the DeviceLinker live there.
class DeviceLinkerHost : public JobHost
{
    Q_OBJECT

public:
    explicit DeviceLinkerHost(QObject *parent = nullptr);
    ~DeviceLinkerHost() override;

    // Opens the journal, imports `entries` (Journal::importDevices) and links. A journal or client
    // that cannot be set up ends in failedToStart(message); nothing is sent. A retry
    // (options.retryIds, from failure triage) imports nothing: pass no entries.
    void start(const QString &journalPath,
               const QList<DeviceEntry> &entries,
               const ApiClientOptions &client,
               const DeviceLinkerOptions &options = {});

signals:
    void progressChanged(const Peere::DeviceCounts &counts);
};

} // namespace Peere
