// The runner's speed (issue 5):
//  1. journal: import N validated records, then reopen and resume (goals: 1,000,000 in < 3 s;
//     reopen < 1 s);
//  2. throughput: N customers against peere-sandbox with no limits and 150 ms latency, batches
//     of 500, 6 in flight (goals: >= 15,000 records/s, client CPU < 0.25 core, memory < 500 MB).
//     Twice: with the sandbox's default --async-threshold (200: every batch of 500 is answered
//     202 and polled, two round trips of 150 ms, a ceiling of 6 x 500 / 0.3 s = 10,000 records/s
//     whatever the client does) and with --async-threshold 500 (answered at once, as the real API
//     documents its batch creates: 201 with the summary; 202 is a convention of the sandbox's),
//     whose ceiling is 6 x 500 / 0.15 s = 20,000 records/s;
//  3. pacing: 75 s against --batch-rate 120 (goals: >= 95% of the ceiling, zero 429).
// The sandbox runs as its own process so that the figures are the client's alone.
// Usage: bench_runner [records (default 200000)] [--skip-rate] [--async-threshold N (only this one)]
//                     [--latency-ms N (default 150)]
#include "benchsupport.h"
#include "../support/sandboxprocess.h"

#include "journal/journal.h"
#include "migration/runner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace Peere;
using namespace Peere::Bench;
using namespace Qt::Literals::StringLiterals;

namespace {

ImportedRecord customer(qint64 i)
{
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "B" + n;
    v[CustomerField::Firstname] = "Chinua";
    v[CustomerField::Lastname] = "Achebe";
    v[CustomerField::AccountName] = "Chinua Achebe " + n;
    v[CustomerField::Email] = "chinua" + n + "@example.com";
    v[CustomerField::Country] = "NG";
    v[CustomerField::AccountNumber] = QByteArray::number(1000000000 + i % 1000000000);
    v[CustomerField::Reference] = "BREF" + n;
    v[CustomerField::Phone] = "+2348031234567";
    v[CustomerField::Gender] = "female";
    return ImportedRecord{i + 2, v, false, {}};
}

// The sandbox's own errors go to the benchmark's.
bool startSandbox(SandboxProcess &sandbox, const QStringList &arguments)
{
    sandbox.process().setProcessChannelMode(QProcess::ForwardedErrorChannel);
    return sandbox.start(arguments);
}

std::unique_ptr<Journal> makeJournal(const QString &path, qint64 count)
{
    Stopwatch import;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        if (!journal || !(*journal)->importRecords(RecordKind::Customers, count, customer)) {
            qFatal("cannot build the journal");
        }
    }
    printFigure(u"journal import of %1 records"_s.arg(count), import.elapsedSeconds(), u"s"_s);
    // CPU time is what a busy machine does not change (the wall time waits for a core).
    printFigure(u"journal import of %1 records, CPU"_s.arg(count), import.cpuSecondsUsed(),
                u"s"_s);
    Stopwatch reopen;
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    if (!journal)
        qFatal("cannot reopen the journal");
    (void)(*journal)->markInFlightUnknown();
    (void)(*journal)->counts();
    (void)(*journal)->records(Phase::Pilot, RecordState::Pending, 500);
    printFigure(u"journal reopen + counts + first batch (%1 records)"_s.arg(count),
                reopen.elapsedSeconds() * 1000, u"ms"_s);
    return std::move(*journal);
}

int latencyMs = 150; // --latency-ms: 0 shows what the client and the sandbox add by themselves

