// The phase preview: records, calls and durations per phase, exact for known inputs.
#include "migration/phaseplan.h"

#include <QTest>

using namespace Peere;

using Stage = PhasePlan::Stage;
using Figures = QList<qint64>; // records, calls, milliseconds for pilot, expand, complete, verify

class tst_PhasePlan : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
    void sharesAddUp_data();
    void sharesAddUp();
    void badInputIsRefused_data();
    void badInputIsRefused();
};

void tst_PhasePlan::figures_data()
{
    QTest::addColumn<qint64>("records");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("inFlight");
    QTest::addColumn<double>("latency");
    QTest::addColumn<Figures>("expected");

    QTest::newRow("1000 by 100 at 10/min")
        << qint64(1000) << 100 << 10 << 1 << 0.0
        << Figures{100, 1, 6000, 400, 4, 24000, 500, 5, 30000, 1000, 10, 6000};
    // Shares round up: the pilot of 1001 records is 101, which needs two batches of 100.
    QTest::newRow("1001 rounds up")
        << qint64(1001) << 100 << 10 << 1 << 0.0
        << Figures{101, 2, 12000, 400, 4, 24000, 500, 5, 30000, 1001, 11, 6600};
    // Of every ten records the first is pilot and the next four expand: five records leave
    // nothing for complete.
    QTest::newRow("five records") << qint64(5) << 500 << 10 << 1 << 0.0
                                  << Figures{1, 1, 6000, 4, 1, 6000, 0, 0, 0, 5, 1, 600};
    QTest::newRow("seventeen records") << qint64(17) << 2 << 10 << 1 << 0.0
                                       << Figures{2, 1, 6000, 8, 4, 24000, 7, 4, 24000, 17, 1, 600};
    QTest::newRow("nothing to send")
        << qint64(0) << 500 << 10 << 2 << 0.0 << Figures{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("a million at the demo rate") << qint64(1000000) << 500 << 120 << 6 << 0.0
                                                << Figures{100000,
                                                           200,
                                                           100000,
                                                           400000,
                                                           800,
                                                           400000,
                                                           500000,
                                                           1000,
                                                           500000,
                                                           1000000,
                                                           10000,
                                                           6000000};
    // Unlimited rate: the answers' latency, several in flight, bounds the time.
    QTest::newRow("latency bound")
        << qint64(10000) << 500 << 0 << 2 << 1.5
        << Figures{1000, 2, 1500, 4000, 8, 6000, 5000, 10, 7500, 10000, 100, 60000};
    // 7 calls at 60/min: one second each.
    // Shares not in tens: a cycle of 100 (the first 15 of each hundred pilot, then 45 expand).
    QTest::newRow("15% and 60%") << qint64(250) << 10 << 0 << 1 << 0.0
                                 << Figures{45, 5, 0, 125, 13, 0, 80, 8, 0, 250, 3, 1800};
    QTest::newRow("slow rate wins over latency")
        << qint64(70) << 1 << 60 << 4 << 0.2
        << Figures{7, 7, 7000, 28, 28, 28000, 35, 35, 35000, 70, 1, 600};
}

void tst_PhasePlan::figures()
{
    QFETCH(qint64, records);
    QFETCH(int, batchSize);
    QFETCH(int, perMinute);
    QFETCH(int, inFlight);
    QFETCH(double, latency);
    QFETCH(Figures, expected);

    PhasePlan::Input input;
    input.validRecords = records;
    input.batchSize = batchSize;
    input.batchesPerMinute = perMinute;
    input.batchesInFlight = inFlight;
    input.batchLatencySeconds = latency;
    if (QByteArray(QTest::currentDataTag()) == "15% and 60%") { // the one row with other shares
        input.pilotPercent = 15;
        input.expandPercent = 60;
    }
    const Result<PhasePlan> plan = PhasePlan::compute(input);
    QVERIFY2(plan.hasValue(), qPrintable(plan.error()));
    QCOMPARE(plan->rows().size(), 4);

    Figures actual;
    qint64 total = 0;
    for (Stage stage : PhasePlan::stages()) {
        const PhasePlan::Row &row = plan->row(stage);
        QCOMPARE(row.stage, stage);
        actual << row.records << row.calls << row.milliseconds;
        total += row.milliseconds;
    }
    QCOMPARE(actual, expected);
    QCOMPARE(plan->totalMilliseconds(), total);
    QCOMPARE(plan->batchCount(), expected[1] + expected[4] + expected[7]);
}

void tst_PhasePlan::sharesAddUp_data()
{
    QTest::addColumn<qint64>("records");
    for (qint64 n : {1, 2, 3, 9, 10, 11, 99, 101, 12345, 999999})
        QTest::addRow("%lld", n) << n;
}

void tst_PhasePlan::sharesAddUp()
{
    QFETCH(qint64, records);
    PhasePlan::Input input;
    input.validRecords = records;
    const Result<PhasePlan> plan = PhasePlan::compute(input);
    QVERIFY(plan.hasValue());
    const qint64 pilot = plan->row(Stage::Pilot).records;
    const qint64 expand = plan->row(Stage::Expand).records;
    const qint64 complete = plan->row(Stage::Complete).records;
    QCOMPARE(pilot + expand + complete, records);
    QCOMPARE(plan->row(Stage::Verify).records, records);
    QVERIFY(pilot >= 1);
    QVERIFY(pilot * 10 >= records);      // at least 10%
    QVERIFY((pilot - 1) * 10 < records); // and no more than needed
    QVERIFY((pilot + expand) * 2 >= records);
    QVERIFY(expand >= 0 && complete >= 0);
}

void tst_PhasePlan::badInputIsRefused_data()
{
    QTest::addColumn<PhasePlan::Input>("input");
    QTest::addColumn<QString>("message");
    PhasePlan::Input base;
    base.validRecords = 100;

    PhasePlan::Input input = base;
    input.batchSize = 0;
    QTest::newRow("batch size 0") << input << QStringLiteral("batch size");
    input = base;
    input.validRecords = -1;
    QTest::newRow("negative count") << input << QStringLiteral("negative");
    input = base;
    input.batchesPerMinute = -5;
    QTest::newRow("negative rate") << input << QStringLiteral("rate limit");
    input = base;
    input.batchesInFlight = 0;
    QTest::newRow("none in flight") << input << QStringLiteral("in flight");
    input = base;
    input.pilotPercent = 60;
    QTest::newRow("pilot above expand") << input << QStringLiteral("pilot");
}

void tst_PhasePlan::badInputIsRefused()
{
    QFETCH(PhasePlan::Input, input);
    QFETCH(QString, message);
    const Result<PhasePlan> plan = PhasePlan::compute(input);
    QVERIFY(!plan.hasValue());
    QVERIFY2(plan.error().contains(message), qPrintable(plan.error()));
}

QTEST_GUILESS_MAIN(tst_PhasePlan)
#include "tst_phaseplan.moc"
