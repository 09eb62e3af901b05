// `peere-migrate status` on a large journal: N records (default 1,000,000), every batch of the
// three sending phases answered (2 % refused), then `status --json` run in-process as the command
// line runs it (journal opened read-only, counts, the four targets). Prints its median wall time,
// the full MetricsCalculator's (the dashboard's computation) beside it, and whether the targets
// `status` prints are the dashboard's.
//
//   build/bench/bench_status [records] [journal path to keep]
#include "benchsupport.h"
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/journalstatus.h"
#include "journal/journal.h"
#include "metrics/metricscalculator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace Peere;
using namespace Peere::Bench;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int batchCount = 2000;
constexpr int runs = 7;

ImportedRecord makeRecord(qint64 index)
{
    ImportedRecord record;
    record.line = index + 2;
    record.values = {"Ada Obi",
                     "ada" + QByteArray::number(index) + "@bank.ng",
                     "+2348031234567",
                     "NG",
                     "0123456789",
                     "REF" + QByteArray::number(index)};
    record.hasErrors = index % 97 == 5; // ~1 %
    if (record.hasErrors)
        record.firstIssue = u"format.email (email)"_s;
    return record;
}

// Every pending record sent in batches of `size`, answered as the runner writes answers.
void answerAll(Journal &journal, int size, std::mt19937 &random)
{
    std::uniform_int_distribution<int> latency(800, 9000);
    std::uniform_int_distribution<int> fail(0, 99);
    for (int phase = 0; phase < 3; ++phase) {
        qint64 after = 0;
        for (;;) {
            const Result<QList<JournalRecord>> records
                = journal.records(Phase(phase), RecordState::Pending, size, after);
            if (!records || records->isEmpty())
                break;
            QList<qint64> rows;
            for (const JournalRecord &r : *records)
                rows.append(r.row);
            after = rows.last();
            const Result<qint64> batch = journal.beginBatch(Phase(phase), rows);
            if (!batch)
                return;
            BatchAnswer answer;
            answer.httpStatus = 201;
            answer.latencyMs = latency(random);
            QList<RecordOutcome> outcomes;
            for (qint64 row : std::as_const(rows)) {
                if (fail(random) < 2)
                    outcomes.append(
                        {row, RecordState::Failed, {}, u"refused (ref %1)"_s.arg(row), {}});
                else
                    outcomes.append({row, RecordState::Migrated, u"created"_s, {}, {}});
            }
            (void)journal.finishBatch(*batch, answer, outcomes);
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    QTemporaryDir dir;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(u"bench.peere"_s);
    const int size = int(std::max<qint64>(1, records / batchCount));
    std::mt19937 random(7);
    Stopwatch build;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        if (!journal) {
            qCritical("%s", qPrintable(journal.error()));
            return 1;
        }
        if (*(*journal)->recordCount() == 0) {
            (void)(*journal)->importRecords(RecordKind::Customers, records, makeRecord);
            (void)(*journal)->setSetting(u"batchSize"_s, QString::number(size));
            QSqlQuery pragma((*journal)->database());
            pragma.exec(u"PRAGMA synchronous=OFF"_s);
            answerAll(**journal, size, random);
        }
    }
    printFigure(u"journal records"_s, double(records), u""_s);
    printFigure(u"journal build time"_s, build.elapsedSeconds(), u"s"_s);

    // `peere-migrate status --journal PATH --json`, in-process, as main() runs it.
    QList<double> statusMs;
    QByteArray printed;
    for (int i = 0; i < runs; ++i) {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        Cli::Io io{outStream, errStream, false};
        Stopwatch status;
        const int code = Cli::runMigrate(
            {u"peere-migrate"_s, u"status"_s, u"--journal"_s, path, u"--json"_s}, io);
        statusMs.append(status.elapsedSeconds() * 1000.0);
        if (code != 0) {
            qCritical("status failed: %s", qPrintable(err));
            return 1;
        }
        printed = out.toUtf8();
    }
    printFigure(u"status --json median"_s, median(statusMs), u"ms"_s);

    // The dashboard's (and the report's) computation of the same journal.
    QList<double> fullMs;
    std::optional<MetricsSnapshot> snapshot;
    for (int i = 0; i < 3; ++i) {
        auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
        Stopwatch full;
        Result<MetricsSnapshot> computed = MetricsCalculator::compute(**journal);
        fullMs.append(full.elapsedSeconds() * 1000.0);
        if (!computed) {
            qCritical("%s", qPrintable(computed.error()));
            return 1;
        }
        snapshot = std::move(*computed);
    }
    printFigure(u"full MetricsCalculator median"_s, median(fullMs), u"ms"_s);
    const QJsonObject kpis = QJsonDocument::fromJson(printed).object().value(u"kpis"_s).toObject();
    const QJsonObject printedStatus = QJsonDocument::fromJson(printed).object();
    const bool same
        = kpis == Cli::kpisJson(*snapshot)
          && printedStatus.value(u"throughput"_s).toObject() == Cli::throughputJson(*snapshot);
    printFigure(u"status targets equal to the dashboard's"_s, same ? 1 : 0, u"(1 = yes)"_s);
    return same ? 0 : 1;
}
