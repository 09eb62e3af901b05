// Journal: the edits made in the review table (the edits table), and what they change in the
// records the journal already holds.
#include "journal.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// The journal's record whose first line is `line`, or 0. Rows follow the file's order, so lines
// grow with rows: the data row (`hint`) first (nothing left out before it), else a binary search.
qint64 recordAtLine(QSqlQuery &lineOf, qint64 line, qint64 hint, qint64 lastRow, bool *ok)
{
    *ok = true;
    const auto lineAt = [&](qint64 row) -> qint64 {
        lineOf.bindValue(0, row);
        if (!lineOf.exec()) {
            *ok = false;
            return -1;
        }
        const qint64 found = lineOf.next() ? lineOf.value(0).toLongLong() : -1;
        lineOf.finish();
        return found;
    };
    if (hint >= 1 && hint <= lastRow && lineAt(hint) == line)
        return hint;
    qint64 low = 1;
    qint64 high = std::min(hint >= 1 ? hint : lastRow, lastRow);
    while (low <= high && *ok) {
        const qint64 middle = low + (high - low) / 2;
        const qint64 at = lineAt(middle);
        if (at == line)
            return middle;
        if (at < line)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return 0;
}

QVariant optionalFlag(const std::optional<bool> &flag)
{
    return flag ? QVariant(int(*flag)) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

VoidResult Journal::appendEdits(const QList<JournalEdit> &edits,
                                const QString &who,
                                QList<RefusedExclusion> *refused)
{
    if (edits.isEmpty())
        return {};
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    const auto rollback = [this](const QSqlQuery &failed) {
        const Failure failure = sqlFailure(failed);
        m_db.rollback();
        return failure;
    };
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO edits(row, field, before, after, at, who, invalid_before, "
                   "invalid_after, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery last(m_db);
    if (!last.exec(u"SELECT COALESCE(max(row), 0) FROM records"_s) || !last.next())
        return rollback(last);
    const qint64 lastRow = last.value(0).toLongLong();
    last.finish();
    QSqlQuery lineOf(m_db);
    lineOf.prepare(u"SELECT line FROM records WHERE row = ?"_s);
    QSqlQuery read(m_db);
    read.prepare(u"SELECT source, current FROM records WHERE row = ?"_s);
    QSqlQuery update(m_db);
    // Only a record never sent may change validity: a sent record's fate is the server's.
    update.prepare(u"UPDATE records SET current = ?, "
                   "state = CASE WHEN state IN (0, 1) AND ? = 1 THEN 1 "
                   "WHEN state IN (0, 1) AND ? = 0 THEN 0 ELSE state END, "
                   "reason = CASE WHEN ? = 1 AND state IN (0, 1) THEN NULL ELSE reason END "
                   "WHERE row = ?"_s);
    // Only a record never sent may leave the migration; back in, it is what its values make it
    // (the edit says; without a word, what it was).
    QSqlQuery exclude(m_db);
    exclude.prepare(u"UPDATE records SET state = 8 WHERE row = ? AND state IN (0, 1)"_s);
    QSqlQuery include(m_db);
    include.prepare(u"UPDATE records SET "
                    "state = CASE WHEN ? = 1 THEN 0 WHEN ? = 0 THEN 1 "
                    "WHEN reason IS NULL THEN 1 ELSE 0 END, "
                    "reason = CASE WHEN ? = 0 THEN NULL ELSE reason END "
                    "WHERE row = ? AND state = 8"_s);
    QSqlQuery stateOf(m_db);
    stateOf.prepare(u"SELECT state FROM records WHERE row = ?"_s);
    for (qsizetype index = 0; index < edits.size(); ++index) {
        const JournalEdit &edit = edits.at(index);
        // The record, when the journal holds it: by its line (records may be numbered apart
        // from the file's rows).
        qint64 record = 0;
        if (lastRow > 0 && edit.line > 0) {
            bool ok = true;
            record = recordAtLine(lineOf, edit.line, edit.row, lastRow, &ok);
            if (!ok)
                return rollback(lineOf);
        } else if (lastRow > 0) {
            record = edit.row;
        }
        if (edit.field < 0 && record > 0 && edit.after == "1") {
            exclude.bindValue(0, record);
            if (!exclude.exec())
                return rollback(exclude);
            if (exclude.numRowsAffected() == 0) {
                stateOf.bindValue(0, record);
                if (!stateOf.exec())
                    return rollback(stateOf);
                const auto state = RecordState(stateOf.next() ? stateOf.value(0).toInt() : 8);
                stateOf.finish();
                if (state != RecordState::Excluded) {
                    if (!refused) {
                        m_db.rollback();
                        return failure(tr("Row %1 was already sent to the server: it cannot be "
                                          "excluded from the migration any more.")
                                           .arg(edit.row));
                    }
                    refused->append({index, state});
                    continue; // not made, so not kept
                }
            }
        } else if (edit.field < 0 && record > 0) {
            const int invalid = edit.invalidAfter ? int(*edit.invalidAfter) : -1;
            include.bindValue(0, invalid);
            include.bindValue(1, invalid);
            include.bindValue(2, invalid);
            include.bindValue(3, record);
            if (!include.exec())
                return rollback(include);
        }
        insert.bindValue(0, record > 0 ? record : edit.row);
        insert.bindValue(1, edit.field);
        insert.bindValue(2, edit.before);
        insert.bindValue(3, edit.after);
        insert.bindValue(4, at);
        insert.bindValue(5, who);
        insert.bindValue(6, optionalFlag(edit.invalidBefore));
        insert.bindValue(7, optionalFlag(edit.invalidAfter));
        insert.bindValue(8, edit.line > 0 ? QVariant(edit.line) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!insert.exec())
            return rollback(insert);
        if (edit.field < 0 || record <= 0)
            continue; // an exclusion (made above), or a record not imported yet: the run's
                      // import takes it
        read.bindValue(0, record);
        if (!read.exec())
            return rollback(read);
        if (!read.next())
            continue;
        QByteArrayList values = decodeValues(read.value(1).isNull() ? read.value(0).toByteArray()
                                                                    : read.value(1).toByteArray());
        read.finish();
        if (edit.field >= values.size())
            values.resize(edit.field + 1);
        values[edit.field] = edit.after;
        const int valid = edit.invalidAfter ? int(!*edit.invalidAfter) : -1;
        update.bindValue(0, encodeValues(values));
        update.bindValue(1, valid);
        update.bindValue(2, valid);
        update.bindValue(3, valid);
        update.bindValue(4, record);
        if (!update.exec())
            return rollback(update);
    }
    if (!m_db.commit()) {
        const Failure failure = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failure;
    }
    return {};
}

Result<QList<JournalEdit>> Journal::edits() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Edits made on a record the journal holds (failure triage) may have no line: the record's.
    if (!query.exec(u"SELECT e.row, e.field, e.before, e.after, e.at, e.who, e.invalid_before, "
                    "e.invalid_after, COALESCE(e.line, r.line) FROM edits e "
                    "LEFT JOIN records r ON r.row = e.row ORDER BY e.id"_s))
        return sqlFailure(query);
    QList<JournalEdit> result;
    while (query.next()) {
        JournalEdit edit;
        edit.row = query.value(0).toLongLong();
        edit.field = query.value(1).toInt();
        edit.before = query.value(2).toByteArray();
        edit.after = query.value(3).toByteArray();
        edit.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        edit.who = query.value(5).toString();
        if (!query.value(6).isNull())
            edit.invalidBefore = query.value(6).toInt() != 0;
        if (!query.value(7).isNull())
            edit.invalidAfter = query.value(7).toInt() != 0;
        edit.line = query.value(8).toLongLong();
        result.append(std::move(edit));
    }
    return result;
}

Result<qint64> Journal::editCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM edits"_s) || !query.next())
        return sqlFailure(query);
    return query.value(0).toLongLong();
}

} // namespace Peere
