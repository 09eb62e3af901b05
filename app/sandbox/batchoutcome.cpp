#include "batchoutcome.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

BatchOutcome::BatchOutcome(RecordKind kind, QString batchId, bool docsOnly)
    : m_kind(kind)
    , m_batchId(std::move(batchId))
    , m_docsOnly(docsOnly)
{}

void BatchOutcome::addResult(qsizetype index, QJsonObject &&entry, const QString &outcome)
{
    ++m_total;
    if (m_docsOnly)
        return;
    entry.insert(u"index"_s, index);
    entry.insert(u"outcome"_s, outcome);
    m_results.append(entry);
}

void BatchOutcome::addCreated(qsizetype index, QJsonObject identity, const QString &id)
{
    m_ids.append(id);
    identity.insert(u"id"_s, id);
    addResult(index, std::move(identity), u"created"_s);
}

void BatchOutcome::addDuplicate(qsizetype index, QJsonObject identity, const QString &id)
{
    ++m_duplicates;
    identity.insert(u"id"_s, id);
    addResult(index, std::move(identity), u"duplicate"_s);
}

void BatchOutcome::addInvalid(qsizetype index, QJsonObject identity, const Rejection &rejection)
{
    ++m_invalid;
    identity.insert(u"field"_s, rejection.field);
    identity.insert(u"message"_s, rejection.message);
    identity.insert(u"rule"_s, rejection.rule);
    addResult(index, std::move(identity), u"invalid"_s);
}

QJsonObject BatchOutcome::toJson() const
{
    const qint64 successful = m_ids.size();
    const qint64 failed = m_duplicates + m_invalid;
    const QJsonObject summary{{u"total"_s, m_total},
                              {u"successful"_s, successful},
                              {u"failed"_s, failed},
                              {u"duplicates"_s, m_duplicates},
                              {u"invalidData"_s, m_invalid}};
    const QString idsKey = m_kind == RecordKind::Customers ? u"customerIds"_s : u"merchantIds"_s;
    QJsonObject data{{u"batchId"_s, m_batchId},
                     {u"summary"_s, summary},
                     {u"data"_s, QJsonObject{{u"createdCount"_s, successful}, {idsKey, m_ids}}}};
    if (!m_docsOnly) {
        const QString status = successful == m_total ? u"completed"_s
                               : successful == 0     ? u"failed"_s
                                                     : u"partial"_s;
        data.insert(u"status"_s, status);
        data.insert(u"results"_s, m_results);
    }
    return data;
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
