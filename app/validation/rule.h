#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Peere {

// The validation rules of peere-api.md §3 and §5. Their ids are stable: reports, exports, the
// journal and tests use them. Append new rules at the end (the values are stored in memory only,
// but other parts switch over them).
enum class Rule : quint8 {
    Required,
    Length,
    FormatName,
    FormatEmail,
    FormatCountry,
    FormatAccountNumber,
    FormatGender,
    FormatPhone,
    PhoneUnassigned,
    FormatUrl,
    DuplicateClientRef,
    DuplicateEmail,
    DuplicateReference,
    DuplicateAccountNumber,
    RowShape,
    // A JSON value that is not a string, for a field that has no format rule of its own (the
    // sandbox and RecordValidator::validate(QJsonObject)); CSV input never produces it.
    FormatType,
};

enum class Severity : quint8 { Error, Warning };

// "required", "length", "format.email", "duplicate.accountNumber", "row.shape", ...
QString ruleId(Rule rule);
std::optional<Rule> ruleFromId(QStringView id);
Severity severity(Rule rule);
QString severityName(Severity severity); // "error" / "warning", as in exports
QList<Rule> allRules();
// The duplicate.* rules need the whole file (UniquenessIndex); the others one record.
bool isDuplicateRule(Rule rule);

} // namespace Peere
