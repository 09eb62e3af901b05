#include "editlog.h"

#include "common/logging.h"
#include "journal/journal.h"
#include "records/recordstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QDir::home().dirName() : user;
}

} // namespace

QString EditLog::defaultPath(const QString &csvPath)
{
    const QFileInfo info(csvPath);
    const QFileInfo folder(info.absolutePath());
    if (folder.isDir() && folder.isWritable())
        return info.absoluteFilePath() + u".peere-edits.sqlite"_s;
    const QByteArray id = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(),
                                                   QCryptographicHash::Sha1)
                              .toHex()
                              .left(16);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + u"/edits"_s;
    QDir().mkpath(dir);
    return dir + u'/' + info.fileName() + u'-' + QString::fromLatin1(id) + u".sqlite"_s;
}

QByteArray EditLog::fingerprint(const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(file.read(1024 * 1024));
    return QByteArray::number(file.size()) + ':' + hash.result().toHex();
}

Result<std::unique_ptr<EditLog>> EditLog::open(const QString &path, const QByteArray &fingerprint)
{
    static std::atomic<int> connections{0};
    std::unique_ptr<EditLog> log(new EditLog);
    log->m_path = path;
    log->m_who = currentUser();
    log->m_connection = u"peere-editlog-%1"_s.arg(connections.fetch_add(1));
    if (const VoidResult ready = log->initialise(fingerprint); !ready)
        return failure(ready.error());
    return log;
}

