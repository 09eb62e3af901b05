#pragma once

// The kill step of the kill-and-restart tests (tst_killresume, tst_devicekill): kills land at
// random moments, the later ones measured in work the server has done rather than in time, so
// that every planned kill lands before the job can finish on however fast a machine.
#include <QList>
#include <QProcess>
#include <QRandomGenerator>

#include <functional>

struct ProgressKill
{
    int firstMinMs = 20;  // the first kill: while starting, after this many milliseconds...
    int firstMaxMs = 100; // ...up to this many
    int stepMin = 20;     // the later ones: after this much more work on the server...
    int stepMax = 60;     // ...up to this much
    std::function<int()> doneOnServer; // what the server has done so far (its stats)

    // Waits for the started `run` and SIGKILLs it (no chance to tidy up) at the moment chosen
    // for kill number `kill` (0 first). False when the job ended by itself before that moment.
    bool killAt(QProcess &run, int kill, QRandomGenerator &random) const
    {
        bool killed = false;
        if (kill == 0) {
            run.waitForFinished(int(random.bounded(firstMinMs, firstMaxMs)));
            killed = run.state() != QProcess::NotRunning;
        } else {
            const int target = doneOnServer() + int(random.bounded(stepMin, stepMax));
            while (run.state() != QProcess::NotRunning && !run.waitForFinished(5)) {
                if (doneOnServer() >= target) {
                    killed = true;
                    break;
                }
            }
        }
        if (killed) {
            run.kill();
            run.waitForFinished();
        }
        return killed;
    }

    struct Outcome
    {
        int kills = 0;
        int exitCode = -1;   // the run that ended the job; -1 when none did
        QByteArray output;   // what that run printed
        QString problem;     // a run that crashed or exited with a code not expected; empty if none
    };

    // Starts `program` again and again until one run ends the job (an exit code other than 3,
    // "incomplete: run again"): the first `kills` runs are killed (killAt), the next ones run to
    // their end within `timeoutMs`. Every run must exit normally with one of `expectedCodes`.
    Outcome restartUntilDone(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment, int kills,
                             QRandomGenerator &random, const QList<int> &expectedCodes,
                             int timeoutMs) const
    {
        Outcome outcome;
        for (int attempt = 0; attempt < 40 && outcome.exitCode < 0; ++attempt) {
            QProcess run;
            run.setProcessEnvironment(environment);
            run.start(program, arguments);
            if (!run.waitForStarted()) {
                outcome.problem = run.errorString();
                return outcome;
            }
            if (outcome.kills < kills) {
                if (killAt(run, outcome.kills, random)) {
                    ++outcome.kills;
                    continue;
                }
            } else if (!run.waitForFinished(timeoutMs)) {
                outcome.problem = QStringLiteral("a run did not end in time");
                return outcome;
            }
            const QByteArray errors = run.readAllStandardError();
            if (run.exitStatus() != QProcess::NormalExit || !expectedCodes.contains(run.exitCode())) {
                outcome.problem = QStringLiteral("exit code %1: %2")
                                      .arg(run.exitCode())
                                      .arg(QString::fromUtf8(errors));
                return outcome;
            }
            if (run.exitCode() != 3) {
                outcome.exitCode = run.exitCode();
                outcome.output = run.readAllStandardOutput();
            }
        }
        return outcome;
    }
};
