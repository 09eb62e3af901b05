#pragma once

#include "batchapi.h"

namespace Peere::Sandbox {

// The provider's merchant endpoints (peere-api.md §5): batch create (same shape as customers,
// with merchantIds), get, list, patch.
class MerchantApi : public BatchApi
{
public:
    explicit MerchantApi(SandboxContext &context);

    ApiReply get(const ApiCall &call);
    ApiReply list(const ApiCall &call);
    ApiReply patch(const ApiCall &call);

    // The merchant named by entityId (or id) in a query or body; 400 missing, 404 unknown.
    static std::optional<ApiReply> findMerchant(const SandboxContext &context, const QString &id,
                                                quint32 *index);

private:
    QByteArray process(const QJsonArray &records, const QString &batchId) override;
    static Merchant normalised(const QJsonObject &record);
    static QJsonObject toRecord(const Merchant &merchant);
};

} // namespace Peere::Sandbox