void throughput(qint64 count, int asyncThreshold)
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal = makeJournal(dir.filePath(u"t.journal"_s), count);
    SandboxProcess sandbox;
    QStringList arguments{u"--no-limits"_s, u"--latency-ms"_s, QString::number(latencyMs)};
    if (asyncThreshold >= 0)
        arguments += {u"--async-threshold"_s, QString::number(asyncThreshold)};
    if (!startSandbox(sandbox, arguments))
        qFatal("cannot start peere-sandbox");
    const QString setup = asyncThreshold < 0
        ? u"sandbox default --async-threshold 200: every batch answered 202 and polled"_s
        : u"--async-threshold %1"_s.arg(asyncThreshold);
    printFigure(u"throughput run: "_s + setup, double(count), u"records"_s);
    ApiClientOptions options;
    options.baseUrl = sandbox.baseUrl();
    options.apiKey = u"sandbox-bank-key"_s;
    options.batchPerMinute = options.standardPerMinute = options.statusPerMinute = 0;
    std::unique_ptr<ApiClient> client(*ApiClient::create(options));
    RunnerOptions runnerOptions;
    runnerOptions.batchSize = 500;
    runnerOptions.concurrency = 6;
    runnerOptions.lastPhase = Phase::Complete;
    Runner runner(*journal, *client, runnerOptions);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::quit);
    // A batch's time from its send to its final answer: the server's latency (150 ms on average,
    // twice with a 202 and its poll) plus whatever delays the answer's reading.
    QList<qint64> latencies;
    QObject::connect(&runner, &Runner::batchFinished,
                     [&](const BatchFigures &figures) { latencies.append(figures.latencyMs); });
    const double memoryBefore = currentMemoryMiB();
    Stopwatch run;
    runner.start();
    loop.exec();
    const double seconds = run.elapsedSeconds();
    const double cpu = run.cpuSecondsUsed();
    const JournalCounts counts = runner.counts();
    printFigure(u"records migrated"_s, double(counts.migrated), u"records"_s);
    printFigure(u"throughput (500 per batch, 6 in flight, %1 ms latency)"_s.arg(latencyMs),
                double(counts.migrated) / seconds, u"records/s"_s);
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        printFigure(u"batch send-to-answer p50"_s, double(latencies.at(latencies.size() / 2)),
                    u"ms"_s);
        printFigure(u"batch send-to-answer p95"_s,
                    double(latencies.at(latencies.size() * 95 / 100)), u"ms"_s);
    }
    // The rest of a batch's cycle: from its answer to the next send in its slot.
    printFigure(u"mean batch cycle (6 slots)"_s, 6000.0 * seconds / double(latencies.size()),
                u"ms"_s);
    printFigure(u"client CPU"_s, cpu / seconds, u"cores"_s);
    // The same CPU at the goal's pace: what the client would use at 15,000 records/s.
    printFigure(u"client CPU per 15,000 records/s"_s, cpu / double(counts.migrated) * 15000,
                u"cores"_s);
    printFigure(u"client memory before the run"_s, memoryBefore, u"MiB"_s);
    printFigure(u"client peak memory"_s, peakMemoryMiB(), u"MiB"_s);
    printFigure(u"server customers"_s, sandbox.stats().value(u"customers"_s).toDouble(), u""_s);
}

void pacing()
{
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal = makeJournal(dir.filePath(u"p.journal"_s), 30000);
    SandboxProcess sandbox;
    if (!startSandbox(sandbox, {u"--batch-rate"_s, u"120"_s, u"--latency-ms"_s, u"150"_s}))
        qFatal("cannot start peere-sandbox");
    ApiClientOptions options;
    options.baseUrl = sandbox.baseUrl();
    options.apiKey = u"sandbox-bank-key"_s;
    options.batchPerMinute = 120;
    std::unique_ptr<ApiClient> client(*ApiClient::create(options));
    RunnerOptions runnerOptions;
    runnerOptions.batchSize = 100;
    runnerOptions.concurrency = 6;
    runnerOptions.gatePercent = 0;
    runnerOptions.lastPhase = Phase::Complete;
    Runner runner(*journal, *client, runnerOptions);
    QElapsedTimer clock;
    QList<qint64> sent;
    QObject::connect(&runner, &Runner::batchStarted, [&] { sent.append(clock.elapsed()); });
    clock.start();
    runner.start();
    QEventLoop loop;
    QTimer::singleShot(75000, &loop, &QEventLoop::quit);
    loop.exec();
    runner.pause();
    // Steady state: the minute after the burst allowance is spent (15 s to 75 s).
    const qint64 steady = std::count_if(sent.cbegin(), sent.cend(),
                                        [](qint64 at) { return at >= 15000 && at < 75000; });
    printFigure(u"batch calls in 75 s at 120/min (burst 24)"_s, double(sent.size()), u"calls"_s);
    printFigure(u"share of the ceiling, steady minute"_s, 100.0 * double(steady) / 120.0, u"%"_s);
    printFigure(u"429 answers seen by the client"_s, double(client->throttledCount()), u""_s);
    printFigure(u"429 answers counted by the sandbox"_s,
                sandbox.stats().value(u"throttled"_s).toDouble(), u""_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    qint64 count = 200000;
    if (arguments.size() > 1 && arguments.at(1).toLongLong() > 0)
        count = arguments.at(1).toLongLong();
    if (const qsizetype latency = arguments.indexOf(u"--latency-ms"_s);
        latency > 0 && latency + 1 < arguments.size())
        latencyMs = arguments.at(latency + 1).toInt();
    const qsizetype threshold = arguments.indexOf(u"--async-threshold"_s);
    if (threshold > 0 && threshold + 1 < arguments.size()) {
        throughput(count, arguments.at(threshold + 1).toInt());
    } else {
        throughput(count, -1);
        throughput(count, 500);
    }
    if (!arguments.contains(u"--skip-rate"_s))
        pacing();
    return 0;
}
