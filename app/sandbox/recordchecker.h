#pragma once

#include "records/schema.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Peere::Sandbox {

// Why the server refuses one record of a batch: `outcome: invalid` with this field and message.
struct Rejection
{
    QString field;
    QString message;
};

// Checks one record of a batch by the rules of peere-api.md. Merchants need only name and e-mail
// unless --strict-merchants (the console's stricter set).
class RecordChecker
{
public:
    RecordChecker(RecordKind kind, bool strictMerchants);

    // The name of the first known field that is neither a string nor null, or an empty string.
    QString wrongTypeField(const QJsonObject &record) const;
    // The first error, if any; warnings never reject.
    std::optional<Rejection> check(const QJsonObject &record) const;

private:
    bool isRequired(int field) const;

    RecordKind m_kind;
    bool m_strictMerchants;
};

} // namespace Peere::Sandbox
