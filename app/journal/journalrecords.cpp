// The Journal's records and batches: import, counts, the moves of a batch, edits.
#include "journal.h"

#include "common/logging.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Phase members: every 10th valid record is in the pilot, the next four in expand, the other
// five in complete. The same records every time, spread evenly across the file.
Phase phaseOfValidIndex(qint64 index)
{
    const qint64 slot = index % 10;
    return slot == 0 ? Phase::Pilot : slot < 5 ? Phase::Expand : Phase::Complete;
}

// Journal::encodeValues into a buffer used again for every record (no allocation per record).
void encodeValuesInto(const QByteArrayList &values, QByteArray &blob)
{
    qsizetype size = 0;
    for (const QByteArray &value : values)
        size += 4 + value.size();
    blob.resize(size);
    char *out = blob.data();
    for (const QByteArray &value : values) {
        const auto length = quint32(value.size());
        out[0] = char(length & 0xff);
        out[1] = char((length >> 8) & 0xff);
        out[2] = char((length >> 16) & 0xff);
        out[3] = char((length >> 24) & 0xff);
        if (length > 0)
            memcpy(out + 4, value.constData(), length);
        out += 4 + length;
    }
}

const QString recordColumns = u"row, line, COALESCE(current, source), state, phase, batch, "
                              "outcome, reason, server_id"_s;

JournalRecord readRecord(const QSqlQuery &query)
{
    JournalRecord record;
    record.row = query.value(0).toLongLong();
    record.line = query.value(1).toLongLong();
    record.values = Journal::decodeValues(query.value(2).toByteArray());
    record.state = RecordState(query.value(3).toInt());
    record.phase = Phase(query.value(4).toInt());
    record.batch = query.value(5).toLongLong();
    record.outcome = query.value(6).toString();
    record.reason = query.value(7).toString();
    record.serverId = query.value(8).toString();
    return record;
}

JournalRecord readRecord(const SqliteStatement &select)
{
    JournalRecord record;
    record.row = select.columnInt(0);
    record.line = select.columnInt(1);
    const QByteArrayView blob = select.columnBlob(2);
    const auto *data = reinterpret_cast<const uchar *>(blob.data());
    qsizetype at = 0;
    record.values.reserve(16);
    while (at + 4 <= blob.size()) {
        const quint32 length = quint32(data[at]) | quint32(data[at + 1]) << 8
                               | quint32(data[at + 2]) << 16 | quint32(data[at + 3]) << 24;
        at += 4;
        if (at + qsizetype(length) > blob.size())
            break;
        record.values.append(QByteArray(blob.data() + at, length));
        at += length;
    }
    record.state = RecordState(select.columnInt(3));
    record.phase = Phase(select.columnInt(4));
    record.batch = select.columnInt(5);
    record.outcome = select.columnText(6);
    record.reason = select.columnText(7);
    record.serverId = select.columnText(8);
    return record;
}

} // namespace

struct Journal::Statements
{
    sqlite3 *db = nullptr;
    SqliteStatement recordsOfPhase;
    SqliteStatement recordsOfAll;
    SqliteStatement insertBatch;
    SqliteStatement markInFlight;
    SqliteStatement writeOutcome;
};

void Journal::StatementsDeleter::operator()(Statements *statements) const
{
    delete statements;
}

Journal::Statements &Journal::statements() const
{
    if (m_statements)
        return *m_statements;
    m_statements.reset(new Statements);
    Statements &s = *m_statements;
    s.db = SqliteStatement::handleOf(m_db);
    const QByteArray columns = recordColumns.toUtf8();
    s.recordsOfPhase.prepare(s.db, QByteArray("SELECT " + columns + " FROM records WHERE "
                                              "phase = ? AND state = ? AND row > ? ORDER BY row "
                                              "LIMIT ?"));
    s.recordsOfAll.prepare(s.db, QByteArray("SELECT " + columns + " FROM records WHERE phase IN "
                                            "(0, 1, 2, 3) AND state = ? AND row > ? ORDER BY "
                                            "row LIMIT ?"));
    if (!m_readOnly) {
        s.insertBatch.prepare(s.db, "INSERT INTO batches(phase, size, state, sent_at, attempts, "
                                    "first_row, last_row) VALUES (?, ?, 'inflight', ?, 1, ?, ?)");
        s.markInFlight.prepare(s.db,
                               "UPDATE records SET state = 2, batch = ? WHERE row = ? "
                               "AND state <> 8");
        s.writeOutcome.prepare(s.db, "UPDATE records SET state = ?, outcome = ?, reason = ?, "
                                     "server_id = COALESCE(?, server_id) WHERE row = ?");
    }
    return s;
}

