// The Run page driven through the real console with QTest events against the embedded sandbox:
// start, pause, resume, cancel; a gate stop approved with a name and found in the journal;
// reopening a migration restores the page; a refused key shown in the page.
#include "application.h"
#include "console.h"
#include "fileactions.h"
#include "import/importdialog.h"
#include "import/importflow.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "migration/batchlogmodel.h"
#include "plan/planpage.h"
#include "run/gatepanel.h"
#include "run/phaseprogresspanel.h"
#include "run/runcontrols.h"
#include "run/runpage.h"
#include "sandbox/sandboxserver.h"
#include "settings/consolesettings.h"
#include "settings/memorysecretstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Customer i, valid for the console; the server refuses it (an unknown country, which only a
// journal written outside the console can hold) when i % serverBadEvery == 1.
ImportedRecord customer(qint64 i, int serverBadEvery)
{
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "CR" + n;
    v[CustomerField::Firstname] = "Ada";
    v[CustomerField::Lastname] = "Lovelace";
    v[CustomerField::AccountName] = "Ada Lovelace " + n;
    v[CustomerField::Email] = "ada" + n + "@example.com";
    v[CustomerField::Country] = serverBadEvery > 0 && i % serverBadEvery == 1 ? "XX" : "NG";
    v[CustomerField::AccountNumber] = QByteArray::number(1000000000 + i);
    v[CustomerField::Reference] = "REF" + n;
    v[CustomerField::Gender] = "female";
    return ImportedRecord{i + 2, v, false, {}};
}

bool writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("clientRef,firstname,lastname,accountName,email,country,accountNumber,reference,"
               "gender\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        file.write("C" + n + ",Grace,Hopper,Grace Hopper " + n + ",grace" + n
                   + "@example.com,NG," + QByteArray::number(2000000000 + i) + ",R" + n
                   + ",female\n");
    }
    return true;
}

} // namespace

class tst_RunPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void batchLogModel();
    void startPauseResumeCancel();
    void gateApprovedWithANameAndRestored();
    void refusedKeyShowsInThePage();
    void journalAndServerProblemsShowInThePage();

private:
    struct Run
    {
        MemorySecretStore secrets;
        std::unique_ptr<Console> console;
        RunPage *page = nullptr;
        RunSession *session = nullptr;
    };
    // A console on the embedded sandbox (no limits), the Run page shown.
    static bool open(Run &run, const Sandbox::SandboxOptions &sandbox, int batchSize);
    static bool openJournal(Run &run, const QString &path);
    static QString decision(const QString &journal, Phase phase, QString *who = nullptr);

    QTemporaryDir m_config;
};

void tst_RunPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
}

void tst_RunPage::init()
{
    QSettings().clear();
}

bool tst_RunPage::open(Run &run, const Sandbox::SandboxOptions &sandbox, int batchSize)
{
    run.console = std::make_unique<Console>(ConsoleOptions{}, &run.secrets);
    run.console->sandbox()->setOptions(sandbox);
    if (!run.console->start())
        return false;
    if (!QTest::qWaitForWindowExposed(run.console->window()))
        return false;
    MigrationPlan plan = run.console->planPage()->plan();
    plan.environment = Environment::Kind::EmbeddedSandbox;
    plan.batchSize = batchSize;
    plan.batchesInFlight = 2;
    plan.batchesPerMinute = 600;
    plan.gatePercent = 95;
    plan.signOffEachPhase = false; // stop only below the gate (sign-off: tst_fullflow)
    run.console->planPage()->setPlan(plan);
    run.console->window()->showStep(WorkflowStep::Run);
    run.page = run.console->runPage();
    run.session = run.page->session();
    return run.page->isVisible();
}

bool tst_RunPage::openJournal(Run &run, const QString &path)
{
    run.console->fileActions()->setPathPrompt([path](FileActions::Ask) { return path; });
    QTest::keyClick(run.console->window(), Qt::Key_O, Qt::ControlModifier);
    run.console->window()->showStep(WorkflowStep::Run);
    return run.session->journalPath() == path;
}

