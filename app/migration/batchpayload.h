#pragma once

#include "journal/journaltypes.h"

#include <QJsonObject>
#include <QList>

namespace Peere {

// The JSON of a batch create and the reading of its answer (peere-api.md §3, §5). Pure functions,
// usable from any thread.
namespace BatchPayload {

// {"customers": [...]} or {"merchants": [...]}: values trimmed, empty optional fields left out,
// country upper-case, gender lower-case. Written directly (not through QJsonObject): this runs for
// every record of a million-record migration.
QByteArray build(RecordKind kind, const QList<JournalRecord> &records);

// One record's value as sent (trimmed, case rules applied).
QByteArray sentValue(RecordKind kind, int field, const QByteArray &value);

// What a batch answer says.
struct Answer
{
    QString batchId;
    QString status;      // completed | partial | failed | processing, or empty (docs-only)
    QJsonObject summary; // total, successful, failed, duplicates, invalidData
    bool hasResults = false;
    // Per record, in input order, when the server gives `results` (the sandbox's convention).
    QList<RecordOutcome> outcomes;
    bool processing() const { return status == QLatin1StringView("processing"); }
    qint64 summaryValue(QLatin1StringView key) const;
};

// Reads `data` of a 200/201/202 answer for the batch of `rows` (the journal rows, in input order).
Answer read(const QJsonValue &data, const QList<qint64> &rows);

} // namespace BatchPayload

} // namespace Peere
