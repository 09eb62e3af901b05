#pragma once

#include "validation/rule.h"
#include "validation/validationissue.h"

#include <QList>

#include <array>
#include <span>

namespace Peere {

// What the issues panel and `peere-migrate validate` report: rows by state and issues by rule and
// by field. Kept up to date by RecordStore as rows are re-validated.
struct IssueCounts
{
    qint32 rows = 0;
    qint32 invalidRows = 0; // rows with at least one error
    qint32 warningRows = 0; // rows without errors but with warnings
    qint32 excludedRows = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    std::array<qint64, 64> byRule{};
    QList<qint64> byField; // per schema field, plus one last entry for whole-row issues

    qint32 validRows() const { return rows - invalidRows; }
    qint64 rule(Rule rule) const { return byRule[size_t(rule)]; }
    // `field` -1 for whole-row issues (row.shape).
    qint64 field(int field) const
    {
        return field < 0 ? byField.value(byField.size() - 1) : byField.value(field);
    }

    // Adds (sign 1) or takes away (sign -1) one row's issues.
    void count(std::span<const ValidationIssue> rowIssues, int sign)
    {
        bool error = false;
        bool warning = false;
        for (const ValidationIssue &issue : rowIssues) {
            const bool isError = severity(issue.rule) == Severity::Error;
            (isError ? errors : warnings) += sign;
            error |= isError;
            warning |= !isError;
            byRule[size_t(issue.rule)] += sign;
            byField[issue.field < 0 ? byField.size() - 1 : issue.field] += sign;
        }
        if (error)
            invalidRows += sign;
        else if (warning)
            warningRows += sign;
    }
};

} // namespace Peere