QString tst_RunPage::decision(const QString &journal, Phase phase, QString *who)
{
    auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    if (!opened)
        return opened.error();
    QSqlQuery query((*opened)->database());
    query.prepare(u"SELECT decision, decided_by, decided_at FROM phases WHERE phase = ?"_s);
    query.addBindValue(int(phase));
    if (!query.exec() || !query.next())
        return u"no phase"_s;
    if (who)
        *who = query.value(1).toString();
    if (query.value(0).isNull() != query.value(2).isNull())
        return u"decided_at does not match the decision"_s;
    return query.value(0).toString();
}

void tst_RunPage::batchLogModel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 20,
                                          [](qint64 i) { return customer(i, 0); }));
        for (int i = 0; i < 3; ++i) {
            const Result<qint64> batch = (*journal)->beginBatch(Phase::Pilot, {i + 1});
            QVERIFY(batch.hasValue());
            BatchAnswer answer;
            answer.httpStatus = 201;
            answer.latencyMs = 40 + i;
            answer.summary = R"({"total":1,"successful":1,"failed":0,"duplicates":0,"invalidData":0})";
            answer.message = u"Batch processed"_s;
            QVERIFY((*journal)->finishBatch(*batch, answer, {{i + 1, RecordState::Migrated, u"created"_s, {}, {}}}));
        }
    }
    auto reader = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(reader.hasValue());
    BatchLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(**reader));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, BatchLogModel::Created).data().toString(), u"1"_s);
    QCOMPARE(model.index(2, BatchLogModel::HttpStatus).data().toInt(), 201);
    QCOMPARE(model.index(1, BatchLogModel::Message).data().toString(), u"Batch processed"_s);
    // A new batch is one inserted row; the same batch again updates its row in place.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    BatchFigures figures;
    figures.batch = 9;
    figures.phase = Phase::Expand;
    figures.size = 5;
    figures.httpStatus = 0;
    figures.state = u"unknown"_s;
    figures.message = u"timed out"_s;
    model.addBatch(BatchLogEntry::fromFigures(figures));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(model.index(3, BatchLogModel::Message).data().toString().contains(u"timed out"_s));
    QCOMPARE(model.index(3, BatchLogModel::Created).data().toString(), u"–"_s);
    figures.httpStatus = 201;
    figures.state = u"answered"_s;
    model.addBatch(BatchLogEntry::fromFigures(figures));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(3, BatchLogModel::HttpStatus).data().toInt(), 201);
}