VoidResult EditLog::initialise(const QByteArray &fingerprint)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        m_db.setDatabaseName(m_path);
        if (!m_db.open())
            return failure(tr("Cannot open the edit log %1: %2")
                               .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
        QSqlQuery query(m_db);
        query.exec(u"PRAGMA journal_mode=WAL"_s);
        query.exec(u"PRAGMA synchronous=FULL"_s);
        const bool created =
            query.exec(u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"_s)
            && query.exec(u"CREATE TABLE IF NOT EXISTS edits(id INTEGER PRIMARY KEY, "
                          "row INTEGER NOT NULL, field INTEGER NOT NULL, before BLOB, after BLOB, "
                          "at TEXT NOT NULL, who TEXT NOT NULL)"_s);
        if (!created)
            return failure(tr("Cannot write the edit log %1: %2")
                               .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
        query.prepare(u"SELECT value FROM meta WHERE key = 'fingerprint'"_s);
        query.exec();
        if (!query.next()) {
            query.prepare(u"INSERT INTO meta(key, value) VALUES ('fingerprint', ?)"_s);
            query.addBindValue(QString::fromLatin1(fingerprint));
            if (!query.exec())
                return failure(tr("Cannot write the edit log %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
            return {};
        }
        if (query.value(0).toString().toLatin1() == fingerprint)
            return {};
        // The file changed since these edits were made: their rows may mean other records now.
        query.finish();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_setAside = m_path + u".replaced-"_s
                     + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        QFile::remove(m_path + u"-wal"_s);
        QFile::remove(m_path + u"-shm"_s);
        if (!QFile::rename(m_path, m_setAside))
            return failure(tr("The edit log %1 belongs to another version of the file and "
                              "cannot be set aside.")
                               .arg(QDir::toNativeSeparators(m_path)));
        qCWarning(lcCsv) << "edit log for another version of the file set aside as" << m_setAside;
    }
    return failure(tr("Cannot open the edit log %1.").arg(QDir::toNativeSeparators(m_path)));
}

Result<std::unique_ptr<EditLog>> EditLog::openInJournal(const QString &journalPath,
                                                        const QString &csvPath,
                                                        const QByteArray &fingerprint)
{
    Result<std::unique_ptr<Journal>> journal
        = Journal::open(journalPath, Journal::OpenMode::Review);
    if (!journal)
        return failure(journal.error());
    const QString file = QFileInfo(csvPath).absoluteFilePath();
    const QString source = (*journal)->setting(u"sourceFile"_s);
    const QByteArray recorded = (*journal)->setting(u"sourceFingerprint"_s).toLatin1();
    if (recorded.isEmpty() ? !source.isEmpty() && source != file : recorded != fingerprint)
        return failure(tr("The migration %1 is for another file (%2): the edits of %3 cannot be "
                          "kept in it.")
                           .arg(QDir::toNativeSeparators(journalPath),
                                QDir::toNativeSeparators(source),
                                QDir::toNativeSeparators(file)));
    if (recorded.isEmpty()) {
        // The first file reviewed in this migration is its file.
        if (VoidResult set = (*journal)->setSetting(u"sourceFile"_s, file); !set)
            return failure(set.error());
        if (VoidResult set
            = (*journal)->setSetting(u"sourceFingerprint"_s, QString::fromLatin1(fingerprint));
            !set)
            return failure(set.error());
    }
    std::unique_ptr<EditLog> log(new EditLog);
    log->m_path = journalPath;
    log->m_who = currentUser();
    log->m_journal = std::move(*journal);
    return log;
}

Result<qint64> EditLog::adoptSidecar(const QString &sidecarPath, const QByteArray &fingerprint)
{
    if (!m_journal || !QFileInfo::exists(sidecarPath))
        return qint64(0);
    QList<LoggedEdit> moved;
    QString setAside;
    {
        Result<std::unique_ptr<EditLog>> sidecar = open(sidecarPath, fingerprint);
        if (!sidecar)
            return failure(sidecar.error());
        Result<QList<LoggedEdit>> edits = (*sidecar)->edits();
        if (!edits)
            return failure(edits.error());
        moved = std::move(*edits);
        setAside = (*sidecar)->setAsidePath();
    }
    if (!setAside.isEmpty())
        return qint64(0); // made for another version of the file: set aside, not adopted
    if (VoidResult appended = append(moved); !appended)
        return failure(appended.error());
    // In the journal now, durably: the sidecar goes, so that nothing is replayed twice.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(sidecarPath + suffix);
    qCInfo(lcCsv) << moved.size() << "edits moved from" << sidecarPath << "to" << m_path;
    return qint64(moved.size());
}

EditLog::~EditLog()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

VoidResult EditLog::append(const QList<LoggedEdit> &edits, QList<RefusedExclusion> *refused)
{
    if (edits.isEmpty())
        return {};
    if (m_journal) {
        QList<JournalEdit> journalEdits;
        journalEdits.reserve(edits.size());
        for (const LoggedEdit &edit : edits) {
            JournalEdit kept;
            kept.row = qint64(edit.row) + 1; // the journal's rows are 1-based
            kept.field = edit.field;
            kept.before = edit.before;
            kept.after = edit.after;
            kept.invalidBefore = edit.invalidBefore;
            kept.invalidAfter = edit.invalidAfter;
            kept.line = edit.line;
            journalEdits.append(std::move(kept));
        }
        if (VoidResult kept = m_journal->appendEdits(journalEdits, m_who, refused); !kept)
            return failure(tr("The edit could not be saved to %1: %2")
                               .arg(QDir::toNativeSeparators(m_path), kept.error()));
        return {};
    }
    const auto failed = [this](const QSqlError &error) {
        return failure(tr("The edit could not be saved to %1: %2")
                           .arg(QDir::toNativeSeparators(m_path), error.text()));
    };
    if (!m_db.transaction())
        return failed(m_db.lastError());
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO edits(row, field, before, after, at, who) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const LoggedEdit &edit : edits) {
        query.bindValue(0, edit.row);
        query.bindValue(1, edit.field);
        query.bindValue(2, edit.before);
        query.bindValue(3, edit.after);
        query.bindValue(4, at);
        query.bindValue(5, m_who);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            m_db.rollback();
            return failed(error);
        }
    }
    if (!m_db.commit())
        return failed(m_db.lastError());
    return {};
}

Result<QList<LoggedEdit>> EditLog::edits() const
{
    if (m_journal) {
        Result<QList<JournalEdit>> kept = m_journal->edits();
        if (!kept)
            return failure(kept.error());
        QList<LoggedEdit> result;
        result.reserve(kept->size());
        for (const JournalEdit &edit : std::as_const(*kept))
            result.append({qint32(edit.row - 1),
                           edit.field,
                           edit.before,
                           edit.after,
                           edit.invalidBefore,
                           edit.invalidAfter,
                           quint32(edit.line)});
        return result;
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT row, field, before, after FROM edits ORDER BY id"_s))
        return failure(tr("Cannot read the edit log %1: %2")
                           .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    QList<LoggedEdit> result;
    while (query.next()) {
        result.append({query.value(0).toInt(),
                       query.value(1).toInt(),
                       query.value(2).toByteArray(),
                       query.value(3).toByteArray(),
                       std::nullopt,
                       std::nullopt,
                       0});
    }
    return result;
}

Result<qint64> EditLog::count() const
{
    if (m_journal)
        return m_journal->editCount();
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COUNT(*) FROM edits"_s) || !query.next())
        return failure(tr("Cannot read the edit log %1: %2")
                           .arg(QDir::toNativeSeparators(m_path), query.lastError().text()));
    return query.value(0).toLongLong();
}

Result<qint64> EditLog::replay(RecordStore &store) const
{
    Result<QList<LoggedEdit>> all = edits();
    if (!all)
        return failure(all.error());
    // The row of the store that starts at `line` (lines grow with rows).
    const auto rowAtLine = [&store](quint32 line) -> qint32 {
        qint32 low = 0;
        qint32 high = store.rowCount() - 1;
        while (low <= high) {
            const qint32 middle = low + (high - low) / 2;
            const quint32 at = store.line(middle);
            if (at == line)
                return middle;
            if (at < line)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return -1;
    };
    qint64 applied = 0;
    for (LoggedEdit edit : std::as_const(*all)) {
        if (edit.line > 0)
            edit.row = rowAtLine(edit.line);
        if (edit.row < 0 || edit.row >= store.rowCount())
            continue;
        if (edit.field == ExclusionField) {
            store.setExcluded(edit.row, edit.after == "1");
            ++applied;
        } else if (edit.field >= 0 && edit.field < store.fieldCount()) {
            store.setValue(edit.row, edit.field, edit.after);
            ++applied;
        }
    }
    return applied;
}

} // namespace Peere
