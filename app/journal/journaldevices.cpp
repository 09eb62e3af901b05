// The Journal's device links (after creation): the devices file's entries and each link's fate.
#include "devicetypes.h"
#include "journal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Invalid:
        return u"invalid"_s;
    case DeviceState::Pending:
        return u"pending"_s;
    case DeviceState::InFlight:
        return u"inFlight"_s;
    case DeviceState::Linked:
        return u"linked"_s;
    case DeviceState::Failed:
        return u"failed"_s;
    case DeviceState::Unknown:
        return u"unknown"_s;
    }
    return {};
}

void DeviceCounts::add(DeviceState state, qint64 delta)
{
    total += delta;
    switch (state) {
    case DeviceState::Invalid:
        invalid += delta;
        break;
    case DeviceState::Pending:
        pending += delta;
        break;
    case DeviceState::InFlight:
        inFlight += delta;
        break;
    case DeviceState::Linked:
        linked += delta;
        break;
    case DeviceState::Failed:
        failed += delta;
        break;
    case DeviceState::Unknown:
        unknown += delta;
        break;
    }
}

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const QString deviceColumns = u"id, row, line, customer_ref, customer_row, device_id, phrase, "
                              "rule, state, attempts, http_status, outcome, message"_s;

DeviceLink readDevice(const QSqlQuery &query)
{
    DeviceLink link;
    link.id = query.value(0).toLongLong();
    link.entry.row = query.value(1).toLongLong();
    link.entry.line = query.value(2).toLongLong();
    link.entry.customerRef = query.value(3).toString();
    link.entry.customerRow = query.value(4).toLongLong();
    link.entry.deviceId = query.value(5).toString();
    link.entry.phrase = query.value(6).toString();
    link.entry.rule = query.value(7).toString();
    link.state = DeviceState(query.value(8).toInt());
    link.attempts = query.value(9).toInt();
    link.httpStatus = query.value(10).toInt();
    link.outcome = query.value(11).toString();
    link.message = query.value(12).toString();
    link.entry.message = link.state == DeviceState::Invalid ? link.message : QString();
    return link;
}

} // namespace

VoidResult Journal::importDevices(const QList<DeviceEntry> &entries)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    const auto rollback = [&](const QSqlQuery &failed) {
        const Failure error = sqlFailure(failed);
        m_db.rollback();
        return error;
    };
    // Entries that failed validation before are checked again (the customer may be migrated
    // now, the file fixed); a link that was tried keeps its state.
    if (!query.exec(u"DELETE FROM devices WHERE state = 0"_s))
        return rollback(query);
    QSqlQuery exists(m_db);
    exists.prepare(u"SELECT 1 FROM devices WHERE row = ? AND customer_ref = ? AND device_id = ?"_s);
    query.prepare(u"INSERT INTO devices(row, line, customer_ref, customer_row, device_id, phrase, "
                  "rule, state, message, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString at = now();
    // A null QString is bound as NULL: the empty text of a row without customer or device.
    const auto text = [](const QString &value) {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    };
    for (const DeviceEntry &entry : entries) {
        exists.bindValue(0, entry.row);
        exists.bindValue(1, text(entry.customerRef));
        exists.bindValue(2, text(entry.deviceId));
        if (!exists.exec())
            return rollback(exists);
        if (exists.next())
            continue;
        query.bindValue(0, entry.row);
        query.bindValue(1, entry.line);
        query.bindValue(2, text(entry.customerRef));
        query.bindValue(3, entry.customerRow > 0 ? QVariant(entry.customerRow) : QVariant());
        query.bindValue(4, text(entry.deviceId));
        query.bindValue(5, entry.phrase.isEmpty() ? QVariant() : QVariant(entry.phrase));
        query.bindValue(6, entry.valid() ? QVariant() : QVariant(entry.rule));
        query.bindValue(7, int(entry.valid() ? DeviceState::Pending : DeviceState::Invalid));
        query.bindValue(8, entry.valid() ? QVariant() : QVariant(entry.message));
        query.bindValue(9, at);
        if (!query.exec())
            return rollback(query);
    }
    exists.finish();
    query.finish();
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return {};
}

