#include "metricscalculator.h"

#include "batchfates.h"
#include "failurecause.h"
#include "api/environment.h"
#include "journal/journal.h"
#include "migration/runsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// How many recent batches the observed pace (and so the ETA) is measured over.
constexpr int paceWindow = 10;

Failure queryFailure(const QSqlQuery &query)
{
    return failure(QCoreApplication::translate("Peere::Metrics",
                                               "The journal could not be read: %1")
                       .arg(query.lastError().text()));
}

double rate(qint64 good, qint64 decided)
{
    return decided == 0 ? NAN : 100.0 * double(good) / double(decided);
}

QDateTime utc(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    return at;
}

QList<BreakdownRow> sortedRows(const QHash<QString, qint64> &counts, qint64 records, bool server)
{
    QList<BreakdownRow> rows;
    rows.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        rows.append({it.key(), it.value(),
                     records == 0 ? 0.0 : 100.0 * double(it.value()) / double(records), server});
    }
    // Most frequent first; ties by label so that the order is the same on every refresh.
    std::sort(rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return rows;
}

void readBatches(MetricsSnapshot &snapshot, const QList<BatchInfo> &infos,
                 const QHash<qint64, std::array<qint64, 8>> &fates)
{
    snapshot.batches.reserve(infos.size());
    for (const BatchInfo &info : infos) {
        BatchMetrics batch;
        batch.id = info.id;
        batch.phase = info.phase;
        batch.size = info.size;
        batch.state = info.state;
        batch.sentAt = info.sentAt;
        if (batch.sentAt.isValid())
            batch.sentAt.setTimeSpec(Qt::UTC);
        batch.latencyMs = info.answer.latencyMs;
        batch.httpStatus = info.answer.httpStatus;
        const QJsonObject summary = QJsonDocument::fromJson(info.answer.summary).object();
        batch.serverDuplicates = summary.value("duplicates"_L1).toInt();
        batch.serverInvalid = summary.value("invalidData"_L1).toInt();
        const auto fate = fates.value(info.id);
        batch.migrated = fate[int(RecordState::Migrated)] + fate[int(RecordState::Verified)];
        batch.failed = fate[int(RecordState::Failed)];
        batch.mismatch = fate[int(RecordState::Mismatch)];
        batch.pendingFate = fate[int(RecordState::InFlight)] + fate[int(RecordState::Unknown)];
        batch.successRate = rate(batch.migrated, batch.migrated + batch.failed + batch.mismatch);
        snapshot.batches.append(batch);
    }
    std::stable_sort(snapshot.batches.begin(), snapshot.batches.end(),
                     [](const BatchMetrics &a, const BatchMetrics &b) {
                         return a.phase != b.phase ? a.phase < b.phase : a.id < b.id;
                     });
    // The x axis follows the order of sending; the cumulative line restarts with each phase.
    QList<qint64> ids;
    for (const BatchMetrics &batch : std::as_const(snapshot.batches))
        ids.append(batch.id);
    std::sort(ids.begin(), ids.end());
    qint64 good = 0, decided = 0;
    for (qsizetype i = 0; i < snapshot.batches.size(); ++i) {
        BatchMetrics &batch = snapshot.batches[i];
        batch.sequence = int(std::lower_bound(ids.cbegin(), ids.cend(), batch.id) - ids.cbegin()) + 1;
        if (i == 0 || snapshot.batches.at(i - 1).phase != batch.phase)
            good = decided = 0;
        good += batch.migrated;
        decided += batch.migrated + batch.failed + batch.mismatch;
        batch.cumulativeSuccessRate = rate(good, decided);
    }
}

// Counts by phase and state: a scan of the (phase, state) index alone.
bool readCounts(QSqlQuery &query, MetricsSnapshot &snapshot, BatchFates::Counts &byState)
{
    if (!query.exec(u"SELECT phase, state, count(*) FROM records GROUP BY phase, state"_s))
        return false;
    while (query.next()) {
        const int phase = query.value(0).toInt();
        const auto state = RecordState(query.value(1).toInt());
        const qint64 n = query.value(2).toLongLong();
        snapshot.totals.add(state, n);
        if (phase >= 0 && phase < phaseCount)
            snapshot.phases[phase].counts.add(state, n);
        if (int(state) >= 0 && int(state) < 8)
            byState[int(state)] += n;
    }
    return true;
}

