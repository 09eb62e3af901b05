#pragma once

#include "apireply.h"
#include "sandboxcontext.h"

namespace Peere::Sandbox {

// Device endpoints (peere-api.md §4): link, unlink, list. Unknown customer 404, a phrase that is
// not the customer's 400, a device already linked to the customer 409 [convention].
class DeviceApi
{
public:
    explicit DeviceApi(SandboxContext &context);

    ApiReply link(const ApiCall &call);
    ApiReply unlink(const ApiCall &call);
    ApiReply list(const ApiCall &call);

private:
    struct Target
    {
        quint32 customer = 0;
        QString deviceId;
    };
    // Reads and checks {customerId, phrase, deviceId}; the error reply when it does not hold.
    std::optional<ApiReply> target(const QByteArray &body, Target *out) const;

    SandboxContext &m_context;
};

} // namespace Peere::Sandbox
