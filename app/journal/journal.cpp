#include "journal.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int applicationId = 0x50455245; // "PERE": tells our journals from other SQLite files

// The schema, as ordered steps: step i brings user_version i to i + 1. Never edit a released
// step; add a new one.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {
        {
            u"CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            // source/current: length-prefixed field values; current is NULL until an edit.
            u"CREATE TABLE records(row INTEGER PRIMARY KEY, line INTEGER NOT NULL, "
            "source BLOB NOT NULL, current BLOB, state INTEGER NOT NULL, phase INTEGER NOT NULL, "
            "batch INTEGER, outcome TEXT, reason TEXT, server_id TEXT)"_s,
            u"CREATE TABLE phases(phase INTEGER PRIMARY KEY, status TEXT NOT NULL, "
            "members INTEGER NOT NULL DEFAULT 0, frozen_at TEXT, started_at TEXT, "
            "finished_at TEXT, decision TEXT, decided_by TEXT, decided_at TEXT, note TEXT)"_s,
            u"CREATE TABLE batches(id INTEGER PRIMARY KEY, phase INTEGER NOT NULL, "
            "size INTEGER NOT NULL, state TEXT NOT NULL, sent_at TEXT, latency_ms INTEGER, "
            "http_status INTEGER, server_batch_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
            "summary TEXT, message TEXT)"_s,
            u"INSERT INTO phases(phase, status) VALUES (0, 'pending'), (1, 'pending'), "
            "(2, 'pending'), (3, 'pending')"_s,
        },
        {
            u"CREATE TABLE edits(id INTEGER PRIMARY KEY, row INTEGER NOT NULL, "
            "field INTEGER NOT NULL, before BLOB, after BLOB, at TEXT NOT NULL, "
            "who TEXT NOT NULL)"_s,
            u"CREATE TABLE events(id INTEGER PRIMARY KEY, at TEXT NOT NULL, level TEXT NOT NULL, "
            "message TEXT NOT NULL)"_s,
        },
        {
            // Counts by state and "next pending of a phase" read these, never the table.
            u"CREATE INDEX IF NOT EXISTS records_phase_state ON records(phase, state)"_s,
        },
        {
            // Whether the edited record was invalid before and after the edit: the data-quality
            // trend (metrics) replays these. NULL for edits written before this step.
            u"ALTER TABLE edits ADD COLUMN invalid_before INTEGER"_s,
            u"ALTER TABLE edits ADD COLUMN invalid_after INTEGER"_s,
        },
        {
            // After creation: one row per device of the devices file and the fate of its link
            // (DeviceState). customer_row is the customer's row in records, NULL when unknown.
            u"CREATE TABLE IF NOT EXISTS devices(id INTEGER PRIMARY KEY, row INTEGER NOT NULL, "
            "line INTEGER NOT NULL, customer_ref TEXT NOT NULL, customer_row INTEGER, "
            "device_id TEXT NOT NULL, phrase TEXT, rule TEXT, state INTEGER NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, http_status INTEGER, outcome TEXT, "
            "message TEXT, updated_at TEXT NOT NULL)"_s,
            u"CREATE INDEX IF NOT EXISTS devices_state ON devices(state, customer_row)"_s,
        },
        {
            // Merchants' trust levels (after creation): what each merchant is to be set to and
            // where the setting stands (TrustState by name). One row per record row.
            u"CREATE TABLE IF NOT EXISTS trust(row INTEGER PRIMARY KEY, level TEXT NOT NULL, "
            "trusted INTEGER NOT NULL, device_lookup INTEGER NOT NULL, state TEXT NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, message TEXT, updated_at TEXT)"_s,
        },
        {
            // The lowest and highest row a batch was sent with: the dashboard reads the fate of
            // one batch's records over that range of rows, not over the whole table. NULL for
            // batches begun before this step.
            u"ALTER TABLE batches ADD COLUMN first_row INTEGER"_s,
            u"ALTER TABLE batches ADD COLUMN last_row INTEGER"_s,
        },
        {
            // The edited record's first line in the source file: the review table's edits are
            // made before the records are imported, and an import that leaves rows out (excluded)
            // numbers the records differently from the file's rows. NULL before this step.
            u"ALTER TABLE edits ADD COLUMN line INTEGER"_s,
        },
        {
            // What the trust step last set on the server for each merchant (its PATCH was
            // answered): the verify phase compares the server's trust with it. Planning a new
            // setting leaves it alone; NULL while nothing was set. Entries applied or validated
            // before this step set what they hold.
            u"ALTER TABLE trust ADD COLUMN set_level TEXT"_s,
            u"ALTER TABLE trust ADD COLUMN set_trusted INTEGER"_s,
            u"ALTER TABLE trust ADD COLUMN set_device_lookup INTEGER"_s,
            u"UPDATE trust SET set_level = level, set_trusted = trusted, "
            "set_device_lookup = device_lookup WHERE state IN ('applied', 'validated')"_s,
        },
    };
    return steps;
}

} // namespace

