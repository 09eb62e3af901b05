// After creation (issue 7): the page's tabs on the offscreen platform, on real journals.
#include "../core/sandboxtestclient.h"
#include "aftercreation/aftercreationpage.h"
#include "aftercreation/devicestab.h"
#include "aftercreation/verificationtab.h"
#include "application.h"
#include "console.h"
#include "fileactions.h"
#include "import/importdialog.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "metrics/verificationmodel.h"
#include "migration/devicelinkmodel.h"
#include "migration/runner.h"
#include "migration/trustapplier.h"
#include "migration/verification.h"
#include "sandbox/sandboxserver.h"
#include "settings/consolesettings.h"
#include "settings/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_AfterCreationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabsAreASeam();
    void verificationShowsCountsAndDifferences();
    void consoleShowsThePageOnTheOpenMigration();
    void devicesTabValidatesAndLinks();
    void devicesTabPausesAndCancels();
    void verifyAgainFindsTrustChangedOnTheServer();

private:
    // A customers journal: rows 1-3 verified, 4 differs, 5 not found, 6 migrated.
    QString verifiedJournal();
    QTemporaryDir m_dir;
};

namespace {

// `count` customers migrated up to the complete phase; the third is invalid, never sent.
bool migrateCustomers(const QString &path, int count, const ApiClientOptions &clientOptions)
{
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (!journal)
        return false;
    const VoidResult imported
        = (*journal)->importRecords(RecordKind::Customers, count, [](qint64 i) {
              ImportedRecord record;
              record.line = i + 2;
              record.values.resize(CustomerField::Count);
              const QByteArray n = QByteArray::number(i);
              record.values[CustomerField::ClientRef] = "C" + n;
              record.values[CustomerField::Firstname] = "Ada";
              record.values[CustomerField::Lastname] = "Lovelace";
              record.values[CustomerField::AccountName] = "Ada " + n;
              record.values[CustomerField::Email] = "ui" + n + "@example.com";
              record.values[CustomerField::Country] = "NG";
              record.values[CustomerField::AccountNumber] = QByteArray::number(5000000000LL + i);
              record.values[CustomerField::Reference] = "R" + n;
              record.hasErrors = i == 2;
              return record;
          });
    if (!imported)
        return false;
    ApiClientOptions fast = clientOptions;
    fast.batchPerMinute = fast.standardPerMinute = fast.statusPerMinute = 0;
    std::unique_ptr<ApiClient> client(*ApiClient::create(fast));
    RunnerOptions options;
    options.lastPhase = Phase::Complete;
    Runner runner(**journal, *client, options);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    return (runner.state() == RunnerState::Finished || finished.wait(30000))
           && runner.state() == RunnerState::Finished;
}

// The page's tabs get clients with `clientOptions`, for the kind they ask.
void provideClients(AfterCreationPage &page, const ApiClientOptions &clientOptions)
{
    page.setClientOptionsProvider(
        [clientOptions](RecordKind kind, QObject *, AfterCreationPage::ClientOptionsDone done) {
            ApiClientOptions options = clientOptions;
            options.kind = kind;
            done(options);
        });
}

// The devices file through the tab's import dialog, its columns matched from the header.
bool importDevices(DevicesTab *tab, const QString &path)
{
    ImportDialog *dialog = tab->importDevicesFile(path);
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    return (finished.count() > 0 || finished.wait(20000)) && finished.first().first().toBool();
}

} // namespace

void tst_AfterCreationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
}

QString tst_AfterCreationPage::verifiedJournal()
{
    const QString path = m_dir.filePath(u"verified-%1.peere"_s.arg(QRandomGenerator::global()->generate()));
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (!journal)
        return {};
    (void)(*journal)->importRecords(RecordKind::Customers, 6, [](qint64 i) {
        ImportedRecord record;
        record.line = i + 2;
        record.values.resize(CustomerField::Count);
        record.values[CustomerField::ClientRef] = "CR" + QByteArray::number(i + 1);
        record.values[CustomerField::AccountName] = "Ada " + QByteArray::number(i + 1);
        return record;
    });
    QList<RecordOutcome> outcomes;
    for (qint64 row = 1; row <= 3; ++row)
        outcomes.append({row, RecordState::Verified, u"created"_s, {}, u"id%1"_s.arg(row)});
    outcomes.append({4, RecordState::Mismatch, u"created"_s,
                     u"accountName: sent 'Ada 4', server 'Ada Four'"_s, u"id4"_s});
    outcomes.append({5, RecordState::Mismatch, u"created"_s, Verification::notFoundReason(), {}});
    outcomes.append({6, RecordState::Migrated, u"created"_s, {}, u"id6"_s});
    (void)(*journal)->applyOutcomes(outcomes);
    return path;
}

