#pragma once

#include "common/result.h"
#include "metricssnapshot.h"

#include <QList>

namespace Peere {

class BatchFates;
class Journal;

// Computes a MetricsSnapshot from a journal: aggregates in SQL (counts by phase and state, fates
// by batch, reasons grouped), the rest over the batches. Runs in whatever thread owns `journal`
// (MetricsSource's worker thread in the console; the caller's thread in peere-migrate and tests).
class MetricsCalculator
{
public:
    // `now` dates the snapshot (the ETA's origin); the figures depend on the journal only.
    // `fates`, kept by the caller between computations of the same journal, makes a refresh read
    // only the batches that changed (see BatchFates); without it every batch is read.
    static Result<MetricsSnapshot> compute(const Journal &journal,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                           BatchFates *fates = nullptr);
    // The part of a snapshot that `peere-migrate status` prints -- the totals (and each phase's
    // counts), the four targets, the throughput against the ceiling and the ETA -- from the
    // counts (an index scan) and the batches table alone, with no pass over the batches'
    // records: the same figures as compute() gives them (it uses the same code), in a fraction
    // of the time on millions of records. The rest of the snapshot is left empty.
    static Result<MetricsSnapshot>
    computeSummary(const Journal &journal, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Nearest-rank percentile: the smallest value with at least p % of the values at or below
    // it; 0 for no values. (p50 of 10, 20, 30, 40 is 20; p95 of 1..20 is 19.)
    static qint64 percentile(QList<qint64> values, double p);
    // The batch size the journal's run used (its setting, or the guide's default for the kind).
    static int batchSize(const Journal &journal);
    // The ceiling on batch calls a minute of the journal's run: the limit of the environment it
    // used, as recorded (RunSettings; 0: none), or the run's pacing where that limit is not known
    // (the documented 10 for a journal that recorded neither).
    static double ceilingCallsPerMinute(const Journal &journal);

    // At most this many intervals in the throughput chart.
    static constexpr int maxThroughputPoints = 40;
    // The length of the throughput intervals for a run of `spanSeconds` with `batches` batches:
    // the shortest of 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min and 1 h (then whole hours)
    // that gives at most maxThroughputPoints intervals and two batches an interval on average.
    static int throughputInterval(double spanSeconds, qsizetype batches);
    // Records sent in each interval from the first sending, and their pace; the length chosen
    // goes to `intervalSeconds`.
    static QList<ThroughputPoint> throughputOf(const QList<BatchMetrics> &batches,
                                               int *intervalSeconds = nullptr);
};

} // namespace Peere
