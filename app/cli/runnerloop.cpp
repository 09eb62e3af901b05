// The Runner's loop of peere-migrate run and verify.
#include "runnerloop.h"
#include "journalstatus.h"

#include "api/apiclient.h"
#include "journal/journal.h"
#include "metrics/phasemetricsmodel.h"
#include "migration/runner.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

int driveRunner(Journal &journal, const ApiClientOptions &client, const RunnerOptions &options,
                bool json, Io &io)
{
    auto created = ApiClient::create(client);
    if (!created)
        return fail(io, BadUsage, created.error());
    std::unique_ptr<ApiClient> api(*created);
    Runner runner(journal, *api, options);
    QEventLoop loop;
    int code = Success;
    QString message;
    bool autoPaused = false;
    QObject::connect(&runner, &Runner::batchFinished, &loop, [&](const BatchFigures &) {
        if (!io.errIsTerminal)
            return;
        const JournalCounts c = runner.counts();
        io.err << "\r" << PhaseMetricsModel::phaseTitle(runner.phase()) << ": " << c.migrated
               << " migrated, " << c.failed << " failed, " << c.pending << " pending   "
               << Qt::flush;
    });
    QObject::connect(&runner, &Runner::progressChanged, &loop, [&](const JournalCounts &c) {
        if (io.errIsTerminal && runner.phase() == Phase::Verify)
            io.err << "\rverify: " << c.verified << " verified, " << c.mismatch << " mismatch, "
                   << c.migrated << " to verify   " << Qt::flush;
    });
    QObject::connect(
        &runner, &Runner::phaseFinished, &loop, [&](Phase phase, const PhaseFigures &f) {
            io.err << (io.errIsTerminal ? "\n" : "") << "phase "
                   << PhaseMetricsModel::phaseTitle(phase) << " done: " << f.counts.migrated
                   << " migrated, " << f.counts.failed << " failed ("
                   << QString::number(f.successRate, 'f', 1) << "%)" << Qt::endl;
        });
    QObject::connect(&runner, &Runner::gateReached, &loop, [&](Phase phase, const PhaseFigures &f) {
        if (!options.autoApprover.isEmpty()) {
            io.err << "gate after the " << PhaseMetricsModel::phaseTitle(phase)
                   << " phase not passed (" << f.reason << "); approved by "
                   << options.autoApprover << Qt::endl;
            return;
        }
        code = Problems;
        message = u"stopped at the gate after the %1 phase: %2. Look at the failures, then rerun "
                  "with --approve-gates NAME to go on."_s.arg(PhaseMetricsModel::phaseTitle(phase),
                                                              f.reason);
        loop.quit();
    });
    QObject::connect(&runner, &Runner::autoPaused, &loop, [&](const QString &reason) {
        autoPaused = true;
        code = Incomplete;
        message = reason + u"; rerun the same command to resume"_s;
    });
    QObject::connect(&runner, &Runner::settled, &loop, [&] {
        if (autoPaused)
            loop.quit();
    });
    QObject::connect(&runner, &Runner::finished, &loop, [&](RunnerState state, const QString &text) {
        if (state == RunnerState::Finished) {
            const JournalCounts c = runner.counts();
            code = c.failed > 0 || c.invalid > 0 || c.mismatch > 0 ? Problems : Success;
        } else {
            code = state == RunnerState::Stopped ? Problems : Incomplete;
            message = text;
        }
        loop.quit();
    });
    runner.start();
    if (runner.state() == RunnerState::Running || runner.state() == RunnerState::Paused
        || runner.state() == RunnerState::AwaitingDecision)
        loop.exec();
    if (io.errIsTerminal)
        io.err << "\n";
    if (!message.isEmpty())
        fail(io, code, message);
    const Result<QJsonObject> status = journalStatus(journal);
    if (status) {
        if (json)
            io.out << QJsonDocument(*status).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            io.err << journalStatusText(*status) << Qt::flush;
    }
    return code;
}

} // namespace Peere::Cli
