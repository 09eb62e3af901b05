#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Peere {

class RecordStore;

// One change made in the review table: a cell's value, or a row's exclusion (field
// EditLog::ExclusionField, before/after "0" or "1").
struct LoggedEdit
{
    qint32 row = 0;
    int field = 0;
    QByteArray before;
    QByteArray after;
};

// Every fix made to an imported file, kept safe on disk as it is made, so that a crash loses
// none: a small SQLite file shaped like the migration journal's edits table
// (edits(row, field, before, after, at, who)), next to the CSV file (or in the application's data
// folder when that folder is read-only). Reopening the same file replays the edits.
//
// Until the review step writes into the migration journal itself (the journal is created when a
// run is planned), this sidecar is where the edits live; the journal's import takes the store's
// current values, so no edit is lost between the two.
//
// Durable: WAL with synchronous=FULL; append() commits one transaction before it returns. Used
// by the thread that opened it (the GUI thread).
class EditLog
{
    Q_DECLARE_TR_FUNCTIONS(EditLog)

public:
    static constexpr int ExclusionField = -1;

    // Opens (or creates) the log at `path` for the file whose fingerprint is `fingerprint`.
    // A log made for another version of the file is set aside (renamed), not replayed.
    static Result<std::unique_ptr<EditLog>> open(const QString &path, const QByteArray &fingerprint);
    ~EditLog();
    EditLog(const EditLog &) = delete;
    EditLog &operator=(const EditLog &) = delete;

    // Where the log of `csvPath` lives: "<file>.peere-edits.sqlite" beside it when its folder is
    // writable, else under the application data folder.
    static QString defaultPath(const QString &csvPath);
    // Identifies a version of a file: its size and a hash of its first MiB.
    static QByteArray fingerprint(const QString &csvPath);

    QString path() const { return m_path; }
    // The previous log, when one for another version of the file was set aside.
    QString setAsidePath() const { return m_setAside; }

    // Writes `edits` in one transaction; durable when it returns.
    VoidResult append(const QList<LoggedEdit> &edits);
    Result<QList<LoggedEdit>> edits() const;
    Result<qint64> count() const;

    // Applies every logged edit to `store`, in order (nothing is written back to the log).
    // Returns how many were applied.
    Result<qint64> replay(RecordStore &store) const;

private:
    EditLog() = default;
    VoidResult initialise(const QByteArray &fingerprint);

    QString m_path;
    QString m_connection;
    QString m_setAside;
    QString m_who;
    QSqlDatabase m_db;
};

} // namespace Peere
