#include "reportwriter.h"

#include "reportcanvas.h"
#include "reportcharts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace Peere::Report {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Peere::Report", text);
}

const QColor blue(0x1f, 0x6f, 0xb4);
const QColor orange(0xe0, 0x7b, 0x00);
const QColor green(0x2e, 0x8b, 0x57);
const QColor grey(0x70, 0x70, 0x70);
const QColor purple(0x7b, 0x3f, 0xa0);

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double value)
{
    return std::isnan(value) ? u"\u2014"_s : tr("%1%").arg(QLocale().toString(value, 'f', 1));
}

QString seconds(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"\u2014"_s;
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Pilot: return tr("Pilot");
    case Phase::Expand: return tr("Expand");
    case Phase::Complete: return tr("Complete");
    case Phase::Verify: return tr("Verify");
    }
    return {};
}

QString statusTitle(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Pending: return tr("not started");
    case PhaseStatus::Running: return tr("running");
    case PhaseStatus::AwaitingDecision: return tr("awaiting a decision");
    case PhaseStatus::Done: return tr("done");
    case PhaseStatus::Stopped: return tr("stopped");
    }
    return {};
}

QList<QStringList> kpiRows(const std::array<KpiValue, kpiCount> &kpis)
{
    QList<QStringList> rows;
    for (const KpiValue &kpi : kpis)
        rows.append({kpiTitle(kpi.kpi), kpi.figure(), kpiTargetText(kpi.kpi), kpiStatusText(kpi.status)});
    return rows;
}

void summary(ReportCanvas &canvas, const MetricsSnapshot &s)
{
    canvas.title(tr("Migration report"));
    canvas.paragraph(tr("Journal: %1").arg(QDir::toNativeSeparators(s.journalPath)));
    canvas.paragraph(s.kind == RecordKind::Merchants ? tr("Records: merchants")
                                                     : tr("Records: customers"));
    canvas.paragraph(tr("Figures as of %1.").arg(when(s.computedAt)));
    canvas.heading(tr("Summary"));
    const JournalCounts &t = s.totals;
    canvas.table({tr("Records"), tr("Invalid"), tr("Migrated"), tr("Failed"), tr("Remaining"),
                  tr("Batches"), tr("Success rate")},
                 {{count(t.records), count(t.invalid), count(t.migrated), count(t.failed),
                   count(s.queue), count(s.batches.size()),
                   t.attempted() > 0 ? percent(t.successRate()) : u"\u2014"_s}},
                 {0.14, 0.14, 0.14, 0.14, 0.15, 0.13, 0.16});
    // As the dashboard says it: no ceiling where the environment has none, and a pace over the
    // ceiling said to be over it.
    const QString pace = QLocale().toString(s.recordsPerMinute, 'f', 0);
    const QString ceiling = QLocale().toString(s.ceilingPerMinute, 'f', 0);
    const QString p50 = seconds(s.p50LatencyMs), p95 = seconds(s.p95LatencyMs),
                  slowest = seconds(s.slowestMs);
    if (!s.hasCeiling())
        canvas.paragraph(tr("API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a "
                            "minute; the environment set no rate limit.")
                             .arg(p50, p95, slowest, pace));
    else if (s.aboveCeiling())
        canvas.paragraph(tr("API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a "
                            "minute, above the ceiling of %5.")
                             .arg(p50, p95, slowest, pace, ceiling));
    else
        canvas.paragraph(tr("API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a "
                            "minute against a ceiling of %5.")
                             .arg(p50, p95, slowest, pace, ceiling));
    canvas.heading(tr("Targets"));
    canvas.table({tr("Measure"), tr("Figure"), tr("Target"), tr("Status")}, kpiRows(s.kpis),
                 {0.34, 0.18, 0.26, 0.22});
}

void phases(ReportCanvas &canvas, const MetricsSnapshot &s)
{
    for (const PhaseMetrics &p : s.phases) {
        canvas.heading(tr("Phase: %1 (%2)").arg(phaseTitle(p.phase), statusTitle(p.status)));
        canvas.paragraph(tr("%1 records, %2 migrated, %3 failed, %4 invalid, in %5 batches. "
                            "Latency p50 %6, p95 %7.")
                             .arg(count(p.counts.records), count(p.counts.migrated),
                                  count(p.counts.failed), count(p.counts.invalid),
                                  count(p.batches), seconds(p.p50LatencyMs),
                                  seconds(p.p95LatencyMs)));
        canvas.table({tr("Measure"), tr("Figure"), tr("Target"), tr("Status")}, kpiRows(p.kpis),
                     {0.34, 0.18, 0.26, 0.22});
        if (p.decision.isEmpty()) {
            canvas.paragraph(tr("Gate decision: none recorded."));
        } else {
            const QString decision = p.decision == u"approved"_s ? tr("approved") : tr("stopped");
            canvas.paragraph(tr("Gate decision: %1 by %2 on %3.")
                                 .arg(decision, p.decidedBy, when(p.decidedAt)));
            if (!p.note.isEmpty())
                canvas.paragraph(tr("Note: %1").arg(p.note));
        }
    }
}

