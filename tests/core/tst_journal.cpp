// The journal: schema and migrations, import and phases, the moves of a batch, edits.
#include "../support/exclusionedit.h"
#include "journal/journal.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_Journal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void importAssignsSpreadFrozenPhases();
    void importRefusedTwice();
    void valuesRoundTrip();
    void schemaMigratesFromOlderVersion();
    void newerSchemaRefused();
    void batchMovesAreDurableAndVisible();
    void inFlightBecomesUnknownOnResume();
    void editsAreKept();
    void reviewEditsAreKeptBesideARun();
    void exclusionTakesARecordOutOfTheMigration();
    void decisionsAreRecorded();

private:
    static ImportedRecord makeRecord(qint64 index);
};

ImportedRecord tst_Journal::makeRecord(qint64 index)
{
    ImportedRecord record;
    record.line = index + 2;
    record.values = QByteArrayList(fieldCount(RecordKind::Customers));
    record.values[CustomerField::Email] = "c" + QByteArray::number(index) + "@example.com";
    record.values[CustomerField::Reference] = "REF-" + QByteArray::number(index);
    record.values[CustomerField::Phone] = "+2348012345678";
    record.hasErrors = index % 7 == 3;
    if (record.hasErrors)
        record.firstIssue = u"format.email"_s;
    return record;
}

void tst_Journal::importAssignsSpreadFrozenPhases()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    const qint64 count = 1000;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
        const VoidResult imported = (*journal)->importRecords(RecordKind::Customers, count, makeRecord);
        QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    }
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QCOMPARE((*journal)->kind(), RecordKind::Customers);
    const JournalCounts all = *(*journal)->counts();
    qint64 invalid = 0;
    for (qint64 i = 0; i < count; ++i)
        invalid += makeRecord(i).hasErrors ? 1 : 0;
    QCOMPARE(all.records, count);
    QCOMPARE(all.invalid, invalid);
    QCOMPARE(all.pending, count - invalid);
    const qint64 valid = count - invalid;
    const qint64 pilot = (*journal)->counts(Phase::Pilot)->pending;
    const qint64 expand = (*journal)->counts(Phase::Expand)->pending;
    QCOMPARE(pilot, (valid + 9) / 10);
    QVERIFY(qAbs(pilot + expand - valid / 2) <= 5);
    // Spread across the file: pilot members are found in the first and the last tenth.
    const auto members = *(*journal)->records(Phase::Pilot, RecordState::Pending, 10000);
    QCOMPARE(members.size(), pilot);
    QVERIFY(members.first().row <= count / 10);
    QVERIFY(members.last().row >= count - count / 10);
    QCOMPARE(members.first().values.at(CustomerField::Email),
             makeRecord(members.first().row - 1).values.at(CustomerField::Email));
    // Frozen: the same members after reopening and in a journal built again.
    QTemporaryDir other;
    auto again = Journal::open(other.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    QVERIFY(again.hasValue());
    QVERIFY((*again)->importRecords(RecordKind::Customers, count, makeRecord).hasValue());
    const auto membersAgain = *(*again)->records(Phase::Pilot, RecordState::Pending, 10000);
    QCOMPARE(membersAgain.size(), members.size());
    for (qsizetype i = 0; i < members.size(); ++i)
        QCOMPARE(membersAgain.at(i).row, members.at(i).row);
}

void tst_Journal::importRefusedTwice()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 10, makeRecord).hasValue());
    const VoidResult second = (*journal)->importRecords(RecordKind::Customers, 10, makeRecord);
    QVERIFY(!second.hasValue());
    QVERIFY(second.error().contains(u"already"_s));
    QCOMPARE((*journal)->counts()->records, 10);
}

void tst_Journal::valuesRoundTrip()
{
    const QByteArrayList values = {"", "a", QByteArray(70000, 'x'), QByteArray("\0\1\2", 3),
                                   "caf\xc3\xa9", ""};
    QCOMPARE(Journal::decodeValues(Journal::encodeValues(values)), values);
    QCOMPARE(Journal::decodeValues(QByteArray("\5\0\0\0ab")), QByteArrayList());
}

void tst_Journal::schemaMigratesFromOlderVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 20, makeRecord).hasValue());
        // Make it look like a version-1 journal: the later steps' tables are not there.
        QSqlQuery query((*journal)->database());
        QVERIFY(query.exec(u"DROP TABLE edits"_s));
        QVERIFY(query.exec(u"DROP TABLE events"_s));
        QVERIFY(query.exec(u"DROP INDEX records_phase_state"_s));
        QVERIFY(query.exec(u"DROP TABLE trust"_s));
        QVERIFY(query.exec(u"ALTER TABLE batches DROP COLUMN first_row"_s));
        QVERIFY(query.exec(u"ALTER TABLE batches DROP COLUMN last_row"_s));
        QVERIFY(query.exec(u"PRAGMA user_version=1"_s));
    }
    {
        auto readOnly = Journal::open(path, Journal::OpenMode::ReadOnly);
        QVERIFY(!readOnly.hasValue());
        QVERIFY(readOnly.error().contains(u"older version"_s));
    }
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QSqlQuery query((*journal)->database());
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Journal::currentSchemaVersion());
    QVERIFY(query.exec(u"SELECT count(*) FROM events"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // the "opened" event, written after migrating
    QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'records_phase_state'"_s)
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE((*journal)->counts()->records, 20);
}

void tst_Journal::newerSchemaRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QSqlQuery query((*journal)->database());
        QVERIFY(query.exec(u"PRAGMA user_version=%1"_s.arg(Journal::currentSchemaVersion() + 5)));
    }
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(!journal.hasValue());
    QVERIFY2(journal.error().contains(u"newer version"_s), qPrintable(journal.error()));
}

void tst_Journal::batchMovesAreDurableAndVisible()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 100, makeRecord).hasValue());
    const auto pending = *(*journal)->records(Phase::Complete, RecordState::Pending, 5);
    QCOMPARE(pending.size(), 5);
    QList<qint64> rows;
    for (const JournalRecord &record : pending)
        rows.append(record.row);
    const Result<qint64> batch = (*journal)->beginBatch(Phase::Complete, rows);
    QVERIFY2(batch.hasValue(), qPrintable(batch.error()));

    // Another connection (as `status` in another process) sees them in flight at once.
    auto reader = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY2(reader.hasValue(), qPrintable(reader.error()));
    QCOMPARE((*reader)->counts()->inFlight, 5);
    QCOMPARE((*reader)->record(rows.first())->batch, *batch);

    BatchAnswer answer;
    answer.httpStatus = 201;
    answer.latencyMs = 321;
    answer.serverBatchId = u"b-1"_s;
    answer.summary = R"({"total":5})";
    QList<RecordOutcome> outcomes;
    for (int i = 0; i < rows.size(); ++i) {
        RecordOutcome outcome{rows.at(i), RecordState::Migrated, u"created"_s, {}, u"id-%1"_s.arg(i)};
        if (i == 4)
            outcome = {rows.at(i), RecordState::Failed, {}, u"email: already used"_s, {}};
        outcomes.append(outcome);
    }
    QVERIFY((*journal)->finishBatch(*batch, answer, outcomes).hasValue());
    const JournalCounts counts = *(*reader)->counts();
    QCOMPARE(counts.inFlight, 0);
    QCOMPARE(counts.migrated, 4);
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.successRate(), 80.0);
    QCOMPARE((*reader)->record(rows.first())->serverId, u"id-0"_s);
    QCOMPARE((*reader)->record(rows.last())->reason, u"email: already used"_s);
    QCOMPARE(*(*reader)->slowestBatchMs(Phase::Complete), 321);
    const auto batches = *(*reader)->batches();
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().answer.serverBatchId, u"b-1"_s);
    QCOMPARE(batches.first().answer.summary, QByteArray(R"({"total":5})"));

    qint64 failures = 0;
    QVERIFY((*reader)->forEachFailure([&](const JournalRecord &) { ++failures; }).hasValue());
    QCOMPARE(failures, counts.invalid + 1);
}

