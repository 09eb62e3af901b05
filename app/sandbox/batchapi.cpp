#include "batchapi.h"

#include "batchoutcome.h"
#include "requestparsing.h"

#include <QJsonArray>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

BatchApi::BatchApi(SandboxContext &context, RecordKind kind)
    : m_context(context)
    , m_kind(kind)
{}

const RecordChecker &BatchApi::checker() const
{
    return m_kind == RecordKind::Customers ? m_context.customerChecker : m_context.merchantChecker;
}

ApiReply BatchApi::create(const ApiCall &call)
{
    const QString name = kindName(m_kind); // "customers" / "merchants", as the API names the array
    QJsonArray records;
    if (std::optional<ApiReply> error = parseBatch(call.body, name, m_context.options.maxBatch,
                                                   &records))
        return *error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString field = checker().wrongTypeField(records.at(i).toObject());
        if (!field.isEmpty())
            return ApiReply::error(400, u"%1[%2].%3 must be a string"_s.arg(name).arg(i).arg(field));
    }
    const QString batchId = BatchJobs::newId();
    if (!m_context.options.docsOnly && records.size() > m_context.options.asyncThreshold) {
        submit(batchId, records);
        return ApiReply::success(202, u"Batch accepted, %1 will be processed shortly"_s.arg(name),
                                 BatchOutcome::processing(m_kind, batchId));
    }
    return ApiReply::successJson(201, u"Batch processed, %1 will reflect shortly"_s.arg(name),
                                 process(records, batchId));
}

void BatchApi::submit(const QString &batchId, const QJsonArray &records)
{
    if (m_context.state)
        m_context.state->savePending(batchId, m_kind, records);
    m_context.batches.submit(batchId, m_kind, BatchOutcome::processing(m_kind, batchId),
                             BatchOutcome::processingDelayMs(records.size()),
                             [this, records, batchId] { return process(records, batchId); });
}

ApiReply BatchApi::batch(const ApiCall &call)
{
    const std::optional<QByteArray> data = m_context.batches.find(m_kind, call.parameter);
    if (!data)
        return ApiReply::error(404, u"Batch not found"_s);
    return ApiReply::successJson(200, u"Batch status"_s, *data);
}

} // namespace Peere::Sandbox
