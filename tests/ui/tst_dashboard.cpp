// The dashboard on the offscreen platform: each chart's series and points for a journal with known
// answers, the KPI tiles, PNG export, live following of the journal.
#include "../support/metricsfixture.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitile.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricssource.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_Dashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batchCharts();
    void phaseCharts();
    void breakdownCharts();
    void throughputAndTrend();
    void tiles();
    void pngExport();
    void live();
    void batchSeriesAreDecimated();

private:
    QXYSeries *xy(const QString &chart, const QString &series) const;
    QAbstractBarSeries *bars(const QString &chart) const;
    static QList<double> ys(const QXYSeries *series);
    static QList<double> values(const QAbstractBarSeries *series, const QString &set);

    QTemporaryDir m_dir;
    QString m_path;
    MetricsSnapshot m_snapshot;
    std::unique_ptr<DashboardPage> m_page;
};

void tst_Dashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(u"m.journal"_s);
    QVERIFY(MetricsFixture::build(m_path));
    auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    auto snapshot = MetricsCalculator::compute(**journal);
    QVERIFY(snapshot.hasValue());
    m_snapshot = *snapshot;
    m_page = std::make_unique<DashboardPage>();
    m_page->resize(1200, 900);
    m_page->show();
    m_page->source()->apply(m_snapshot);
}

