#include "benchsupport.h"

#include <algorithm>

#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

namespace Peere::Bench {

using namespace Qt::Literals::StringLiterals;

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').constFirst().toDouble();
}

void printFigure(const QString &name, double value, const QString &unit)
{
    // The machine's load beside every figure: wall times on a busy machine wait for a core.
    QTextStream out(stdout);
    out << "figure " << name << ": " << QString::number(value, 'f', value < 10 ? 3 : 1) << ' '
        << unit << " [load " << QString::number(loadAverage(), 'f', 2) << ']' << Qt::endl;
}

static double statusField(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field)) {
            const QByteArray kb = line.mid(field.size()).trimmed().split(' ').constFirst();
            return kb.toDouble() / 1024.0;
        }
    }
    return -1;
}

double peakMemoryMiB()
{
    return statusField("VmHWM:");
}

double currentMemoryMiB()
{
    return statusField("VmRSS:");
}

static double rusageSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double cpuSeconds()
{
    return rusageSeconds(RUSAGE_SELF);
}

double threadCpuSeconds()
{
    return rusageSeconds(RUSAGE_THREAD);
}

Stopwatch::Stopwatch()
    : m_cpuStart(cpuSeconds())
{
    m_wall.start();
}

double Stopwatch::elapsedSeconds() const
{
    return double(m_wall.nsecsElapsed()) / 1e9;
}

double Stopwatch::cpuSecondsUsed() const
{
    return cpuSeconds() - m_cpuStart;
}

} // namespace Peere::Bench
