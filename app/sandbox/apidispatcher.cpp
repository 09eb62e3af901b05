#include "apidispatcher.h"

namespace Peere::Sandbox {

ApiDispatcher::ApiDispatcher(SandboxContext &context)
    : m_customers(context)
    , m_devices(context)
    , m_merchants(context)
    , m_trust(context)
{}

void ApiDispatcher::resume(const QString &batchId, RecordKind kind, const QJsonArray &records)
{
    if (kind == RecordKind::Customers)
        m_customers.submit(batchId, records);
    else
        m_merchants.submit(batchId, records);
}

ApiReply ApiDispatcher::dispatch(Route route, const ApiCall &call)
{
    switch (route) {
    case Route::CreateCustomers: return m_customers.create(call);
    case Route::ListCustomers: return m_customers.list(call);
    case Route::CustomerBatch: return m_customers.batch(call);
    case Route::CustomerById: return m_customers.getById(call);
    case Route::GetCustomer: return m_customers.get(call);
    case Route::PatchCustomer: return m_customers.patch(call);
    case Route::LinkDevice: return m_devices.link(call);
    case Route::UnlinkDevice: return m_devices.unlink(call);
    case Route::ListDevices: return m_devices.list(call);
    case Route::CreateMerchants: return m_merchants.create(call);
    case Route::ListMerchants: return m_merchants.list(call);
    case Route::MerchantBatch: return m_merchants.batch(call);
    case Route::GetMerchant: return m_merchants.get(call);
    case Route::PatchMerchant: return m_merchants.patch(call);
    case Route::GetTrust: return m_trust.get(call);
    case Route::PatchTrust: return m_trust.patch(call);
    case Route::ValidateTrust: return m_trust.validate(call);
    case Route::DevicePermission: return m_trust.devicePermission(call);
    }
    return ApiReply::error(500, QStringLiteral("Route without a handler"));
}

} // namespace Peere::Sandbox
