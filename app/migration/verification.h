#pragma once

#include "journal/journaltypes.h"

#include <QJsonObject>
#include <QStringList>

namespace Peere {

// The verify phase's comparison of what was sent with what the server holds (peere-api.md §3,
// §5): customers by accountName, country and gender; merchants by name and email. Pure functions,
// usable from any thread.
namespace Verification {

// The fields compared for `kind`, in schema order.
QList<int> comparedFields(RecordKind kind);

// Each compared field whose value as sent (the record's current values, trimmed, case rules
// applied) differs from the server's: "accountName: sent 'Ada', server 'Ada L.'". A field the
// server does not return (an older or a reduced answer) is not compared; an empty optional value
// equals a missing or null one.
QStringList differences(RecordKind kind, const QByteArrayList &values, const QJsonObject &server);

// The differences as one readable reason for the journal and the failure list.
QString reason(const QStringList &differences);

// The reason of a record the verify phase did not find on the server.
QString notFoundReason();
bool isNotFound(const QString &reason);

} // namespace Verification

} // namespace Peere