void tst_AfterCreationPage::tabsAreASeam()
{
    AfterCreationPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTabWidget *tabs = page.findChild<QTabWidget *>(u"afterCreationTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0), u"Verification"_s);
    // The titles follow a language change made in the settings.
    {
        const auto english = qScopeGuard([] { ConsoleSettings::applyLanguage(u"en"_s); });
        ConsoleSettings::applyLanguage(u"fr"_s);
        QTRY_COMPARE(tabs->tabText(0), u"Vérification"_s);
        QCOMPARE(tabs->tabText(2), u"Niveaux de confiance"_s);
    }
    QTRY_COMPARE(tabs->tabText(2), u"Trust levels"_s);
    const int before = tabs->count();
    auto extra = new QLabel(u"trust"_s);
    QCOMPARE(page.addTab(extra, u"Trust levels"_s), before);
    QCOMPARE(tabs->widget(before), extra);

    // A tab follows the migration file through the page.
    QSignalSpy changed(&page, &AfterCreationPage::journalPathChanged);
    page.setJournalPath(u"/nowhere/x.peere"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.journalPath(), u"/nowhere/x.peere"_s);
    QVERIFY(!page.verificationTab()->errorText().isEmpty()); // no such journal: said so

    // Without a provider, asking for a client fails with a message, at once.
    QString error;
    page.clientOptions(RecordKind::Customers, &page,
                       [&](const Result<ApiClientOptions> &options) { error = options.error(); });
    QVERIFY(!error.isEmpty());
}

void tst_AfterCreationPage::verificationShowsCountsAndDifferences()
{
    const QString path = verifiedJournal();
    QVERIFY(!path.isEmpty());
    AfterCreationPage page;
    page.show();
    VerificationTab *tab = page.verificationTab();
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setJournalPath(path);
    QVERIFY2(tab->errorText().isEmpty(), qPrintable(tab->errorText()));
    const VerificationModel::Counts counts = tab->model()->counts();
    QCOMPARE(counts.verified, 3);
    QCOMPARE(counts.mismatch, 1);
    QCOMPARE(counts.notFound, 1);
    QCOMPARE(counts.toVerify, 1);
    QCOMPARE(tab->summaryText(),
             u"Verified: 3 · Mismatch: 1 · Not found: 1 · Still to verify: 1"_s);
    QTableView *table = tab->findChild<QTableView *>(u"mismatchTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, VerificationModel::RowColumn).data().toLongLong(), 4);
    QCOMPARE(model->index(0, VerificationModel::RecordColumn).data().toString(), u"CR4"_s);
    QCOMPARE(model->index(0, VerificationModel::DifferencesColumn).data().toString(),
             u"accountName: sent 'Ada 4', server 'Ada Four'"_s);
    QCOMPARE(model->index(1, VerificationModel::DifferencesColumn)
                 .data(VerificationModel::NotFoundRole).toBool(), true);
    QCOMPARE(model->index(1, VerificationModel::DifferencesColumn).data().toString(),
             u"Not found on the server"_s);

    // A journal changed meanwhile shows after Refresh.
    {
        auto journal = Journal::open(path, Journal::OpenMode::Existing);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->applyOutcomes({{6, RecordState::Verified, u"created"_s, {}, {}}}));
    }
    QTest::mouseClick(tab->findChild<QPushButton *>(u"verificationRefresh"_s), Qt::LeftButton);
    QCOMPARE(tab->model()->counts().verified, 4);
    QCOMPARE(tab->model()->counts().toVerify, 0);
}

void tst_AfterCreationPage::consoleShowsThePageOnTheOpenMigration()
{
    const QString path = verifiedJournal();
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    MainWindow *window = console.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    AfterCreationPage *page = console.afterCreationPage();
    QVERIFY(page);
    QCOMPARE(window->page(WorkflowStep::AfterCreation), page);
    console.fileActions()->setPathPrompt([&](FileActions::Ask) { return path; });
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(page->journalPath(), path);
    QCOMPARE(page->verificationTab()->model()->counts().verified, 3);
    window->showStep(WorkflowStep::AfterCreation);
    QVERIFY(page->isVisible());

    // The embedded sandbox's key comes from the console: a client for it can be made.
    Result<ApiClientOptions> got = failure(u"not answered"_s);
    page->clientOptions(RecordKind::Customers, page,
                        [&](const Result<ApiClientOptions> &options) { got = options; });
    QTRY_VERIFY_WITH_TIMEOUT(got.error() != u"not answered"_s, 10000);
    QVERIFY2(got.hasValue(), qPrintable(got.error()));
    QVERIFY(!got->apiKey.isEmpty());
    QVERIFY(got->baseUrl.isValid());
}

void tst_AfterCreationPage::devicesTabValidatesAndLinks()
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    Sandbox::SandboxServer server(sandboxOptions);
    QVERIFY(server.start().hasValue());
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = server.baseUrl();
    clientOptions.apiKey = u"sandbox-bank-key"_s;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = 0;

    // Five customers migrated; the third is invalid, never sent.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"devices.peere"_s);
    QVERIFY(migrateCustomers(path, 5, clientOptions));
    const QString devices = dir.filePath(u"devices.csv"_s);
    {
        QFile file(devices);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Client Ref,Device ID\nC0,phone-a\nC0,phone-b\nC1,tablet\nC2,x\nNOPE,y\n");
    }

    AfterCreationPage page;
    provideClients(page, clientOptions);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setJournalPath(path);
    DevicesTab *tab = page.devicesTab();
    QCOMPARE(page.tabs()->indexOf(tab), 1);
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto link = tab->findChild<QPushButton *>(u"devicesLink"_s);
    QVERIFY(link && !link->isEnabled()); // nothing chosen yet

    QVERIFY(importDevices(tab, devices));
    QCOMPARE(tab->summary().devices, 5);
    QCOMPARE(tab->summary().valid, 3);
    QCOMPARE(tab->summary().invalid, 2);
    QCOMPARE(tab->validationText(),
             u"Rows: 5 · Devices: 5 · Ready to link: 3 · With problems: 2"_s);
    QCOMPARE(tab->model()->rowCount(), 2);
    QCOMPARE(tab->model()->index(0, DeviceLinkModel::RowColumn).data(DeviceLinkModel::RuleRole)
                 .toString(), u"device.notMigrated"_s);
    QCOMPARE(tab->model()->index(1, DeviceLinkModel::RowColumn).data(DeviceLinkModel::RuleRole)
                 .toString(), u"device.unknownCustomer"_s);
    QVERIFY(link->isEnabled());

    QSignalSpy finished(tab, &DevicesTab::linkingFinished);
    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    QCOMPARE(tab->state(), RunnerState::Finished);
    QCOMPARE(tab->counts().linked, 3);
    QCOMPARE(tab->counts().invalid, 2);
    QCOMPARE(tab->statusText(), u"Linked: 3 · Failed: 0 · To do: 0 · Invalid: 2"_s);
    auto progress = tab->findChild<QProgressBar *>(u"devicesProgress"_s);
    QCOMPARE(progress->value(), progress->maximum());
    QCOMPARE(tab->model()->rowCount(), 2); // the invalid rows stay listed
    QCOMPARE(server.stats().value(u"devices"_s).toInt(), 3);
    QVERIFY(!tab->findChild<QPushButton *>(u"devicesPause"_s)->isEnabled());

    // Reopened later: the tab shows what the journal holds.
    page.setJournalPath(QString());
    page.setJournalPath(path);
    QCOMPARE(tab->counts().linked, 3);
    QCOMPARE(tab->model()->rowCount(), 2);
}