VoidResult Journal::importRecords(RecordKind kind, qint64 count,
                                  const std::function<ImportedRecord(qint64)> &source)
{
    if (Result<qint64> existing = recordCount(); !existing)
        return Failure{existing.error()};
    else if (*existing > 0)
        return failure(tr("This journal already holds the records of a migration."));
    sqlite3 *db = SqliteStatement::handleOf(m_db);
    if (!db)
        return sqlFailure(m_db.lastError());
    // The bulk load of a new journal (1,000,000 records in well under 3 s): SQLite's C API with
    // one prepared statement (no QVariant per value), one transaction, and a rollback journal
    // instead of WAL for its duration, so that every page is written once, to the file itself
    // (WAL would write each page twice). A crash during the load rolls the file back to the empty
    // journal it was. No fsync until the end: the switch back to WAL with synchronous=FULL
    // commits with an fsync of the whole file, so the records are durable before this returns.
    // When another connection holds the journal (WAL cannot be left), the load runs in WAL.
    const auto journalMode = [db](const char *sql) {
        SqliteStatement pragma;
        return pragma.prepare(db, sql) && pragma.next() ? pragma.columnText(0) : QString();
    };
    const bool rollbackJournal = journalMode("PRAGMA journal_mode=DELETE") == "delete"_L1;
    SqliteStatement::exec(db, "PRAGMA synchronous=OFF");
    const auto restore = [&]() -> VoidResult {
        SqliteStatement::exec(db, "PRAGMA synchronous=FULL");
        if (rollbackJournal && journalMode("PRAGMA journal_mode=WAL") != "wal"_L1)
            return sqlFailure(SqliteStatement::lastError(db));
        return {};
    };
    const auto rollback = [&](const Failure &failed) {
        SqliteStatement::exec(db, "ROLLBACK");
        (void)restore();
        return failed;
    };
    if (!SqliteStatement::exec(db, "BEGIN IMMEDIATE")) {
        const Failure failed = sqlFailure(SqliteStatement::lastError(db));
        (void)restore();
        return failed;
    }
    // Building the index once after the rows is several times faster than updating it per row.
    if (!SqliteStatement::exec(db, "DROP INDEX IF EXISTS records_phase_state"))
        return rollback(sqlFailure(SqliteStatement::lastError(db)));
    qint64 validIndex = 0;
    qint64 members[phaseCount] = {};
    {
        SqliteStatement insert;
        if (!insert.prepare(db, "INSERT INTO records(row, line, source, state, phase, reason) "
                                "VALUES (?, ?, ?, ?, ?, ?)"))
            return rollback(sqlFailure(insert.error()));
        QByteArray blob;
        for (qint64 i = 0; i < count; ++i) {
            const ImportedRecord record = source(i);
            const bool member = !record.hasErrors && !record.excluded;
            const Phase phase = member ? phaseOfValidIndex(validIndex++) : phaseOfValidIndex(i);
            if (member)
                ++members[int(phase)];
            encodeValuesInto(record.values, blob);
            insert.bindInt(1, i + 1);
            insert.bindInt(2, record.line);
            insert.bindBlob(3, blob, true);
            insert.bindInt(4,
                           int(record.excluded    ? RecordState::Excluded
                               : record.hasErrors ? RecordState::Invalid
                                                  : RecordState::Pending));
            insert.bindInt(5, int(phase));
            if (record.hasErrors)
                insert.bindText(6, record.firstIssue);
            else
                insert.bindNull(6);
            if (!insert.run())
                return rollback(sqlFailure(insert.error()));
        }
    }
    QSqlQuery statement(m_db);
    if (!statement.exec(u"CREATE INDEX records_phase_state ON records(phase, state)"_s))
        return rollback(sqlFailure(statement));
    members[int(Phase::Verify)] = validIndex;
    statement.prepare(u"UPDATE phases SET members = ?, frozen_at = ? WHERE phase = ?"_s);
    for (int phase = 0; phase < phaseCount; ++phase) {
        statement.bindValue(0, members[phase]);
        statement.bindValue(1, now());
        statement.bindValue(2, phase);
        if (!statement.exec())
            return rollback(sqlFailure(statement));
    }
    statement.prepare(u"INSERT INTO settings(key, value) VALUES ('kind', ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    statement.addBindValue(kindName(kind));
    if (!statement.exec())
        return rollback(sqlFailure(statement));
    statement.prepare(u"INSERT INTO events(at, level, message) VALUES (?, 'info', ?)"_s);
    statement.addBindValue(now());
    statement.addBindValue(u"imported %1 records, %2 valid; phase members frozen"_s.arg(count).arg(
        validIndex));
    if (!statement.exec())
        return rollback(sqlFailure(statement));
    statement.finish();
    if (!SqliteStatement::exec(db, "COMMIT"))
        return rollback(sqlFailure(SqliteStatement::lastError(db)));
    return restore();
}

Result<qint64> Journal::recordCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT max(row) FROM records"_s) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

static Result<JournalCounts> countsWhere(const QSqlDatabase &db, std::optional<Phase> phase,
                                         const std::function<Failure(const QSqlQuery &)> &fail)
{
    QSqlQuery query(db);
    // Grouped the way the index is ordered: a scan of the index alone, no table, no sort.
    if (!query.exec(u"SELECT phase, state, count(*) FROM records GROUP BY phase, state"_s))
        return fail(query);
    JournalCounts counts;
    while (query.next()) {
        if (phase && query.value(0).toInt() != int(*phase))
            continue;
        counts.add(RecordState(query.value(1).toInt()), query.value(2).toLongLong());
    }
    return counts;
}

Result<JournalCounts> Journal::counts() const
{
    return countsWhere(m_db, std::nullopt, [this](const QSqlQuery &q) { return sqlFailure(q); });
}

Result<JournalCounts> Journal::counts(Phase phase) const
{
    return countsWhere(m_db, phase, [this](const QSqlQuery &q) { return sqlFailure(q); });
}

Result<QList<JournalRecord>> Journal::records(std::optional<Phase> phase, RecordState state,
                                              int limit, qint64 afterRow) const
{
    // The runner's next batch, on every send: a prepared statement, no QVariant per value.
    SqliteStatement &select = phase ? statements().recordsOfPhase : statements().recordsOfAll;
    if (!select.isPrepared())
        return sqlFailure(select.error());
    int index = 1;
    if (phase)
        select.bindInt(index++, int(*phase));
    select.bindInt(index++, int(state));
    select.bindInt(index++, afterRow);
    select.bindInt(index, limit);
    QList<JournalRecord> found;
    found.reserve(std::clamp(limit, 0, 1000));
    while (select.next())
        found.append(readRecord(select));
    const bool ok = select.ok();
    select.reset();
    if (!ok)
        return sqlFailure(select.error());
    return found;
}

Result<JournalRecord> Journal::record(qint64 row) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + recordColumns + u" FROM records WHERE row = ?"_s);
    query.addBindValue(row);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return failure(tr("There is no row %1.").arg(row));
    return readRecord(query);
}

