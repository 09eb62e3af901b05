#pragma once

// The kill step of the kill-and-restart tests (tst_killresume, tst_devicekill): kills land at
// random moments, the later ones measured in work the server has done rather than in time, so
// that every planned kill lands before the job can finish on however fast a machine.
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
};
