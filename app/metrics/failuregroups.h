#pragma once

#include "common/result.h"
#include "journal/devicetypes.h"
#include "journal/journaltypes.h"
#include "journal/trusttypes.h"

#include <QList>
#include <QString>

#include <memory>

namespace Peere {

class Journal;
class RecordStore;

// What a failure group is made of.
enum class FailureSubject {
    Records,     // the migration's records
    DeviceLinks, // after creation: devices-file rows that fail its validation, links refused
    Trust        // after creation: merchants whose trust level could not be set
};

// The failures of a migration grouped by cause, for triage: support staff deal with a cause once.
//
// Invalid records are grouped by rule and field ("format.email (email)"), records the server
// refused (Failed) and those the verify phase could not find (Mismatch) by the server's message
// normalised (failureCauseOf). Invalid records fixed since (pending again, never sent) form one
// group of their own, state Pending, cause FailureGroups::fixedCause, so that they can be sent.
// After creation: device links by deviceFailureCause (the devices file's rule, state Invalid; or
// the HTTP status and the server's message, state Failed), merchants whose trust failed by
// trustFailureCause (state Failed).
struct FailureGroup
{
    RecordState state = RecordState::Invalid; // Invalid, Failed, Mismatch, or Pending (fixed)
    QString cause;
    QList<JournalRecord> records; // row order; Trust: the merchants, parallel to `trust`
    FailureSubject subject = FailureSubject::Records;
    QList<DeviceLink> links; // DeviceLinks: the links, in devices-file order
    QList<TrustEntry> trust; // Trust: each merchant's setting and the server's message

    // Failures in the group: records, links or merchants.
    qsizetype size() const
    {
        return subject == FailureSubject::DeviceLinks ? links.size() : records.size();
    }
};

class FailureGroups
{
public:
    // The cause of the group of fixed invalid records waiting to be sent.
    static QString fixedCause() { return QStringLiteral("fixed, not sent yet"); }

    // Every group, the largest first (then records before device links before trust, then
    // validation before server before verification, then by cause). Reads the journal in the
    // calling thread.
    static Result<QList<FailureGroup>> collect(const Journal &journal);

    // The records as a RecordStore (row i = records[i]), validated, for the review table's
    // editing: the same cells, issues, suggested fixes and undo. Duplicates are checked among
    // these records only.
    static std::shared_ptr<RecordStore> storeOf(RecordKind kind,
                                                const QList<JournalRecord> &records);
};

} // namespace Peere