VoidResult Journal::forEachFailure(const std::function<void(const JournalRecord &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + recordColumns
                    + u" FROM records WHERE state IN (0, 4, 7) ORDER BY row"_s))
        return sqlFailure(query);
    while (query.next())
        visit(readRecord(query));
    return {};
}

VoidResult Journal::forEachRecordIn(const QList<RecordState> &states,
                                    const std::function<void(const JournalRecord &)> &visit) const
{
    if (states.isEmpty())
        return {};
    QStringList numbers;
    for (RecordState state : states)
        numbers.append(QString::number(int(state)));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + recordColumns + u" FROM records WHERE state IN ("_s
                    + numbers.join(u", "_s) + u") ORDER BY row"_s))
        return sqlFailure(query);
    while (query.next())
        visit(readRecord(query));
    return {};
}

VoidResult Journal::forEachFixedPending(
    const std::function<void(const JournalRecord &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + recordColumns
                    + u" FROM records WHERE state = 1 AND row IN "
                      "(SELECT row FROM edits WHERE invalid_before = 1) ORDER BY row"_s))
        return sqlFailure(query);
    while (query.next())
        visit(readRecord(query));
    return {};
}

Result<QList<qint64>> Journal::editedSinceSent(const QList<qint64> &rows) const
{
    QList<qint64> edited;
    QSqlQuery query(m_db);
    // ISO times in UTC with milliseconds compare as text.
    query.prepare(u"SELECT 1 FROM records r LEFT JOIN batches b ON b.id = r.batch "
                  "WHERE r.row = ? AND r.state = 4 AND EXISTS (SELECT 1 FROM edits e "
                  "WHERE e.row = r.row AND (b.sent_at IS NULL OR e.at > b.sent_at))"_s);
    for (qint64 row : rows) {
        query.bindValue(0, row);
        if (!query.exec())
            return sqlFailure(query);
        if (query.next())
            edited.append(row);
    }
    return edited;
}

