#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>

namespace Peere {

// What a migration moves: bank customers (bank key) or provider merchants (provider key).
enum class RecordKind { Customers, Merchants };

QString kindName(RecordKind kind); // "customers" / "merchants", as on the command line
std::optional<RecordKind> kindFromName(QStringView name);

// The API's fields of each kind, in a fixed order: a field is referred to by its index in this
// order everywhere (record store columns, validation issues, journal values).
namespace CustomerField {
enum : int {
    ClientRef,
    Firstname,
    Lastname,
    Middlename,
    AccountName,
    Email,
    Country,
    AccountNumber,
    Reference,
    Phone,
    Address,
    Gender,
    Count
};
} // namespace CustomerField

namespace MerchantField {
enum : int {
    Name,
    Email,
    Phone,
    Address,
    Website,
    Description,
    Icon,
    RegistrationNumber,
    Industry,
    Country,
    State,
    Count
};
} // namespace MerchantField

struct FieldSpec
{
    QLatin1StringView name; // the API's JSON name, e.g. "accountNumber"
    bool required = false;  // required by the console (the migration guide for merchants)
    int maxLength = 0;      // 0: no length rule
};

const QList<FieldSpec> &fieldSpecs(RecordKind kind);
int fieldCount(RecordKind kind);
// The index of the field called `name` (exact API name), or -1.
int fieldIndex(RecordKind kind, QStringView name);
QString fieldName(RecordKind kind, int field);

} // namespace Peere
