#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace Peere {

class Journal;
class RecordStore;

// The failures of a migration grouped by cause, for triage: support staff deal with a cause once.
//
// Invalid records are grouped by rule and field ("format.email (email)"), records the server
// refused (Failed) and those the verify phase could not find (Mismatch) by the server's message
// normalised (failureCauseOf). Invalid records fixed since (pending again, never sent) form one
// group of their own, state Pending, cause FailureGroups::fixedCause, so that they can be sent.
struct FailureGroup
{
    RecordState state = RecordState::Invalid; // Invalid, Failed, Mismatch, or Pending (fixed)
    QString cause;
    QList<JournalRecord> records; // row order
};

class FailureGroups
{
public:
    // The cause of the group of fixed invalid records waiting to be sent.
    static QString fixedCause() { return QStringLiteral("fixed, not sent yet"); }

    // Every group, the largest first (then validation before server before verification, then
    // by cause). Reads the journal in the calling thread.
    static Result<QList<FailureGroup>> collect(const Journal &journal);

    // The records as a RecordStore (row i = records[i]), validated, for the review table's
    // editing: the same cells, issues, suggested fixes and undo. Duplicates are checked among
    // these records only.
    static std::shared_ptr<RecordStore> storeOf(RecordKind kind,
                                                const QList<JournalRecord> &records);
};

} // namespace Peere