Result<QList<qint64>> Journal::requeueFailed(const QList<qint64> &rows)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    QList<qint64> moved;
    query.prepare(u"UPDATE records SET state = 1, reason = NULL WHERE row = ? AND state = 4"_s);
    for (qint64 row : rows) {
        query.bindValue(0, row);
        if (!query.exec())
            return rollBack(query.lastError());
        if (query.numRowsAffected() > 0)
            moved.append(row);
    }
    if (!moved.isEmpty()) {
        query.prepare(u"INSERT INTO events(at, level, message) VALUES (?, 'info', ?)"_s);
        query.addBindValue(now());
        query.addBindValue(u"%1 failed records put back to pending to be sent again"_s.arg(
            moved.size()));
        if (!query.exec())
            return rollBack(query.lastError());
    }
    if (!m_db.commit())
        return rollBack(m_db.lastError());
    return moved;
}

Result<qint64> Journal::requeueVerification()
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    const auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };
    bool done = run(u"UPDATE records SET state = ?, reason = NULL WHERE state IN (?, ?)"_s,
                    {int(RecordState::Migrated), int(RecordState::Verified),
                     int(RecordState::Mismatch)});
    const qint64 moved = done ? query.numRowsAffected() : 0;
    done = done
           && run(u"UPDATE phases SET status = ? WHERE phase = ?"_s,
                  {phaseStatusName(PhaseStatus::Pending), int(Phase::Verify)})
           && run(u"INSERT INTO events(at, level, message) VALUES (?, 'info', ?)"_s,
                  {now(), u"verify again: %1 records to verify"_s.arg(moved)});
    if (!done)
        return rollBack(query.lastError());
    if (!m_db.commit())
        return rollBack(m_db.lastError());
    return moved;
}

Result<qint64> Journal::markInFlightUnknown()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"UPDATE records SET state = 5 WHERE phase IN (0, 1, 2, 3) AND state = 2"_s))
        return sqlFailure(query);
    const qint64 changed = query.numRowsAffected();
    if (!query.exec(u"UPDATE batches SET state = 'unknown' WHERE state = 'inflight'"_s))
        return sqlFailure(query);
    return changed;
}

Result<qint64> Journal::beginBatch(Phase phase, const QList<qint64> &rows)
{
    const Result<QList<qint64>> ids = beginBatches(phase, {rows});
    if (!ids)
        return Failure{ids.error()};
    return ids->constFirst();
}

