#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace Peere::Bench {

// Prints one figure as "figure <name>: <value> <unit> [load <1-minute load average>]" so that
// scripts can collect them.
void printFigure(const QString &name, double value, const QString &unit);
// The machine's 1-minute load average (/proc/loadavg), -1 when unknown.
double loadAverage();

// The process's peak resident memory so far, in MiB (VmHWM).
double peakMemoryMiB();
// The process's current resident memory, in MiB (VmRSS).
double currentMemoryMiB();
// CPU time used by the process so far (user + system), in seconds.
double cpuSeconds();
// The middle one of `values` (the upper middle of an even count); 0 for none.
double median(QList<double> values);
// CPU time used by the calling thread so far (user + system), in seconds.
double threadCpuSeconds();

// Wall time and CPU time of a stretch of work.
class Stopwatch
{
public:
    Stopwatch();
    double elapsedSeconds() const;
    double cpuSecondsUsed() const;

private:
    QElapsedTimer m_wall;
    double m_cpuStart;
};

} // namespace Peere::Bench