void tst_AfterCreationPage::devicesTabPausesAndCancels()
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    Sandbox::SandboxServer server(sandboxOptions);
    QVERIFY(server.start().hasValue());
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = server.baseUrl();
    clientOptions.apiKey = u"sandbox-bank-key"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pause.peere"_s);
    QVERIFY(migrateCustomers(path, 10, clientOptions));
    const QString devices = dir.filePath(u"devices.csv"_s);
    {
        QFile file(devices);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,device\n");
        for (int i = 0; i < 10; ++i) {
            for (int d = 0; d < 4 && i != 2; ++d)
                file.write("ui" + QByteArray::number(i) + "@example.com,d" + QByteArray::number(i)
                           + QByteArray::number(d) + "\n");
        }
    }
    AfterCreationPage page;
    // Two standard calls a second (after a burst): slow enough to pause and cancel in between.
    clientOptions.standardPerMinute = 120;
    page.setClientOptionsProvider(
        [&](RecordKind, QObject *, AfterCreationPage::ClientOptionsDone done) { done(clientOptions); });
    page.show();
    page.setJournalPath(path);
    DevicesTab *tab = page.devicesTab();
    QVERIFY(importDevices(tab, devices));
    QCOMPARE(tab->summary().valid, 36);
    auto pause = tab->findChild<QPushButton *>(u"devicesPause"_s);
    auto cancel = tab->findChild<QPushButton *>(u"devicesCancel"_s);
    QTest::mouseClick(tab->findChild<QPushButton *>(u"devicesLink"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->counts().linked >= 2, 20000);
    QVERIFY(pause->isEnabled() && cancel->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), RunnerState::Paused, 10000);
    QCOMPARE(pause->text(), u"Resume"_s);
    QTest::qWait(500);
    const qint64 paused = tab->counts().linked;
    QTest::qWait(1500);
    QVERIFY(tab->counts().linked <= paused + 1); // at most the call that was under way
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), RunnerState::Running, 10000);
    QSignalSpy finished(tab, &DevicesTab::linkingFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QCOMPARE(tab->state(), RunnerState::Cancelled);
    QVERIFY(tab->counts().linked < 36);
    QVERIFY(tab->findChild<QPushButton *>(u"devicesLink"_s)->isEnabled()); // can go on later
    QVERIFY(!pause->isEnabled());
}