void tst_Journal::inFlightBecomesUnknownOnResume()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    QList<qint64> rows;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 50, makeRecord).hasValue());
        const Result<QList<JournalRecord>> pending
            = (*journal)->records(Phase::Expand, RecordState::Pending, 3);
        QVERIFY(pending.hasValue());
        for (const JournalRecord &record : pending.value())
            rows.append(record.row);
        QVERIFY((*journal)->beginBatch(Phase::Expand, rows).hasValue());
        // The process "dies" here: no answer is ever written.
    }
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(journal.hasValue());
    QCOMPARE(*(*journal)->markInFlightUnknown(), 3);
    const auto unknown = *(*journal)->records(std::nullopt, RecordState::Unknown, 100);
    QCOMPARE(unknown.size(), 3);
    QCOMPARE(unknown.first().row, rows.first());
    QCOMPARE((*journal)->batches()->first().state, u"unknown"_s);
}

void tst_Journal::editsAreKept()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 10, makeRecord).hasValue());
    QCOMPARE((*journal)->record(4)->state, RecordState::Invalid); // index 3
    QVERIFY((*journal)->editRecord(4, CustomerField::Email, "fixed@example.com", u"ada"_s, true)
                .hasValue());
    const JournalRecord edited = *(*journal)->record(4);
    QCOMPARE(edited.state, RecordState::Pending);
    QCOMPARE(edited.values.at(CustomerField::Email), QByteArray("fixed@example.com"));
    QSqlQuery query((*journal)->database());
    QVERIFY(query.exec(u"SELECT before, after, who, source FROM edits JOIN records USING(row)"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toByteArray(), QByteArray("c3@example.com"));
    QCOMPARE(query.value(1).toByteArray(), QByteArray("fixed@example.com"));
    QCOMPARE(query.value(2).toString(), u"ada"_s);
    // The source values stay as read.
    QCOMPARE(Journal::decodeValues(query.value(3).toByteArray()).at(CustomerField::Email),
             QByteArray("c3@example.com"));
    QVERIFY(!(*journal)->editRecord(999, 0, "x", u"ada"_s).hasValue());
}

