#include "recordchecker.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

RecordChecker::RecordChecker(RecordKind kind, bool strictMerchants)
    : m_kind(kind)
    , m_strictMerchants(strictMerchants)
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
    if (m_kind == RecordKind::Merchants && !m_strictMerchants)
        return field == MerchantField::Name || field == MerchantField::Email;
    return fieldSpecs(m_kind).at(field).required;
}

std::optional<Rejection> RecordChecker::check(const QJsonObject &record) const
{
    const QList<FieldSpec> &specs = fieldSpecs(m_kind);
    for (int field = 0; field < specs.size(); ++field) {
        const FieldSpec &spec = specs.at(field);
        const QString value = record.value(spec.name).toString().trimmed();
        if (value.isEmpty()) {
            if (isRequired(field))
                return Rejection{QString(spec.name), u"%1 is required"_s.arg(spec.name)};
            continue;
        }
        if (spec.maxLength > 0 && value.size() > spec.maxLength) {
            return Rejection{QString(spec.name),
                             u"%1 is longer than %2 characters"_s.arg(spec.name).arg(spec.maxLength)};
        }
    }
    return std::nullopt;
}

} // namespace Peere::Sandbox
