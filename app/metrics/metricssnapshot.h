#pragma once

#include "journal/journaltypes.h"
#include "kpi.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <cmath>

namespace Peere {

// Everything the dashboard, the report and `peere-migrate status` show about one migration,
// computed from its journal alone (MetricsCalculator): the same figures live and when a finished
// migration is reopened. Plain values: built in a worker thread, copied to the GUI thread.

// One batch as sent, with the fate of its records.
struct BatchMetrics
{
    qint64 id = 0;
    int sequence = 0; // 1-based position among all batches (the x axis of the batch charts)
    Phase phase = Phase::Pilot;
    int size = 0;
    QString state; // answered | unknown | split | rejected | inflight
    QDateTime sentAt;
    qint64 latencyMs = 0; // processing time: from sending to the final answer
    int httpStatus = 0;
    int serverDuplicates = 0; // from the server's summary
    int serverInvalid = 0;    // the summary's invalidData
    // Records whose last batch is this one, by state now.
    qint64 migrated = 0;
    qint64 failed = 0;
    qint64 mismatch = 0;
    qint64 pendingFate = 0; // in flight or unknown
    double successRate = NAN; // migrated / (migrated + failed + mismatch); NaN: nothing decided
    double cumulativeSuccessRate = NAN; // the same over this batch and the earlier ones of its phase
    bool answered() const { return state != QLatin1StringView("inflight"); }
};

struct PhaseMetrics
{
    Phase phase = Phase::Pilot;
    PhaseStatus status = PhaseStatus::Pending;
    JournalCounts counts;
    int batches = 0;
    qint64 p50LatencyMs = 0;
    qint64 p95LatencyMs = 0;
    qint64 slowestMs = 0;
    double recordsPerMinute = 0; // records sent over the phase's span of batches
    qint64 duplicates = 0;  // validation duplicate.* records of the phase + server duplicates
    qint64 invalidData = 0; // other validation errors of the phase + server invalidData
    QDateTime startedAt;
    QDateTime finishedAt;
    QString decision; // "approved" / "stopped" / empty: the gate after this phase
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
    std::array<KpiValue, kpiCount> kpis;
};

// A count under a label: an issue by field or by rule, a failure cause.
struct BreakdownRow
{
    QString label;
    qint64 count = 0;
    double percent = 0; // of all records
    bool server = false; // a server refusal (failure causes), not a validation rule
};

// Records sent during one interval of the run (throughput against the ceiling); the intervals
// are MetricsSnapshot::throughputSeconds long (the last one ends at the last answer).
struct ThroughputPoint
{
    double seconds = 0; // the end of the interval, since the first batch left
    qint64 records = 0;
    double perMinute = 0; // records × 60 s / the interval's length
};

// The share of invalid records after each edit that changed it (the trend as fixes are made).
struct QualityPoint
{
    QDateTime at;
    qint64 invalid = 0;
    double percent = 0;
};

struct MetricsSnapshot
{
    QString journalPath;
    RecordKind kind = RecordKind::Customers;
    QDateTime computedAt;
    double computeMs = 0; // what computing this snapshot took (in the worker thread)
    JournalCounts totals;
    QList<BatchMetrics> batches; // by phase, then by id: each phase's batches are contiguous
    std::array<PhaseMetrics, phaseCount> phases;
    std::array<KpiValue, kpiCount> kpis;

    int batchSize = 0; // records per batch call
    // The ceiling: the limit on batch calls of the environment the run used (the documented 10 a
    // minute on Peere's, a sandbox's own) or, where it is not known, the run's pacing; 0: none (a
    // sandbox without limits, or an unknown server and no pacing).
    double callsPerMinute = 0;
    double ceilingPerMinute = 0; // callsPerMinute × batchSize; 0: no ceiling
    double recordsPerMinute = 0; // observed pace over the recent batches; 0: not measured yet
    qint64 queue = 0;            // records still to send or to confirm
    qint64 etaSeconds = -1;      // -1: unknown
    qint64 p50LatencyMs = 0;
    qint64 p95LatencyMs = 0;
    qint64 slowestMs = 0;
    int throughputSeconds = 60; // the length of the throughput intervals
    QList<ThroughputPoint> throughput;

    QList<BreakdownRow> issuesByField;
    QList<BreakdownRow> issuesByRule;
    QList<BreakdownRow> failureCauses; // validation rules and server messages, most frequent first
    QList<QualityPoint> qualityTrend;

    // The unit, in seconds, the throughput's time axis reads best in: seconds for a run of up to
    // 3 minutes, minutes up to 5 hours, hours beyond.
    int throughputUnit() const
    {
        const double span = throughput.isEmpty() ? 0 : throughput.constLast().seconds;
        return span <= 180 ? 1 : span <= 5 * 3600 ? 60 : 3600;
    }
    bool hasCeiling() const { return ceilingPerMinute > 0; }
    // The observed pace is over the ceiling (as shown, in whole records a minute): a burst, or a
    // limit that is not the one the journal records.
    bool aboveCeiling() const
    {
        return hasCeiling() && std::round(recordsPerMinute) > std::round(ceilingPerMinute);
    }

    double validationErrorPercent() const
    {
        return totals.records == 0 ? 0.0 : 100.0 * double(totals.invalid) / double(totals.records);
    }
};

} // namespace Peere

Q_DECLARE_METATYPE(Peere::MetricsSnapshot)
