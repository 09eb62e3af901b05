// The Plan page: the phase preview's figures for known inputs, and live refused until confirmed.
#include "application.h"
#include "plan/planpage.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_PlanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFigures_data();
    void previewFigures();
    void durations_data();
    void durations();
    void liveNeedsTypedConfirmation();
    void merchantsUseSmallerBatches();
    void nothingToSendIsNotReady();

private:
    QTemporaryDir m_config;
};

void tst_PlanPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings().clear();
}

void tst_PlanPage::previewFigures_data()
{
    QTest::addColumn<qint64>("records");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<QStringList>("rows"); // phase|records|calls|time
    QTest::addColumn<QString>("total");

    QTest::newRow("1000 at 100, 10/min") << qint64(1000) << 100 << 10
                                         << QStringList{u"Pilot|100|1|6 s"_s,
                                                        u"Expand|400|4|24 s"_s,
                                                        u"Complete|500|5|30 s"_s,
                                                        u"Verify|1000|10|6 s"_s,
                                                        u"Total|1000|10|1 min 06 s"_s}
                                         << u"1 min 06 s"_s;
    QTest::newRow("100000 at 500, 10/min") << qint64(100000) << 500 << 10
                                           << QStringList{u"Pilot|10000|20|2 min 00 s"_s,
                                                          u"Expand|40000|80|8 min 00 s"_s,
                                                          u"Complete|50000|100|10 min 00 s"_s,
                                                          u"Verify|100000|1000|10 min 00 s"_s,
                                                          u"Total|100000|200|30 min 00 s"_s}
                                           << u"30 min 00 s"_s;
    QTest::newRow("demo pace")
        << qint64(250) << 50 << 120
        << QStringList{u"Pilot|25|1|1 s"_s,
                       u"Expand|100|2|1 s"_s,
                       u"Complete|125|3|2 s"_s,
                       u"Verify|250|3|2 s"_s,
                       u"Total|250|6|5 s"_s}
        << u"5 s"_s; // 4.8 s in all: rows round up one by one, the total once
}

void tst_PlanPage::previewFigures()
{
    QFETCH(qint64, records);
    QFETCH(int, batchSize);
    QFETCH(int, perMinute);
    QFETCH(QStringList, rows);
    QFETCH(QString, total);

    PlanPage page;
    page.show();
    page.setValidRecordCount(records);
    // The user types the figures, as they would.
    for (const auto &[name, value] :
         {std::pair{u"planBatchSize"_s, batchSize}, std::pair{u"planPerMinute"_s, perMinute}}) {
        auto box = page.findChild<QSpinBox *>(name);
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
        QTest::keyClick(box, Qt::Key_Tab);
        QCOMPARE(box->value(), value);
    }
    auto table = page.findChild<QTableWidget *>(u"phasePreview"_s);
    QCOMPARE(table->rowCount(), rows.size());
    const QLocale locale;
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList expected = rows.at(row).split(u'|');
        QCOMPARE(table->item(row, 0)->text(), expected.at(0));
        QCOMPARE(table->item(row, 1)->text(), locale.toString(expected.at(1).toLongLong()));
        QCOMPARE(table->item(row, 2)->text(), locale.toString(expected.at(2).toLongLong()));
        QCOMPARE(table->item(row, 3)->text(), expected.at(3));
    }
    QVERIFY(page.findChild<QLabel *>(u"planTotal"_s)->text().endsWith(total));
    QVERIFY(page.isReady());
}

void tst_PlanPage::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("part of a second rounds up") << qint64(1) << u"1 s"_s;
    QTest::newRow("59 s") << qint64(59000) << u"59 s"_s;
    QTest::newRow("1 min") << qint64(60000) << u"1 min 00 s"_s;
    QTest::newRow("59:59") << qint64(3599000) << u"59 min 59 s"_s;
    QTest::newRow("1 h") << qint64(3600000) << u"1 h 00 min"_s;
    QTest::newRow("1h59:01 rounds up") << qint64(7141000) << u"2 h 00 min"_s;
    QTest::newRow("a day") << qint64(86400000) << u"24 h 00 min"_s;
}

void tst_PlanPage::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(PlanPage::formatDuration(ms), text);
}

void tst_PlanPage::liveNeedsTypedConfirmation()
{
    PlanPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setValidRecordCount(1000);
    auto environment = page.findChild<QComboBox *>(u"planEnvironment"_s);
    auto start = page.findChild<QPushButton *>(u"planStartButton"_s);
    auto frame = page.findChild<QFrame *>(u"liveConfirmationFrame"_s);
    auto confirmation = page.findChild<QLineEdit *>(u"liveConfirmationEdit"_s);
    QSignalSpy changed(&page, &PlanPage::environmentChanged);
    QSignalSpy started(&page, &PlanPage::startRequested);
    QVERIFY(start->isEnabled());
    QVERIFY(!frame->isVisible());
    const QColor normal = environment->palette().color(QPalette::Text);

    environment->setCurrentIndex(environment->findData(u"live"_s));
    QCOMPARE(changed.last().at(0).value<Environment::Kind>(), Environment::Kind::Live);
    QVERIFY(frame->isVisible());
    QVERIFY(environment->palette().color(QPalette::Text) != normal); // the warning colour
    QVERIFY(!page.isReady());
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(started.count(), 0);

    // Almost right is refused.
    QTest::keyClicks(confirmation, u"live"_s);
    QVERIFY(!page.isReady());
    QVERIFY(!start->isEnabled());
    confirmation->clear();
    QTest::keyClicks(confirmation, u"LIV"_s);
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(confirmation, u"E"_s);
    QVERIFY(page.isLiveConfirmed());
    QVERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).value<MigrationPlan>().environment, Environment::Kind::Live);

    // Leaving live and coming back asks again.
    environment->setCurrentIndex(environment->findData(u"sandbox"_s));
    QVERIFY(!frame->isVisible());
    QCOMPARE(environment->palette().color(QPalette::Text), normal);
    QVERIFY(page.isReady());
    environment->setCurrentIndex(environment->findData(u"live"_s));
    QVERIFY(confirmation->text().isEmpty());
    QVERIFY(!page.isReady());
}

void tst_PlanPage::merchantsUseSmallerBatches()
{
    PlanPage page;
    page.setDefaults({500, 2, 10, 95});
    auto kind = page.findChild<QComboBox *>(u"planKind"_s);
    auto batch = page.findChild<QSpinBox *>(u"planBatchSize"_s);
    QCOMPARE(batch->value(), 500);
    kind->setCurrentIndex(kind->findData(u"merchants"_s));
    QCOMPARE(batch->value(), 100);
    QCOMPARE(page.plan().kind, RecordKind::Merchants);
    kind->setCurrentIndex(kind->findData(u"customers"_s));
    QCOMPARE(batch->value(), 500);
}

void tst_PlanPage::nothingToSendIsNotReady()
{
    PlanPage page;
    QVERIFY(!page.isReady());
    QVERIFY(page.findChild<QLabel *>(u"planRecords"_s)->text().contains(u"import"_s));
    QVERIFY(!page.findChild<QPushButton *>(u"planStartButton"_s)->isEnabled());
}

QTEST_MAIN(tst_PlanPage)
#include "tst_planpage.moc"
