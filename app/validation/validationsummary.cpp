#include "validationsummary.h"

#include <array>
#include <vector>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

ValidationSummary ValidationSummary::of(RecordKind kind, qint64 rows,
                                        std::span<const ValidationIssue> issues)
{
    ValidationSummary summary;
    summary.rows = rows;
    // Per row: bit 0 has an error, bit 1 has a warning. Counted in arrays first: a QMap
    // lookup per issue would cost more than the rest together for millions of issues.
    std::vector<quint8> state(size_t(std::max<qint64>(rows, 0)), 0);
    std::array<qint64, 256> perRule{};
    std::vector<qint64> perField(size_t(fieldCount(kind)), 0);
    for (const ValidationIssue &issue : issues) {
        const bool error = severity(issue.rule) == Severity::Error;
        (error ? summary.errors : summary.warnings) += 1;
        ++perRule[size_t(issue.rule)];
        if (issue.field >= 0 && size_t(issue.field) < perField.size())
            ++perField[size_t(issue.field)];
        if (issue.row >= 0 && size_t(issue.row) < state.size())
            state[size_t(issue.row)] |= error ? 1 : 2;
    }
    for (const quint8 s : state) {
        if (s & 1)
            ++summary.invalidRows;
        else if (s & 2)
            ++summary.warningRows;
    }
    summary.validRows = summary.rows - summary.invalidRows;
    for (const Rule rule : allRules()) {
        if (perRule[size_t(rule)] > 0)
            summary.byRule.insert(ruleId(rule), perRule[size_t(rule)]);
    }
    for (size_t field = 0; field < perField.size(); ++field) {
        if (perField[field] > 0)
            summary.byField.insert(fieldName(kind, int(field)), perField[field]);
    }
    return summary;
}

QJsonObject ValidationSummary::toJson() const
{
    QJsonObject rules;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        rules.insert(it.key(), it.value());
    QJsonObject fields;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        fields.insert(it.key(), it.value());
    return QJsonObject{
        {u"rows"_s, rows},
        {u"validRows"_s, validRows},
        {u"invalidRows"_s, invalidRows},
        {u"warningRows"_s, warningRows},
        {u"issues"_s, QJsonObject{{u"errors"_s, errors},
                                  {u"warnings"_s, warnings},
                                  {u"byRule"_s, rules},
                                  {u"byField"_s, fields}}},
    };
}

} // namespace Peere
