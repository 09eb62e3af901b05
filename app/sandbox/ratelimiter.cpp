#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace Peere::Sandbox {

RateLimiter::RateLimiter(const SandboxOptions &options)
{
    m_clock.start();
    const auto rateOf = [&](CallClass callClass) {
        if (options.noLimits)
            return 0;
        switch (callClass) {
        case CallClass::Batch: return options.batchRate;
        case CallClass::Standard: return options.standardRate;
        case CallClass::Status: return options.statusRate;
        }
        return 0;
    };
    for (Role role : {Role::Bank, Role::Provider}) {
        for (CallClass callClass : {CallClass::Batch, CallClass::Standard, CallClass::Status}) {
            Bucket &b = bucket(role, callClass);
            const int perMinute = rateOf(callClass);
            b.capacity = perMinute > 0 ? burstFor(callClass, perMinute) : 0;
            b.perSecond = perMinute / 60.0;
        }
    }
    reset();
}

double RateLimiter::burstFor(CallClass callClass, int perMinute)
{
    const double ratio = callClass == CallClass::Batch ? 0.2 : 0.1;
    return std::max(1.0, std::floor(perMinute * ratio));
}

RateLimiter::Bucket &RateLimiter::bucket(Role role, CallClass callClass)
{
    return m_buckets[size_t(role) * 3 + size_t(callClass)];
}

void RateLimiter::reset()
{
    const qint64 now = m_clock.elapsed();
    for (Bucket &b : m_buckets) {
        b.tokens = b.capacity;
        b.updatedMs = now;
    }
}

int RateLimiter::acquire(Role role, CallClass callClass)
{
    Bucket &b = bucket(role, callClass);
    if (b.capacity <= 0)
        return 0;
    const qint64 now = m_clock.elapsed();
    b.tokens = std::min(b.capacity, b.tokens + double(now - b.updatedMs) / 1000.0 * b.perSecond);
    b.updatedMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return 0;
    }
    const double wait = (1.0 - b.tokens) / b.perSecond;
    return std::max(1, int(std::ceil(wait)));
}

} // namespace Peere::Sandbox
