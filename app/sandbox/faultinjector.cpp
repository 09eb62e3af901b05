#include "faultinjector.h"

#include <cmath>

namespace Peere::Sandbox {

FaultInjector::FaultInjector(const SandboxOptions &options)
    : m_failRate(options.failRate)
    , m_dropRate(options.dropRate)
    , m_loseRate(options.loseResponseRate)
    , m_latencyMs(options.latencyMs)
    , m_seed(options.seed)
    , m_random(options.seed)
{}

void FaultInjector::reset()
{
    m_random.seed(m_seed);
}

FaultInjector::Plan FaultInjector::next()
{
    // Uniform doubles in [0, 1) built from the engine directly: std::uniform_real_distribution
    // is not guaranteed to give the same values on every standard library.
    const auto draw = [this] { return double(m_random() >> 11) * 0x1.0p-53; };
    const double drop = draw();
    const double fail = draw();
    const double lose = draw();
    const double which = draw();
    const double jitter = draw();

    Plan plan;
    if (drop < m_dropRate) {
        plan.kind = Kind::Drop;
    } else if (fail < m_failRate) {
        plan.kind = Kind::Fail;
        static constexpr int statuses[] = {500, 502, 503, 504};
        plan.failStatus = statuses[int(which * 4) % 4];
    } else if (lose < m_loseRate) {
        plan.kind = Kind::LoseResponse;
    }
    // Jitter: from half to one and a half times the configured latency.
    if (m_latencyMs > 0)
        plan.delayMs = int(std::lround(m_latencyMs * (0.5 + jitter)));
    return plan;
}

} // namespace Peere::Sandbox