void tst_RunPage::startPauseResumeCancel()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"customers.csv"_s);
    QVERIFY(writeCsv(csv, 200));
    Sandbox::SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.latencyMs = 30;
    Run run;
    QVERIFY(open(run, sandbox, 5));
    // Imported as the user does, through the import dialog.
    QSignalSpy imported(run.console->importFlow(), &ImportFlow::imported);
    run.console->importFlow()->openFile(csv);
    QVERIFY(run.console->importFlow()->dialog());
    run.console->importFlow()->dialog()->startImport();
    QVERIFY(imported.wait(20000));
    // The import shows the review page; the user goes back to the Run page, in the main window
    // (a window manager activates it again once the dialog is gone).
    run.console->window()->showStep(WorkflowStep::Run);
    run.console->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(run.console->window()));
    QCOMPARE(run.console->planPage()->validRecordCount(), 200);

    RunControls *controls = run.page->controls();
    QVERIFY(controls->startButton()->isEnabled());
    QVERIFY(!controls->pauseButton()->isEnabled());
    QCOMPARE(controls->startButton()->accessibleName(), u"Start the migration"_s);
    QTest::mouseClick(controls->startButton(), Qt::LeftButton);
    // No migration file was open: one is made in the data folder, the records brought in.
    QTRY_VERIFY_WITH_TIMEOUT(run.session->state() == RunnerState::Running, 10000);
    const QString journal = run.console->window()->migrationFile();
    QVERIFY(journal.endsWith(u".peere"_s));
    QCOMPARE(run.session->journalPath(), journal);
    QCOMPARE(run.session->counts().records, 200);
    QVERIFY(!controls->startButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(run.page->batchLog()->model()->rowCount() >= 2, 10000);

    QTest::mouseClick(controls->pauseButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Paused, 5000);
    QVERIFY(controls->resumeButton()->isEnabled());
    QVERIFY(!controls->pauseButton()->isEnabled());
    QVERIFY(run.page->statusText().contains(u"Paused"_s));
    QVERIFY(run.console->window()->stepSummary(WorkflowStep::Run).startsWith(u"Paused"_s));
    QTest::qWait(300); // batches in flight finish; nothing new leaves
    const int paused = run.page->batchLog()->model()->rowCount();
    QTest::qWait(300);
    QCOMPARE(run.page->batchLog()->model()->rowCount(), paused);

    // Resume from the keyboard.
    QTest::keyClick(run.console->window(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Running, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(run.page->batchLog()->model()->rowCount() > paused, 10000);
    QCOMPARE(run.session->state(), RunnerState::Running);

    QTest::keyClick(run.console->window(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Cancelled, 5000);
    // The state is said before the worker thread has let the journal go: Start comes back then.
    QTRY_VERIFY(controls->startButton()->isEnabled());
    QVERIFY(!controls->cancelButton()->isEnabled());

    // Start again: it goes on where it stopped, to the end.
    QTest::keyClick(run.console->window(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Finished, 60000);
    const JournalCounts counts = run.session->counts();
    QCOMPARE(counts.verified, 200);
    QCOMPARE(counts.failed, 0);
    QVERIFY(!controls->startButton()->isEnabled());
    for (int i = 0; i < phaseCount; ++i)
        QVERIFY2(run.page->progressPanel()->phaseText(Phase(i)).contains(u"Done"_s),
                 qPrintable(run.page->progressPanel()->phaseText(Phase(i))));
    QVERIFY(run.page->progressPanel()->phaseText(Phase::Pilot).startsWith(u"20 of 20"_s));
    QCOMPARE(run.console->window()->stepSummary(WorkflowStep::Run),
             u"Done: 200 migrated, 0 failed"_s);
    QVERIFY(run.page->errorText().isEmpty());

    // Every answered batch is in the log, as in the journal.
    auto reader = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(reader.hasValue());
    QSqlQuery query((*reader)->database());
    QVERIFY(query.exec(u"SELECT count(*) FROM batches WHERE http_status > 0"_s) && query.next());
    const int answered = query.value(0).toInt();
    const int all = int(*(*reader)->batchCount());
    const int logged = run.page->batchLog()->model()->rowCount();
    QVERIFY2(logged >= answered && logged <= all,
             qPrintable(u"%1 logged, %2 answered, %3 in all"_s.arg(logged).arg(answered).arg(all)));
    // Reopened, the log holds every batch of the journal.
    run.session->setJournalPath(journal);
    QCOMPARE(run.page->batchLog()->model()->rowCount(), all);
    QVERIFY(query.exec(u"SELECT count(*) FROM events WHERE message = 'cancelled'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_RunPage::gateApprovedWithANameAndRestored()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"gate.peere"_s);
    {
        // A third of the records are refused by the server: every phase ends below the gate.
        auto created = Journal::open(journal, Journal::OpenMode::Create);
        QVERIFY(created.hasValue());
        QVERIFY((*created)->importRecords(RecordKind::Customers, 100,
                                          [](qint64 i) { return customer(i, 3); }));
    }
    Sandbox::SandboxOptions sandbox;
    sandbox.noLimits = true;
    {
        Run run;
        QVERIFY(open(run, sandbox, 10));
        QVERIFY(openJournal(run, journal));
        QCOMPARE(run.session->counts().records, 100);
        QCOMPARE(run.session->state(), RunnerState::Idle);
        // The opened migration's records reach the plan, whose Start runs it.
        QCOMPARE(run.console->planPage()->validRecordCount(), 100);
        run.console->window()->showStep(WorkflowStep::Plan);
        auto planStart = run.console->planPage()->findChild<QPushButton *>(u"planStartButton"_s);
        QVERIFY(planStart->isEnabled());
        QTest::mouseClick(planStart, Qt::LeftButton);
        QCOMPARE(run.console->window()->currentStep(), WorkflowStep::Run);
        GatePanel *gate = run.page->gatePanel();
        QTRY_VERIFY_WITH_TIMEOUT(gate->isVisible(), 30000);
        QCOMPARE(run.session->state(), RunnerState::AwaitingDecision);
        QVERIFY2(gate->figuresText().contains(u"Pilot"_s), qPrintable(gate->figuresText()));
        QVERIFY2(gate->figuresText().contains(u"(the gate is 95%)"_s), qPrintable(gate->figuresText()));
        // Why it stopped, naming the phase as the page does (never the journal's id).
        QVERIFY2(gate->figuresText().contains(u"The Pilot phase's success rate is "_s),
                 qPrintable(gate->figuresText()));
        QVERIFY2(gate->figuresText().contains(u", below the gate of 95.0%"_s),
                 qPrintable(gate->figuresText()));
        QCOMPARE(run.console->window()->stepSummary(WorkflowStep::Run), u"Waiting for a decision"_s);
        // The name is required.
        auto approve = gate->findChild<QPushButton *>(u"gateApproveButton"_s);
        auto name = gate->findChild<QLineEdit *>(u"gateNameEdit"_s);
        QVERIFY(name->text().isEmpty());
        QVERIFY(!approve->isEnabled());
        // Leaving the console while it waits: the decision stays pending in the journal.
    }
    QCOMPARE(decision(journal, Phase::Pilot), QString());
    {
        // Reopened: the pending decision is back with its figures, and approving it goes on.
        Run run;
        QVERIFY(open(run, sandbox, 10));
        QVERIFY(openJournal(run, journal));
        QCOMPARE(run.session->state(), RunnerState::AwaitingDecision);
        GatePanel *gate = run.page->gatePanel();
        QVERIFY(gate->isVisible());
        QVERIFY2(gate->figuresText().contains(u"(the gate is 95%)"_s), qPrintable(gate->figuresText()));
        QVERIFY(run.page->batchLog()->model()->rowCount() > 0);
        QVERIFY(run.page->progressPanel()->phaseText(Phase::Pilot).contains(u"Waiting for a decision"_s));
        QVERIFY2(gate->figuresText().contains(u"The Pilot phase's success rate is "_s),
                 qPrintable(gate->figuresText()));
        {
            // In French the reason names the phase in French, numbers the French way.
            const auto english = qScopeGuard([] { ConsoleSettings::applyLanguage(u"en"_s); });
            ConsoleSettings::applyLanguage(u"fr"_s);
            QTRY_VERIFY2(gate->figuresText().contains(u"Le taux de réussite de la phase Pilote est de "_s),
                         qPrintable(gate->figuresText()));
            QVERIFY2(gate->figuresText().contains(u" %, sous le seuil de 95,0 %"_s),
                     qPrintable(gate->figuresText()));
            QVERIFY2(!gate->figuresText().contains(u"phase pilot"_s), qPrintable(gate->figuresText()));
        }
        QTRY_VERIFY(gate->figuresText().contains(u"The Pilot phase's success rate is "_s));
        auto name = gate->findChild<QLineEdit *>(u"gateNameEdit"_s);
        auto approve = gate->findChild<QPushButton *>(u"gateApproveButton"_s);
        QTest::keyClicks(name, u"Ada Lovelace"_s);
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        // The expand phase runs, and ends below the gate too.
        QTRY_VERIFY_WITH_TIMEOUT(run.session->currentPhase() == Phase::Expand
                                     && run.session->state() == RunnerState::AwaitingDecision,
                                 30000);
        QString who;
        QCOMPARE(decision(journal, Phase::Pilot, &who), u"approved"_s);
        QCOMPARE(who, u"Ada Lovelace"_s);
        QCOMPARE(QSettings().value(u"run/deciderName"_s).toString(), u"Ada Lovelace"_s);
        QVERIFY(run.page->progressPanel()->phaseText(Phase::Pilot).contains(u"approved by Ada Lovelace"_s));
        // The name is remembered; this time the manager stops.
        QCOMPARE(name->text(), u"Ada Lovelace"_s);
        auto stop = gate->findChild<QPushButton *>(u"gateStopButton"_s);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Stopped, 10000);
        QCOMPARE(decision(journal, Phase::Expand, &who), u"stopped"_s);
        QCOMPARE(run.session->notice(), u"Ada Lovelace stopped the migration after the Expand phase."_s);
        QCOMPARE(who, u"Ada Lovelace"_s);
        QVERIFY(!gate->isVisible());
        QCOMPARE(run.console->window()->stepSummary(WorkflowStep::Run), u"Stopped at a gate"_s);
    }
    {
        // Reopened after the stop: progress, log and decisions as they were.
        Run run;
        QVERIFY(open(run, sandbox, 10));
        QVERIFY(openJournal(run, journal));
        QCOMPARE(run.session->state(), RunnerState::Stopped);
        auto reader = Journal::open(journal, Journal::OpenMode::ReadOnly);
        QVERIFY(reader.hasValue());
        QCOMPARE(run.page->batchLog()->model()->rowCount(), int(*(*reader)->batchCount()));
        const JournalCounts pilot = *(*reader)->counts(Phase::Pilot);
        QVERIFY(pilot.failed > 0);
        QVERIFY2(run.page->progressPanel()->phaseText(Phase::Pilot).startsWith(
                     u"%1 of %1"_s.arg(pilot.records - pilot.invalid)),
                 qPrintable(run.page->progressPanel()->phaseText(Phase::Pilot)));
        QVERIFY(run.page->progressPanel()->phaseText(Phase::Expand).contains(u"Stopped by Ada Lovelace"_s));
        QVERIFY(run.page->progressPanel()->phaseText(Phase::Complete).contains(u"Not started"_s));
    }
}

void tst_RunPage::refusedKeyShowsInThePage()
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Sandbox::SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    ConsoleSettings().setLocalSandboxUrl(server.baseUrl());
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"key.peere"_s);
    {
        auto created = Journal::open(journal, Journal::OpenMode::Create);
        QVERIFY(created.hasValue());
        QVERIFY((*created)->importRecords(RecordKind::Customers, 20,
                                          [](qint64 i) { return customer(i, 0); }));
    }
    Run run;
    QVERIFY(open(run, options, 10));
    run.secrets.insert(u"local/bank"_s, u"not-the-key"_s);
    MigrationPlan plan = run.console->planPage()->plan();
    plan.environment = Environment::Kind::LocalSandbox;
    run.console->planPage()->setPlan(plan);
    QVERIFY(openJournal(run, journal));
    QTest::mouseClick(run.page->controls()->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Failed, 10000);
    QVERIFY2(run.page->errorText().contains(u"refused the API key (HTTP 401"_s),
             qPrintable(run.page->errorText()));
    QVERIFY(run.page->findChild<QLabel *>(u"runError"_s)->isVisible());
    QCOMPARE(run.page->summaryTone(), Semantic::Error);
    QVERIFY(run.page->controls()->startButton()->isEnabled());
    // Nothing was marked failed.
    QCOMPARE(run.session->counts().failed, 0);
    QCOMPARE(run.session->counts().pending, 20);
}

void tst_RunPage::journalAndServerProblemsShowInThePage()
{
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"problems.peere"_s);
    {
        auto created = Journal::open(journal, Journal::OpenMode::Create);
        QVERIFY(created.hasValue());
        QVERIFY((*created)->importRecords(RecordKind::Customers, 20,
                                          [](qint64 i) { return customer(i, 0); }));
    }
    // Nothing listens at this address.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    ConsoleSettings().setLocalSandboxUrl(nowhere);
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Run run;
    QVERIFY(open(run, options, 10));
    run.secrets.insert(u"local/bank"_s, u"some-key"_s);
    MigrationPlan plan = run.console->planPage()->plan();
    plan.environment = Environment::Kind::LocalSandbox;
    run.console->planPage()->setPlan(plan);
    QVERIFY(openJournal(run, journal));

    // A journal that cannot be written: refused before anything is sent.
    QVERIFY(QFile::setPermissions(journal, QFile::ReadOwner | QFile::ReadGroup));
    QTest::mouseClick(run.page->controls()->startButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Failed, 10000);
    QVERIFY2(run.page->errorText().contains(u"read-only"_s), qPrintable(run.page->errorText()));
    QVERIFY(run.page->findChild<QLabel *>(u"runError"_s)->isVisible());
    QVERIFY(QFile::setPermissions(journal, QFile::ReadOwner | QFile::WriteOwner));

    // The server out of reach: nothing is lost, the page says so and Start can try again.
    QTest::mouseClick(run.page->controls()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(run.page->errorText().isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(run.session->state(), RunnerState::Failed, 30000);
    QVERIFY2(run.page->errorText().contains(u"cannot be reached"_s),
             qPrintable(run.page->errorText()));
    QVERIFY(run.page->batchLog()->model()->rowCount() > 0);
    QVERIFY(run.page->controls()->startButton()->isEnabled());
    QCOMPARE(run.session->counts().pending, 20);
    QCOMPARE(run.session->counts().failed, 0);
}

QTEST_MAIN(tst_RunPage)
#include "tst_runpage.moc"
