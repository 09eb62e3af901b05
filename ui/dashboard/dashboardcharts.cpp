#include "dashboardcharts.h"

#include "chartpanel.h"
#include "metrics/metricssource.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// Breakdown charts show the most frequent labels; the rest stay in the report and the triage.
constexpr int maxCategories = 10;

QChart *newChart(const QString &title)
{
    auto chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Follows the window's palette (light or dark) instead of a fixed chart theme.
    chart->setBackgroundVisible(false);
    return chart;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment where, const QString &title, double min,
                      double max)
{
    auto axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    chart->addAxis(axis, where);
    return axis;
}

void attach(QAbstractSeries *series, std::initializer_list<QAbstractAxis *> axes)
{
    for (QAbstractAxis *axis : axes)
        series->attachAxis(axis);
}

double niceMax(double value, double floor)
{
    return std::max(floor, value * 1.15);
}

} // namespace

DashboardCharts::DashboardCharts(MetricsSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    addPanel(u"successChart"_s, successChart());
    addPanel(u"timeChart"_s, timeChart());
    addPanel(u"latencyChart"_s, latencyChart());
    addPanel(u"throughputChart"_s, throughputChart());
    addPanel(u"qualityFieldChart"_s,
             breakdownChart(tr("Data quality by field (invalid records, %)"),
                            source->issuesByField(), true, &m_fieldCategories));
    addPanel(u"qualityRuleChart"_s,
             breakdownChart(tr("Data quality by rule (invalid records, %)"),
                            source->issuesByRule(), true, &m_ruleCategories));
    addPanel(u"qualityTrendChart"_s, qualityTrendChart());
    addPanel(u"causesChart"_s, breakdownChart(tr("Failures by cause (records)"),
                                              source->failureCauses(), false, &m_causeCategories));
    addPanel(u"duplicatesChart"_s, duplicatesChart());
    // Once per snapshot, after every model took it in (not on each model's own signals: five
    // updates of 2,000 batches on the first snapshot of a large run).
    connect(source, &MetricsSource::snapshotChanged, this, &DashboardCharts::update);
    update();
}

void DashboardCharts::paintOneByOne()
{
    // The first snapshot with batches fills all nine charts at once; painted together they
    // paused the window 50-60 ms on a 1,000,000-record run (bench_dashboard). Each chart is
    // painted on its own turn of the event loop instead.
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setUpdatesEnabled(false);
    for (int i = 0; i < m_panels.size(); ++i) {
        QTimer::singleShot(i, this, [panel = QPointer<ChartPanel>(m_panels.at(i))] {
            if (panel)
                panel->setUpdatesEnabled(true);
        });
    }
}

ChartPanel *DashboardCharts::addPanel(const QString &name, QChart *chart)
{
    auto panel = new ChartPanel(chart);
    panel->setObjectName(name);
    chart->setObjectName(name);
    m_panels.append(panel);
    return panel;
}

ChartPanel *DashboardCharts::panel(const QString &name) const
{
    for (ChartPanel *panel : m_panels) {
        if (panel->objectName() == name)
            return panel;
    }
    return nullptr;
}

