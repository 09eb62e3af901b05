// The dashboard during a large run: a journal of N records (default 1,000,000) whose first
// batches are already answered; a writer thread answers the rest of the 2,000 batches while the
// dashboard follows the journal live (4 refreshes a second). Prints the refresh cost (worker
// computation, model + chart update on the GUI thread) and the worst GUI-thread stall, measured
// by a 5 ms QTimer probe.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_dashboard [records] [seconds]
#include "benchsupport.h"
#include "dashboard/dashboardpage.h"
#include "journal/journal.h"
#include "metrics/metricssource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <random>

using namespace Peere;
using namespace Peere::Bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int batchCount = 2000;

ImportedRecord makeRecord(qint64 index)
{
    static const QString reasons[] = {u"format.email (email)"_s, u"format.phone (phone)"_s,
                                      u"duplicate.reference (reference)"_s,
                                      u"required (accountNumber)"_s};
    ImportedRecord record;
    record.line = index + 2;
    record.values = {"Ada Obi", "ada" + QByteArray::number(index) + "@bank.ng", "+2348031234567",
                     "NG", "0123456789", "REF" + QByteArray::number(index)};
    record.hasErrors = index % 97 == 5; // ~1 %
    if (record.hasErrors)
        record.firstIssue = reasons[index % 4];
    return record;
}

// Answers `count` batches of `size` pending records of each phase in turn through the Journal,
// as the runner does (one transaction to send, one for the answer).
void answerBatches(Journal &journal, int count, int size, std::mt19937 &random,
                   const std::atomic<bool> *stop = nullptr, int pauseMs = 0)
{
    std::uniform_int_distribution<int> latency(800, 9000);
    std::uniform_int_distribution<int> fail(0, 99);
    for (int i = 0; i < count && !(stop && *stop); ++i) {
        QList<JournalRecord> records;
        for (int phase = 0; phase < 3 && records.isEmpty(); ++phase) {
            if (auto found = journal.records(Phase(phase), RecordState::Pending, size))
                records = *found;
        }
        if (records.isEmpty())
            return;
        QList<qint64> rows;
        for (const JournalRecord &r : std::as_const(records))
            rows.append(r.row);
        const Result<qint64> batch = journal.beginBatch(records.first().phase, rows);
        if (!batch)
            return;
        BatchAnswer answer;
        answer.httpStatus = 201;
        answer.latencyMs = latency(random);
        QList<RecordOutcome> outcomes;
        int failed = 0;
        for (qint64 row : rows) {
            if (fail(random) < 2) {
                ++failed;
                outcomes.append({row, RecordState::Failed, {}, u"customer 'x%1@bank.ng' already exists (ref %1)"_s.arg(row), {}});
            } else {
                outcomes.append({row, RecordState::Migrated, u"created"_s, {}, {}});
            }
        }
        answer.summary = u"{\"total\":%1,\"successful\":%2,\"failed\":%3,\"duplicates\":%3,\"invalidData\":0}"_s
                             .arg(rows.size()).arg(rows.size() - failed).arg(failed).toUtf8();
        (void)journal.finishBatch(*batch, answer, outcomes);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 20;
    const int size = int(std::max<qint64>(1, records / batchCount));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.journal"_s);
    std::mt19937 random(7);

    Stopwatch build;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        if (!journal) {
            qCritical("%s", qPrintable(journal.error()));
            return 1;
        }
        (void)(*journal)->importRecords(RecordKind::Customers, records, makeRecord);
        (void)(*journal)->setSetting(u"batchSize"_s, QString::number(size));
        // Most of the run is already done: the same moves, without an fsync per batch.
        QSqlQuery pragma((*journal)->database());
        pragma.exec(u"PRAGMA synchronous=OFF"_s);
        answerBatches(**journal, batchCount * 9 / 10, size, random);
    }
    printFigure(u"journal built (records)"_s, double(records), u""_s);
    printFigure(u"journal build time"_s, build.elapsedSeconds(), u"s"_s);

    Ui::DashboardPage page;
    page.resize(1400, 1000);
    page.show();
    // The window's first layout and paint (an empty dashboard) happen before the probe starts.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    MetricsSource *source = page.source();

    Stopwatch live;
    QList<double> computeMs, applyMs;
    // The GUI-thread probe: a 5 ms timer; any gap beyond its interval is a stall.
    QElapsedTimer sinceTick;
    double worstStallMs = 0;
    QList<double> stalls; // over 50 ms
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (sinceTick.isValid()) {
            const double stall = double(sinceTick.nsecsElapsed()) / 1e6 - 5.0;
            worstStallMs = std::max(worstStallMs, stall);
            if (stall > 50) {
                stalls.append(stall);
                // When it happened, and how many snapshots had been applied by then.
                qInfo("stall of %.1f ms at %.2f s, after %lld snapshots", stall,
                      live.elapsedSeconds(), qlonglong(applyMs.size()));
            }
        }
        sinceTick.start();
    });

    QDateTime lastSeen;
    // Read after the GUI thread applied a snapshot (refreshFinished follows computed()).
    QObject::connect(source, &MetricsSource::refreshFinished, [&] {
        if (source->snapshot().computedAt == lastSeen)
            return;
        lastSeen = source->snapshot().computedAt;
        computeMs.append(source->snapshot().computeMs);
        applyMs.append(source->lastApplyMs());
    });

    // The writer: the rest of the run, answered as fast as the journal allows.
    std::atomic<bool> stop = false;
    QThread *writer = QThread::create([&] {
        auto journal = Journal::open(path, Journal::OpenMode::Existing);
        if (!journal)
            return;
        std::mt19937 writerRandom(11);
        answerBatches(**journal, batchCount, size, writerRandom, &stop, 5);
    });
    const double liveStart = live.elapsedSeconds();
    page.setJournalPath(path);
    writer->start();
    probe.start();
    QTimer::singleShot(seconds * 1000, &app, [&] {
        stop = true;
        app.quit();
    });
    app.exec();
    probe.stop();
    writer->wait();
    delete writer;

    const auto stats = [](QList<double> values, const QString &name) {
        if (values.isEmpty())
            return;
        std::sort(values.begin(), values.end());
        printFigure(name + u" median"_s, values.at(values.size() / 2), u"ms"_s);
        printFigure(name + u" max"_s, values.constLast(), u"ms"_s);
    };
    printFigure(u"refreshes"_s, double(computeMs.size()), u""_s);
    printFigure(u"refreshes per second"_s, double(computeMs.size()) / (live.elapsedSeconds() - liveStart), u""_s);
    stats(computeMs, u"refresh compute (worker thread)"_s);
    stats(applyMs, u"refresh apply: models, charts, tiles (GUI thread)"_s);
    printFigure(u"batches shown"_s, double(source->batches()->rowCount()), u""_s);
    printFigure(u"worst GUI-thread stall"_s, worstStallMs, u"ms"_s);
    printFigure(u"GUI-thread stalls over 50 ms"_s, double(stalls.size()), u""_s);
    printFigure(u"peak memory"_s, peakMemoryMiB(), u"MiB"_s);
    return 0;
}
