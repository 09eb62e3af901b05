#pragma once

#include <QtGlobal>

namespace Peere {

// Paces one call class (peere-api.md §2): `burst` tokens at most, refilled at `perMinute`. The
// client takes a token before each call; a healthy run therefore never meets a 429. Times are
// milliseconds on a monotonic clock supplied by the caller, so that tests need no sleeping.
// Used by the thread that owns the ApiClient.
class TokenBucket
{
public:
    TokenBucket() = default; // unlimited
    TokenBucket(double perMinute, double burst, qint64 nowMs = 0);

    bool isLimited() const { return m_perMs > 0; }
    // Milliseconds until a token is available (0: now).
    qint64 delayMs(qint64 nowMs) const;
    // Takes a token if there is one.
    bool tryTake(qint64 nowMs);
    // The server said "not before" (Retry-After): no token until then, and only one at that
    // time, so that the client does not burst into the same wall.
    void holdUntil(qint64 untilMs);
    double tokens(qint64 nowMs) const;

private:
    double m_capacity = 0;
    double m_perMs = 0;
    double m_tokens = 0;
    qint64 m_updatedMs = 0;
    qint64 m_heldUntilMs = 0;
};

// Exponential backoff with jitter for 5xx, timeouts and dropped connections: the delay of attempt
// n (1-based) is uniform in [d/2, d] with d = base * 2^(n-1), capped at `max`. Jitter keeps many
// clients (or many batches of one client) from retrying in lockstep.
class Backoff
{
public:
    explicit Backoff(qint64 baseMs = 500, qint64 maxMs = 30000, quint64 seed = 0);
    qint64 delayMs(int attempt);
    qint64 ceilingMs(int attempt) const;

private:
    qint64 m_baseMs;
    qint64 m_maxMs;
    quint64 m_state;
};

} // namespace Peere
