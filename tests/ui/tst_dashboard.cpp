// The dashboard on the offscreen platform: each chart's series and points for a journal with known
// answers, the KPI tiles, PNG export, live following of the journal.
#include "../support/metricsfixture.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardcharts.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitile.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricssource.h"
#include "settings/consolesettings.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <QTest>
#include <QTextDocumentFragment>
#include <QValueAxis>
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
    void legendsAndTitlesAreWhole_data();
    void legendsAndTitlesAreWhole();
    void throughputOfAShortRun();
    void throughputWithoutACeiling();
    void throughputOverTheCeilingSaysSo();

private:
    QXYSeries *xy(const QString &chart, const QString &series) const;
    QAbstractBarSeries *bars(const QString &chart) const;
    QValueAxis *axis(const QString &chart, Qt::Orientation orientation) const;
    static QStringList tickLabels(const QValueAxis *axis);
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

// A series by its name, or by its object name (the cumulative lines share one name).
QXYSeries *tst_Dashboard::xy(const QString &chart, const QString &series) const
{
    ChartPanel *panel = m_page->charts()->panel(chart);
    if (!panel)
        return nullptr;
    for (QAbstractSeries *s : panel->chart()->series()) {
        if (s->name() == series || s->objectName() == series)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

QValueAxis *tst_Dashboard::axis(const QString &chart, Qt::Orientation orientation) const
{
    ChartPanel *panel = m_page->charts()->panel(chart);
    return panel ? qobject_cast<QValueAxis *>(panel->chart()->axes(orientation).value(0)) : nullptr;
}

// The labels of a value axis's ticks as QValueAxis writes them (%d and %i: the value as an integer).
QStringList tst_Dashboard::tickLabels(const QValueAxis *axis)
{
    QStringList labels;
    const QString format = axis->labelFormat();
    for (int i = 0; i < axis->tickCount(); ++i) {
        const double value = axis->min() + (axis->max() - axis->min()) * i / (axis->tickCount() - 1);
        labels.append(format.contains(u'd') || format.contains(u'i')
                          ? QString::asprintf(qPrintable(format), qint64(value))
                          : QString::asprintf(qPrintable(format), value));
    }
    return labels;
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
    QXYSeries *pilot = xy(u"successChart"_s, u"cumulativePilot"_s);
    QXYSeries *expand = xy(u"successChart"_s, u"cumulativeExpand"_s);
    QXYSeries *complete = xy(u"successChart"_s, u"cumulativeComplete"_s);
    QVERIFY(pilot && expand && complete);
    // One line a phase, drawn alike, one entry in the legend.
    QCOMPARE(expand->color(), pilot->color());
    QCOMPARE(complete->color(), pilot->color());
    QList<QLegendMarker *> markers
        = m_page->charts()->panel(u"successChart"_s)->chart()->legend()->markers();
    QStringList shown;
    for (QLegendMarker *marker : markers) {
        if (marker->isVisible())
            shown.append(marker->label());
    }
    QCOMPARE(shown, (QStringList{u"Per batch"_s, u"Cumulative per phase"_s, u"Target 95%"_s}));
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
    // Escaped: axis labels are rich text, where <value> and <n> would be dropped as tags.
    QCOMPARE(causeAxis->categories().value(0),
             u"customer '&lt;value&gt;' already exists (ref &lt;n&gt;)"_s);
    QCOMPARE(causeAxis->categories().value(4), u"HTTP &lt;n&gt; internal error id &lt;id&gt;"_s);
    QStringList drawn;
    for (QGraphicsItem *item : m_page->charts()->panel(u"causesChart"_s)->scene()->items()) {
        if (auto text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            drawn.append(text->toPlainText());
    }
    QVERIFY2(drawn.contains(u"HTTP <n> internal error id <id>"_s), qPrintable(drawn.join(u" | "_s)));
}

void tst_Dashboard::throughputAndTrend()
{
    // The fixture's 16 records were sent at once and answered over ~6 minutes: one interval, in
    // minutes, drawn as a point; the ceiling (10 calls × 4 records) across the axis.
    QXYSeries *sent = xy(u"throughputChart"_s, u"Records sent"_s);
    QXYSeries *ceiling = xy(u"throughputChart"_s, u"Ceiling"_s);
    QVERIFY(sent && ceiling);
    QCOMPARE(sent->count(), 1);
    QVERIFY(qAbs(sent->at(0).x() - 6.0) < 0.02);
    QVERIFY(qAbs(sent->at(0).y() - 16.0 / 6.0) < 0.01);
    QVERIFY(sent->pointsVisible());
    QValueAxis *x = axis(u"throughputChart"_s, Qt::Horizontal);
    QVERIFY(x);
    QCOMPARE(x->titleText(), u"Minutes into the run"_s);
    QCOMPARE(ceiling->count(), 2);
    QCOMPARE(ys(ceiling), (QList<double>{40, 40}));
    QCOMPARE(ceiling->at(0).x(), 0.0);
    QCOMPARE(ceiling->at(1).x(), x->max());
    QVERIFY(x->max() >= 6);
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

void tst_Dashboard::legendsAndTitlesAreWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("French") << u"fr"_s;
}

void tst_Dashboard::legendsAndTitlesAreWhole()
{
    // At the room the dashboard has in the window of the screenshots (1200 × 780, less the side
    // bar), every legend entry, chart title and axis title is drawn whole: Qt Charts cuts what
    // does not fit to "..." ("Cumulat...", "Target 9...", "Records per min...").
    QFETCH(QString, language);
    ConsoleSettings::applyLanguage(language);
    const auto english = qScopeGuard([] { ConsoleSettings::applyLanguage(u"en"_s); });
    DashboardPage page;
    page.resize(990, 740);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.source()->apply(m_snapshot);
    QTest::qWait(100); // the charts lay out on their own turns of the event loop
    QCOMPARE(page.charts()->panels().size(), 9);
    for (ChartPanel *panel : page.charts()->panels()) {
        QChart *chart = panel->chart();
        QStringList drawn, legend;
        for (QGraphicsItem *item : panel->scene()->items()) {
            auto text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            drawn.append(text->toPlainText());
            if (chart->legend()->isAncestorOf(text))
                legend.append(text->toPlainText());
        }
        const QString name = panel->objectName() + u": "_s;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->isVisible())
                QVERIFY2(legend.contains(marker->label()),
                         qPrintable(name + marker->label() + u" drawn as "_s + legend.join(u" | "_s)));
        }
        QVERIFY2(drawn.contains(chart->title()), qPrintable(name + drawn.join(u" | "_s)));
        QStringList categories;
        for (QAbstractAxis *axis : chart->axes()) {
            if (!axis->titleText().isEmpty())
                QVERIFY2(drawn.contains(axis->titleText()),
                         qPrintable(name + axis->titleText() + u" drawn as "_s + drawn.join(u" | "_s)));
            if (auto labels = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &label : labels->categories())
                    categories.append(QTextDocumentFragment::fromHtml(label).toPlainText());
            }
        }
        // Nothing else is cut either (axis labels: "30 Nov 20:..."), but a failure cause or a
        // rule too long for its row, which the Failures page shows whole.
        for (const QString &text : std::as_const(drawn)) {
            if (!text.endsWith(u"..."_s))
                continue;
            const QString kept = text.chopped(3);
            QVERIFY2(std::any_of(categories.cbegin(), categories.cend(),
                                 [&](const QString &c) { return c.startsWith(kept); }),
                     qPrintable(name + text));
        }
    }
}

