#include "phaseplan.h"

#include <algorithm>

namespace Peere {

namespace {

qint64 ceilDiv(qint64 numerator, qint64 denominator)
{
    return denominator <= 0 ? 0 : (numerator + denominator - 1) / denominator;
}

// How many of the indexes 0..total-1 fall in [from, to) modulo `period`. The journal assigns
// phases this way (index % 10: 0 pilot, 1-4 expand, 5-9 complete), so the preview counts exactly
// the members the run will send.
qint64 slotsIn(qint64 total, int period, int from, int to)
{
    const qint64 cycles = total / period;
    const qint64 rest = total % period;
    return cycles * (to - from) + std::clamp<qint64>(rest - from, 0, to - from);
}

// Calls paced at `perMinute` take one interval each; with several in flight, the answers' latency
// is the bound when it is the slower of the two.
qint64 pacedMilliseconds(qint64 calls, int perMinute, int inFlight, double latencySeconds)
{
    const qint64 paced = perMinute > 0 ? ceilDiv(calls * 60000, perMinute) : 0;
    const qint64 waves = ceilDiv(calls, std::max(1, inFlight));
    const auto latency = qint64(double(waves) * latencySeconds * 1000.0 + 0.5);
    return std::max(paced, latency);
}

} // namespace

Result<PhasePlan> PhasePlan::compute(const Input &input)
{
    if (input.validRecords < 0)
        return failure(tr("The number of records cannot be negative."));
    if (input.batchSize <= 0)
        return failure(tr("The batch size must be at least 1."));
    if (input.batchesPerMinute < 0 || input.standardCallsPerMinute < 0)
        return failure(tr("A rate limit cannot be negative."));
    if (input.batchesInFlight <= 0)
        return failure(tr("At least one batch must be allowed in flight."));
    if (input.pilotPercent <= 0 || input.pilotPercent > input.expandPercent
        || input.expandPercent > 100)
        return failure(tr("The pilot and expand shares must satisfy 0 < pilot <= expand <= 100."));
    if (input.verifyPageSize <= 0)
        return failure(tr("The verification page size must be at least 1."));

    const qint64 total = input.validRecords;
    // Shares in tens use the journal's cycle of 10; others a cycle of 100.
    const bool tens = input.pilotPercent % 10 == 0 && input.expandPercent % 10 == 0;
    const int period = tens ? 10 : 100;
    const int pilotSlots = tens ? input.pilotPercent / 10 : input.pilotPercent;
    const int expandSlots = tens ? input.expandPercent / 10 : input.expandPercent;
    const qint64 pilot = slotsIn(total, period, 0, pilotSlots);
    const qint64 expand = slotsIn(total, period, pilotSlots, expandSlots);
    const qint64 complete = total - pilot - expand;

    PhasePlan plan;
    const auto sending = [&](Stage stage, qint64 records) {
        Row row{stage, records, ceilDiv(records, input.batchSize), 0};
        row.milliseconds = pacedMilliseconds(
            row.calls, input.batchesPerMinute, input.batchesInFlight, input.batchLatencySeconds);
        plan.m_rows.append(row);
    };
    sending(Stage::Pilot, pilot);
    sending(Stage::Expand, expand);
    sending(Stage::Complete, complete);

    Row verify{Stage::Verify, total, ceilDiv(total, input.verifyPageSize), 0};
    verify.milliseconds = pacedMilliseconds(verify.calls, input.standardCallsPerMinute, 1, 0);
    plan.m_rows.append(verify);
    return plan;
}

QList<PhasePlan::Stage> PhasePlan::stages()
{
    return {Stage::Pilot, Stage::Expand, Stage::Complete, Stage::Verify};
}

QString PhasePlan::stageName(Stage stage)
{
    switch (stage) {
    case Stage::Pilot:
        return tr("Pilot");
    case Stage::Expand:
        return tr("Expand");
    case Stage::Complete:
        return tr("Complete");
    case Stage::Verify:
        return tr("Verify");
    }
    return {};
}

qint64 PhasePlan::totalMilliseconds() const
{
    qint64 sum = 0;
    for (const Row &row : m_rows)
        sum += row.milliseconds;
    return sum;
}

qint64 PhasePlan::batchCount() const
{
    qint64 sum = 0;
    for (const Row &row : m_rows) {
        if (row.stage != Stage::Verify)
            sum += row.calls;
    }
    return sum;
}

} // namespace Peere