void tst_Journal::reviewEditsAreKeptBesideARun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    auto runner = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(runner.hasValue());
    QVERIFY((*runner)->importRecords(RecordKind::Customers, 10, makeRecord).hasValue());
    // The runner holds the lock; the review table's edits still go in (no lock of their own).
    QVERIFY(!Journal::open(path, Journal::OpenMode::Existing).hasValue());
    auto review = Journal::open(path, Journal::OpenMode::Review);
    QVERIFY2(review.hasValue(), qPrintable(review.error()));
    QVERIFY(!Journal::open(dir.filePath(u"none.journal"_s), Journal::OpenMode::Review).hasValue());

    JournalEdit fix; // row 4 (index 3) is invalid: its e-mail fixed
    fix.row = 4;
    fix.field = CustomerField::Email;
    fix.before = "c3@example.com";
    fix.after = "fixed@example.com";
    fix.invalidBefore = true;
    fix.invalidAfter = false;
    JournalEdit early; // a row the journal does not hold: only kept
    early.row = 50;
    early.field = CustomerField::Phone;
    early.after = "+2348031234567";
    JournalEdit exclusion;
    exclusion.row = 2;
    exclusion.field = -1;
    exclusion.before = "0";
    exclusion.after = "1";
    QVERIFY((*review)->appendEdits({fix, early, exclusion}, u"ada"_s).hasValue());

    const JournalRecord edited = *(*runner)->record(4);
    QCOMPARE(edited.state, RecordState::Pending);
    QCOMPARE(edited.values.at(CustomerField::Email), QByteArray("fixed@example.com"));
    // Excluded on the review page: out of the migration (never sent), no longer pending.
    QVERIFY((*runner)->record(2)->state != RecordState::Pending);
    QCOMPARE((*runner)->record(2)->state, RecordState::Excluded);
    QCOMPARE((*runner)->counts()->pending, 9); // all 10 (row 4 fixed), less the excluded one
    const Result<QList<JournalEdit>> kept = (*runner)->edits();
    QVERIFY(kept.hasValue());
    QCOMPARE(kept->size(), 3);
    QCOMPARE(kept->at(0).row, 4);
    QCOMPARE(kept->at(0).before, QByteArray("c3@example.com"));
    QCOMPARE(kept->at(0).after, QByteArray("fixed@example.com"));
    QCOMPARE(kept->at(0).who, u"ada"_s);
    QVERIFY(kept->at(0).at.isValid());
    QCOMPARE(kept->at(0).invalidBefore, std::optional<bool>(true));
    QCOMPARE(kept->at(0).invalidAfter, std::optional<bool>(false));
    QCOMPARE(kept->at(1).row, 50);
    QVERIFY(!kept->at(1).invalidBefore);
    QCOMPARE(kept->at(2).field, -1);
    QCOMPARE(*(*review)->editCount(), 3);

    // Records numbered apart from the file's rows (rows left out of the import): the line says
    // which record an edit is for. Data row 9 of the file is the record at row 5 (line 6).
    JournalEdit shifted;
    shifted.row = 9;
    shifted.line = 6;
    shifted.field = CustomerField::Reference;
    shifted.before = "REF-4";
    shifted.after = "REF-4B";
    QVERIFY((*review)->appendEdits({shifted}, u"ada"_s).hasValue());
    QCOMPARE((*runner)->record(5)->values.at(CustomerField::Reference), QByteArray("REF-4B"));
    QCOMPARE((*runner)->record(9)->values.at(CustomerField::Reference), QByteArray("REF-8"));
    const Result<QList<JournalEdit>> all = (*runner)->edits();
    QCOMPARE(all->last().row, 5);
    QCOMPARE(all->last().line, 6);
    QCOMPARE(all->at(0).line, 5); // no line given: the record's
}

