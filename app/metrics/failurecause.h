#pragma once

#include "journal/devicetypes.h"
#include "journal/journaltypes.h"

#include <QString>

namespace Peere {

// Groups failures by what caused them, so that support staff deal with a cause once.
//
// A record refused by validation is grouped by its rule (and field), as the journal keeps it:
// "format.email (email)". A record the server refused is grouped by the server's message with the
// parts that differ from record to record replaced: e-mail addresses by <email>, ids (UUIDs,
// long hex or alphanumeric tokens with digits) by <id>, quoted values by '<value>' and every
// other run of digits by <n>; white space is collapsed. So "customer 'ann@x.ng' exists (batch
// 12)" and "customer 'bo@y.ng' exists (batch 40)" are one cause.
QString normaliseServerMessage(const QString &message);

// The rule id of an invalid record's reason ("format.email (email)" -> "format.email").
QString ruleOfReason(const QString &reason);
// The field of an invalid record's reason ("format.email (email)" -> "email"); empty for a
// whole-row rule (row.shape).
QString fieldOfReason(const QString &reason);

// The cause a failure is grouped by: an invalid record's reason as the journal keeps it (rule and
// field), or the server's message normalised for a failed record or one the verify phase could
// not find (Mismatch).
QString failureCauseOf(RecordState state, const QString &reason);

// The cause a device link that failed is grouped by (after creation): the devices file's rule
// for a row that fails its validation ("device.unknownCustomer"), or the HTTP status and the
// server's message normalised for a link the server refused ("HTTP 400: The phrase does not
// belong to this customer").
QString deviceFailureCause(const DeviceLink &link);
// The cause a merchant whose trust could not be set is grouped by: the message the journal keeps,
// normalised like a server's, its leading "HTTP 404" kept ("HTTP 404: Merchant not found").
QString trustFailureCause(const QString &message);
// Whether `cause` (as typed by a user: a whole cause, or a rule id) matches a device link that
// failed / a trust failure with this message. An empty cause matches everything.
bool deviceCauseMatches(const QString &cause, const DeviceLink &link);
bool trustCauseMatches(const QString &cause, const QString &message);

// Whether `cause` (as typed by a user: a whole cause, or a rule id such as "format.email")
// matches the failure with this state and reason.
bool failureCauseMatches(const QString &cause, RecordState state, const QString &reason);

// All but the last 4 digits replaced by '*'; other characters (+, spaces) kept:
// "+234 801 234 5678" -> "+*** *** *** 5678". A value with 4 digits or fewer is unchanged.
QByteArray maskDigits(const QByteArray &value);

// The fields masked when a failure list leaves the operations team: account and phone numbers.
QList<int> maskedFields(RecordKind kind);

} // namespace Peere
