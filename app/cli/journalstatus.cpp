#include "journalstatus.h"

#include "command.h"
#include "journal/journal.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricssnapshot.h"
#include "metrics/phasemetricsmodel.h"

#include <cmath>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Result<QJsonObject> journalStatus(const Journal &journal)
{
    const Result<qint64> batches = journal.batchCount();
    if (!batches)
        return Failure{batches.error()};
    // The figures the dashboard shows, from aggregates alone (quick on millions of records).
    const Result<MetricsSnapshot> metrics = MetricsCalculator::computeSummary(journal);
    if (!metrics)
        return Failure{metrics.error()};
    QJsonObject phases;
    for (int i = 0; i < phaseCount; ++i)
        phases.insert(phaseName(Phase(i)), phaseStatusName(journal.phaseStatus(Phase(i))));
    const JournalCounts &c = metrics->totals; // Journal::counts(), read once
    QJsonObject status{
        {u"kind"_s, journal.kind() ? kindName(*journal.kind()) : QString()},
        {u"records"_s, c.records},
        {u"invalid"_s, c.invalid},
        {u"pending"_s, c.pending},
        // Sent and not confirmed yet: in flight now, or left in flight by a run that stopped.
        {u"inFlight"_s, c.inFlight + c.unknown},
        {u"migrated"_s, c.migrated},
        {u"failed"_s, c.failed},
        {u"verified"_s, c.verified},
        {u"mismatch"_s, c.mismatch},
        // Left out on the review page after the records came in (not among `records`).
        {u"excluded"_s, c.excluded},
        {u"phases"_s, phases},
        {u"batches"_s, *batches},
        {u"successRate"_s, std::round(c.successRate() * 10.0) / 10.0},
        {u"kpis"_s, kpisJson(*metrics)},
        {u"throughput"_s, throughputJson(*metrics)},
    };
    // After creation: the device links, once a devices file was brought in.
    const Result<DeviceCounts> devices = journal.deviceCounts();
    if (!devices)
        return Failure{devices.error()};
    if (devices->total > 0)
        status.insert(u"devices"_s, QJsonObject{{u"devices"_s, devices->total},
                                                {u"invalid"_s, devices->invalid},
                                                {u"pending"_s, devices->pending},
                                                {u"unknown"_s, devices->unknown + devices->inFlight},
                                                {u"linked"_s, devices->linked},
                                                {u"failed"_s, devices->failed}});
    return status;
}

QJsonObject kpisJson(const MetricsSnapshot &snapshot)
{
    QJsonObject kpis;
    for (const KpiValue &kpi : snapshot.kpis) {
        const QJsonValue value = kpi.measured ? QJsonValue(std::round(kpi.value * 100.0) / 100.0)
                                              : QJsonValue();
        kpis.insert(kpiName(kpi.kpi),
                    QJsonObject{{u"value"_s, value}, {u"status"_s, kpiStatusName(kpi.status)}});
    }
    return kpis;
}

QJsonObject throughputJson(const MetricsSnapshot &snapshot)
{
    // The dashboard's figures: the pace over the recent batches against the ceiling of the
    // environment the run used (null where it has none), and the ETA (null while unknown).
    return {
        {u"recordsPerMinute"_s, std::round(snapshot.recordsPerMinute)},
        {u"ceilingPerMinute"_s, snapshot.hasCeiling()
                                    ? QJsonValue(std::round(snapshot.ceilingPerMinute))
                                    : QJsonValue()},
        {u"aboveCeiling"_s, snapshot.aboveCeiling()},
        {u"etaSeconds"_s, snapshot.etaSeconds >= 0 ? QJsonValue(snapshot.etaSeconds) : QJsonValue()},
    };
}

QString journalStatusText(const QJsonObject &s)
{
    const QJsonObject phases = s.value(u"phases"_s).toObject();
    QString text = u"%1: %2 records, %3 migrated (%4 verified), %5 failed, %6 invalid, %7 pending, "
                   "%8 in flight; %9 batches, success rate %10%\n"_s
                       .arg(s.value(u"kind"_s).toString())
                       .arg(s.value(u"records"_s).toInteger())
                       .arg(s.value(u"migrated"_s).toInteger())
                       .arg(s.value(u"verified"_s).toInteger())
                       .arg(s.value(u"failed"_s).toInteger())
                       .arg(s.value(u"invalid"_s).toInteger())
                       .arg(s.value(u"pending"_s).toInteger())
                       .arg(s.value(u"inFlight"_s).toInteger())
                       .arg(s.value(u"batches"_s).toInteger())
                       .arg(s.value(u"successRate"_s).toDouble(), 0, 'f', 1);
    if (const qint64 excluded = s.value(u"excluded"_s).toInteger(); excluded > 0)
        text += u"%1 excluded on the review page (not sent)\n"_s.arg(excluded);
    QStringList phaseLines;
    for (int i = 0; i < phaseCount; ++i)
        phaseLines.append(u"%1 %2"_s.arg(PhaseMetricsModel::phaseTitle(Phase(i)),
                                         phases.value(phaseName(Phase(i))).toString()));
    text += u"phases: "_s + phaseLines.join(u", "_s) + u"\n"_s;
    const QJsonObject kpis = s.value(u"kpis"_s).toObject();
    QStringList targets;
    for (auto it = kpis.constBegin(); it != kpis.constEnd(); ++it) {
        const QJsonObject kpi = it.value().toObject();
        const QJsonValue value = kpi.value(u"value"_s);
        targets.append(u"%1 %2 (%3)"_s.arg(it.key(),
                                           value.isNull() ? u"-"_s : QString::number(value.toDouble()),
                                           kpi.value(u"status"_s).toString()));
    }
    if (!targets.isEmpty())
        text += u"targets: "_s + targets.join(u", "_s) + u"\n"_s;
    if (const QJsonObject t = s.value(u"throughput"_s).toObject(); !t.isEmpty()) {
        const qint64 pace = t.value(u"recordsPerMinute"_s).toInteger();
        const QJsonValue ceiling = t.value(u"ceilingPerMinute"_s);
        if (ceiling.isNull())
            text += u"throughput: %1 records per minute (no rate limit)\n"_s.arg(pace);
        else if (t.value(u"aboveCeiling"_s).toBool())
            text += u"throughput: %1 records per minute, above the ceiling of %2\n"_s.arg(pace).arg(
                ceiling.toInteger());
        else
            text += u"throughput: %1 of %2 records per minute\n"_s.arg(pace).arg(ceiling.toInteger());
    }
    if (const QJsonObject d = s.value(u"devices"_s).toObject(); !d.isEmpty())
        text += u"devices: %1 linked, %2 failed, %3 invalid, %4 to do\n"_s
                    .arg(d.value(u"linked"_s).toInteger())
                    .arg(d.value(u"failed"_s).toInteger())
                    .arg(d.value(u"invalid"_s).toInteger())
                    .arg(d.value(u"pending"_s).toInteger() + d.value(u"unknown"_s).toInteger());
    return text;
}

int journalOpenExitCode(const QString &message)
{
    return message.contains(u"locked"_s) || message.contains(u"in use"_s) ? Incomplete : BadUsage;
}

} // namespace Peere::Cli
