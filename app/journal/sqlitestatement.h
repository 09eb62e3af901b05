#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlError>
#include <QString>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Peere {

// A prepared statement on a journal's SQLite connection through SQLite's C API, for the hot paths
// (the import of a million records, a batch's moves): values are bound and read without a
// QVariant or a QString each. The connection stays Qt's (QSqlDatabase); this borrows its handle.
// Finalised by the destructor, which must run before the connection closes.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle behind a QSqlDatabase of the QSQLITE driver (nullptr for another driver).
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Runs one or more statements without results (PRAGMA, BEGIN...).
    static bool exec(sqlite3 *db, const char *sql);
    // The last error of `db`, in the form Journal turns into a message.
    static QSqlError lastError(sqlite3 *db);
    static qint64 lastInsertRowId(sqlite3 *db);
    // Rows changed by the last INSERT, UPDATE or DELETE that ran.
    static qint64 changes(sqlite3 *db);

    bool prepare(sqlite3 *db, QByteArrayView sql);
    bool isPrepared() const { return m_statement != nullptr; }
    void finalize();

    // Parameters are 1-based. Text and blobs are copied by SQLite (the caller's buffer may change
    // at once) unless `stable` says it outlives the next step().
    void bindInt(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8, bool stable = false);
    void bindText(int index, const QString &text); // NULL when text is null or empty
    void bindBlob(int index, QByteArrayView bytes, bool stable = false);
    void bindNull(int index);

    // One step: true while a row is available; check ok() when it returns false.
    bool next();
    // Steps to the end (a statement without rows) and resets; false on an error.
    bool run();
    bool ok() const { return m_ok; }
    // The error of the last step that failed (kept after reset()).
    QSqlError error() const { return m_error; }
    void reset(); // the bindings stay until bound again

    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    QByteArrayView columnBlob(int column) const; // valid until the next step or reset
    QString columnText(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = true;
    QSqlError m_error;
};

} // namespace Peere
