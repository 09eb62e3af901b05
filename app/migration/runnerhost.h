#pragma once

#include "migration/jobhost.h"
#include "migration/runner.h"

namespace Peere {

// Runs a migration in a worker thread of its own, for the console (JobHost): the journal is
// opened there, the client and the runner live there, so journal writes (fsync'd) never block
// the GUI thread. finished() says how the run ended.
class RunnerHost : public JobHost
{
    Q_OBJECT

public:
    explicit RunnerHost(QObject *parent = nullptr);
    ~RunnerHost() override;

    using JobHost::Preparation;

    // Opens the journal at `journalPath` (it must hold the imported records, or `prepare` brings
    // them in) and starts. A journal, preparation or client that fails ends in
    // failedToStart(message); nothing is sent. A finished run's journal stays open in the worker
    // until the next start, which closes it first.
    void start(const QString &journalPath, const ApiClientOptions &client,
               const RunnerOptions &options, const Preparation &prepare = {});

    void approve(const QString &name);
    void stop(const QString &name);

signals:
    void phaseStarted(Peere::Phase phase);
    void phaseFinished(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void gateReached(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void batchStarted(qint64 batch, Peere::Phase phase, int size);
    void batchFinished(const Peere::BatchFigures &figures);
    void progressChanged(const Peere::JournalCounts &counts);
    void autoPaused(const QString &reason);
};

} // namespace Peere
