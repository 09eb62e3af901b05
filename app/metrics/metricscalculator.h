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

    // Nearest-rank percentile: the smallest value with at least p % of the values at or below
    // it; 0 for no values. (p50 of 10, 20, 30, 40 is 20; p95 of 1..20 is 19.)
    static qint64 percentile(QList<qint64> values, double p);
    // The batch size the journal's run used (its setting, or the guide's default for the kind).
    static int batchSize(const Journal &journal);
};

} // namespace Peere
