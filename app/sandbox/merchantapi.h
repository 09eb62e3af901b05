#pragma once

#include "apireply.h"
#include "sandboxcontext.h"

namespace Peere::Sandbox {

// The provider's merchant endpoints (peere-api.md §5): batch create (same shape as customers,
// with merchantIds), get, list, patch.
class MerchantApi
{
public:
    explicit MerchantApi(SandboxContext &context);

    ApiReply create(const ApiCall &call);
    // Schedules a large batch (202); also used for the batches a restart finds unfinished.
    void submit(const QString &batchId, const QJsonArray &records);
    ApiReply batch(const ApiCall &call);
    ApiReply get(const ApiCall &call);
    ApiReply list(const ApiCall &call);
    ApiReply patch(const ApiCall &call);

    // The merchant named by entityId (or id) in a query or body; 400 missing, 404 unknown.
    static std::optional<ApiReply> findMerchant(const SandboxContext &context, const QString &id,
                                                quint32 *index);

private:
    QJsonObject process(const QJsonArray &records, const QString &batchId);
    static Merchant normalised(const QJsonObject &record);
    static QJsonObject toRecord(const Merchant &merchant);

    SandboxContext &m_context;
};

} // namespace Peere::Sandbox
