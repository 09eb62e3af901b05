#pragma once

#include "metrics/metricssnapshot.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <array>

class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QVXYModelMapper;
class QXYSeries;

namespace Peere {
class BreakdownModel;
class MetricsSource;
}

namespace Peere::Ui {

class ChartPanel;

// The dashboard's charts, fed from the metrics models: the phase, breakdown and trend charts
// through QVXYModelMapper / QVBarModelMapper (the series follow the models by themselves); the
// batch series (thousands of points) are read from BatchMetricsModel, and the throughput (with
// its ceiling line across the axis) from the snapshot, by update() in one replace() each, which
// also adjusts axis ranges, categories and target lines.
// Charts are named (objectName) for tests and for saving: successChart, timeChart,
// latencyChart, throughputChart, qualityFieldChart, qualityRuleChart, qualityTrendChart,
// causesChart, duplicatesChart.
class DashboardCharts : public QObject
{
    Q_OBJECT
public:
    explicit DashboardCharts(MetricsSource *source, QObject *parent = nullptr);
    const QList<ChartPanel *> &panels() const { return m_panels; }
    ChartPanel *panel(const QString &name) const;

    void update();
    // "12 min", "2 h 5 min", "done", "unknown".
    static QString etaText(qint64 seconds);

    // At most this many points in a batch series: a run of thousands of batches would otherwise
    // lay out and paint thousands of markers on the GUI thread on every refresh.
    static constexpr int maxBatchPoints = 400;
    // `points` (in x order) when they are at most `maxPoints`; otherwise, neighbouring points in
    // maxPoints / 2 buckets, each keeping its lowest and its highest point (in x order), so that
    // every dip and every spike stays on the chart. Points are kept, never averaged.
    static QList<QPointF> decimated(const QList<QPointF> &points, int maxPoints = maxBatchPoints);

private:
    void paintOneByOne();
    ChartPanel *addPanel(const QString &name, QChart *chart);
    QChart *successChart();
    QChart *timeChart();
    QChart *latencyChart();
    QChart *throughputChart();
    void updateThroughput(const MetricsSnapshot &snapshot);
    QChart *breakdownChart(const QString &name, BreakdownModel *model, bool withTarget,
                           QBarCategoryAxis **categories);
    QChart *qualityTrendChart();
    QChart *duplicatesChart();
    QLineSeries *targetLine(QChart *chart, const QString &name);

    MetricsSource *m_source;
    QList<ChartPanel *> m_panels;
    bool m_filled = false; // the charts have shown batches already
    std::array<QLineSeries *, 3> m_cumulative = {};
    QXYSeries *m_perBatch = nullptr;
    QLineSeries *m_time = nullptr;
    QLineSeries *m_successTarget = nullptr;
    QLineSeries *m_timeTarget = nullptr;
    QLineSeries *m_trendTarget = nullptr;
    QValueAxis *m_successX = nullptr;
    QValueAxis *m_timeX = nullptr;
    QValueAxis *m_timeY = nullptr;
    QValueAxis *m_latencyY = nullptr;
    QLineSeries *m_sent = nullptr;
    QLineSeries *m_ceiling = nullptr;
    QValueAxis *m_throughputX = nullptr;
    QValueAxis *m_throughputY = nullptr;
    QValueAxis *m_duplicatesY = nullptr;
    QDateTimeAxis *m_trendX = nullptr;
    QValueAxis *m_trendY = nullptr;
    QBarCategoryAxis *m_fieldCategories = nullptr;
    QBarCategoryAxis *m_ruleCategories = nullptr;
    QBarCategoryAxis *m_causeCategories = nullptr;
    std::array<QValueAxis *, 3> m_breakdownValues = {};
    QChart *m_throughputChart = nullptr;
};

} // namespace Peere::Ui