// The four targets of a set of records (a phase, or the whole migration) from their counts,
// whether any of their batches was sent, and the slowest one the server answered.
std::array<KpiValue, kpiCount> kpisOf(const JournalCounts &c, bool batchesSent, qint64 slowestMs)
{
    std::array<KpiValue, kpiCount> kpis;
    kpis[int(Kpi::SuccessRate)] = c.attempted() > 0
                                      ? KpiValue::of(Kpi::SuccessRate, c.successRate())
                                      : KpiValue::none(Kpi::SuccessRate);
    kpis[int(Kpi::BatchTime)] = batchesSent
                                    ? KpiValue::of(Kpi::BatchTime, double(slowestMs) / 60000.0)
                                    : KpiValue::none(Kpi::BatchTime);
    kpis[int(Kpi::ValidationErrors)]
        = c.records > 0
              ? KpiValue::of(Kpi::ValidationErrors, 100.0 * double(c.invalid) / double(c.records))
              : KpiValue::none(Kpi::ValidationErrors);
    const qint64 checked = c.verified + c.mismatch;
    kpis[int(Kpi::PostMigrationErrors)]
        = checked > 0
              ? KpiValue::of(Kpi::PostMigrationErrors, 100.0 * double(c.mismatch) / double(checked))
              : KpiValue::none(Kpi::PostMigrationErrors);
    return kpis;
}

// Latency percentiles, pace and duplicates of a set of batches.
struct BatchFigures
{
    qint64 p50 = 0, p95 = 0, slowest = 0;
    double perMinute = 0;
    qint64 duplicates = 0, invalid = 0;
};

BatchFigures figuresOf(const QList<const BatchMetrics *> &batches)
{
    BatchFigures figures;
    QList<qint64> latencies;
    QDateTime first, last;
    qint64 records = 0, firstSize = 0;
    for (const BatchMetrics *batch : batches) {
        figures.duplicates += batch->serverDuplicates;
        figures.invalid += batch->serverInvalid;
        if (batch->answered() && batch->httpStatus != 0)
            latencies.append(batch->latencyMs);
        if (batch->sentAt.isValid()) {
            records += batch->size;
            const QDateTime end = batch->sentAt.addMSecs(batch->latencyMs);
            if (!first.isValid() || batch->sentAt < first) {
                first = batch->sentAt;
                firstSize = batch->size;
            }
            if (!last.isValid() || end > last)
                last = end;
        }
    }
    figures.p50 = MetricsCalculator::percentile(latencies, 50);
    figures.p95 = MetricsCalculator::percentile(latencies, 95);
    figures.slowest = latencies.isEmpty() ? 0 : *std::max_element(latencies.cbegin(), latencies.cend());
    // The records of every batch but the first over the time from the first sending to the last
    // answer: n batches sent at a steady pace span n - 1 intervals, so counting the first one too
    // would read a run exactly at its ceiling as over it (10 batches: by 11 %). One batch: no pace.
    const qint64 spanMs = first.isValid() ? first.msecsTo(last) : 0;
    figures.perMinute = spanMs > 0 ? double(records - firstSize) * 60000.0 / double(spanMs) : 0;
    return figures;
}

