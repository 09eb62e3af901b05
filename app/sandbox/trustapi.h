#pragma once

#include "apireply.h"
#include "sandboxcontext.h"

namespace Peere::Sandbox {

// Trust of merchants (peere-api.md §5): get, set, validate against a required level, and the
// device-lookup permission (allowed only when trusted, device lookup enabled and the level at
// least enhanced [convention]).
class TrustApi
{
public:
    explicit TrustApi(SandboxContext &context);

    ApiReply get(const ApiCall &call);
    ApiReply patch(const ApiCall &call);
    ApiReply validate(const ApiCall &call);
    ApiReply devicePermission(const ApiCall &call);

private:
    QJsonObject trustStatus(quint32 index) const;

    SandboxContext &m_context;
};

} // namespace Peere::Sandbox
