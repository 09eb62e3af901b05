#pragma once

#include "records/schema.h"
#include "validation/recordvalidator.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace Peere::Sandbox {

// Why the server refuses one record of a batch: `outcome: invalid` with this field, message
// (plain English) and rule id.
struct Rejection
{
    QString field;
    QString message;
    QString rule;
};

// Checks one record of a batch by the rules of peere-api.md with the core's validation engine
// (the same implementation as the console's). Only errors reject; warnings do not. Merchants need
// only name and e-mail unless --strict-merchants (then the console's stricter required set).
class RecordChecker
{
public:
    RecordChecker(RecordKind kind, bool strictMerchants);

    // The name of the first known field that is neither a string nor null, or an empty string.
    QString wrongTypeField(const QJsonObject &record) const;
    // `values`: UTF-8 per schema field (fieldSpecs order). The first error, if any.
    std::optional<Rejection> check(std::span<const QByteArrayView> values) const;
    std::optional<Rejection> check(const QJsonObject &record) const;

private:
    std::optional<Rejection> firstError(const QList<ValidationIssue> &issues) const;
    bool isRequired(int field) const;

    RecordKind m_kind;
    bool m_strictMerchants;
    RecordValidator m_validator;
};

} // namespace Peere::Sandbox
