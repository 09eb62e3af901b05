#pragma once

#include "apireply.h"
#include "sandboxcontext.h"

namespace Peere::Sandbox {

// The bank's customer endpoints (peere-api.md §3): batch create (201, or 202 and polling for
// large batches), get by id/email/phrase, list, patch.
class CustomerApi
{
public:
    explicit CustomerApi(SandboxContext &context);

    ApiReply create(const ApiCall &call);
    // Schedules a large batch (202); also used for the batches a restart finds unfinished.
    void submit(const QString &batchId, const QJsonArray &records);
    ApiReply batch(const ApiCall &call);
    ApiReply get(const ApiCall &call);
    ApiReply getById(const ApiCall &call);
    ApiReply list(const ApiCall &call);
    ApiReply patch(const ApiCall &call);

    // The customer as GET shows it.
    QJsonObject toJson(quint32 index) const;

private:
    // Creates what it can of a batch; returns the batch's `data` object.
    QJsonObject process(const QJsonArray &records, const QString &batchId);
    static CustomerStore::Fields normalised(const QJsonObject &record);
    static QJsonObject toRecord(const CustomerStore::Fields &fields);

    SandboxContext &m_context;
};

} // namespace Peere::Sandbox