Result<DeviceCounts> Journal::deviceCounts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT state, count(*) FROM devices GROUP BY state"_s))
        return sqlFailure(query);
    DeviceCounts counts;
    while (query.next())
        counts.add(DeviceState(query.value(0).toInt()), query.value(1).toLongLong());
    return counts;
}

Result<QList<DeviceLink>> Journal::devices(std::optional<DeviceState> state,
                                           int limit,
                                           qint64 afterId,
                                           qint64 customerRow) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = u"SELECT "_s + deviceColumns + u" FROM devices WHERE id > ?"_s;
    if (state)
        sql += u" AND state = ?"_s;
    if (customerRow > 0)
        sql += u" AND customer_row = ?"_s;
    query.prepare(sql + u" ORDER BY id LIMIT ?"_s);
    query.addBindValue(afterId);
    if (state)
        query.addBindValue(int(*state));
    if (customerRow > 0)
        query.addBindValue(customerRow);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlFailure(query);
    QList<DeviceLink> found;
    while (query.next())
        found.append(readDevice(query));
    return found;
}

VoidResult Journal::setDeviceState(
    qint64 id, DeviceState state, int httpStatus, const QString &outcome, const QString &message)
{
    QSqlQuery query(m_db);
    // Each move is its own transaction (synchronous=FULL): "in flight" is on disk before the
    // call leaves, and an answer before anything depends on it.
    query.prepare(u"UPDATE devices SET state = ?, "
                  "attempts = attempts + CASE WHEN ? = 2 THEN 1 ELSE 0 END, "
                  "http_status = COALESCE(?, http_status), outcome = ?, message = ?, "
                  "updated_at = ? WHERE id = ?"_s);
    query.addBindValue(int(state));
    query.addBindValue(int(state));
    query.addBindValue(httpStatus > 0 ? QVariant(httpStatus) : QVariant());
    query.addBindValue(outcome.isEmpty() ? QVariant() : QVariant(outcome));
    query.addBindValue(message.isEmpty() ? QVariant() : QVariant(message));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<qint64> Journal::markDevicesInFlightUnknown()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"UPDATE devices SET state = 5 WHERE state = 2"_s))
        return sqlFailure(query);
    return query.numRowsAffected();
}

VoidResult Journal::forEachDeviceFailure(const std::function<void(const DeviceLink &)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + deviceColumns
                    + u" FROM devices WHERE state IN (0, 4) ORDER BY id"_s))
        return sqlFailure(query);
    while (query.next())
        visit(readDevice(query));
    return {};
}

Result<QList<qint64>> Journal::requeueDevices(const QList<qint64> &ids)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    const auto rollback = [&](const QSqlQuery &failed) {
        const Failure error = sqlFailure(failed);
        m_db.rollback();
        return error;
    };
    // Refused: never linked, so sending it again cannot link it twice (409 would be success).
    // Not migrated then: valid now that its customer is on the server.
    query.prepare(u"UPDATE devices SET state = 1, rule = NULL, message = NULL, updated_at = ? "
                  "WHERE id = ? AND (state = 4 OR (state = 0 AND rule = 'device.notMigrated' "
                  "AND customer_row IN (SELECT row FROM records WHERE state IN (3, 6))))"_s);
    const QString at = now();
    QList<qint64> moved;
    for (qint64 id : ids) {
        query.bindValue(0, at);
        query.bindValue(1, id);
        if (!query.exec())
            return rollback(query);
        if (query.numRowsAffected() > 0)
            moved.append(id);
    }
    if (!moved.isEmpty()) {
        query.prepare(u"INSERT INTO events(at, level, message) VALUES (?, 'info', ?)"_s);
        query.addBindValue(at);
        query.addBindValue(u"%1 device links put back to pending to be sent again"_s.arg(
            moved.size()));
        if (!query.exec())
            return rollback(query);
    }
    if (!m_db.commit()) {
        const Failure failed = sqlFailure(m_db.lastError());
        m_db.rollback();
        return failed;
    }
    return moved;
}

VoidResult Journal::setDevicePhrase(qint64 id, const QString &phrase)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE devices SET phrase = ?, updated_at = ? WHERE id = ? AND state <> 3"_s);
    query.addBindValue(phrase.isEmpty() ? QVariant() : QVariant(phrase));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (query.numRowsAffected() == 0)
        return failure(tr("The device link %1 is linked already or not in this journal.").arg(id));
    return {};
}

} // namespace Peere