int Journal::currentSchemaVersion()
{
    return int(migrationSteps().size());
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, OpenMode mode,
                                               int busyTimeoutMs)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (mode != OpenMode::Create && !info.exists())
        return failure(tr("There is no migration journal at %1.").arg(shown));
    if (info.exists() && !info.isFile())
        return failure(tr("%1 is not a file, so it cannot be a migration journal.").arg(shown));
    if (info.exists() && info.size() > 0) {
        // Garbage is caught before SQLite sees it, with a message the user can act on.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("The journal %1 cannot be read: %2").arg(shown, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return failure(tr("The journal %1 is damaged or is not a migration journal; nothing "
                              "was sent.").arg(shown));
    }
    if (mode != OpenMode::ReadOnly) {
        // The permission bits, not access(): a journal marked read-only stays read-only even for
        // an administrator (root may write anything).
        const QFileInfo dir(info.absolutePath());
        const auto writable = [](const QFileInfo &file) {
            return file.isWritable() && (file.permissions() & QFile::WriteOwner);
        };
        if ((info.exists() && !writable(info)) || !writable(dir))
            return failure(tr("The journal %1 is read-only; nothing was sent. Make the file and "
                              "its folder writable and run again.").arg(shown));
    }

    std::unique_ptr<Journal> journal(new Journal);
    journal->m_path = path;
    journal->m_readOnly = mode == OpenMode::ReadOnly;
    if (!journal->m_readOnly && mode != OpenMode::Review) {
        journal->m_lock = std::make_unique<QLockFile>(path + u".lock"_s);
        // Never stale by age (a run may last days); a lock whose process is gone (a killed run)
        // is taken over by QLockFile itself.
        journal->m_lock->setStaleLockTime(0);
        if (!journal->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            journal->m_lock->getLockInfo(&pid, &host, &app);
            journal->m_lock.reset();
            return failure(tr("The journal %1 is in use by another run (process %2); nothing was "
                              "sent.").arg(shown).arg(pid));
        }
    }
    journal->m_connection = u"peere-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    journal->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, journal->m_connection);
    journal->m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (journal->m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    journal->m_db.setConnectOptions(options);
    if (!journal->m_db.open())
        return journal->sqlFailure(journal->m_db.lastError());
    if (VoidResult ready = journal->initialise(mode); !ready)
        return Failure{ready.error()};
    return journal;
}

Journal::~Journal()
{
    m_statements.reset(); // finalised while the connection is open
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

VoidResult Journal::initialise(OpenMode mode)
{
    QSqlQuery query(m_db);
    // The first statement that touches the file: a locked or damaged file shows here.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlFailure(query);
    const int version = query.value(0).toInt();
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return sqlFailure(query);
    const int id = query.value(0).toInt();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (version == 0) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            return sqlFailure(query);
        if (query.value(0).toInt() > 0 || mode != OpenMode::Create)
            return failure(tr("%1 is not a migration journal; nothing was sent.").arg(shown));
    } else if (id != applicationId) {
        return failure(tr("%1 is not a migration journal; nothing was sent.").arg(shown));
    }
    if (version > currentSchemaVersion())
        return failure(tr("The journal %1 was written by a newer version of Peere Migration "
                          "Console; update the console to open it.").arg(shown));
    if (m_readOnly) {
        if (version < currentSchemaVersion())
            return failure(tr("The journal %1 is from an older version; open it once for "
                              "writing to bring it up to date.").arg(shown));
        return {};
    }
    // WAL: readers (status, screens) never wait for the runner; FULL: a commit survives a crash.
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
        return sqlFailure(query);
    if (!query.exec(u"PRAGMA synchronous=FULL"_s) || !query.exec(u"PRAGMA foreign_keys=ON"_s))
        return sqlFailure(query);
    if (VoidResult migrated = migrate(version); !migrated)
        return migrated;
    // A write on every open: a read-only, locked or full journal fails here, before any send.
    return logEvent(u"info"_s, u"journal opened"_s);
}

VoidResult Journal::migrate(int from)
{
    const QList<QStringList> &steps = migrationSteps();
    if (from >= steps.size())
        return {};
    if (!m_db.transaction())
        return sqlFailure(m_db.lastError());
    QSqlQuery query(m_db);
    for (int step = from; step < steps.size(); ++step) {
        for (const QString &statement : steps.at(step)) {
            if (!query.exec(statement)) {
                const Failure failed = sqlFailure(query);
                m_db.rollback();
                return failed;
            }
        }
    }
    if (!query.exec(u"PRAGMA application_id=%1"_s.arg(applicationId))
        || !query.exec(u"PRAGMA user_version=%1"_s.arg(steps.size()))) {
        const Failure failed = sqlFailure(query);
        m_db.rollback();
        return failed;
    }
    if (!m_db.commit())
        return sqlFailure(m_db.lastError());
    qCDebug(lcJournal) << "journal schema" << from << "->" << steps.size();
    return {};
}

