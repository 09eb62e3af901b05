#pragma once

#include "journal/journaltypes.h"
#include "journal/trusttypes.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Peere {

// The verify phase's comparison of what was sent with what the server holds (peere-api.md §3,
// §5): customers by accountName, country and gender; merchants by name, email and trust
// (trusted, trustLevel, deviceLookupEnabled). Trust is never sent in the create call: a
// merchant's expected trust is what the trust step last set (the journal's trust table); trust
// the console never set is not compared. Pure functions, usable from any thread.
namespace Verification {

// The fields compared for `kind`, in schema order (trust is compared besides these).
QList<int> comparedFields(RecordKind kind);

// Whether `server` (a merchant as the list or get call returned it) says anything of its trust.
// The documented merchant answers do not: the verify phase reads the trust call for those.
bool carriesTrust(const QJsonObject &server);

// `server` with the trust fields of `trust` (the trust call's answer) in place of its own.
QJsonObject withTrust(const QJsonObject &server, const QJsonObject &trust);

// Each compared field whose value as sent (the record's current values, trimmed, case rules
// applied) differs from the server's: "accountName: sent 'Ada', server 'Ada L.'". For a merchant
// with an `expectedTrust`, the trust fields too: "trustLevel: sent 'enhanced', server 'basic'"
// (no expected trust: not known, e.g. a PATCH in flight, so not compared). A field the server
// does not return (an older or a reduced answer) is not compared; an empty optional value equals
// a missing or null one.
QStringList differences(RecordKind kind, const QByteArrayList &values, const QJsonObject &server,
                        const std::optional<TrustSetting> &expectedTrust = std::nullopt);

// The differences as one readable reason for the journal and the failure list.
QString reason(const QStringList &differences);

// The reason of a record the verify phase did not find on the server.
QString notFoundReason();
bool isNotFound(const QString &reason);

} // namespace Verification

} // namespace Peere