// The whole migration's figures from its counts and batches (no record fates needed): the
// latencies, the four targets, the throughput against the ceiling, the queue and the ETA.
void summarise(MetricsSnapshot &snapshot, const Journal &journal)
{
    QList<const BatchMetrics *> all;
    for (const BatchMetrics &batch : std::as_const(snapshot.batches)) {
        if (int(batch.phase) >= 0 && int(batch.phase) < phaseCount)
            all.append(&batch);
    }
    const JournalCounts &t = snapshot.totals;
    const BatchFigures overall = figuresOf(all);
    snapshot.p50LatencyMs = overall.p50;
    snapshot.p95LatencyMs = overall.p95;
    snapshot.slowestMs = overall.slowest;
    snapshot.kpis = kpisOf(t, !all.isEmpty(), overall.slowest);

    // Throughput against the ceiling, the queue and the ETA.
    snapshot.batchSize = MetricsCalculator::batchSize(journal);
    snapshot.callsPerMinute = MetricsCalculator::ceilingCallsPerMinute(journal);
    snapshot.ceilingPerMinute = snapshot.callsPerMinute * snapshot.batchSize;
    snapshot.throughput
        = MetricsCalculator::throughputOf(snapshot.batches, &snapshot.throughputSeconds);
    QList<const BatchMetrics *> bySending = all;
    std::sort(bySending.begin(), bySending.end(), [](const BatchMetrics *a, const BatchMetrics *b) {
        return a->id < b->id;
    });
    snapshot.recordsPerMinute
        = figuresOf(bySending.mid(qMax<qsizetype>(0, bySending.size() - paceWindow))).perMinute;
    snapshot.queue = t.pending + t.inFlight + t.unknown;
    // The pace the rest will go at: the one observed, never faster than the ceiling or the
    // pacing allow; before anything is observed, what they allow.
    double allowed = snapshot.ceilingPerMinute;
    bool paced = false;
    const double pacing = journal.setting(RunSettings::batchesPerMinuteKey).toDouble(&paced);
    if (paced && pacing > 0) {
        const double byPacing = pacing * snapshot.batchSize;
        allowed = allowed > 0 ? std::min(allowed, byPacing) : byPacing;
    }
    const double pace = snapshot.recordsPerMinute > 0 && allowed > 0
                            ? std::min(snapshot.recordsPerMinute, allowed)
                        : snapshot.recordsPerMinute > 0 ? snapshot.recordsPerMinute
                                                        : allowed;
    snapshot.etaSeconds = snapshot.queue == 0 ? 0
                          : pace > 0 ? qint64(std::ceil(double(snapshot.queue) * 60.0 / pace))
                                     : -1;
}

} // namespace

qint64 MetricsCalculator::percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double MetricsCalculator::ceilingCallsPerMinute(const Journal &journal)
{
    bool known = false;
    const double limit = journal.setting(RunSettings::batchLimitKey).toDouble(&known);
    if (known)
        return std::max(0.0, limit);
    // A journal from before the pacing was recorded was paced at the documented limit.
    const double pacing = journal.setting(RunSettings::batchesPerMinuteKey)
                              .toDouble(&known);
    return known ? std::max(0.0, pacing) : double(Environment::documentedBatchesPerMinute);
}

int MetricsCalculator::throughputInterval(double spanSeconds, qsizetype batches)
{
    // Nice lengths, so that the axis reads in whole seconds or minutes.
    static constexpr int lengths[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};
    const double wanted = std::max(spanSeconds / maxThroughputPoints,
                                   batches > 1 ? 2.0 * spanSeconds / double(batches - 1) : 0.0);
    for (const int length : lengths) {
        if (length >= wanted)
            return length;
    }
    return int(std::ceil(wanted / 3600.0)) * 3600;
}

QList<ThroughputPoint> MetricsCalculator::throughputOf(const QList<BatchMetrics> &batches,
                                                       int *intervalSeconds)
{
    QDateTime start;
    qsizetype sent = 0;
    for (const BatchMetrics &batch : batches) {
        if (!batch.sentAt.isValid())
            continue;
        ++sent;
        if (!start.isValid() || batch.sentAt < start)
            start = batch.sentAt;
    }
    qint64 endMs = 0; // the last answer (or sending), from the first sending
    for (const BatchMetrics &batch : batches) {
        if (batch.sentAt.isValid())
            endMs = std::max(endMs, start.msecsTo(batch.sentAt) + batch.latencyMs);
    }
    const int interval = throughputInterval(double(endMs) / 1000.0, sent);
    if (intervalSeconds)
        *intervalSeconds = interval;
    if (sent == 0)
        return {};
    const qint64 intervalMs = qint64(interval) * 1000;
    qsizetype count = std::max<qsizetype>(1, qsizetype((endMs + intervalMs - 1) / intervalMs));
    QList<ThroughputPoint> points(count);
    for (const BatchMetrics &batch : batches) {
        if (batch.sentAt.isValid()) {
            const qint64 at = start.msecsTo(batch.sentAt);
            points[std::min<qsizetype>(count - 1, qsizetype(at / intervalMs))].records += batch.size;
        }
    }
    // Each interval ends at its full length but the last, which ends at the last answer; a last
    // one shorter than half an interval joins the one before (or, alone, counts as half an
    // interval), so that neither a few records at the very end nor one batch alone in a tiny
    // interval make a spike or a drop.
    qint64 lastMs = endMs - (count - 1) * intervalMs;
    if (count > 1 && lastMs < intervalMs / 2) {
        points[count - 2].records += points.at(count - 1).records;
        points.removeLast();
        --count;
        lastMs += intervalMs;
    }
    for (qsizetype i = 0; i < count; ++i) {
        ThroughputPoint &point = points[i];
        const qint64 lengthMs = i + 1 < count ? intervalMs : std::max(lastMs, intervalMs / 2);
        point.seconds = double(i * intervalMs + lengthMs) / 1000.0;
        point.perMinute = double(point.records) * 60000.0 / double(lengthMs);
    }
    return points;
}