void charts(ReportCanvas &canvas, const MetricsSnapshot &s)
{
    canvas.newPage();
    canvas.heading(tr("Charts"));
    const double h = 200;
    LineSeries perBatch{tr("Success per batch"), {}, blue, false, true};
    LineSeries time{tr("Processing time"), {}, blue, false, false};
    QList<LineSeries> cumulative;
    double last = 1;
    for (const BatchMetrics &b : s.batches) {
        if (!std::isnan(b.successRate))
            perBatch.points.append({double(b.sequence), b.successRate});
        time.points.append({double(b.sequence), double(b.latencyMs) / 60000.0});
        last = std::max(last, double(b.sequence));
    }
    const QColor phaseColours[3] = {green, orange, purple};
    for (int phase = 0; phase < 3; ++phase) {
        LineSeries line{tr("Cumulative, %1").arg(phaseTitle(Phase(phase))), {}, phaseColours[phase],
                        false, false};
        for (const BatchMetrics &b : s.batches) {
            if (int(b.phase) == phase && !std::isnan(b.cumulativeSuccessRate))
                line.points.append({double(b.sequence), b.cumulativeSuccessRate});
        }
        if (!line.points.isEmpty())
            cumulative.append(line);
    }
    drawLineChart(canvas.painter(), canvas.area(h), tr("Success rate per batch"),
                  QList<LineSeries>{perBatch} + cumulative
                      + QList<LineSeries>{{tr("Target 95%"), {{0, 95}, {last, 95}}, grey, true, false}},
                  tr("Batch"), tr("Success (%)"));
    drawLineChart(canvas.painter(), canvas.area(h), tr("Processing time per batch"),
                  {time, {tr("Target 5 minutes"), {{0, 5}, {last, 5}}, grey, true, false}},
                  tr("Batch"), tr("Minutes"));
    // The same intervals and unit as the dashboard's; points where a line would have one point.
    const int unit = s.throughputUnit();
    LineSeries sent{tr("Records sent"), {}, blue, false, s.throughput.size() < 2};
    for (const ThroughputPoint &point : s.throughput)
        sent.points.append({point.seconds / unit, point.perMinute});
    const double end = std::max(1.0, sent.points.isEmpty() ? 0.0 : sent.points.constLast().x());
    QList<LineSeries> throughput{sent};
    if (s.hasCeiling())
        throughput.append({tr("Ceiling"), {{0, s.ceilingPerMinute}, {end, s.ceilingPerMinute}},
                           grey, true, false});
    drawLineChart(canvas.painter(), canvas.area(h),
                  tr("Throughput against the ceiling (%1 records remaining)").arg(count(s.queue)),
                  throughput,
                  unit == 1 ? tr("Seconds into the run")
                  : unit == 60 ? tr("Minutes into the run") : tr("Hours into the run"),
                  tr("Records per minute"));
    const auto breakdown = [&](const QString &title, const QList<BreakdownRow> &rows, bool share) {
        QStringList labels;
        BarSet set{share ? tr("% of records") : tr("Records"), {}, share ? orange : blue};
        for (const BreakdownRow &row : rows.mid(0, 10)) {
            labels.append(row.label);
            set.values.append(share ? row.percent : double(row.count));
        }
        drawBarChart(canvas.painter(), canvas.area(std::max(90.0, 40.0 + 16.0 * double(labels.size()))),
                     title, labels, {set}, set.name, share ? 1.0 : -1);
    };
    breakdown(tr("Data quality by field (target under 1%)"), s.issuesByField, true);
    breakdown(tr("Data quality by rule (target under 1%)"), s.issuesByRule, true);
    breakdown(tr("Failures by cause"), s.failureCauses, false);
    BarSet duplicates{tr("Duplicates"), {}, orange}, invalid{tr("Invalid data"), {}, purple};
    QStringList phases;
    for (int phase = 0; phase < 3; ++phase) {
        phases.append(phaseTitle(Phase(phase)));
        duplicates.values.append(double(s.phases[phase].duplicates));
        invalid.values.append(double(s.phases[phase].invalidData));
    }
    drawBarChart(canvas.painter(), canvas.area(120), tr("Duplicates against invalid data"), phases,
                 {duplicates, invalid}, tr("Records"));
}

void failures(ReportCanvas &canvas, const MetricsSnapshot &s)
{
    canvas.heading(tr("Failures by cause"));
    if (s.failureCauses.isEmpty()) {
        canvas.paragraph(tr("No record failed."));
        return;
    }
    QList<QStringList> rows;
    for (const BreakdownRow &row : s.failureCauses) {
        rows.append({row.label, row.server ? tr("server") : tr("validation"), count(row.count),
                     percent(row.percent)});
    }
    canvas.table({tr("Cause"), tr("Found by"), tr("Records"), tr("Share")}, rows,
                 {0.58, 0.14, 0.14, 0.14});
}

} // namespace

Result<int> ReportWriter::writePdf(const MetricsSnapshot &snapshot, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("The report cannot be written to %1: %2").arg(shown, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one unit = one point: the canvas lays out in points
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("Migration report"));
        writer.setCreator(u"Peere Migration Console"_s);
        ReportCanvas canvas(&writer);
        if (!canvas.isActive())
            return failure(tr("The report cannot be written to %1.").arg(shown));
        summary(canvas, snapshot);
        phases(canvas, snapshot);
        charts(canvas, snapshot);
        failures(canvas, snapshot);
        canvas.finish();
        pages = canvas.pageCount();
    }
    if (!file.commit())
        return failure(tr("The report cannot be written to %1: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace Peere::Report
