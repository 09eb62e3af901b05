#include "rule.h"

#include <array>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<QLatin1StringView, 16> ruleIds = {
    "required"_L1,
    "length"_L1,
    "format.name"_L1,
    "format.email"_L1,
    "format.country"_L1,
    "format.accountNumber"_L1,
    "format.gender"_L1,
    "format.phone"_L1,
    "phone.unassigned"_L1,
    "format.url"_L1,
    "duplicate.clientRef"_L1,
    "duplicate.email"_L1,
    "duplicate.reference"_L1,
    "duplicate.accountNumber"_L1,
    "row.shape"_L1,
    "format.type"_L1,
};
static_assert(ruleIds.size() == size_t(Rule::FormatType) + 1, "one id per rule");

} // namespace

QString ruleId(Rule rule)
{
    const auto index = size_t(rule);
    return index < ruleIds.size() ? QString(ruleIds[index]) : QString();
}

std::optional<Rule> ruleFromId(QStringView id)
{
    for (size_t i = 0; i < ruleIds.size(); ++i) {
        if (id == ruleIds[i])
            return Rule(i);
    }
    return std::nullopt;
}

Severity severity(Rule rule)
{
    switch (rule) {
    case Rule::PhoneUnassigned:
    case Rule::DuplicateAccountNumber:
        return Severity::Warning;
    default:
        return Severity::Error;
    }
}

QString severityName(Severity severity)
{
    return severity == Severity::Warning ? u"warning"_s : u"error"_s;
}

QList<Rule> allRules()
{
    QList<Rule> rules;
    rules.reserve(qsizetype(ruleIds.size()));
    for (size_t i = 0; i < ruleIds.size(); ++i)
        rules.append(Rule(i));
    return rules;
}

bool isDuplicateRule(Rule rule)
{
    switch (rule) {
    case Rule::DuplicateClientRef:
    case Rule::DuplicateEmail:
    case Rule::DuplicateReference:
    case Rule::DuplicateAccountNumber:
        return true;
    default:
        return false;
    }
}

} // namespace Peere