Failure Journal::sqlFailure(const QSqlQuery &query) const
{
    return sqlFailure(query.lastError());
}

Failure Journal::rollBack(const QSqlError &error)
{
    const Failure failed = sqlFailure(error);
    m_db.rollback();
    return failed;
}

Failure Journal::sqlFailure(const QSqlError &error) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    qCWarning(lcJournal) << "journal error" << code << error.text();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return failure(tr("The journal %1 is locked by another program; nothing was sent. Close "
                          "the other program and run again.").arg(shown));
    case 8: // SQLITE_READONLY
        return failure(tr("The journal %1 is read-only; nothing was sent. Make the file and its "
                          "folder writable and run again.").arg(shown));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return failure(tr("The journal %1 is damaged or is not a migration journal; nothing "
                          "was sent.").arg(shown));
    case 13: // SQLITE_FULL
        return failure(tr("The disk holding the journal %1 is full; nothing was lost. Free some "
                          "space and run again.").arg(shown));
    case 14: // SQLITE_CANTOPEN
        return failure(tr("The journal %1 cannot be opened: %2").arg(shown, error.text()));
    default:
        return failure(tr("The journal %1 could not be written or read: %2")
                           .arg(shown, error.text()));
    }
}

VoidResult Journal::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO settings(key, value) VALUES (?, ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

QString Journal::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

std::optional<RecordKind> Journal::kind() const
{
    return kindFromName(setting(u"kind"_s));
}

PhaseStatus Journal::phaseStatus(Phase phase) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT status FROM phases WHERE phase = ?"_s);
    query.addBindValue(int(phase));
    if (query.exec() && query.next())
        return phaseStatusFromName(query.value(0).toString());
    return PhaseStatus::Pending;
}

VoidResult Journal::setPhaseStatus(Phase phase, PhaseStatus status)
{
    QSqlQuery query(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    query.prepare(u"UPDATE phases SET status = ?, "
                  "started_at = CASE WHEN ? = 'running' AND started_at IS NULL THEN ? "
                  "ELSE started_at END, "
                  "finished_at = CASE WHEN ? = 'done' THEN ? ELSE finished_at END "
                  "WHERE phase = ?"_s);
    const QString name = phaseStatusName(status);
    query.addBindValue(name);
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(name);
    query.addBindValue(now);
    query.addBindValue(int(phase));
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

VoidResult Journal::recordDecision(Phase phase, bool approved, const QString &who,
                                   const QString &note)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE phases SET decision = ?, decided_by = ?, decided_at = ?, note = ? "
                  "WHERE phase = ?"_s);
    query.addBindValue(approved ? u"approved"_s : u"stopped"_s);
    query.addBindValue(who);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(note);
    query.addBindValue(int(phase));
    if (!query.exec())
        return sqlFailure(query);
    return logEvent(u"decision"_s, u"%1 %2 the gate after %3"_s.arg(
                                       who, approved ? u"approved"_s : u"stopped"_s,
                                       phaseName(phase)));
}

PhaseDecision Journal::decision(Phase phase) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT decision, decided_by, decided_at, note FROM phases WHERE phase = ?"_s);
    query.addBindValue(int(phase));
    PhaseDecision found;
    if (query.exec() && query.next()) {
        found.decision = query.value(0).toString();
        found.decidedBy = query.value(1).toString();
        found.decidedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        found.note = query.value(3).toString();
    }
    return found;
}

VoidResult Journal::logEvent(const QString &level, const QString &message)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO events(at, level, message) VALUES (?, ?, ?)"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(level);
    query.addBindValue(message);
    if (!query.exec())
        return sqlFailure(query);
    return {};
}

QByteArray Journal::encodeValues(const QByteArrayList &values)
{
    qsizetype size = 0;
    for (const QByteArray &value : values)
        size += 4 + value.size();
    QByteArray blob;
    blob.reserve(size);
    for (const QByteArray &value : values) {
        const quint32 length = quint32(value.size());
        const char prefix[4] = {char(length & 0xff), char((length >> 8) & 0xff),
                                char((length >> 16) & 0xff), char((length >> 24) & 0xff)};
        blob.append(prefix, 4);
        blob.append(value);
    }
    return blob;
}

QByteArrayList Journal::decodeValues(const QByteArray &blob)
{
    QByteArrayList values;
    qsizetype at = 0;
    const auto *data = reinterpret_cast<const uchar *>(blob.constData());
    while (at + 4 <= blob.size()) {
        const quint32 length = quint32(data[at]) | quint32(data[at + 1]) << 8
                               | quint32(data[at + 2]) << 16 | quint32(data[at + 3]) << 24;
        at += 4;
        if (at + qsizetype(length) > blob.size())
            break;
        values.append(blob.mid(at, length));
        at += length;
    }
    return values;
}

} // namespace Peere
