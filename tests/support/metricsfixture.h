#pragma once
// A migration journal with known answers, built through the Journal's own API, shared by the
// metrics, dashboard and report tests. Header-only: each test executable compiles it once.
//
// 20 customers; rows 3 and 7 fail format.email, row 11 duplicate.reference, row 15 required
// (phone). The 16 valid ones fall into pilot (2), expand (8) and complete (6). Batches, in order:
//   1 pilot    2 records: 2 migrated                               latency   1 000 ms
//   2 expand   4 records: 3 migrated, 1 failed "customer '<email>' already exists (ref N)"
//                                                                   latency   2 000 ms, 1 duplicate
//   3 expand   4 records: 4 migrated                               latency   4 000 ms
//   4 complete 3 records: 1 migrated, 1 failed like batch 2, 1 "HTTP 500 internal error id <hex>"
//                                                                   latency 360 000 ms, 1 invalidData
//   5 complete 3 records: 3 migrated                               latency   3 000 ms
// Then row 3 is fixed (valid again, pending), row 7 edited but still invalid, and Ada approves
// the pilot's gate.

#include "journal/journal.h"

#include <QSqlQuery>
#include <QTest>

namespace MetricsFixture {

using namespace Qt::Literals::StringLiterals;
using namespace Peere;

inline ImportedRecord record(qint64 index)
{
    ImportedRecord r;
    r.line = index + 2;
    r.values = QByteArrayList(fieldCount(RecordKind::Customers));
    r.values[CustomerField::Email] = "c" + QByteArray::number(index) + "@example.com";
    r.values[CustomerField::Reference] = "REF-" + QByteArray::number(index);
    r.values[CustomerField::Phone] = "+2348012345678";
    r.values[CustomerField::AccountNumber] = "0123456789";
    const qint64 row = index + 1;
    r.hasErrors = row == 3 || row == 7 || row == 11 || row == 15;
    if (row == 3 || row == 7)
        r.firstIssue = u"format.email (email)"_s;
    else if (row == 11)
        r.firstIssue = u"duplicate.reference (reference)"_s;
    else if (row == 15)
        r.firstIssue = u"required (phone)"_s;
    return r;
}

inline QByteArray summary(int total, int successful, int duplicates, int invalid)
{
    return u"{\"total\":%1,\"successful\":%2,\"failed\":%3,\"duplicates\":%4,\"invalidData\":%5}"_s
        .arg(total).arg(successful).arg(total - successful).arg(duplicates).arg(invalid).toUtf8();
}

// Sends `rows` as one batch of `phase`; `failures` gives the server's message of the failed ones
// (the first failures.size() rows fail).
inline bool sendBatch(Journal &journal, Phase phase, const QList<qint64> &rows, qint64 latencyMs,
                      const QStringList &failures, int duplicates, int invalid)
{
    const Result<qint64> batch = journal.beginBatch(phase, rows);
    if (!batch)
        return false;
    BatchAnswer answer;
    answer.httpStatus = 201;
    answer.latencyMs = latencyMs;
    answer.summary = summary(int(rows.size()), int(rows.size() - failures.size()), duplicates,
                             invalid);
    QList<RecordOutcome> outcomes;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i < failures.size())
            outcomes.append({rows.at(i), RecordState::Failed, {}, failures.at(i), {}});
        else
            outcomes.append({rows.at(i), RecordState::Migrated, u"created"_s, {}, u"id"_s});
    }
    return journal.finishBatch(*batch, answer, outcomes).hasValue();
}

inline QList<qint64> pendingRows(Journal &journal, Phase phase)
{
    QList<qint64> rows;
    // Kept in a local: a range-for over *temporary would read a destroyed list.
    const Result<QList<JournalRecord>> records = journal.records(phase, RecordState::Pending, 1000);
    if (!records)
        return rows;
    for (const JournalRecord &r : *records)
        rows.append(r.row);
    return rows;
}