void tst_Journal::exclusionTakesARecordOutOfTheMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    auto runner = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(runner.hasValue());
    // Row 3 was excluded before the import: it comes in excluded, outside the phases' members.
    QVERIFY((*runner)
                ->importRecords(RecordKind::Customers,
                                20,
                                [](qint64 i) {
                                    ImportedRecord record = makeRecord(i);
                                    record.excluded = i == 2;
                                    return record;
                                })
                .hasValue());
    QCOMPARE((*runner)->record(3)->state, RecordState::Excluded);
    const JournalCounts imported = *(*runner)->counts();
    QCOMPARE(imported.excluded, 1);
    QCOMPARE(imported.records, 19);
    QCOMPARE(imported.invalid, 3); // rows 4, 11, 18
    QCOMPARE(imported.pending, 16);

    auto review = Journal::open(path, Journal::OpenMode::Review);
    QVERIFY(review.hasValue());
    // A pending and an invalid record leave the migration; the counts say so.
    QList<RefusedExclusion> refused;
    QVERIFY((*review)
                ->appendEdits(
                    {ExclusionEdit::of(2, true), ExclusionEdit::of(4, true)}, u"ada"_s, &refused)
                .hasValue());
    QVERIFY(refused.isEmpty());
    QCOMPARE((*runner)->record(2)->state, RecordState::Excluded);
    QCOMPARE((*runner)->record(4)->state, RecordState::Excluded);
    JournalCounts counts = *(*runner)->counts();
    QCOMPARE(counts.excluded, 3);
    QCOMPARE(counts.records, 17);
    QCOMPARE(counts.pending, 15);
    QCOMPARE(counts.invalid, 2);
    QCOMPARE((*runner)->records(std::nullopt, RecordState::Pending, 100)->size(), 15);

    // Included again: what the edit says it is (row 4 still invalid, keeping its rule), or what
    // it was (row 3, excluded at the import).
    QVERIFY((*review)
                ->appendEdits({ExclusionEdit::of(4, false, true), ExclusionEdit::of(3, false)},
                              u"ada"_s)
                .hasValue());
    QCOMPARE((*runner)->record(4)->state, RecordState::Invalid);
    QCOMPARE((*runner)->record(4)->reason, u"format.email"_s);
    QCOMPARE((*runner)->record(3)->state, RecordState::Pending);
    QCOMPARE((*runner)->counts()->excluded, 1);

    // A batch read before an exclusion leaves without it; a batch left empty is not made.
    QVERIFY((*review)
                ->appendEdits({ExclusionEdit::of(5, true), ExclusionEdit::of(7, true)}, u"ada"_s)
                .hasValue());
    QSet<qint64> leftOut;
    const Result<QList<qint64>> batches
        = (*runner)->beginBatches(Phase::Pilot, {{5, 6}, {7}}, &leftOut);
    QVERIFY2(batches.hasValue(), qPrintable(batches.error()));
    QCOMPARE(leftOut, (QSet<qint64>{5, 7}));
    QVERIFY(batches->at(0) > 0);
    QCOMPARE(batches->at(1), 0);
    QCOMPARE((*runner)->record(5)->state, RecordState::Excluded);
    QCOMPARE((*runner)->record(6)->state, RecordState::InFlight);
    QCOMPARE(*(*runner)->batchCount(), 1);
    QCOMPARE((*runner)->batches()->first().size, 1);

    // Sent records cannot be excluded: in flight (row 6), created on the server (row 8).
    QVERIFY((*runner)
                ->applyOutcomes({{8, RecordState::Migrated, u"created"_s, {}, u"id-8"_s}})
                .hasValue());
    const qint64 editsBefore = *(*runner)->editCount();
    refused.clear();
    QVERIFY((*review)
                ->appendEdits({ExclusionEdit::of(6, true),
                               ExclusionEdit::of(8, true),
                               ExclusionEdit::of(9, true)},
                              u"ada"_s,
                              &refused)
                .hasValue());
    QCOMPARE(refused.size(), 2);
    QCOMPARE(refused.at(0).edit, 0);
    QCOMPARE(refused.at(0).state, RecordState::InFlight);
    QCOMPARE(refused.at(1).edit, 1);
    QCOMPARE(refused.at(1).state, RecordState::Migrated);
    QCOMPARE((*runner)->record(6)->state, RecordState::InFlight);
    QCOMPARE((*runner)->record(8)->state, RecordState::Migrated);
    QCOMPARE((*runner)->record(9)->state, RecordState::Excluded);
    QCOMPARE(*(*runner)->editCount(), editsBefore + 1); // only the exclusion made is kept
    // Without a list to say it in, the refusal fails the whole call and writes nothing.
    const VoidResult refusedWhole = (*review)->appendEdits(
        {ExclusionEdit::of(10, true), ExclusionEdit::of(8, true)}, u"ada"_s);
    QVERIFY(!refusedWhole.hasValue());
    QVERIFY2(refusedWhole.error().contains(u"already sent"_s), qPrintable(refusedWhole.error()));
    QCOMPARE((*runner)->record(10)->state, RecordState::Pending);
    QCOMPARE(*(*runner)->editCount(), editsBefore + 1);
}

void tst_Journal::decisionsAreRecorded()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    QCOMPARE((*journal)->phaseStatus(Phase::Pilot), PhaseStatus::Pending);
    QVERIFY((*journal)->setPhaseStatus(Phase::Pilot, PhaseStatus::AwaitingDecision).hasValue());
    QVERIFY((*journal)->recordDecision(Phase::Pilot, true, u"Grace Hopper"_s).hasValue());
    QCOMPARE((*journal)->phaseStatus(Phase::Pilot), PhaseStatus::AwaitingDecision);
    QSqlQuery query((*journal)->database());
    QVERIFY(query.exec(u"SELECT decision, decided_by, decided_at FROM phases WHERE phase = 0"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"approved"_s);
    QCOMPARE(query.value(1).toString(), u"Grace Hopper"_s);
    QVERIFY(QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).isValid());
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
