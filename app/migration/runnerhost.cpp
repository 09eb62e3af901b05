#include "runnerhost.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

RunnerHost::RunnerHost(QObject *parent)
    : JobHost(u"peere-runner"_s, parent)
{}

RunnerHost::~RunnerHost() = default;

void RunnerHost::start(const QString &journalPath, const ApiClientOptions &clientOptions,
                       const RunnerOptions &options, const Preparation &prepare)
{
    launch(journalPath, clientOptions, prepare, [this, options](Journal &journal, ApiClient &client) {
        auto *runner = new Runner(journal, client, options);
        // Signals to signals: delivered queued to the host's (GUI) thread.
        connect(runner, &Runner::phaseStarted, this, &RunnerHost::phaseStarted);
        connect(runner, &Runner::phaseFinished, this, &RunnerHost::phaseFinished);
        connect(runner, &Runner::gateReached, this, &RunnerHost::gateReached);
        connect(runner, &Runner::batchStarted, this, &RunnerHost::batchStarted);
        connect(runner, &Runner::batchFinished, this, &RunnerHost::batchFinished);
        connect(runner, &Runner::progressChanged, this, &RunnerHost::progressChanged);
        connect(runner, &Runner::autoPaused, this, &RunnerHost::autoPaused);
        return runner;
    });
}

void RunnerHost::approve(const QString &name)
{
    command([name](MigrationJob &job) { static_cast<Runner &>(job).approve(name); });
}

void RunnerHost::stop(const QString &name)
{
    command([name](MigrationJob &job) { static_cast<Runner &>(job).stop(name); });
}

} // namespace Peere