int MetricsCalculator::batchSize(const Journal &journal)
{
    const int size = journal.setting(u"batchSize"_s).toInt();
    if (size > 0)
        return size;
    return journal.kind().value_or(RecordKind::Customers) == RecordKind::Merchants ? 100 : 500;
}

Result<MetricsSnapshot> MetricsCalculator::computeSummary(const Journal &journal,
                                                          const QDateTime &now)
{
    MetricsSnapshot snapshot;
    snapshot.journalPath = journal.path();
    snapshot.kind = journal.kind().value_or(RecordKind::Customers);
    snapshot.computedAt = now;
    QSqlQuery query(journal.database());
    query.setForwardOnly(true);
    BatchFates::Counts byState = {};
    if (!readCounts(query, snapshot, byState))
        return queryFailure(query);
    Result<QList<BatchInfo>> infos = journal.batches();
    if (!infos)
        return Failure{infos.error()};
    readBatches(snapshot, *infos, {}); // without the fates of their records
    for (int index = 0; index < phaseCount; ++index)
        snapshot.phases[index].phase = Phase(index);
    snapshot.phases[int(Phase::Verify)].counts = snapshot.totals; // as compute() has it
    summarise(snapshot, journal);
    return snapshot;
}

Result<MetricsSnapshot> MetricsCalculator::compute(const Journal &journal, const QDateTime &now,
                                                   BatchFates *fates)
{
    MetricsSnapshot snapshot;
    snapshot.journalPath = journal.path();
    snapshot.kind = journal.kind().value_or(RecordKind::Customers);
    snapshot.computedAt = now;
    const QSqlDatabase db = journal.database();
    QSqlQuery query(db);
    query.setForwardOnly(true);

    BatchFates::Counts byState = {};
    if (!readCounts(query, snapshot, byState))
        return queryFailure(query);

    // The fate of each batch's records (a record counts for the last batch it was sent in).
    BatchFates everyBatch;
    BatchFates &batchFates = fates ? *fates : everyBatch;
    if (VoidResult read = batchFates.update(journal, byState); !read)
        return Failure{read.error()};
    Result<QList<BatchInfo>> infos = journal.batches();
    if (!infos)
        return Failure{infos.error()};
    readBatches(snapshot, *infos, batchFates.fates());

    // Validation issues by rule and field (the first error of each invalid record).
    QHash<QString, qint64> byRule, byField, causes;
    qint64 validationDuplicates[phaseCount] = {}, validationInvalid[phaseCount] = {};
    if (!query.exec(u"SELECT phase, reason, count(*) FROM records "
                    "WHERE phase IN (0, 1, 2, 3) AND state = 0 GROUP BY phase, reason"_s))
        return queryFailure(query);
    while (query.next()) {
        const int phase = std::clamp(query.value(0).toInt(), 0, phaseCount - 1);
        const QString reason = query.value(1).toString();
        const qint64 n = query.value(2).toLongLong();
        const QString rule = ruleOfReason(reason);
        const QString field = fieldOfReason(reason);
        byRule[rule.isEmpty() ? u"?"_s : rule] += n;
        byField[field.isEmpty() ? u"(row)"_s : field] += n;
        causes[reason] += n;
        (rule.startsWith(u"duplicate."_s) ? validationDuplicates : validationInvalid)[phase] += n;
    }
    snapshot.issuesByRule = sortedRows(byRule, snapshot.totals.records, false);
    snapshot.issuesByField = sortedRows(byField, snapshot.totals.records, false);

    // Server refusals and records the verify phase could not find, by normalised message.
    // (The fates hold them, by batch: a refresh reads only the batches that changed.)
    const QHash<QString, qint64> serverCauses = batchFates.causes();
    snapshot.failureCauses = sortedRows(causes, snapshot.totals.records, false)
                             + sortedRows(serverCauses, snapshot.totals.records, true);
    std::stable_sort(snapshot.failureCauses.begin(), snapshot.failureCauses.end(),
                     [](const BreakdownRow &a, const BreakdownRow &b) { return a.count > b.count; });

    // Phases: status, times, gate decisions.
    QDateTime importedAt;
    if (!query.exec(u"SELECT phase, status, started_at, finished_at, decision, decided_by, "
                    "decided_at, note, frozen_at FROM phases ORDER BY phase"_s))
        return queryFailure(query);
    while (query.next()) {
        const int index = query.value(0).toInt();
        if (index < 0 || index >= phaseCount)
            continue;
        PhaseMetrics &phase = snapshot.phases[index];
        phase.status = phaseStatusFromName(query.value(1).toString());
        phase.startedAt = utc(query.value(2));
        phase.finishedAt = utc(query.value(3));
        phase.decision = query.value(4).toString();
        phase.decidedBy = query.value(5).toString();
        phase.decidedAt = utc(query.value(6));
        phase.note = query.value(7).toString();
        if (index == 0)
            importedAt = utc(query.value(8));
    }

    // Per phase figures and KPIs. Verify covers every record: it shows the totals.
    for (int index = 0; index < phaseCount; ++index) {
        PhaseMetrics &phase = snapshot.phases[index];
        phase.phase = Phase(index);
        if (phase.phase == Phase::Verify)
            phase.counts = snapshot.totals;
        QList<const BatchMetrics *> mine;
        for (const BatchMetrics &batch : std::as_const(snapshot.batches)) {
            if (batch.phase == phase.phase)
                mine.append(&batch);
        }
        const BatchFigures figures = figuresOf(mine);
        phase.batches = int(mine.size());
        phase.p50LatencyMs = figures.p50;
        phase.p95LatencyMs = figures.p95;
        phase.slowestMs = figures.slowest;
        phase.recordsPerMinute = figures.perMinute;
        const int v = phase.phase == Phase::Verify ? -1 : index;
        phase.duplicates = figures.duplicates + (v < 0 ? 0 : validationDuplicates[v]);
        phase.invalidData = figures.invalid + (v < 0 ? 0 : validationInvalid[v]);
        phase.kpis = kpisOf(phase.counts, !mine.isEmpty(), figures.slowest);
    }

    summarise(snapshot, journal);
    const JournalCounts &t = snapshot.totals;

    // The data-quality trend: replay the edits that changed a record's validity.
    if (!query.exec(u"SELECT at, invalid_before, invalid_after FROM edits "
                    "WHERE invalid_before IS NOT NULL AND invalid_before <> invalid_after "
                    "ORDER BY id"_s))
        return queryFailure(query);
    QList<std::pair<QDateTime, qint64>> changes;
    qint64 net = 0;
    while (query.next()) {
        const qint64 delta = query.value(2).toLongLong() - query.value(1).toLongLong();
        changes.append({utc(query.value(0)), delta});
        net += delta;
    }
    qint64 invalid = t.invalid - net;
    const auto share = [&](qint64 n) {
        return t.records == 0 ? 0.0 : 100.0 * double(n) / double(t.records);
    };
    snapshot.qualityTrend.append({importedAt, invalid, share(invalid)});
    for (const auto &[at, delta] : std::as_const(changes)) {
        invalid += delta;
        snapshot.qualityTrend.append({at, invalid, share(invalid)});
    }
    return snapshot;
}

} // namespace Peere
