#include "batchpayload.h"

#include "common/jsonstring.h"

#include <QJsonArray>

namespace Peere::BatchPayload {

using namespace Qt::Literals::StringLiterals;

QByteArray sentValue(RecordKind kind, int field, const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (kind == RecordKind::Customers) {
        if (field == CustomerField::Country)
            return trimmed.toUpper();
        if (field == CustomerField::Gender)
            return trimmed.toLower();
    } else if (field == MerchantField::Country) {
        return trimmed.toUpper();
    }
    return trimmed;
}

QByteArray build(RecordKind kind, const QList<JournalRecord> &records)
{
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    QByteArray out;
    out.reserve(records.size() * 320 + 32);
    out.append(kind == RecordKind::Customers ? "{\"customers\":[" : "{\"merchants\":[");
    bool firstRecord = true;
    for (const JournalRecord &record : records) {
        if (!firstRecord)
            out.append(',');
        firstRecord = false;
        out.append('{');
        bool firstField = true;
        for (int field = 0; field < specs.size() && field < record.values.size(); ++field) {
            const QByteArray value = sentValue(kind, field, record.values.at(field));
            if (value.isEmpty())
                continue;
            if (!firstField)
                out.append(',');
            firstField = false;
            out.append('"');
            out.append(specs.at(field).name.data(), specs.at(field).name.size());
            out.append("\":", 2);
            appendJsonString(out, value);
        }
        out.append('}');
    }
    out.append("]}");
    return out;
}

qint64 Answer::summaryValue(QLatin1StringView key) const
{
    return qint64(summary.value(key).toDouble(-1));
}

Answer read(const QJsonValue &data, const QList<qint64> &rows)
{
    Answer answer;
    const QJsonObject object = data.toObject();
    answer.batchId = object.value("batchId"_L1).toString();
    answer.status = object.value("status"_L1).toString();
    answer.summary = object.value("summary"_L1).toObject();
    const QJsonValue results = object.value("results"_L1);
    if (!results.isArray())
        return answer;
    const QJsonArray list = results.toArray();
    if (list.size() != rows.size())
        return answer; // not the per-record convention we know: fall back to lookups
    answer.hasResults = true;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject result = list.at(i).toObject();
        const qsizetype index = result.value("index"_L1).toInteger(i);
        if (index < 0 || index >= rows.size()) {
            answer.hasResults = false;
            answer.outcomes.clear();
            return answer;
        }
        RecordOutcome outcome;
        outcome.row = rows.at(index);
        const QString kind = result.value("outcome"_L1).toString();
        const QString id = result.value("id"_L1).toString();
        if (kind == "created"_L1 || kind == "duplicate"_L1) {
            // A duplicate of a record we sent is success: the record is on the server.
            outcome.state = RecordState::Migrated;
            outcome.outcome = kind == "created"_L1 ? u"created"_s : u"existing"_s;
            outcome.serverId = id;
        } else {
            outcome.state = RecordState::Failed;
            const QString field = result.value("field"_L1).toString();
            const QString message = result.value("message"_L1).toString(u"refused by the server"_s);
            outcome.reason = field.isEmpty() ? message : field + u": "_s + message;
        }
        answer.outcomes.append(outcome);
    }
    return answer;
}

} // namespace Peere::BatchPayload
