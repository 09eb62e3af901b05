// After creation › Trust levels, offscreen: the source's columns, thresholds on a column the user
// picks, the preview's counts per level, applying against the sandbox over loopback with
// progress, pause and cancel, then resuming to the end.
#include "../core/sandboxtestclient.h"
#include "../support/merchantfixture.h"

#include "aftercreation/aftercreationpage.h"
#include "aftercreation/notificationstab.h"
#include "aftercreation/trusttab.h"
#include "journal/journal.h"
#include "migration/journalimport.h"
#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_TrustTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewThenApply();
    void pauseCancelAndResume();
    void customersJournalIsRefused();
    void onTheAfterCreationPage();

private:
    // 20 merchants from MerchantFixture, created on the sandbox, verified in the journal.
    QString merchantJournal(const QTemporaryDir &dir);
    static int count(const TrustTab &tab, int row);
    template<typename T>
    static T *child(const TrustTab &tab, const char *name)
    {
        return tab.findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

void tst_TrustTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->start().hasValue());
}

QString tst_TrustTab::merchantJournal(const QTemporaryDir &dir)
{
    static int batch = 0;
    ++batch;
    const QString csv = MerchantFixture::writeCsv(dir.filePath(u"merchants.csv"_s), 20);
    const QString path = dir.filePath(u"m.peere"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (!journal)
        return {};
    JournalImport::Options options;
    options.kind = RecordKind::Merchants;
    if (!JournalImport::importFile(**journal, csv, options))
        return {};
    (void)(*journal)->setSetting(u"sourceFile"_s, csv);
    // The merchants on the server (unique emails per test), their ids in the journal.
    QJsonArray merchants;
    for (int i = 1; i <= 20; ++i)
        merchants.append(QJsonObject{{u"name"_s, u"Shop %1"_s.arg(i)},
                                     {u"email"_s, u"b%1-shop%2@example.com"_s.arg(batch).arg(i)}});
    SandboxTest::Client client(m_sandbox->baseUrl(), SandboxTest::providerKey);
    const SandboxTest::Response created = client.post(u"/v1/provider/merchants"_s,
                                                      QJsonObject{{u"merchants"_s, merchants}});
    const QJsonArray ids = created.data().value(u"data"_s).toObject().value(u"merchantIds"_s).toArray();
    if (created.status != 201 || ids.size() != 20)
        return {};
    QList<RecordOutcome> outcomes;
    for (int i = 0; i < 20; ++i)
        outcomes.append({i + 1, RecordState::Verified, u"created"_s, {}, ids.at(i).toString()});
    if (!(*journal)->applyOutcomes(outcomes))
        return {};
    return path;
}

int tst_TrustTab::count(const TrustTab &tab, int row)
{
    return child<QTableWidget>(tab, "trustCounts")->item(row, 1)->text().toInt();
}

void tst_TrustTab::previewThenApply()
{
    QTemporaryDir dir;
    const QString journal = merchantJournal(dir);
    QVERIFY(!journal.isEmpty());
    TrustTab tab;
    int connections = 0;
    tab.setConnectionProvider([&](QObject *, auto done) {
        ++connections;
        ApiClientOptions options;
        options.baseUrl = m_sandbox->baseUrl();
        options.apiKey = SandboxTest::providerKey;
        options.standardPerMinute = 0;
        done(options);
    });
    tab.setJournalPath(journal);
    tab.resize(900, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    // The journal's source file and its columns.
    QCOMPARE(child<QLineEdit>(tab, "trustSource")->text(), dir.filePath(u"merchants.csv"_s));
    auto *levelColumn = child<QComboBox>(tab, "trustLevelColumn");
    QCOMPARE(levelColumn->currentText(), u"trustLevel"_s);
    QVERIFY(!child<QPushButton>(tab, "trustApply")->isEnabled()); // preview first

    // Thresholds on monthlyVolume: enhanced from 100,000, premium from 1,000,000.
    QTest::mouseClick(child<QRadioButton>(tab, "trustByThresholds"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(tab, "trustByThresholds")->isChecked());
    auto *amount = child<QComboBox>(tab, "trustAmountColumn");
    QVERIFY(amount->isEnabled() && !levelColumn->isEnabled());
    amount->setCurrentIndex(amount->findText(u"monthlyVolume"_s));
    QCOMPARE(child<QDoubleSpinBox>(tab, "trustEnhancedFrom")->value(), 100000.0);
    QCOMPARE(child<QDoubleSpinBox>(tab, "trustPremiumFrom")->value(), 1000000.0);

    QSignalSpy previewed(&tab, &TrustTab::previewed);
    QTest::mouseClick(child<QPushButton>(tab, "trustPreview"), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(count(tab, 0), 8); // basic
    QCOMPARE(count(tab, 1), 7); // enhanced
    QCOMPARE(count(tab, 2), 5); // premium
    QCOMPARE(count(tab, 3), 20);
    QVERIFY2(child<QLabel>(tab, "trustSummary")->text().contains(u"12 with device lookup"_s),
             qPrintable(child<QLabel>(tab, "trustSummary")->text()));

    // A change of rules asks for a new preview.
    child<QDoubleSpinBox>(tab, "trustPremiumFrom")->setValue(2000000);
    QVERIFY(!tab.hasPreview());
    QVERIFY(!child<QPushButton>(tab, "trustApply")->isEnabled());
    child<QDoubleSpinBox>(tab, "trustPremiumFrom")->setValue(1000000);
    QTest::mouseClick(child<QPushButton>(tab, "trustPreview"), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(count(tab, 2), 5);

    QSignalSpy finished(&tab, &TrustTab::applyFinished);
    QTest::mouseClick(child<QPushButton>(tab, "trustApply"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(connections, 1);
    QCOMPARE(finished.first().at(0).value<TrustApplier::Outcome>(), TrustApplier::Outcome::Completed);
    QVERIFY2(child<QLabel>(tab, "trustResult")->text().contains(u"20 merchants validated, 0 failed"_s),
             qPrintable(child<QLabel>(tab, "trustResult")->text()));
    QCOMPARE(child<QTableWidget>(tab, "trustFailures")->rowCount(), 0);
    QTRY_VERIFY(!tab.isApplying());
    QVERIFY(child<QPushButton>(tab, "trustPreview")->isEnabled());

    // On the server, and the rules kept for next time.
    auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    SandboxTest::Client client(m_sandbox->baseUrl(), SandboxTest::providerKey);
    const QString id = (*opened)->record(3)->serverId;
    const QJsonObject data = client.get(u"/v1/provider/merchant/trust?entityId="_s + id).data();
    QCOMPARE(data.value(u"trustLevel"_s).toString(), u"premium"_s);
    QCOMPARE(data.value(u"trusted"_s).toBool(), false); // the source's trusted column says "no"
    QVERIFY((*opened)->setting(u"trustRules"_s).contains(u"monthlyVolume"_s));
    opened->reset();

    TrustTab reopened;
    reopened.setJournalPath(journal);
    QVERIFY(child<QRadioButton>(reopened, "trustByThresholds")->isChecked());
    QCOMPARE(child<QComboBox>(reopened, "trustAmountColumn")->currentText(), u"monthlyVolume"_s);
    QVERIFY(child<QLabel>(reopened, "trustResult")->text().contains(u"20 merchants validated"_s));
}

void tst_TrustTab::pauseCancelAndResume()
{
    QTemporaryDir dir;
    const QString journal = merchantJournal(dir);
    QVERIFY(!journal.isEmpty());
    TrustTab tab;
    double rate = 60; // one standard call a second after the first few: slow enough to stop
    tab.setConnectionProvider([&](QObject *, auto done) {
        ApiClientOptions options;
        options.baseUrl = m_sandbox->baseUrl();
        options.apiKey = SandboxTest::providerKey;
        options.standardPerMinute = rate;
        done(options);
    });
    tab.setJournalPath(journal);
    tab.show();
    QSignalSpy previewed(&tab, &TrustTab::previewed);
    QTest::mouseClick(child<QPushButton>(tab, "trustPreview"), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QCOMPARE(count(tab, 2), 4); // the trustLevel column: rows 1-4 premium

    auto *pause = child<QPushButton>(tab, "trustPause");
    QVERIFY(!pause->isEnabled());
    QSignalSpy finished(&tab, &TrustTab::applyFinished);
    QTest::mouseClick(child<QPushButton>(tab, "trustApply"), Qt::LeftButton);
    QVERIFY(tab.isApplying());
    QVERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), u"Resume"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), u"Pause"_s);
    QTest::qWait(300);
    QTest::mouseClick(child<QPushButton>(tab, "trustCancel"), Qt::LeftButton);
    // The calls still queued are dropped at once: finished may already have come.
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(finished.first().at(0).value<TrustApplier::Outcome>(), TrustApplier::Outcome::Cancelled);
    const QString cancelled = child<QLabel>(tab, "trustResult")->text();
    QVERIFY2(!cancelled.contains(u", 0 still to do"_s), qPrintable(cancelled));
    QVERIFY(child<QLabel>(tab, "trustProblem")->isVisible());

    // Again, fast: the rest is done, nothing twice.
    rate = 0;
    QTRY_VERIFY2(child<QPushButton>(tab, "trustApply")->isEnabled(), qPrintable(u"applying %1 preview %2"_s.arg(tab.isApplying()).arg(tab.hasPreview())));
    QTest::mouseClick(child<QPushButton>(tab, "trustApply"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QCOMPARE(finished.last().at(0).value<TrustApplier::Outcome>(), TrustApplier::Outcome::Completed);
    QVERIFY2(child<QLabel>(tab, "trustResult")->text().contains(u"20 merchants validated, 0 failed, 0 still to do"_s),
             qPrintable(child<QLabel>(tab, "trustResult")->text()));
    auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    const Result<QList<TrustEntry>> entries = (*opened)->trustEntries();
    QVERIFY(entries);
    QCOMPARE(entries->size(), 20);
    for (const TrustEntry &entry : *entries)
        QVERIFY2(entry.attempts <= 2, qPrintable(QString::number(entry.row)));
}

void tst_TrustTab::customersJournalIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal);
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 1, [](qint64) {
            return ImportedRecord{2, QByteArrayList(CustomerField::Count), false, {}};
        }));
    }
    TrustTab tab;
    tab.setJournalPath(path);
    tab.show();
    QVERIFY(child<QLabel>(tab, "trustProblem")->isVisible());
    QVERIFY(child<QLabel>(tab, "trustProblem")->text().contains(u"merchants only"_s));
    QVERIFY(!child<QPushButton>(tab, "trustPreview")->isEnabled());
    QVERIFY(!child<QPushButton>(tab, "trustApply")->isEnabled());
    // Nothing open: nothing to say.
    tab.setJournalPath(QString());
    QVERIFY(!child<QLabel>(tab, "trustProblem")->isVisible());
    QVERIFY(!child<QPushButton>(tab, "trustPreview")->isEnabled());
}

void tst_TrustTab::onTheAfterCreationPage()
{
    QTemporaryDir dir;
    const QString journal = merchantJournal(dir);
    QVERIFY(!journal.isEmpty());
    AfterCreationPage page;
    QList<RecordKind> asked;
    page.setClientOptionsProvider([&](RecordKind kind, QObject *, auto done) {
        asked << kind;
        ApiClientOptions options;
        options.baseUrl = m_sandbox->baseUrl();
        options.apiKey = SandboxTest::providerKey;
        options.standardPerMinute = 0;
        done(options);
    });
    page.show();
    QTabWidget *tabs = page.tabs();
    TrustTab *trust = page.trustTab();
    QVERIFY(trust && page.notificationsTab());
    QCOMPARE(tabs->tabText(tabs->indexOf(trust)), u"Trust levels"_s);
    QCOMPARE(tabs->tabText(tabs->indexOf(page.notificationsTab())), u"Notifications"_s);
    tabs->setCurrentWidget(trust);

    // The page's migration file and its environment reach the tab.
    page.setJournalPath(journal);
    QCOMPARE(child<QLineEdit>(*trust, "trustSource")->text(), dir.filePath(u"merchants.csv"_s));
    QSignalSpy previewed(trust, &TrustTab::previewed);
    QTest::mouseClick(child<QPushButton>(*trust, "trustPreview"), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QSignalSpy finished(trust, &TrustTab::applyFinished);
    QTest::mouseClick(child<QPushButton>(*trust, "trustApply"), Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(asked, QList<RecordKind>{RecordKind::Merchants});
    QCOMPARE(finished.first().at(0).value<TrustApplier::Outcome>(), TrustApplier::Outcome::Completed);

    // The notifications tab previews a verified merchant with the level it was given.
    tabs->setCurrentWidget(page.notificationsTab());
    page.setJournalPath(journal);
    QVERIFY2(page.notificationsTab()->previewBody().contains(u"with the premium trust level"_s),
             qPrintable(page.notificationsTab()->previewBody()));
}

QTEST_MAIN(tst_TrustTab)
#include "tst_trusttab.moc"