Result<QList<qint64>>
Journal::beginBatches(Phase phase, const QList<QList<qint64>> &batches, QSet<qint64> *excluded)
{
    Statements &prepared = statements();
    if (!prepared.insertBatch.isPrepared() || !prepared.markInFlight.isPrepared())
        return sqlFailure(prepared.insertBatch.isPrepared() ? prepared.markInFlight.error()
                                                            : prepared.insertBatch.error());
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    const auto rollback = [this](const QSqlError &error) {
        const Failure failed = sqlFailure(error);
        m_db.rollback();
        return failed;
    };
    const QByteArray sentAt = now().toUtf8();
    QList<qint64> ids;
    ids.reserve(batches.size());
    for (const QList<qint64> &rows : batches) {
        prepared.insertBatch.bindInt(1, int(phase));
        prepared.insertBatch.bindInt(2, rows.size());
        prepared.insertBatch.bindText(3, sentAt, true);
        if (rows.isEmpty()) {
            prepared.insertBatch.bindNull(4);
            prepared.insertBatch.bindNull(5);
        } else {
            const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
            prepared.insertBatch.bindInt(4, *first);
            prepared.insertBatch.bindInt(5, *last);
        }
        if (!prepared.insertBatch.run())
            return rollback(prepared.insertBatch.error());
        const qint64 batch = SqliteStatement::lastInsertRowId(m_statements->db);
        prepared.markInFlight.bindInt(1, batch);
        QList<qint64> sent;
        sent.reserve(rows.size());
        for (qint64 row : rows) {
            prepared.markInFlight.bindInt(2, row);
            if (!prepared.markInFlight.run())
                return rollback(prepared.markInFlight.error());
            // Not marked: excluded on the review page since the caller read it.
            if (SqliteStatement::changes(m_statements->db) > 0)
                sent.append(row);
            else if (excluded)
                excluded->insert(row);
        }
        if (sent.size() < rows.size()) {
            QSqlQuery resize(m_db);
            if (sent.isEmpty()) {
                resize.prepare(u"DELETE FROM batches WHERE id = ?"_s);
            } else {
                const auto [first, last] = std::minmax_element(sent.cbegin(), sent.cend());
                resize.prepare(u"UPDATE batches SET size = ?, first_row = ?, last_row = ? "
                               "WHERE id = ?"_s);
                resize.addBindValue(sent.size());
                resize.addBindValue(*first);
                resize.addBindValue(*last);
            }
            resize.addBindValue(batch);
            if (!resize.exec())
                return rollback(resize.lastError());
        }
        ids.append(sent.isEmpty() && !rows.isEmpty() ? 0 : batch);
    }
    // Committed (fsync'd: synchronous=FULL) before the requests leave: a crash after this point
    // leaves the records in flight, and the next run looks their fate up instead of re-sending
    // blindly. The same fsync carries every answer committed since the last one.
    if (!m_db.commit())
        return rollback(m_db.lastError());
    return ids;
}

bool Journal::writeOutcomes(const QList<RecordOutcome> &outcomes, QSqlError *error)
{
    SqliteStatement &update = statements().writeOutcome;
    if (!update.isPrepared()) {
        *error = update.error();
        return false;
    }
    for (const RecordOutcome &outcome : outcomes) {
        // An empty outcome, reason or id is NULL (server_id keeps what it had).
        update.bindInt(1, int(outcome.state));
        update.bindText(2, outcome.outcome);
        update.bindText(3, outcome.reason);
        update.bindText(4, outcome.serverId);
        update.bindInt(5, outcome.row);
        if (!update.run()) {
            *error = update.error();
            return false;
        }
    }
    return true;
}

VoidResult Journal::finishBatch(qint64 batch, const BatchAnswer &answer,
                                const QList<RecordOutcome> &outcomes)
{
    // No fsync of its own (see the header): the next beginBatch's carries it.
    sqlite3 *db = statements().db;
    SqliteStatement::exec(db, "PRAGMA synchronous=NORMAL");
    const auto done = [db](VoidResult result) {
        SqliteStatement::exec(db, "PRAGMA synchronous=FULL");
        return result;
    };
    if (!m_db.transaction())
        return done(sqlFailure(m_db.lastError()));
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE batches SET state = ?, latency_ms = ?, sent_at = COALESCE(?, sent_at), "
                  "http_status = ?, server_batch_id = ?, attempts = ?, summary = ?, message = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(answer.state);
    query.addBindValue(answer.latencyMs);
    query.addBindValue(answer.sentAt.isValid()
                           ? QVariant(answer.sentAt.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(answer.httpStatus);
    query.addBindValue(answer.serverBatchId);
    query.addBindValue(answer.attempts);
    query.addBindValue(QString::fromUtf8(answer.summary));
    query.addBindValue(answer.message);
    query.addBindValue(batch);
    QSqlError error;
    if (!query.exec() || !writeOutcomes(outcomes, &error)) {
        const Failure failed = sqlFailure(error.isValid() ? error : query.lastError());
        m_db.rollback();
        return done(failed);
    }
    query.finish();
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return done(failed);
    }
    return done({});
}

VoidResult Journal::applyOutcomes(const QList<RecordOutcome> &outcomes)
{
    sqlite3 *db = statements().db;
    SqliteStatement::exec(db, "PRAGMA synchronous=NORMAL");
    const auto done = [db](VoidResult result) {
        SqliteStatement::exec(db, "PRAGMA synchronous=FULL");
        return result;
    };
    if (!m_db.transaction())
        return done(sqlFailure(m_db.lastError()));
    QSqlError error;
    if (!writeOutcomes(outcomes, &error)) {
        const Failure failed = sqlFailure(error);
        m_db.rollback();
        return done(failed);
    }
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return done(failed);
    }
    return done({});
}

