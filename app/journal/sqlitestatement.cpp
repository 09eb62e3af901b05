#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Peere {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.metaType().name(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QSqlError SqliteStatement::lastError(sqlite3 *db)
{
    // The extended code, as Qt's driver reports it: Journal reads its low byte.
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

qint64 SqliteStatement::lastInsertRowId(sqlite3 *db)
{
    return sqlite3_last_insert_rowid(db);
}

qint64 SqliteStatement::changes(sqlite3 *db)
{
    return sqlite3_changes(db);
}

bool SqliteStatement::prepare(sqlite3 *db, QByteArrayView sql)
{
    finalize();
    m_db = db;
    m_ok = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
           == SQLITE_OK;
    if (!m_ok) {
        m_error = lastError(db);
        finalize();
    }
    return m_ok;
}

void SqliteStatement::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8, bool stable)
{
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()),
                      stable ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isEmpty()) {
        bindNull(index);
        return;
    }
    sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes, bool stable)
{
    sqlite3_bind_blob(m_statement, index, bytes.data() ? bytes.data() : "", int(bytes.size()),
                      stable ? SQLITE_STATIC : SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    m_ok = code == SQLITE_ROW || code == SQLITE_DONE;
    if (!m_ok)
        m_error = lastError(m_db);
    return code == SQLITE_ROW;
}

bool SqliteStatement::run()
{
    while (next()) {
    }
    const bool done = m_ok;
    reset();
    return done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement); // the bindings stay until bound again
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_statement, column));
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

} // namespace Peere
