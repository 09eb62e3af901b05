#include "tokenbucket.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Peere {

TokenBucket::TokenBucket(double perMinute, double burst, qint64 nowMs)
    : m_capacity(std::max(1.0, burst))
    , m_perMs(perMinute > 0 ? perMinute / 60000.0 : 0)
    , m_tokens(m_capacity)
    , m_updatedMs(nowMs)
{}

double TokenBucket::tokens(qint64 nowMs) const
{
    if (!isLimited())
        return 1e300;
    if (nowMs < m_heldUntilMs)
        return 0;
    const qint64 from = std::max(m_updatedMs, m_heldUntilMs);
    return std::min(m_capacity, m_tokens + double(std::max<qint64>(0, nowMs - from)) * m_perMs);
}

qint64 TokenBucket::delayMs(qint64 nowMs) const
{
    if (!isLimited())
        return 0;
    if (nowMs < m_heldUntilMs)
        return m_heldUntilMs - nowMs;
    const double available = tokens(nowMs);
    if (available >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - available) / m_perMs));
}

bool TokenBucket::tryTake(qint64 nowMs)
{
    if (!isLimited())
        return true;
    const double available = tokens(nowMs);
    if (available < 1.0)
        return false;
    m_tokens = available - 1.0;
    m_updatedMs = std::max(nowMs, m_heldUntilMs);
    return true;
}

void TokenBucket::holdUntil(qint64 untilMs)
{
    if (!isLimited() || untilMs <= m_heldUntilMs)
        return;
    // The server promised one call at that time, no more: one token, then the sustained pace.
    m_heldUntilMs = untilMs;
    m_tokens = 1.0;
    m_updatedMs = untilMs;
}

Backoff::Backoff(qint64 baseMs, qint64 maxMs, quint64 seed)
    : m_baseMs(std::max<qint64>(1, baseMs))
    , m_maxMs(std::max(maxMs, m_baseMs))
    , m_state(seed ? seed : QRandomGenerator::global()->generate64() | 1)
{}

qint64 Backoff::ceilingMs(int attempt) const
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    return std::min(m_maxMs, m_baseMs << shift);
}

qint64 Backoff::delayMs(int attempt)
{
    // xorshift64*: cheap, and reproducible from a seed in tests.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    const quint64 random = m_state * 0x2545F4914F6CDD1DULL;
    const qint64 ceiling = ceilingMs(attempt);
    const qint64 half = ceiling / 2;
    return half + qint64(random % quint64(ceiling - half + 1));
}

} // namespace Peere
