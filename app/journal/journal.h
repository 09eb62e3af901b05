#pragma once

#include "common/result.h"
#include "devicetypes.h"
#include "journaltypes.h"
#include "trusttypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace Peere {

// The migration journal: one SQLite file per migration, the source of truth for every record's
// state, every batch, every phase decision and every edit.
//
// Threads: a Journal is used by the thread that opened it and no other (its SQLite connection
// belongs to that thread). The runner opens its own Journal in the thread it runs in (a worker
// thread in the console, see RunnerHost), so journal writes never block the GUI thread; screens
// read through a Journal of their own opened ReadOnly.
//
// Durability: WAL with synchronous=FULL, so every committed transaction survives a crash or a
// power cut; the moves that matter (records in flight before a batch leaves, an answer received)
// are single transactions committed before the caller goes on.
//
// A writable journal is held by one process at a time (a lock file next to it): a second runner
// on the same journal is refused with a clear message instead of racing the first.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Peere::Journal)

public:
    enum class OpenMode {
        Create,   // create the file when it is missing
        Existing, // the file must exist
        ReadOnly, // the file must exist; nothing is written (status, failures, screens)
        // The file must exist; written without the runner's lock file, so that the review
        // table's edits (appendEdits) go in even while a run holds it: SQLite serialises the
        // writes (the busy timeout).
        Review
    };

    static Result<std::unique_ptr<Journal>> open(const QString &path, OpenMode mode,
                                                 int busyTimeoutMs = 3000);
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    static int currentSchemaVersion();
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; } // for tests and read-only reports

    // Settings of the run (kind, base URL, batch size...). Never the API key.
    VoidResult setSetting(const QString &key, const QString &value);
    QString setting(const QString &key, const QString &fallback = {}) const;
    std::optional<RecordKind> kind() const;

    // Brings `count` records into an empty journal in one transaction, assigns and freezes the
    // phase members (spread across the file, the same every time). `source(i)` gives record i
    // (row i + 1). Fails, writing nothing, when the journal already holds records.
    VoidResult importRecords(RecordKind kind, qint64 count,
                             const std::function<ImportedRecord(qint64 index)> &source);
    Result<qint64> recordCount() const;

    // Counts by state, for the whole journal or one phase (aggregates over indexes).
    Result<JournalCounts> counts() const;
    Result<JournalCounts> counts(Phase phase) const;

    // Records of `phase` (or of every phase when nullopt) in `state`, in row order after
    // `afterRow`, at most `limit`.
    Result<QList<JournalRecord>> records(std::optional<Phase> phase, RecordState state,
                                         int limit, qint64 afterRow = 0) const;
    Result<JournalRecord> record(qint64 row) const;
    // Every invalid, failed or mismatched (verify phase) record, in row order.
    VoidResult forEachFailure(const std::function<void(const JournalRecord &)> &visit) const;
    // Every record in one of `states`, in row order (failure triage: invalid, failed, mismatch).
    VoidResult forEachRecordIn(const QList<RecordState> &states,
                               const std::function<void(const JournalRecord &)> &visit) const;
    // Every pending record that was invalid and was fixed by an edit (never sent since).
    VoidResult forEachFixedPending(const std::function<void(const JournalRecord &)> &visit) const;
    // Those of `rows` that are failed and were edited after their last batch was sent: fixed
    // since the server refused them.
    Result<QList<qint64>> editedSinceSent(const QList<qint64> &rows) const;
    // A retry: those of `rows` that the server refused (failed: never created, so sending them
    // again cannot make a duplicate) become pending again, in one transaction. Rows in any other
    // state are left alone. Returns the rows moved.
    Result<QList<qint64>> requeueFailed(const QList<qint64> &rows);

    // Verify again (after the trust step, say): every verified or mismatched record is migrated
    // again, to be verified, and the verify phase is pending, in one transaction. Returns the
    // records moved.
    Result<qint64> requeueVerification();

    // Records left in flight by a process that is gone: their fate is unknown.
    Result<qint64> markInFlightUnknown();

    // The batch about to be sent: creates it and marks its records in flight, durably.
    Result<qint64> beginBatch(Phase phase, const QList<qint64> &rows);
    // The same for several batches about to leave together, in one transaction (one fsync).
    // A record excluded on the review page since the caller read it is not marked (it goes into
    // `excluded`): its batch is created without it, and not at all when it is left empty (id 0).
    Result<QList<qint64>> beginBatches(Phase phase,
                                       const QList<QList<qint64>> &batches,
                                       QSet<qint64> *excluded = nullptr);
    // Its answer: the batch's figures and every record's fate, in one transaction. Committed
    // without an fsync of its own (synchronous=NORMAL): the write-ahead log is sequential, so the
    // fsync of the next beginBatch() -- before any further request leaves -- makes it durable
    // (so does a checkpoint or any FULL commit). An answer lost to a power cut before that leaves
    // its records in flight, and their fate is looked up, never re-sent blindly.
    VoidResult finishBatch(qint64 batch, const BatchAnswer &answer,
                           const QList<RecordOutcome> &outcomes);
    // Fates learnt outside a batch answer (lookups, verification); durable like finishBatch().
    VoidResult applyOutcomes(const QList<RecordOutcome> &outcomes);
    Result<QList<BatchInfo>> batches() const;
    Result<qint64> batchCount() const;
    // The slowest answered batch of a phase, in ms.
    Result<qint64> slowestBatchMs(Phase phase) const;

    PhaseStatus phaseStatus(Phase phase) const;
    VoidResult setPhaseStatus(Phase phase, PhaseStatus status);
    // A manager's decision at a gate, recorded with name and time.
    VoidResult recordDecision(Phase phase, bool approved, const QString &who,
                              const QString &note = {});
    PhaseDecision decision(Phase phase) const;

    // Changes one field of a record; the edit (before, after, when, who) is kept. An invalid
    // record whose error the caller says is fixed becomes pending; a record never sent that the
    // caller says is invalid becomes invalid, with `invalidReason` (rule and field) when given.
    VoidResult editRecord(qint64 row, int field, const QByteArray &after, const QString &who,
                          std::optional<bool> nowValid = std::nullopt,
                          const QString &invalidReason = {});

    // Keeps the edits made in the review table (before, after, when, who), in order, in one
    // transaction: durable when it returns. An edit of a record the journal holds also changes
    // its current values, as editRecord() does; edits of rows not imported yet are only kept
    // (the import takes the edited values). An exclusion of a record not sent yet makes it
    // excluded (the runner never sends it); including it again makes it pending, or invalid
    // when the edit says it has errors. Excluding a record already sent is refused: listed in
    // `refused` (and not kept) when given, else nothing is written and the call fails.
    VoidResult appendEdits(const QList<JournalEdit> &edits,
                           const QString &who,
                           QList<RefusedExclusion> *refused = nullptr);
    // Every edit kept, in the order made.
    Result<QList<JournalEdit>> edits() const;
    Result<qint64> editCount() const;

    VoidResult logEvent(const QString &level, const QString &message);

    // Device links (after creation; journaldevices.cpp). importDevices() brings a devices file's
    // entries in, in one transaction: entries already there (same row, customer and device) keep
    // their state, invalid ones are checked again.
    VoidResult importDevices(const QList<DeviceEntry> &entries);
    Result<DeviceCounts> deviceCounts() const;
    // Links in `state` (any when nullopt), of one customer when `customerRow` > 0, in file order
    // after `afterId`, at most `limit`.
    Result<QList<DeviceLink>> devices(std::optional<DeviceState> state, int limit,
                                      qint64 afterId = 0, qint64 customerRow = 0) const;
    // A link's move; in flight counts an attempt. Committed before it returns.
    VoidResult setDeviceState(qint64 id, DeviceState state, int httpStatus = 0,
                              const QString &outcome = {}, const QString &message = {});
    // Links left in flight by a process that is gone: their fate is unknown.
    Result<qint64> markDevicesInFlightUnknown();
    // Every invalid or failed link, in file order.
    VoidResult forEachDeviceFailure(const std::function<void(const DeviceLink &)> &visit) const;
    // A retry from failure triage: those of `ids` that may be sent now become pending, in one
    // transaction: links the server refused, and links whose customer was not migrated when the
    // devices file was read (device.notMigrated) and is on the server now (migrated or
    // verified). Links in any other state are left alone. Returns the ids moved.
    Result<QList<qint64>> requeueDevices(const QList<qint64> &ids);
    // The phrase a link is sent with (a fix made in triage); empty: the server's phrase (GET
    // customer), as for a devices-file row without one. Only a link not linked yet changes.
    VoidResult setDevicePhrase(qint64 id, const QString &phrase);

    // Merchants' trust levels (journaltrust.cpp). planTrust stores what each merchant is to be
    // set to, in one transaction: an entry whose setting changed (or is new) becomes planned
    // again, an unchanged one keeps its state.
    VoidResult planTrust(const QList<TrustEntry> &entries);
    // Every entry, in row order, with the merchant's server id.
    Result<QList<TrustEntry>> trustEntries() const;
    Result<TrustEntry> trustEntry(qint64 row) const;
    // Moves one entry, durably; entering InFlight counts an attempt. Entering Applied (the PATCH
    // was answered) records the entry's setting as the one set on the server.
    VoidResult setTrustState(qint64 row, TrustState state, const QString &message = {});
    // What the trust step last set on the server for the merchants of rows first..last (the
    // verify phase's expectation): a row whose PATCH is in flight maps to nullopt (the server
    // may hold the old or the new setting); rows the trust step never set are left out.
    Result<QHash<qint64, std::optional<TrustSetting>>> trustSetOnServer(qint64 firstRow,
                                                                       qint64 lastRow) const;
    Result<TrustCounts> trustCounts() const;

    // Encoding of a record's values in one blob (length-prefixed fields).
    static QByteArray encodeValues(const QByteArrayList &values);
    static QByteArrayList decodeValues(const QByteArray &blob);

private:
    // Prepared statements of the hot paths (journalrecords.cpp), on SQLite's C API.
    struct Statements;
    struct StatementsDeleter
    {
        void operator()(Statements *statements) const;
    };

    Journal() = default;
    Statements &statements() const;
    bool writeOutcomes(const QList<RecordOutcome> &outcomes, QSqlError *error);
    VoidResult initialise(OpenMode mode);
    VoidResult migrate(int from);
    Failure sqlFailure(const QSqlError &error) const;
    Failure sqlFailure(const class QSqlQuery &query) const;
    // The failure of `error`, after rolling the open transaction back.
    Failure rollBack(const QSqlError &error);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    mutable std::unique_ptr<Statements, StatementsDeleter> m_statements;
    bool m_readOnly = false;
};

} // namespace Peere
