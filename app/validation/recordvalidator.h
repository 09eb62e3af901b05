#pragma once

#include "records/schema.h"
#include "validation/validationissue.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Peere {

// Checks one record at a time against every rule of peere-api.md §3/§5 except the duplicate.*
// rules (those need the whole file: UniquenessIndex) and row.shape (the CSV reader's).
// One implementation for the console, `peere-migrate validate` and the sandbox.
// Const and thread-safe: one instance can validate from many threads at once. Works on the
// UTF-8 bytes of the source and allocates nothing per valid cell.
class RecordValidator
{
public:
    explicit RecordValidator(RecordKind kind);

    RecordKind kind() const { return m_kind; }

    // `values`: one per schema field in fieldSpecs(kind) order, UTF-8 exactly as in the source
    // (untrimmed; an empty view for an empty value or a missing column; fewer values than
    // fields count as empty). Appends this record's issues, in field order, with issue.row = row.
    void validate(qint32 row, std::span<const QByteArrayView> values,
                  QList<ValidationIssue> &out) const;

    // For the sandbox and tests: values by API field name from a JSON object. A missing key or
    // null is an empty value; any other non-string value is a format error of that field
    // (the field's format rule, or format.type when it has none). issue.row is 0.
    QList<ValidationIssue> validate(const QJsonObject &record) const;

    // The obvious fix for an issue, when there is one: a local phone number to E.164 using the
    // row's country, "M"/"F" to "male"/"female", a country name or alpha-3 code to its alpha-2
    // code, a URL without its scheme to https, separators out of an account number; always
    // trimmed. nullopt when there is none (required, length, duplicates, ...).
    std::optional<QString> suggestedFix(const ValidationIssue &issue,
                                        std::span<const QByteArrayView> values) const;

    // The value as it is sent to the API: trimmed, the country upper-case, the gender
    // lower-case (peere-api.md §3). Empty for an empty value (the field is then left out).
    QString apiValue(int field, QByteArrayView value) const;

    // The field's format rule (format.email for email, ...), nullopt when it has none.
    std::optional<Rule> formatRule(int field) const;

private:
    enum class Check : quint8 { None, Name, Email, Country, AccountNumber, Gender, Phone, Url };
    struct FieldPlan
    {
        qint16 field;
        bool required;
        qint32 maxLength;
        Check check;
    };

    static Rule ruleOf(Check check);
    QByteArrayView valueOf(std::span<const QByteArrayView> values, int field) const;

    RecordKind m_kind;
    int m_countryField;
    QList<FieldPlan> m_plan;
};

} // namespace Peere
