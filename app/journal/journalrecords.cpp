// The Journal's records and batches: import, counts, the moves of a batch, edits.
#include "journal.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace

VoidResult Journal::importRecords(RecordKind kind, qint64 count,
                                  const std::function<ImportedRecord(qint64)> &source)
{
    if (Result<qint64> existing = recordCount(); !existing)
        return Failure{existing.error()};
    else if (*existing > 0)
        return failure(tr("This journal already holds the records of a migration."));
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    const auto rollback = [&](const Failure &failed) {
        m_db.rollback();
        return failed;
    };
    // Building the index once after the rows is several times faster than updating it per row.
    if (!query.exec(u"DROP INDEX IF EXISTS records_phase_state"_s))
        return rollback(sqlFailure(query));
    query.prepare(u"INSERT INTO records(row, line, source, state, phase, reason) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    qint64 validIndex = 0;
    qint64 members[phaseCount] = {};
    for (qint64 i = 0; i < count; ++i) {
        const ImportedRecord record = source(i);
        const Phase phase = record.hasErrors ? phaseOfValidIndex(i) : phaseOfValidIndex(validIndex++);
        if (!record.hasErrors)
            ++members[int(phase)];
        query.bindValue(0, i + 1);
        query.bindValue(1, record.line);
        query.bindValue(2, encodeValues(record.values));
        query.bindValue(3, int(record.hasErrors ? RecordState::Invalid : RecordState::Pending));
        query.bindValue(4, int(phase));
        query.bindValue(5, record.hasErrors ? QVariant(record.firstIssue) : QVariant());
        if (!query.exec())
            return rollback(sqlFailure(query));
    }
    query.finish();
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
    if (!m_db.commit())
        return rollback(sqlFailure(m_db.lastError()));
    return {};
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
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + recordColumns
                  + (phase ? u" FROM records WHERE phase = ? AND state = ? AND row > ? "_s
                           : u" FROM records WHERE phase IN (0, 1, 2, 3) AND state = ? AND row > ? "_s)
                  + u"ORDER BY row LIMIT ?"_s);
    if (phase)
        query.addBindValue(int(*phase));
    query.addBindValue(int(state));
    query.addBindValue(afterRow);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure(query);
    QList<JournalRecord> found;
    while (query.next())
        found.append(readRecord(query));
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
                    + u" FROM records WHERE state IN (0, 4) ORDER BY row"_s))
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
        if (!query.exec()) {
            const Failure failed = sqlFailure(query);
            m_db.rollback();
            return failed;
        }
        if (query.numRowsAffected() > 0)
            moved.append(row);
    }
    if (!moved.isEmpty()) {
        query.prepare(u"INSERT INTO events(at, level, message) VALUES (?, 'info', ?)"_s);
        query.addBindValue(now());
        query.addBindValue(u"%1 failed records put back to pending to be sent again"_s.arg(
            moved.size()));
        if (!query.exec()) {
            const Failure failed = sqlFailure(query);
            m_db.rollback();
            return failed;
        }
    }
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
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
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO batches(phase, size, state, sent_at, attempts) "
                  "VALUES (?, ?, 'inflight', ?, 1)"_s);
    query.addBindValue(int(phase));
    query.addBindValue(rows.size());
    query.addBindValue(now());
    if (!query.exec()) {
        const Failure failed = sqlFailure(query);
        m_db.rollback();
        return failed;
    }
    const qint64 batch = query.lastInsertId().toLongLong();
    query.prepare(u"UPDATE records SET state = 2, batch = ? WHERE row = ?"_s);
    for (qint64 row : rows) {
        query.bindValue(0, batch);
        query.bindValue(1, row);
        if (!query.exec()) {
            const Failure failed = sqlFailure(query);
            m_db.rollback();
            return failed;
        }
    }
    // Committed (fsync'd) before the request leaves: a crash after this point leaves the
    // records in flight, and the next run looks their fate up instead of re-sending blindly.
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return batch;
}

static bool writeOutcomes(QSqlQuery &query, const QList<RecordOutcome> &outcomes)
{
    query.prepare(u"UPDATE records SET state = ?, outcome = ?, reason = ?, "
                  "server_id = COALESCE(?, server_id) WHERE row = ?"_s);
    for (const RecordOutcome &outcome : outcomes) {
        query.bindValue(0, int(outcome.state));
        query.bindValue(1, outcome.outcome.isEmpty() ? QVariant() : QVariant(outcome.outcome));
        query.bindValue(2, outcome.reason.isEmpty() ? QVariant() : QVariant(outcome.reason));
        query.bindValue(3, outcome.serverId.isEmpty() ? QVariant() : QVariant(outcome.serverId));
        query.bindValue(4, outcome.row);
        if (!query.exec())
            return false;
    }
    return true;
}

VoidResult Journal::finishBatch(qint64 batch, const BatchAnswer &answer,
                                const QList<RecordOutcome> &outcomes)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE batches SET state = ?, latency_ms = ?, http_status = ?, "
                  "server_batch_id = ?, attempts = ?, summary = ?, message = ? WHERE id = ?"_s);
    query.addBindValue(answer.state);
    query.addBindValue(answer.latencyMs);
    query.addBindValue(answer.httpStatus);
    query.addBindValue(answer.serverBatchId);
    query.addBindValue(answer.attempts);
    query.addBindValue(QString::fromUtf8(answer.summary));
    query.addBindValue(answer.message);
    query.addBindValue(batch);
    if (!query.exec() || !writeOutcomes(query, outcomes)) {
        const Failure failed = sqlFailure(query);
        m_db.rollback();
        return failed;
    }
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return {};
}

VoidResult Journal::applyOutcomes(const QList<RecordOutcome> &outcomes)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    if (!writeOutcomes(query, outcomes)) {
        const Failure failed = sqlFailure(query);
        m_db.rollback();
        return failed;
    }
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return {};
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
