// The Journal's trust table: each merchant's trust level and where setting it stands.
#include "journal.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString trustColumns = u"t.row, r.server_id, t.level, t.trusted, t.device_lookup, t.state, "
                             "t.attempts, t.message, t.updated_at"_s;

TrustEntry readTrust(const QSqlQuery &query)
{
    TrustEntry entry;
    entry.row = query.value(0).toLongLong();
    entry.serverId = query.value(1).toString();
    entry.setting.level = trustLevelFromName(query.value(2).toString()).value_or(TrustLevel::Basic);
    entry.setting.trusted = query.value(3).toBool();
    entry.setting.deviceLookupEnabled = query.value(4).toBool();
    entry.state = trustStateFromName(query.value(5).toString());
    entry.attempts = query.value(6).toInt();
    entry.message = query.value(7).toString();
    entry.updatedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    return entry;
}

} // namespace

VoidResult Journal::planTrust(const QList<TrustEntry> &entries)
{
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    // A changed setting starts over (planned, no attempts); the same setting keeps its state, so
    // planning again after a crash or with the same rules never undoes finished work.
    query.prepare(u"INSERT INTO trust(row, level, trusted, device_lookup, state, attempts, "
                  "updated_at) VALUES (?, ?, ?, ?, 'planned', 0, ?) "
                  "ON CONFLICT(row) DO UPDATE SET level = excluded.level, "
                  "trusted = excluded.trusted, device_lookup = excluded.device_lookup, "
                  "state = 'planned', attempts = 0, message = NULL, "
                  "updated_at = excluded.updated_at "
                  "WHERE level IS NOT excluded.level OR trusted IS NOT excluded.trusted "
                  "OR device_lookup IS NOT excluded.device_lookup"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const TrustEntry &entry : entries) {
        query.bindValue(0, entry.row);
        query.bindValue(1, trustLevelName(entry.setting.level));
        query.bindValue(2, entry.setting.trusted ? 1 : 0);
        query.bindValue(3, entry.setting.deviceLookupEnabled ? 1 : 0);
        query.bindValue(4, now);
        if (!query.exec()) {
            const Failure failed = sqlFailure(query);
            m_db.rollback();
            return failed;
        }
    }
    if (!m_db.commit())
        return sqlFailure(m_db.lastError());
    return {};
}

Result<QList<TrustEntry>> Journal::trustEntries() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + trustColumns
                    + u" FROM trust t LEFT JOIN records r ON r.row = t.row ORDER BY t.row"_s))
        return sqlFailure(query);
    QList<TrustEntry> entries;
    while (query.next())
        entries.append(readTrust(query));
    return entries;
}

Result<TrustEntry> Journal::trustEntry(qint64 row) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT "_s + trustColumns
                  + u" FROM trust t LEFT JOIN records r ON r.row = t.row WHERE t.row = ?"_s);
    query.addBindValue(row);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return failure(tr("Row %1 has no trust setting in this journal.").arg(row));
    return readTrust(query);
}

VoidResult Journal::setTrustState(qint64 row, TrustState state, const QString &message)
{
    QSqlQuery query(m_db);
    // Applied: the server answered the PATCH, so it holds this entry's setting from now on.
    query.prepare(u"UPDATE trust SET state = ?, attempts = attempts + ?, message = ?, "
                  "updated_at = ?, set_level = CASE WHEN ? THEN level ELSE set_level END, "
                  "set_trusted = CASE WHEN ? THEN trusted ELSE set_trusted END, "
                  "set_device_lookup = CASE WHEN ? THEN device_lookup ELSE set_device_lookup END "
                  "WHERE row = ?"_s);
    query.addBindValue(trustStateName(state));
    query.addBindValue(state == TrustState::InFlight ? 1 : 0);
    query.addBindValue(message.isEmpty() ? QVariant() : QVariant(message));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const int applied = state == TrustState::Applied ? 1 : 0;
    for (int i = 0; i < 3; ++i)
        query.addBindValue(applied);
    query.addBindValue(row);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

Result<QHash<qint64, std::optional<TrustSetting>>> Journal::trustSetOnServer(qint64 firstRow,
                                                                             qint64 lastRow) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT row, state, set_level, set_trusted, set_device_lookup FROM trust "
                  "WHERE row BETWEEN ? AND ? AND (set_level IS NOT NULL OR state = ?)"_s);
    query.addBindValue(firstRow);
    query.addBindValue(lastRow);
    query.addBindValue(trustStateName(TrustState::InFlight));
    if (!query.exec())
        return sqlFailure(query);
    QHash<qint64, std::optional<TrustSetting>> set;
    while (query.next()) {
        const qint64 row = query.value(0).toLongLong();
        if (trustStateFromName(query.value(1).toString()) == TrustState::InFlight) {
            set.insert(row, std::nullopt);
            continue;
        }
        TrustSetting setting;
        setting.level = trustLevelFromName(query.value(2).toString()).value_or(TrustLevel::Basic);
        setting.trusted = query.value(3).toBool();
        setting.deviceLookupEnabled = query.value(4).toBool();
        set.insert(row, setting);
    }
    return set;
}

Result<TrustCounts> Journal::trustCounts() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT state, level, count(*) FROM trust GROUP BY state, level"_s))
        return sqlFailure(query);
    TrustCounts counts;
    while (query.next()) {
        const qint64 n = query.value(2).toLongLong();
        counts.total += n;
        counts.byState[int(trustStateFromName(query.value(0).toString()))] += n;
        if (const auto level = trustLevelFromName(query.value(1).toString()))
            counts.byLevel[int(*level)] += n;
    }
    return counts;
}

} // namespace Peere