QXYSeries *tst_Dashboard::xy(const QString &chart, const QString &series) const
{
    ChartPanel *panel = m_page->charts()->panel(chart);
    if (!panel)
        return nullptr;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (s->name() == series)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

QAbstractBarSeries *tst_Dashboard::bars(const QString &chart) const
{
    ChartPanel *panel = m_page->charts()->panel(chart);
    return panel ? qobject_cast<QAbstractBarSeries *>(panel->chart()->series().value(0)) : nullptr;
}

QList<double> tst_Dashboard::ys(const QXYSeries *series)
{
    QList<double> ys;
    for (const QPointF &point : series->points())
        ys.append(point.y());
    return ys;
}

QList<double> tst_Dashboard::values(const QAbstractBarSeries *series, const QString &set)
{
    for (QBarSet *bars : series->barSets()) {
        if (bars->label() != set)
            continue;
        QList<double> values;
        for (int i = 0; i < bars->count(); ++i)
            values.append(bars->at(i));
        return values;
    }
    return {};
}

void tst_Dashboard::batchCharts()
{
    QXYSeries *perBatch = xy(u"successChart"_s, u"Per batch"_s);
    QVERIFY(perBatch);
    const QList<QPointF> expected = {{1, 100}, {2, 75}, {3, 100}, {4, 100.0 / 3.0}, {5, 100}};
    QCOMPARE(perBatch->points(), expected);
    QXYSeries *pilot = xy(u"successChart"_s, u"Cumulative, pilot"_s);
    QXYSeries *expand = xy(u"successChart"_s, u"Cumulative, expand"_s);
    QXYSeries *complete = xy(u"successChart"_s, u"Cumulative, complete"_s);
    QVERIFY(pilot && expand && complete);
    QCOMPARE(pilot->points(), (QList<QPointF>{{1, 100}}));
    QCOMPARE(expand->points(), (QList<QPointF>{{2, 75}, {3, 87.5}}));
    QCOMPARE(complete->points(), (QList<QPointF>{{4, 100.0 / 3.0}, {5, 200.0 / 3.0}}));
    QXYSeries *target = xy(u"successChart"_s, u"Target 95%"_s);
    QVERIFY(target);
    QCOMPARE(ys(target), (QList<double>{95, 95}));

    QXYSeries *time = xy(u"timeChart"_s, u"Processing time"_s);
    QVERIFY(time);
    QCOMPARE(ys(time), (QList<double>{1000 / 60000.0, 2000 / 60000.0, 4000 / 60000.0, 6.0,
                                      3000 / 60000.0}));
    QCOMPARE(ys(xy(u"timeChart"_s, u"Target 5 minutes"_s)), (QList<double>{5, 5}));
}

void tst_Dashboard::phaseCharts()
{
    QAbstractBarSeries *latency = bars(u"latencyChart"_s);
    QVERIFY(latency);
    QCOMPARE(latency->barSets().size(), 2);
    QCOMPARE(values(latency, u"Latency p50 (s)"_s), (QList<double>{1, 2, 3}));
    QCOMPARE(values(latency, u"Latency p95 (s)"_s), (QList<double>{1, 4, 360}));
    QAbstractBarSeries *duplicates = bars(u"duplicatesChart"_s);
    QVERIFY(duplicates);
    QCOMPARE(values(duplicates, u"Duplicates"_s), (QList<double>{1, 1, 1}));
    QCOMPARE(values(duplicates, u"Invalid data"_s), (QList<double>{0, 1, 2}));
}

void tst_Dashboard::breakdownCharts()
{
    QAbstractBarSeries *field = bars(u"qualityFieldChart"_s);
    QVERIFY(field);
    QCOMPARE(values(field, u"Percent"_s), (QList<double>{5, 5, 5}));
    QCOMPARE(values(field, u"Target"_s), (QList<double>{1, 1, 1}));
    auto categories = qobject_cast<QBarCategoryAxis *>(
        m_page->charts()->panel(u"qualityFieldChart"_s)->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), (QStringList{u"email"_s, u"phone"_s, u"reference"_s}));

    QAbstractBarSeries *causes = bars(u"causesChart"_s);
    QVERIFY(causes);
    QCOMPARE(values(causes, u"Records"_s), (QList<double>{2, 1, 1, 1, 1}));
    auto causeAxis = qobject_cast<QBarCategoryAxis *>(
        m_page->charts()->panel(u"causesChart"_s)->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(causeAxis);
    QCOMPARE(causeAxis->categories().value(0), u"customer '<value>' already exists (ref <n>)"_s);
    QCOMPARE(causeAxis->categories().value(4), u"HTTP <n> internal error id <id>"_s);
}

void tst_Dashboard::throughputAndTrend()
{
    QXYSeries *sent = xy(u"throughputChart"_s, u"Records sent"_s);
    QXYSeries *ceiling = xy(u"throughputChart"_s, u"Ceiling"_s);
    QVERIFY(sent && ceiling);
    QCOMPARE(sent->points(), (QList<QPointF>{{0, 16}}));
    QCOMPARE(ceiling->points(), (QList<QPointF>{{0, 40}}));
    QVERIFY(m_page->charts()->panel(u"throughputChart"_s)->chart()->title().contains(u"1 records remaining"_s));
    QXYSeries *trend = xy(u"qualityTrendChart"_s, u"Invalid records"_s);
    QVERIFY(trend);
    QCOMPARE(ys(trend), (QList<double>{20, 15}));
    QCOMPARE(ys(xy(u"qualityTrendChart"_s, u"Target 1%"_s)), (QList<double>{1, 1}));
}

void tst_Dashboard::tiles()
{
    KpiTile *success = m_page->tile(Kpi::SuccessRate);
    QCOMPARE(success->value().value, 81.25);
    QCOMPARE(success->statusText(), u"Target missed"_s);
    QCOMPARE(m_page->tile(Kpi::BatchTime)->figureText(), u"6.0 min"_s);
    QCOMPARE(m_page->tile(Kpi::ValidationErrors)->figureText(), u"15.0%"_s);
    QCOMPARE(m_page->tile(Kpi::PostMigrationErrors)->statusText(), u"Not measured yet"_s);
    QVERIFY(m_page->queueText().contains(u"Records remaining: 1"_s));
    // A good value turns the tile's status (words and colour) green.
    KpiTile tile(Kpi::SuccessRate);
    tile.setValue(KpiValue::of(Kpi::SuccessRate, 99));
    QCOMPARE(tile.statusText(), u"On target"_s);
    QVERIFY(tile.styleSheet().contains(u"border"_s));
}

void tst_Dashboard::pngExport()
{
    QTemporaryDir dir;
    for (ChartPanel *panel : m_page->charts()->panels()) {
        const QString path = dir.filePath(panel->objectName() + u".png"_s);
        QVERIFY2(panel->savePng(path), qPrintable(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 360);
    }
    QCOMPARE(m_page->charts()->panels().size(), 9);
}

void tst_Dashboard::live()
{
    DashboardPage page;
    QSignalSpy changed(page.source(), &MetricsSource::snapshotChanged);
    page.setJournalPath(m_path);
    QVERIFY(page.source()->isLive());
    QVERIFY(changed.wait(5000));
    QCOMPARE(page.tile(Kpi::SuccessRate)->value().value, 81.25);
    {
        auto writer = Journal::open(m_path, Journal::OpenMode::Existing);
        QVERIFY2(writer.hasValue(), qPrintable(writer.error()));
        QVERIFY(MetricsFixture::sendBatch(**writer, Phase::Expand, {3}, 1500, {}, 0, 0));
    }
    // Polled 4 times a second: the new batch shows without asking.
    QTRY_COMPARE_WITH_TIMEOUT(page.source()->batches()->rowCount(), 6, 5000);
    QCOMPARE(page.tile(Kpi::SuccessRate)->value().value, 100.0 * 14.0 / 17.0);
    QXYSeries *perBatch = nullptr;
    for (QAbstractSeries *s : page.charts()->panel(u"successChart"_s)->chart()->series()) {
        if (s->name() == u"Per batch"_s)
            perBatch = qobject_cast<QXYSeries *>(s);
    }
    QVERIFY(perBatch);
    QCOMPARE(perBatch->count(), 6);
}

void tst_Dashboard::batchSeriesAreDecimated()
{
    // Up to the limit: every point, untouched.
    QList<QPointF> few;
    for (int i = 1; i <= DashboardCharts::maxBatchPoints; ++i)
        few.append({double(i), double(i % 7)});
    QCOMPARE(DashboardCharts::decimated(few), few);

    // 2,000 batches: at most the limit, in x order, every kept point one of the batches, and
    // each bucket's dip and spike kept (here a 0 % batch at 1234 and a slow one at 77).
    QList<QPointF> many;
    for (int i = 1; i <= 2000; ++i)
        many.append({double(i), 95.0 + (i % 5)});
    many[1233].setY(0);
    many[76].setY(250);
    const QList<QPointF> kept = DashboardCharts::decimated(many);
    QVERIFY(kept.size() <= DashboardCharts::maxBatchPoints);
    QVERIFY(kept.size() >= DashboardCharts::maxBatchPoints / 2);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QVERIFY(many.contains(kept.at(i)));
        if (i > 0)
            QVERIFY(kept.at(i).x() > kept.at(i - 1).x());
    }
    QVERIFY(kept.contains(QPointF(1234, 0)));
    QVERIFY(kept.contains(QPointF(77, 250)));
    // Each bucket of 10 batches (95..99 twice) keeps its 95 and its 99.
    QCOMPARE(std::count_if(kept.cbegin(), kept.cend(), [](const QPointF &p) { return p.y() == 99; }),
             199);
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