void tst_Dashboard::throughputOfAShortRun()
{
    // The demo's run: 13 batches in 18 s against a ceiling of 750 records a minute. In minutes it
    // was one point off a 0-299 axis, labelled "0 0 0 0 1"; in 5 s intervals it is four points
    // on an axis that holds them and the ceiling, in seconds.
    MetricsSnapshot s = m_snapshot;
    s.batchSize = 25;
    s.callsPerMinute = 30;
    s.ceilingPerMinute = 750;
    s.recordsPerMinute = 720;
    s.throughputSeconds = 5;
    s.throughput = {{5, 130, 1560}, {10, 50, 600}, {15, 75, 900}, {18.15, 70, 1333}};
    m_page->source()->apply(s);
    const auto restore = qScopeGuard([this] { m_page->source()->apply(m_snapshot); });
    QXYSeries *sent = xy(u"throughputChart"_s, u"Records sent"_s);
    QXYSeries *ceiling = xy(u"throughputChart"_s, u"Ceiling"_s);
    QVERIFY(sent && ceiling);
    QCOMPARE(sent->points(), (QList<QPointF>{{5, 1560}, {10, 600}, {15, 900}, {18.15, 1333}}));
    QVERIFY(sent->pointsVisible());
    QValueAxis *x = axis(u"throughputChart"_s, Qt::Horizontal);
    QValueAxis *y = axis(u"throughputChart"_s, Qt::Vertical);
    QVERIFY(x && y);
    QCOMPARE(x->titleText(), u"Seconds into the run"_s);
    QVERIFY(x->max() >= 18.15 && x->max() <= 30);
    QVERIFY(y->max() >= 1560);
    QCOMPARE(ys(ceiling), (QList<double>{750, 750}));
    const QStringList xLabels = tickLabels(x), yLabels = tickLabels(y);
    QCOMPARE(QSet<QString>(xLabels.cbegin(), xLabels.cend()).size(), xLabels.size());
    QCOMPARE(QSet<QString>(yLabels.cbegin(), yLabels.cend()).size(), yLabels.size());
    QVERIFY(m_page->queueText().contains(u"Throughput: 720 of 750 records per minute"_s));

    // One point only (a run within one interval): drawn as a point, the axis up to it.
    s.throughput = {{0.8, 260, 19500}};
    m_page->source()->apply(s);
    QCOMPARE(sent->count(), 1);
    QVERIFY(y->max() >= 19500);
    const QStringList oneLabels = tickLabels(x);
    QCOMPARE(QSet<QString>(oneLabels.cbegin(), oneLabels.cend()).size(), oneLabels.size());
}

