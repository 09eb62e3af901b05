#include "recordchecker.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

RecordChecker::RecordChecker(RecordKind kind, bool strictMerchants)
    : m_kind(kind)
    , m_strictMerchants(strictMerchants)
    , m_validator(kind)
{}

QString RecordChecker::wrongTypeField(const QJsonObject &record) const
{
    const QList<FieldSpec> &specs = fieldSpecs(m_kind);
    for (const FieldSpec &spec : specs) {
        const QJsonValue value = record.value(spec.name);
        if (!value.isString() && !value.isNull() && !value.isUndefined())
            return QString(spec.name);
    }
    return {};
}

bool RecordChecker::isRequired(int field) const
{
    // The schemas page requires only name and email of a merchant; the console (and
    // --strict-merchants) follows the migration guide's longer list.
    if (m_kind == RecordKind::Merchants && !m_strictMerchants)
        return field == MerchantField::Name || field == MerchantField::Email;
    return fieldSpecs(m_kind).at(field).required;
}

std::optional<Rejection> RecordChecker::firstError(const QList<ValidationIssue> &issues) const
{
    for (const ValidationIssue &issue : issues) {
        if (severity(issue.rule) != Severity::Error)
            continue;
        if (issue.rule == Rule::Required && issue.field >= 0 && !isRequired(issue.field))
            continue;
        return Rejection{fieldName(m_kind, issue.field), issueMessageEnglish(m_kind, issue),
                         ruleId(issue.rule)};
    }
    return std::nullopt;
}

std::optional<Rejection> RecordChecker::check(std::span<const QByteArrayView> values) const
{
    QList<ValidationIssue> issues;
    m_validator.validate(0, values, issues);
    return firstError(issues);
}

std::optional<Rejection> RecordChecker::check(const QJsonObject &record) const
{
    return firstError(m_validator.validate(record));
}

} // namespace Peere::Sandbox
