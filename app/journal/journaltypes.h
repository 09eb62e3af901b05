#pragma once

#include "records/schema.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Peere {

// Where one record stands in a migration. The numbers are stored in the journal: never renumber.
enum class RecordState : int {
    Invalid = 0,  // fails validation: never sent
    Pending = 1,  // valid, not sent yet
    InFlight = 2, // marked durably just before its batch leaves
    Migrated = 3, // confirmed on the server (outcome "created" or "existing")
    Failed = 4,   // the server refused it (reason holds the server's message)
    Unknown = 5,  // sent, answer lost: its fate is looked up before anything is re-sent
    Verified = 6, // migrated and found again by the verify phase
    Mismatch = 7, // migrated, but the verify phase could not find it
    // Left out of the migration on the review page before it was sent: never sent, not counted
    // among the migration's records; included again, it is pending (or invalid) once more.
    Excluded = 8
};
QString recordStateName(RecordState state); // "invalid", "pending", "inFlight", ...

// The phases of the migration guide, in order.
enum class Phase : int { Pilot = 0, Expand = 1, Complete = 2, Verify = 3 };
inline constexpr int phaseCount = 4;
QString phaseName(Phase phase); // "pilot", "expand", "complete", "verify"
std::optional<Phase> phaseFromName(QStringView name);

// Where a phase stands. Stored by name in the journal.
enum class PhaseStatus { Pending, Running, AwaitingDecision, Done, Stopped };
QString phaseStatusName(PhaseStatus status); // "pending", "running", "awaitingDecision", ...
PhaseStatus phaseStatusFromName(QStringView name);

// One record brought into a new journal (values in schema field order, as read).
struct ImportedRecord
{
    qint64 line = 0;
    QByteArrayList values;
    bool hasErrors = false;
    QString firstIssue; // the rule id (and field) of the first error, when hasErrors
    bool excluded = false; // left out on the review page: comes in excluded
};

// One record as the journal holds it.
struct JournalRecord
{
    qint64 row = 0; // 1-based data row
    qint64 line = 0;
    RecordState state = RecordState::Pending;
    Phase phase = Phase::Pilot;
    qint64 batch = 0; // the last batch it was sent in, 0 when never sent
    QByteArrayList values; // current values (after edits), schema field order
    QString outcome;       // "created" / "existing" when migrated
    QString reason;        // rule (invalid) or server message (failed)
    QString serverId;
};

// One change made while reviewing: a field's value, or a row's exclusion (field -1, before and
// after "0" or "1"). `row` is the journal's record (1-based) when it holds the record, else the
// 1-based data row of the file; `line` (the record's first line in the file) says which record
// it is either way.
struct JournalEdit
{
    qint64 row = 0;
    qint64 line = 0; // 0: unknown (then `row` alone says)
    int field = 0;
    QByteArray before;
    QByteArray after;
    // Whether the record had errors before and after the edit, when known (the data-quality
    // trend replays these).
    std::optional<bool> invalidBefore;
    std::optional<bool> invalidAfter;
    QDateTime at; // set by the journal when kept
    QString who;
};

// An exclusion that Journal::appendEdits() refused: the record was sent already.
struct RefusedExclusion
{
    qsizetype edit = 0;                       // its index in the edits given
    RecordState state = RecordState::Pending; // where the record stands (in flight or after)
};

// A record's fate, as learnt from an answer or a lookup.
struct RecordOutcome
{
    qint64 row = 0;
    RecordState state = RecordState::Migrated;
    QString outcome; // "created" / "existing"
    QString reason;
    QString serverId;
};

// Counts by state (whole journal or one phase).
struct JournalCounts
{
    qint64 records = 0;  // the records of the migration: every state but excluded
    qint64 excluded = 0; // left out on the review page (not in `records`)
    qint64 invalid = 0;
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 migrated = 0; // migrated + verified: confirmed on the server
    qint64 failed = 0;
    qint64 unknown = 0;
    qint64 verified = 0;
    qint64 mismatch = 0;

    // Adds `delta` records in `state` (records included, unless excluded).
    void add(RecordState state, qint64 delta);
    // A record went from one state to another.
    void move(RecordState from, RecordState to, qint64 n = 1)
    {
        add(from, -n);
        add(to, n);
    }

    qint64 attempted() const { return migrated + mismatch + failed; }
    // Percent of attempted records that are on the server; 100 when nothing was attempted.
    double successRate() const
    {
        return attempted() == 0 ? 100.0 : 100.0 * double(migrated) / double(attempted());
    }
};

// How a sent batch ended.
struct BatchAnswer
{
    int httpStatus = 0;   // 0: no answer (timeout, dropped connection)
    qint64 latencyMs = 0; // from sending to the final answer (202 polling included)
    // When the call really left, for a batch that waited for the pacing after it was begun: its
    // sending time becomes this one. Invalid: it left when it was begun.
    QDateTime sentAt;
    QString serverBatchId;
    int attempts = 1;
    QByteArray summary; // the server's summary object, compact JSON
    QString message;
    QString state = QStringLiteral("answered"); // answered | unknown | split | rejected
};

// A manager's decision at the gate after a phase (empty decision: none yet).
struct PhaseDecision
{
    QString decision; // "approved" / "stopped"
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
};

struct BatchInfo
{
    qint64 id = 0;
    Phase phase = Phase::Pilot;
    int size = 0;
    QString state;
    QDateTime sentAt;
    BatchAnswer answer;
};

} // namespace Peere