void tst_Dashboard::throughputWithoutACeiling()
{
    // An environment without limits: no ceiling line, no legend entry for it, no "of".
    MetricsSnapshot s = m_snapshot;
    s.callsPerMinute = 0;
    s.ceilingPerMinute = 0;
    s.recordsPerMinute = 54522;
    m_page->source()->apply(s);
    const auto restore = qScopeGuard([this] { m_page->source()->apply(m_snapshot); });
    QXYSeries *ceiling = xy(u"throughputChart"_s, u"Ceiling"_s);
    QVERIFY(ceiling);
    QCOMPARE(ceiling->count(), 0);
    QChart *chart = m_page->charts()->panel(u"throughputChart"_s)->chart();
    QVERIFY(!chart->legend()->markers(ceiling).value(0)->isVisible());
    QCOMPARE(chart->title(), u"Throughput (no rate limit)"_s);
    QVERIFY2(m_page->queueText().contains(u"Throughput: %1 records per minute (no rate limit)"_s
                                              .arg(QLocale().toString(54522))),
             qPrintable(m_page->queueText()));
    QVERIFY(!m_page->queueText().contains(u" of "_s));
}

void tst_Dashboard::throughputOverTheCeilingSaysSo()
{
    // Never "54,522 of 250": a pace over the ceiling says it is over it.
    MetricsSnapshot s = m_snapshot;
    s.ceilingPerMinute = 250;
    s.recordsPerMinute = 54522;
    m_page->source()->apply(s);
    const auto restore = qScopeGuard([this] { m_page->source()->apply(m_snapshot); });
    QVERIFY2(m_page->queueText().contains(
                 u"Throughput: %1 records per minute, above the ceiling of 250"_s.arg(
                     QLocale().toString(54522))),
             qPrintable(m_page->queueText()));
    QVERIFY(m_page->tile(Kpi::SuccessRate)); // the page is still whole
}

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
