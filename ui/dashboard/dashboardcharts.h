#pragma once

#include "metrics/metricssnapshot.h"

#include <QList>
#include <QObject>

#include <array>

class QAbstractSeries;
class QBarCategoryAxis;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QVXYModelMapper;

namespace Peere {
class BreakdownModel;
class MetricsSource;
}

namespace Peere::Ui {

class ChartPanel;

// The dashboard's charts, each fed from a metrics model through QVXYModelMapper or
// QVBarModelMapper (the series follow the models' appends and changes by themselves); update()
// adjusts what the mappers do not: axis ranges, categories, per-phase row ranges, target lines.
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

private:
    ChartPanel *addPanel(const QString &name, QChart *chart);
    QChart *successChart();
    QChart *timeChart();
    QChart *latencyChart();
    QChart *throughputChart();
    QChart *breakdownChart(const QString &name, BreakdownModel *model, bool withTarget,
                           QBarCategoryAxis **categories);
    QChart *qualityTrendChart();
    QChart *duplicatesChart();
    QLineSeries *targetLine(QChart *chart, const QString &name);

    MetricsSource *m_source;
    QList<ChartPanel *> m_panels;
    std::array<QVXYModelMapper *, 3> m_cumulativeMappers = {};
    std::array<QLineSeries *, 3> m_cumulative = {};
    QLineSeries *m_successTarget = nullptr;
    QLineSeries *m_timeTarget = nullptr;
    QLineSeries *m_trendTarget = nullptr;
    QValueAxis *m_successX = nullptr;
    QValueAxis *m_timeX = nullptr;
    QValueAxis *m_timeY = nullptr;
    QValueAxis *m_latencyY = nullptr;
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