void tst_AfterCreationPage::verifyAgainFindsTrustChangedOnTheServer()
{
    // The documented answers: merchants' trust is read with the trust call.
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    sandboxOptions.docsOnly = true;
    Sandbox::SandboxServer server(sandboxOptions);
    QVERIFY(server.start().hasValue());
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = server.baseUrl();
    clientOptions.apiKey = u"sandbox-provider-key"_s;
    clientOptions.kind = RecordKind::Merchants;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"trust.peere"_s);
    {
        // Four merchants migrated and verified, then set to enhanced by the trust step.
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Merchants, 4, [](qint64 i) {
            ImportedRecord record;
            record.line = i + 2;
            record.values.resize(MerchantField::Count);
            const QByteArray n = QByteArray::number(i);
            record.values[MerchantField::Name] = "Shop " + n;
            record.values[MerchantField::Email] = "shop" + n + "@example.com";
            return record;
        }));
        std::unique_ptr<ApiClient> client(*ApiClient::create(clientOptions));
        Runner runner(**journal, *client, RunnerOptions());
        QSignalSpy ran(&runner, &Runner::finished);
        runner.start();
        QVERIFY(ran.count() > 0 || ran.wait(30000));
        QCOMPARE((*journal)->counts()->verified, 4);
        QList<TrustEntry> entries;
        for (qint64 row = 1; row <= 4; ++row)
            entries.append({row, {}, {TrustLevel::Enhanced, true, true}, TrustState::Planned, 0,
                            {}, {}});
        QVERIFY((*journal)->planTrust(entries));
        TrustApplier applier(**journal, *client);
        QSignalSpy applied(&applier, &TrustApplier::finished);
        QVERIFY(applier.start());
        QVERIFY(applied.wait(30000));
        QCOMPARE((*journal)->trustCounts()->state(TrustState::Validated), 4);
        // Behind the console's back: the second merchant lowered to basic.
        SandboxTest::Client api(server.baseUrl(), u"sandbox-provider-key"_s);
        QCOMPARE(api.patch(u"/v1/provider/merchant/trust"_s,
                           {{u"entityId"_s, (*journal)->record(2)->serverId},
                            {u"trustLevel"_s, u"basic"_s}})
                     .status,
                 200);
    }

    AfterCreationPage page;
    provideClients(page, clientOptions);
    page.show();
    page.setJournalPath(path);
    VerificationTab *tab = page.verificationTab();
    QAbstractItemModelTester tester(tab->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tab->model()->counts().verified, 4);
    auto again = tab->findChild<QPushButton *>(u"verifyAgain"_s);
    QVERIFY(again && again->isEnabled());
    QSignalSpy finished(tab, &VerificationTab::verificationFinished);
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(30000));
    QCOMPARE(finished.first().first().value<RunnerState>(), RunnerState::Finished);
    QVERIFY2(tab->errorText().isEmpty(), qPrintable(tab->errorText()));
    QCOMPARE(tab->summaryText(),
             u"Verified: 3 · Mismatch: 1 · Not found: 0 · Still to verify: 0"_s);
    QCOMPARE(tab->model()->rowCount(), 1);
    QCOMPARE(tab->model()->index(0, VerificationModel::DifferencesColumn).data().toString(),
             u"trustLevel: sent 'enhanced', server 'basic'"_s);
    QVERIFY(again->isEnabled());
    // The journal is free again: a writer can open it.
    QTRY_VERIFY(Journal::open(path, Journal::OpenMode::Existing).hasValue());
}

QTEST_MAIN(tst_AfterCreationPage)
#include "tst_aftercreationpage.moc"