Result<QList<BatchInfo>> Journal::batches() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT id, phase, size, state, sent_at, latency_ms, http_status, "
                    "server_batch_id, attempts, summary, message FROM batches ORDER BY id"_s))
        return sqlFailure(query);
    QList<BatchInfo> found;
    while (query.next()) {
        BatchInfo info;
        info.id = query.value(0).toLongLong();
        info.phase = Phase(query.value(1).toInt());
        info.size = query.value(2).toInt();
        info.state = query.value(3).toString();
        info.sentAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        info.answer.latencyMs = query.value(5).toLongLong();
        info.answer.httpStatus = query.value(6).toInt();
        info.answer.serverBatchId = query.value(7).toString();
        info.answer.attempts = query.value(8).toInt();
        info.answer.summary = query.value(9).toString().toUtf8();
        info.answer.message = query.value(10).toString();
        info.answer.state = info.state;
        found.append(info);
    }
    return found;
}

Result<qint64> Journal::batchCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM batches"_s) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

Result<qint64> Journal::slowestBatchMs(Phase phase) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COALESCE(max(latency_ms), 0) FROM batches WHERE phase = ?"_s);
    query.addBindValue(int(phase));
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

VoidResult Journal::editRecord(qint64 row, int field, const QByteArray &after, const QString &who,
                               std::optional<bool> nowValid, const QString &invalidReason)
{
    Result<JournalRecord> current = record(row);
    if (!current)
        return Failure{current.error()};
    QByteArrayList values = current->values;
    if (field < 0 || field >= values.size())
        return failure(tr("There is no field %1.")
                           .arg(field));
    const QByteArray before = values.at(field);
    values[field] = after;
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO edits(row, field, before, after, at, who, invalid_before, "
                  "invalid_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    // The same rule as the UPDATE below: only a record never sent may change validity.
    const bool wasInvalid = current->state == RecordState::Invalid;
    const bool mayChange = wasInvalid || current->state == RecordState::Pending;
    const bool isInvalid = mayChange && nowValid ? !*nowValid : wasInvalid;
    query.addBindValue(row);
    query.addBindValue(field);
    query.addBindValue(before);
    query.addBindValue(after);
    query.addBindValue(now());
    query.addBindValue(who);
    query.addBindValue(int(wasInvalid));
    query.addBindValue(int(isInvalid));
    bool ok = query.exec();
    if (ok) {
        // Only a record never sent may change validity: a sent record's fate is the server's.
        query.prepare(u"UPDATE records SET current = ?, "
                      "state = CASE WHEN state IN (0, 1) AND ? = 1 THEN 1 "
                      "WHEN state IN (0, 1) AND ? = 0 THEN 0 ELSE state END, "
                      "reason = CASE WHEN ? = 1 AND state IN (0, 1) THEN NULL "
                      "WHEN ? = 0 AND state IN (0, 1) AND ? <> '' THEN ? ELSE reason END "
                      "WHERE row = ?"_s);
        const int valid = nowValid ? int(*nowValid) : -1;
        query.addBindValue(encodeValues(values));
        query.addBindValue(valid);
        query.addBindValue(valid);
        query.addBindValue(valid);
        query.addBindValue(valid);
        query.addBindValue(invalidReason);
        query.addBindValue(invalidReason);
        query.addBindValue(row);
        ok = query.exec();
    }
    if (!ok || !m_db.commit()) {
        const Failure failed = ok ? sqlFailure(m_db.lastError()) : sqlFailure(query);
        m_db.rollback();
        return failed;
    }
    return {};
}

} // namespace Peere
