#pragma once

#include "batchapi.h"

namespace Peere::Sandbox {

// The bank's customer endpoints (peere-api.md §3): batch create (201, or 202 and polling for
// large batches), get by id/email/phrase, list, patch.
class CustomerApi : public BatchApi
{
public:
    explicit CustomerApi(SandboxContext &context);

    ApiReply get(const ApiCall &call);
    ApiReply getById(const ApiCall &call);
    ApiReply list(const ApiCall &call);
    ApiReply patch(const ApiCall &call);

    // The customer as GET shows it.
    QJsonObject toJson(quint32 index) const;

private:
    QByteArray process(const QJsonArray &records, const QString &batchId) override;
    static CustomerStore::Fields normalised(const QJsonObject &record);
    static QJsonObject toRecord(const CustomerStore::Fields &fields);
};

} // namespace Peere::Sandbox
