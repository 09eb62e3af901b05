#pragma once

#include "customerapi.h"
#include "deviceapi.h"
#include "merchantapi.h"
#include "router.h"
#include "trustapi.h"

namespace Peere::Sandbox {

// Sends a routed, authenticated call to the handler of its endpoint.
class ApiDispatcher
{
public:
    explicit ApiDispatcher(SandboxContext &context);

    ApiReply dispatch(Route route, const ApiCall &call);
    // Schedules again a large batch that a restart found unfinished.
    void resume(const QString &batchId, RecordKind kind, const QJsonArray &records);

private:
    CustomerApi m_customers;
    DeviceApi m_devices;
    MerchantApi m_merchants;
    TrustApi m_trust;
};

} // namespace Peere::Sandbox
