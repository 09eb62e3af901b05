#include "batchoutcome.h"

#include "common/jsonstring.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

BatchOutcome::BatchOutcome(RecordKind kind, QString batchId, bool docsOnly)
    : m_kind(kind)
    , m_batchId(std::move(batchId))
    , m_docsOnly(docsOnly)
{}

void BatchOutcome::addMember(QLatin1StringView key, QByteArrayView utf8)
{
    m_results.append(',');
    appendJsonString(m_results, QByteArrayView(key.data(), key.size()));
    m_results.append(':');
    appendJsonString(m_results, utf8);
}

bool BatchOutcome::beginResult(qsizetype index, const Identity &identity, QLatin1StringView outcome)
{
    ++m_total;
    if (m_docsOnly)
        return false;
    if (!m_results.isEmpty())
        m_results.append(',');
    m_results.append("{\"index\":");
    m_results.append(QByteArray::number(index));
    for (const auto &[key, value] : identity)
        addMember(key, value);
    addMember("outcome"_L1, QByteArrayView(outcome.data(), outcome.size()));
    return true;
}

void BatchOutcome::addCreated(qsizetype index, const Identity &identity, const QString &id)
{
    ++m_created;
    if (!m_ids.isEmpty())
        m_ids.append(',');
    appendJsonString(m_ids, id.toUtf8());
    if (beginResult(index, identity, "created"_L1)) {
        addMember("id"_L1, id.toUtf8());
        m_results.append('}');
    }
}

void BatchOutcome::addDuplicate(qsizetype index, const Identity &identity, const QString &id)
{
    ++m_duplicates;
    if (beginResult(index, identity, "duplicate"_L1)) {
        addMember("id"_L1, id.toUtf8());
        m_results.append('}');
    }
}

void BatchOutcome::addInvalid(qsizetype index, const Identity &identity, const Rejection &rejection)
{
    ++m_invalid;
    if (beginResult(index, identity, "invalid"_L1)) {
        addMember("field"_L1, rejection.field.toUtf8());
        addMember("message"_L1, rejection.message.toUtf8());
        addMember("rule"_L1, rejection.rule.toUtf8());
        m_results.append('}');
    }
}

QByteArray BatchOutcome::toJson() const
{
    const qint64 successful = m_created;
    const qint64 failed = m_duplicates + m_invalid;
    QByteArray out;
    out.reserve(m_ids.size() + m_results.size() + 256);
    out.append("{\"batchId\":");
    appendJsonString(out, m_batchId.toUtf8());
    out.append(",\"data\":{\"createdCount\":" + QByteArray::number(successful));
    out.append(m_kind == RecordKind::Customers ? ",\"customerIds\":[" : ",\"merchantIds\":[");
    out.append(m_ids);
    out.append("]},\"summary\":{\"total\":" + QByteArray::number(m_total)
               + ",\"successful\":" + QByteArray::number(successful)
               + ",\"failed\":" + QByteArray::number(failed)
               + ",\"duplicates\":" + QByteArray::number(m_duplicates)
               + ",\"invalidData\":" + QByteArray::number(m_invalid) + '}');
    if (!m_docsOnly) {
        const char *status = successful == m_total ? "completed"
                             : successful == 0     ? "failed"
                                                   : "partial";
        out.append(",\"status\":\"");
        out.append(status);
        out.append("\",\"results\":[");
        out.append(m_results);
        out.append(']');
    }
    out.append('}');
    return out;
}

QJsonObject BatchOutcome::processing(RecordKind, const QString &batchId)
{
    return {{u"batchId"_s, batchId}, {u"status"_s, u"processing"_s}};
}

int BatchOutcome::processingDelayMs(qsizetype records)
{
    return 50 + int(records / 10);
}

} // namespace Peere::Sandbox
