#pragma once

#include "records/schema.h"
#include "validation/validationissue.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <span>

namespace Peere {

// The counts that `peere-migrate validate --json` prints and the review table's issues panel
// shows (../shared/cli.md): rows with at least one error are invalid, the others valid; valid
// rows with warnings are counted apart; byRule and byField count issues.
struct ValidationSummary
{
    qint64 rows = 0;
    qint64 validRows = 0;
    qint64 invalidRows = 0;
    qint64 warningRows = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    QMap<QString, qint64> byRule;  // rule id -> issues
    QMap<QString, qint64> byField; // API field name -> issues (row.shape has no field)

    // Issues in any order; `rows` is the number of data rows they refer to.
    static ValidationSummary of(RecordKind kind, qint64 rows,
                                std::span<const ValidationIssue> issues);

    // {"rows", "validRows", "invalidRows", "warningRows",
    //  "issues": {"errors", "warnings", "byRule", "byField"}}
    QJsonObject toJson() const;
};

} // namespace Peere
