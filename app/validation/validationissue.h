#pragma once

#include "records/schema.h"
#include "validation/rule.h"

#include <QList>
#include <QString>

namespace Peere {

// One problem of one field of one row. Compact (8 bytes) because a file of a million rows can
// carry millions of them. `row` is the 0-based index of the record in its store; `field` the
// index in fieldSpecs(kind), or -1 for the whole row (row.shape).
struct ValidationIssue
{
    qint32 row = 0;
    qint16 field = -1;
    Rule rule = Rule::Required;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};
static_assert(sizeof(ValidationIssue) == 8);

inline Severity severity(const ValidationIssue &issue)
{
    return severity(issue.rule);
}

// Orders by row, then field, then rule: the order reports and the review table show.
inline bool issueLessThan(const ValidationIssue &a, const ValidationIssue &b)
{
    if (a.row != b.row)
        return a.row < b.row;
    if (a.field != b.field)
        return a.field < b.field;
    return a.rule < b.rule;
}

// The translated message of an issue, e.g. "email is not a valid e-mail address."
QString issueMessage(RecordKind kind, const ValidationIssue &issue);
// The same message in English, for the sandbox's API errors and peere-migrate's output.
QString issueMessageEnglish(RecordKind kind, const ValidationIssue &issue);

} // namespace Peere