// A run paced like a real one, for the throughput: `batches` batches of `size` valid customers,
// one every `everyMs` from 2026-11-30 10:00 UTC, each answered after `latencyMs` (the journal's
// sending times are set to that pace in its SQLite file).
inline bool pacedRun(Journal &journal, int batches, int size, qint64 everyMs, qint64 latencyMs)
{
    const auto valid = [](qint64 index) {
        ImportedRecord r = record(index);
        r.hasErrors = false;
        r.firstIssue.clear();
        return r;
    };
    if (!journal.importRecords(RecordKind::Customers, qint64(batches) * size, valid))
        return false;
    QList<qint64> rows;
    for (int phase = 0; phase < 3; ++phase)
        rows += pendingRows(journal, Phase(phase));
    const QDateTime start(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < batches; ++i) {
        const QList<qint64> mine = rows.mid(qsizetype(i) * size, size);
        const Result<qint64> batch = journal.beginBatch(Phase::Pilot, mine);
        if (!batch)
            return false;
        BatchAnswer answer;
        answer.httpStatus = 201;
        answer.latencyMs = latencyMs;
        answer.summary = summary(size, size, 0, 0);
        QList<RecordOutcome> outcomes;
        for (const qint64 row : mine)
            outcomes.append({row, RecordState::Migrated, u"created"_s, {}, u"id"_s});
        if (!journal.finishBatch(*batch, answer, outcomes))
            return false;
        QSqlQuery query(journal.database());
        query.prepare(u"UPDATE batches SET sent_at = ? WHERE id = ?"_s);
        query.addBindValue(start.addMSecs(i * everyMs).toString(Qt::ISODateWithMs));
        query.addBindValue(*batch);
        if (!query.exec())
            return false;
    }
    return true;
}

// Builds the journal at `path`; false (with a QTest failure) when the journal refuses a step.
inline bool build(const QString &path)
{
    auto opened = Journal::open(path, Journal::OpenMode::Create);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error()), __FILE__, __LINE__);
        return false;
    }
    Journal &journal = **opened;
    if (!journal.importRecords(RecordKind::Customers, 20, record))
        return false;
    (void)journal.setSetting(u"batchSize"_s, u"4"_s);
    const QList<qint64> pilot = pendingRows(journal, Phase::Pilot);
    const QList<qint64> expand = pendingRows(journal, Phase::Expand);
    const QList<qint64> complete = pendingRows(journal, Phase::Complete);
    if (pilot.size() != 2 || expand.size() != 8 || complete.size() != 6) {
        QTest::qFail("unexpected phase members", __FILE__, __LINE__);
        return false;
    }
    const QString exists1 = u"customer 'ann@x.ng' already exists (ref 12345)"_s;
    const QString exists2 = u"customer 'bo@y.ng' already exists (ref 777)"_s;
    const QString internal = u"HTTP 500 internal error id 9f8e7d6c5b"_s;
    bool ok = journal.setPhaseStatus(Phase::Pilot, PhaseStatus::Running).hasValue()
        && sendBatch(journal, Phase::Pilot, pilot, 1000, {}, 0, 0)
        && journal.setPhaseStatus(Phase::Pilot, PhaseStatus::Done).hasValue()
        && journal.recordDecision(Phase::Pilot, true, u"Ada"_s, u"pilot clean"_s).hasValue()
        && sendBatch(journal, Phase::Expand, expand.mid(0, 4), 2000, {exists1}, 1, 0)
        && sendBatch(journal, Phase::Expand, expand.mid(4, 4), 4000, {}, 0, 0)
        && sendBatch(journal, Phase::Complete, complete.mid(0, 3), 360000, {exists2, internal},
                     1, 1)
        && sendBatch(journal, Phase::Complete, complete.mid(3, 3), 3000, {}, 0, 0)
        && journal.editRecord(3, CustomerField::Email, "fixed@example.com", u"Bea"_s, true)
               .hasValue()
        && journal.editRecord(7, CustomerField::Email, "still wrong", u"Bea"_s, false).hasValue();
    if (!ok)
        QTest::qFail("the journal refused a step", __FILE__, __LINE__);
    return ok;
}

} // namespace MetricsFixture