QLineSeries *DashboardCharts::targetLine(QChart *chart, const QString &name)
{
    auto line = new QLineSeries;
    line->setName(name);
    QPen pen(QColor(0x80, 0x80, 0x80));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

QChart *DashboardCharts::successChart()
{
    QChart *chart = newChart(tr("Success rate per batch"));
    m_successX = valueAxis(chart, Qt::AlignBottom, tr("Batch"), 0, 1);
    m_successX->setLabelFormat(u"%d"_s);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, tr("Success (%)"), 0, 100);
    auto perBatch = new QScatterSeries;
    perBatch->setName(tr("Per batch"));
    perBatch->setMarkerSize(7);
    chart->addSeries(perBatch);
    attach(perBatch, {m_successX, y});
    m_perBatch = perBatch;
    // One line a phase (the rate restarts with each phase), drawn alike and named once in the
    // legend: five entries did not fit beside each other and were cut to "Cumulat...".
    const QString names[3] = {u"cumulativePilot"_s, u"cumulativeExpand"_s,
                              u"cumulativeComplete"_s};
    for (int phase = 0; phase < 3; ++phase) {
        auto line = new QLineSeries;
        line->setObjectName(names[phase]);
        line->setName(tr("Cumulative per phase"));
        chart->addSeries(line);
        attach(line, {m_successX, y});
        if (phase > 0) {
            line->setColor(m_cumulative[0]->color());
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
        m_cumulative[phase] = line;
    }
    m_successTarget = targetLine(chart, tr("Target 95%"));
    attach(m_successTarget, {m_successX, y});
    return chart;
}

QChart *DashboardCharts::timeChart()
{
    QChart *chart = newChart(tr("Processing time per batch"));
    m_timeX = valueAxis(chart, Qt::AlignBottom, tr("Batch"), 0, 1);
    m_timeX->setLabelFormat(u"%d"_s);
    m_timeY = valueAxis(chart, Qt::AlignLeft, tr("Minutes"), 0, 6);
    auto series = new QLineSeries;
    series->setName(tr("Processing time"));
    series->setPointsVisible(true);
    chart->addSeries(series);
    attach(series, {m_timeX, m_timeY});
    m_time = series;
    m_timeTarget = targetLine(chart, tr("Target 5 minutes"));
    attach(m_timeTarget, {m_timeX, m_timeY});
    return chart;
}

QChart *DashboardCharts::latencyChart()
{
    QChart *chart = newChart(tr("API latency by phase"));
    auto series = new QBarSeries;
    chart->addSeries(series);
    auto mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(PhaseMetricsModel::P50Seconds);
    mapper->setLastBarSetColumn(PhaseMetricsModel::P95Seconds);
    mapper->setFirstRow(0);
    mapper->setRowCount(phaseCount - 1); // verify sends no batches
    mapper->setSeries(series);
    mapper->setModel(m_source->phases());
    // The bar sets take the column headers as names: p50 and p95.
    auto categories = new QBarCategoryAxis;
    for (int phase = 0; phase < phaseCount - 1; ++phase)
        categories->append(PhaseMetricsModel::phaseTitle(Phase(phase)));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    m_latencyY = valueAxis(chart, Qt::AlignLeft, tr("Seconds"), 0, 1);
    series->attachAxis(m_latencyY);
    return chart;
}

QChart *DashboardCharts::throughputChart()
{
    QChart *chart = newChart(tr("Throughput against the rate-limit ceiling"));
    m_throughputChart = chart;
    m_throughputX = valueAxis(chart, Qt::AlignBottom, tr("Seconds into the run"), 0, 1);
    m_throughputX->setLabelFormat(u"%g"_s);
    m_throughputY = valueAxis(chart, Qt::AlignLeft, tr("Records/min"), 0, 10);
    m_throughputY->setLabelFormat(u"%d"_s);
    // Points as well as lines: a short run has one or two intervals, and a line of one point
    // draws nothing.
    m_sent = new QLineSeries;
    m_sent->setName(tr("Records sent"));
    m_sent->setPointsVisible(true);
    chart->addSeries(m_sent);
    attach(m_sent, {m_throughputX, m_throughputY});
    m_ceiling = new QLineSeries;
    m_ceiling->setName(tr("Ceiling"));
    QPen pen(QColor(0x80, 0x80, 0x80));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    m_ceiling->setPen(pen);
    chart->addSeries(m_ceiling);
    attach(m_ceiling, {m_throughputX, m_throughputY});
    return chart;
}

QChart *DashboardCharts::breakdownChart(const QString &title, BreakdownModel *model,
                                        bool withTarget, QBarCategoryAxis **categories)
{
    QChart *chart = newChart(title);
    auto series = new QHorizontalBarSeries;
    chart->addSeries(series);
    auto mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(withTarget ? BreakdownModel::Percent : BreakdownModel::Count);
    mapper->setLastBarSetColumn(withTarget ? BreakdownModel::Target : BreakdownModel::Count);
    mapper->setFirstRow(0);
    mapper->setRowCount(maxCategories);
    mapper->setSeries(series);
    mapper->setModel(model);
    *categories = new QBarCategoryAxis;
    chart->addAxis(*categories, Qt::AlignLeft);
    series->attachAxis(*categories);
    QValueAxis *values = valueAxis(chart, Qt::AlignBottom,
                                   withTarget ? tr("% of records") : tr("Records"), 0, 1);
    series->attachAxis(values);
    m_breakdownValues[categories == &m_fieldCategories ? 0 : categories == &m_ruleCategories ? 1 : 2] = values;
    return chart;
}

QChart *DashboardCharts::qualityTrendChart()
{
    QChart *chart = newChart(tr("Invalid records as fixes are made"));
    m_trendX = new QDateTimeAxis;
    m_trendX->setFormat(u"dd MMM HH:mm"_s);
    m_trendX->setTitleText(tr("Time"));
    chart->addAxis(m_trendX, Qt::AlignBottom);
    m_trendY = valueAxis(chart, Qt::AlignLeft, tr("Invalid (%)"), 0, 2);
    auto series = new QLineSeries;
    series->setName(tr("Invalid records"));
    series->setPointsVisible(true);
    chart->addSeries(series);
    attach(series, {m_trendX, m_trendY});
    auto mapper = new QVXYModelMapper(this);
    mapper->setXColumn(0);
    mapper->setYColumn(1);
    mapper->setSeries(series);
    mapper->setModel(m_source->qualityTrend());
    m_trendTarget = targetLine(chart, tr("Target 1%"));
    attach(m_trendTarget, {m_trendX, m_trendY});
    return chart;
}

QChart *DashboardCharts::duplicatesChart()
{
    QChart *chart = newChart(tr("Duplicates against invalid data"));
    auto series = new QBarSeries;
    chart->addSeries(series);
    auto mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(PhaseMetricsModel::Duplicates);
    mapper->setLastBarSetColumn(PhaseMetricsModel::InvalidData);
    mapper->setFirstRow(0);
    mapper->setRowCount(phaseCount - 1);
    mapper->setSeries(series);
    mapper->setModel(m_source->phases());
    auto categories = new QBarCategoryAxis;
    for (int phase = 0; phase < phaseCount - 1; ++phase)
        categories->append(PhaseMetricsModel::phaseTitle(Phase(phase)));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    m_duplicatesY = valueAxis(chart, Qt::AlignLeft, tr("Records"), 0, 1);
    series->attachAxis(m_duplicatesY);
    return chart;
}

QList<QPointF> DashboardCharts::decimated(const QList<QPointF> &points, int maxPoints)
{
    const qsizetype buckets = std::max(1, maxPoints / 2);
    if (points.size() <= maxPoints)
        return points;
    QList<QPointF> kept;
    kept.reserve(buckets * 2);
    for (qsizetype bucket = 0; bucket < buckets; ++bucket) {
        const qsizetype from = points.size() * bucket / buckets;
        const qsizetype to = points.size() * (bucket + 1) / buckets;
        if (from >= to)
            continue;
        qsizetype low = from, high = from;
        for (qsizetype i = from + 1; i < to; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        kept.append(points.at(std::min(low, high)));
        if (low != high)
            kept.append(points.at(std::max(low, high)));
    }
    return kept;
}

void DashboardCharts::updateThroughput(const MetricsSnapshot &s)
{
    // The x axis in the unit that reads best for the run's length: a demo of 20 s in seconds, an
    // afternoon in minutes, a weekend in hours.
    const double span = s.throughput.isEmpty() ? 0 : s.throughput.constLast().seconds;
    const double unit = s.throughputUnit();
    const QString title = unit == 1 ? tr("Seconds into the run")
        : unit == 60               ? tr("Minutes into the run")
                                   : tr("Hours into the run");
    if (m_throughputX->titleText() != title)
        m_throughputX->setTitleText(title);
    QList<QPointF> sent;
    sent.reserve(s.throughput.size());
    double highest = s.ceilingPerMinute;
    for (const ThroughputPoint &point : s.throughput) {
        sent.append({point.seconds / unit, point.perMinute});
        highest = std::max(highest, point.perMinute);
    }
    if (m_sent->points() != sent)
        m_sent->replace(sent);
    // Both axes cover the data and the ceiling, in round numbers.
    m_throughputX->setRange(0, std::max(span / unit, 1.0));
    m_throughputX->applyNiceNumbers();
    m_throughputY->setRange(0, niceMax(highest, 10));
    m_throughputY->applyNiceNumbers();
    // No ceiling (an environment without limits) rather than a false one.
    const QList<QPointF> ceiling = s.hasCeiling()
        ? QList<QPointF>{{0, s.ceilingPerMinute}, {m_throughputX->max(), s.ceilingPerMinute}}
        : QList<QPointF>{};
    if (m_ceiling->points() != ceiling)
        m_ceiling->replace(ceiling);
    for (QLegendMarker *marker : m_throughputChart->legend()->markers(m_ceiling)) {
        if (marker->isVisible() == s.hasCeiling())
            continue;
        marker->setVisible(s.hasCeiling());
        // The legend lays its entries out again (a marker shown again kept the empty text it
        // was given while hidden).
        m_throughputChart->legend()->layout()->invalidate();
    }
    const QString chartTitle = s.hasCeiling() ? tr("Throughput against the rate-limit ceiling")
                                              : tr("Throughput (no rate limit)");
    if (m_throughputChart->title() != chartTitle)
        m_throughputChart->setTitle(chartTitle);
}

QString DashboardCharts::etaText(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds == 0)
        return tr("done");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void DashboardCharts::update()
{
    const MetricsSnapshot &s = m_source->snapshot();
    BatchMetricsModel *batches = m_source->batches();
    if (!m_filled && batches->rowCount() > 0) {
        m_filled = true;
        paintOneByOne();
    }

    // Batch charts: x over the batches shown, target lines across them.
    int lastSequence = 0;
    double slowest = 0;
    for (const BatchMetrics &batch : batches->batches()) {
        lastSequence = std::max(lastSequence, batch.sequence);
        slowest = std::max(slowest, double(batch.latencyMs) / 60000.0);
    }
    const double xMax = lastSequence + 1;
    m_successX->setRange(0, xMax);
    m_timeX->setRange(0, xMax);
    m_timeY->setRange(0, niceMax(slowest, 6));
    m_successTarget->replace({QPointF(0, 95), QPointF(xMax, 95)});
    m_timeTarget->replace({QPointF(0, 5), QPointF(xMax, 5)});
    // The batch series are read from the model in one replace() each: a QVXYModelMapper adds
    // points one by one, each re-laying out the chart, which took 7.6 s on the GUI thread for
    // 2,000 batches (bench_dashboard); replace() is one update. Beyond maxBatchPoints batches a
    // series keeps each bucket's lowest and highest point (decimated()): a scatter series lays
    // out one item per marker, and 2,000 of them cost ~100 ms per refresh (bench_dashboard).
    QList<QPointF> perBatch, time, cumulative[3];
    for (int row = 0; row < batches->rowCount(); ++row) {
        const BatchMetrics &batch = batches->batches().at(row);
        const double x = batch.sequence;
        perBatch.append({x, batch.successRate});
        time.append({x, double(batch.latencyMs) / 60000.0});
        if (int(batch.phase) < 3)
            cumulative[int(batch.phase)].append({x, batch.cumulativeSuccessRate});
    }
    perBatch = decimated(perBatch);
    time = decimated(time);
    if (m_perBatch->points() != perBatch)
        m_perBatch->replace(perBatch);
    if (m_time->points() != time)
        m_time->replace(time);
    for (int phase = 0; phase < 3; ++phase) {
        cumulative[phase] = decimated(cumulative[phase]);
        if (m_cumulative[phase]->points() != cumulative[phase])
            m_cumulative[phase]->replace(cumulative[phase]);
    }

    // Phases: latency and duplicates against invalid data.
    double latency = 0, duplicates = 0;
    for (const PhaseMetrics &phase : s.phases) {
        latency = std::max(latency, double(phase.p95LatencyMs) / 1000.0);
        duplicates = std::max({duplicates, double(phase.duplicates), double(phase.invalidData)});
    }
    m_latencyY->setRange(0, niceMax(latency, 1));
    m_duplicatesY->setRange(0, niceMax(duplicates, 1));

    updateThroughput(s);

    // Breakdowns: the most frequent labels, largest at the top.
    const auto setCategories = [](QBarCategoryAxis *axis, BreakdownModel *model) {
        QStringList labels = model->labels().mid(0, maxCategories);
        for (QString &label : labels) {
            if (label.size() > 48)
                label = label.left(47) + u'\u2026';
            // Axis labels are rich text: "customer '<value>' already exists (ref <n>)" lost its
            // placeholders as unknown tags.
            label = label.toHtmlEscaped();
        }
        if (axis->categories() != labels) // re-laying out the axis is the costly part
            axis->setCategories(labels);
    };
    setCategories(m_fieldCategories, m_source->issuesByField());
    setCategories(m_ruleCategories, m_source->issuesByRule());
    setCategories(m_causeCategories, m_source->failureCauses());
    double fieldMax = 1, ruleMax = 1, causeMax = 1;
    for (const BreakdownRow &row : s.issuesByField)
        fieldMax = std::max(fieldMax, row.percent);
    for (const BreakdownRow &row : s.issuesByRule)
        ruleMax = std::max(ruleMax, row.percent);
    for (const BreakdownRow &row : s.failureCauses)
        causeMax = std::max(causeMax, double(row.count));
    m_breakdownValues[0]->setRange(0, niceMax(fieldMax, 1));
    m_breakdownValues[1]->setRange(0, niceMax(ruleMax, 1));
    m_breakdownValues[2]->setRange(0, niceMax(causeMax, 1));

    // The quality trend over the time the fixes took.
    QDateTime first, last;
    double worst = 1;
    for (const QualityPoint &point : s.qualityTrend) {
        if (!point.at.isValid())
            continue;
        if (!first.isValid() || point.at < first)
            first = point.at;
        if (!last.isValid() || point.at > last)
            last = point.at;
        worst = std::max(worst, point.percent);
    }
    if (!first.isValid())
        first = last = QDateTime::currentDateTimeUtc();
    if (first.secsTo(last) < 60)
        last = first.addSecs(60);
    // Times of one day need no date; dates take room, so fewer of them.
    const bool oneDay = first.toLocalTime().date() == last.toLocalTime().date();
    const QString format = oneDay ? u"HH:mm"_s : u"dd MMM HH:mm"_s;
    if (m_trendX->format() != format) {
        m_trendX->setFormat(format);
        m_trendX->setTickCount(oneDay ? 5 : 3);
    }
    m_trendX->setRange(first.toLocalTime(), last.toLocalTime());
    m_trendY->setRange(0, niceMax(worst, 1));
    m_trendTarget->replace({QPointF(double(first.toMSecsSinceEpoch()), 1),
                            QPointF(double(last.toMSecsSinceEpoch()), 1)});
}

} // namespace Peere::Ui
