#pragma once

#include "router.h"
#include "sandboxoptions.h"

#include <QElapsedTimer>

#include <array>

namespace Peere::Sandbox {

// Token buckets per role and call class (peere-api.md §2): a bucket holds `burst` tokens and
// refills at the sustained rate, so a client may send a burst and then the sustained pace.
class RateLimiter
{
public:
    explicit RateLimiter(const SandboxOptions &options);

    // Takes a token; when there is none, returns the whole seconds until there is one (>= 1).
    // Returns 0 when the call may go ahead.
    int acquire(Role role, CallClass callClass);
    void reset();

    // The burst a per-minute rate gets: the documented ratio (10/min -> 2, 100/min -> 10,
    // 300/min -> 30), at least 1.
    static double burstFor(CallClass callClass, int perMinute);

private:
    struct Bucket
    {
        double capacity = 0; // 0: unlimited
        double perSecond = 0;
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    Bucket &bucket(Role role, CallClass callClass);

    QElapsedTimer m_clock;
    std::array<Bucket, 6> m_buckets;
};

} // namespace Peere::Sandbox
