// The Run page on a large migration: a journal of N records (default 1,000,000) with 2,000
// answered batches, the pilot done and the expand phase waiting at its gate. Prints the time to
// restore the page from the journal (progress, phases, the pending gate, the batch log), and the
// GUI-thread cost of one live batch added to the log while the page is shown.
//
//   QT_QPA_PLATFORM=offscreen build/bench/bench_runpage [records]
#include "benchsupport.h"
#include "journal/journal.h"
#include "run/runpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

using namespace Peere;
using namespace Peere::Bench;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int batchCount = 2000;

ImportedRecord makeRecord(qint64 index)
{
    ImportedRecord record;
    record.line = index + 2;
    record.values = {"CR" + QByteArray::number(index), "Ada", "Obi", "", "Ada Obi",
                     "ada" + QByteArray::number(index) + "@bank.ng", "NG", "0123456789",
                     "REF" + QByteArray::number(index)};
    record.hasErrors = index % 97 == 5;
    if (record.hasErrors)
        record.firstIssue = u"format.email (email)"_s;
    return record;
}

bool exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    qWarning("%s", qPrintable(sql));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        if (!journal || !(*journal)->importRecords(RecordKind::Customers, records, makeRecord))
            return 1;
        // The pilot answered in the first batches, the expand phase in the rest, waiting at its
        // gate; written directly, in one transaction.
        QSqlDatabase db = (*journal)->database();
        db.transaction();
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO batches(phase, size, state, sent_at, latency_ms, http_status, "
                      "server_batch_id, attempts, summary, message) VALUES (?, 500, 'answered', "
                      "'2026-11-30T10:00:00.000Z', ?, 201, ?, 1, ?, 'Batch processed')"_s);
        for (int i = 0; i < batchCount; ++i) {
            query.bindValue(0, i < batchCount / 5 ? 0 : 1);
            query.bindValue(1, 800 + i % 5000);
            query.bindValue(2, u"b%1"_s.arg(i));
            query.bindValue(3, u"{\"total\":500,\"successful\":490,\"failed\":10,"
                               "\"duplicates\":4,\"invalidData\":6}"_s);
            if (!query.exec())
                return 1;
        }
        if (!exec(query, u"UPDATE records SET state = 3 WHERE phase IN (0, 1) AND state = 1"_s)
            || !exec(query, u"UPDATE records SET state = 4 WHERE phase = 1 AND row % 11 = 0 "
                            "AND state = 3"_s)
            || !exec(query, u"UPDATE phases SET status = 'done' WHERE phase = 0"_s)
            || !exec(query, u"UPDATE phases SET status = 'awaitingDecision' WHERE phase = 1"_s))
            return 1;
        db.commit();
    }

    RunPage page;
    page.resize(1200, 800);
    page.show();
    QApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    page.session()->setJournalPath(path);
    QApplication::processEvents();
    const double restoreMs = double(clock.nsecsElapsed()) / 1e6;
    if (page.session()->state() != RunnerState::AwaitingDecision
        || page.batchLog()->model()->rowCount() != batchCount)
        return 2;
    printFigure(u"restore_ms (%1 records, %2 batches)"_s.arg(records).arg(batchCount), restoreMs,
                u"ms"_s);

    // Live: one batch answered at a time, the view following the newest row.
    clock.restart();
    qint64 modelNs = 0;
    QElapsedTimer one;
    constexpr int added = 2000;
    for (int i = 0; i < added; ++i) {
        BatchLogEntry entry;
        entry.id = batchCount + 1 + i;
        entry.phase = Phase::Complete;
        entry.size = 500;
        entry.httpStatus = 201;
        entry.created = 500;
        entry.duplicates = 0;
        entry.latencyMs = 900;
        entry.attempts = 1;
        entry.state = u"answered"_s;
        entry.message = u"Batch processed"_s;
        one.start();
        page.session()->log()->addBatch(entry);
        modelNs += one.nsecsElapsed();
        QApplication::processEvents(); // the view lays out and paints: every batch, at worst
    }
    printFigure(u"live_batch_us (log of %1 rows, shown and painted each time)"_s.arg(
                    batchCount + added),
                double(clock.nsecsElapsed()) / 1e3 / added, u"us"_s);
    printFigure(u"live_batch_model_us (the row inserted, view notified)"_s,
                double(modelNs) / 1e3 / added, u"us"_s);
    printFigure(u"peak_memory"_s, peakMemoryMiB(), u"MiB"_s);
    return 0;
}
