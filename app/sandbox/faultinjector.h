#pragma once

#include "sandboxoptions.h"

#include <random>

namespace Peere::Sandbox {

// Decides, per API request, which fault to inject (cli.md: --latency-ms, --fail-rate,
// --drop-rate, --lose-response-rate, --seed). Every request draws the same number of values in the
// same order, so a seed gives the same sequence of faults whatever the requests are.
class FaultInjector
{
public:
    enum class Kind { None, Fail, Drop, LoseResponse };

    struct Plan
    {
        Kind kind = Kind::None;
        int failStatus = 0; // 500, 502, 503 or 504 when kind is Fail
        int delayMs = 0;    // latency with jitter, before the answer (or the close)
    };

    explicit FaultInjector(const SandboxOptions &options);

    Plan next();
    void reset(); // back to the start of the seeded sequence

private:
    double m_failRate;
    double m_dropRate;
    double m_loseRate;
    int m_latencyMs;
    quint64 m_seed;
    std::mt19937_64 m_random;
};

} // namespace Peere::Sandbox
