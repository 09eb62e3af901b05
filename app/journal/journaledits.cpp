// Journal: the edits made in the review table (the edits table), and what they change in the
// records the journal already holds.
#include "journal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

QVariant optionalFlag(const std::optional<bool> &flag)
{
    return flag ? QVariant(int(*flag)) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

VoidResult Journal::appendEdits(const QList<JournalEdit> &edits, const QString &who)
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
                   "invalid_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery read(m_db);
    read.prepare(u"SELECT source, current FROM records WHERE row = ?"_s);
    QSqlQuery update(m_db);
    // Only a record never sent may change validity: a sent record's fate is the server's.
    update.prepare(u"UPDATE records SET current = ?, "
                   "state = CASE WHEN state IN (0, 1) AND ? = 1 THEN 1 "
                   "WHEN state IN (0, 1) AND ? = 0 THEN 0 ELSE state END, "
                   "reason = CASE WHEN ? = 1 AND state IN (0, 1) THEN NULL ELSE reason END "
                   "WHERE row = ?"_s);
    for (const JournalEdit &edit : edits) {
        insert.bindValue(0, edit.row);
        insert.bindValue(1, edit.field);
        insert.bindValue(2, edit.before);
        insert.bindValue(3, edit.after);
        insert.bindValue(4, at);
        insert.bindValue(5, who);
        insert.bindValue(6, optionalFlag(edit.invalidBefore));
        insert.bindValue(7, optionalFlag(edit.invalidAfter));
        if (!insert.exec())
            return rollback(insert);
        if (edit.field < 0)
            continue; // an exclusion: the record itself is left to the run's import
        read.bindValue(0, edit.row);
        if (!read.exec())
            return rollback(read);
        if (!read.next())
            continue; // not imported yet: the import takes the edited values
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
        update.bindValue(4, edit.row);
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
    if (!query.exec(u"SELECT row, field, before, after, at, who, invalid_before, invalid_after "
                    "FROM edits ORDER BY id"_s))
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
