#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Peere {

class Journal;
class RecordStore;

// One change made in the review table: a cell's value, or a row's exclusion (field
// EditLog::ExclusionField, before/after "0" or "1").
struct LoggedEdit
{
    qint32 row = 0;
    int field = 0;
    QByteArray before;
    QByteArray after;
    // Whether the row had errors before and after, when known (the journal keeps it for the
    // data-quality trend).
    std::optional<bool> invalidBefore;
    std::optional<bool> invalidAfter;
    // The row's first line in the file (0: unknown): says which record it is in a journal whose
    // records are numbered apart from the file's rows.
    quint32 line = 0;
};

// Every fix made to an imported file, kept safe on disk as it is made, so that a crash loses
// none. Where: the migration's journal (its edits table: row, field, before, after, when, who)
// when a migration is open (openInJournal); without one, a small SQLite file of the same shape
// next to the CSV file (or in the application's data folder when that folder is read-only), which
// the journal adopts (adoptSidecar) once there is one. Reopening the same file replays the edits.
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
    // The journal at `journalPath` (opened for review: without the runner's lock) as the log of
    // the file at `csvPath`. A journal is for one file: the first log opened in it records the
    // file (its path and fingerprint); another file is refused.
    static Result<std::unique_ptr<EditLog>> openInJournal(const QString &journalPath,
                                                          const QString &csvPath,
                                                          const QByteArray &fingerprint);
    ~EditLog();
    EditLog(const EditLog &) = delete;
    EditLog &operator=(const EditLog &) = delete;

    // Where the log of `csvPath` lives: "<file>.peere-edits.sqlite" beside it when its folder is
    // writable, else under the application data folder.
    static QString defaultPath(const QString &csvPath);
    // Identifies a version of a file: its size and a hash of its first MiB.
    static QByteArray fingerprint(const QString &csvPath);

    // The sidecar file, or the journal.
    QString path() const { return m_path; }
    bool isJournal() const { return m_journal != nullptr; }
    // The previous log, when one for another version of the file was set aside.
    QString setAsidePath() const { return m_setAside; }

    // Writes `edits` in one transaction; durable when it returns. In a journal, exclusions of
    // records already sent are refused (Journal::appendEdits): listed in `refused`, not kept.
    VoidResult append(const QList<LoggedEdit> &edits, QList<RefusedExclusion> *refused = nullptr);
    Result<QList<LoggedEdit>> edits() const;
    Result<qint64> count() const;

    // Applies every logged edit to `store`, in order (nothing is written back to the log).
    // Returns how many were applied.
    Result<qint64> replay(RecordStore &store) const;

    // Journal only: moves the edits of the sidecar at `sidecarPath`, when there is one for this
    // version of the file (`fingerprint`), to the end of the journal and deletes the sidecar.
    // Returns how many edits moved.
    Result<qint64> adoptSidecar(const QString &sidecarPath, const QByteArray &fingerprint);

private:
    EditLog() = default;
    VoidResult initialise(const QByteArray &fingerprint);

    QString m_path;
    QString m_connection;
    QString m_setAside;
    QString m_who;
    QSqlDatabase m_db;
    std::unique_ptr<Journal> m_journal; // set: the edits go there, not to m_db
};

} // namespace Peere
