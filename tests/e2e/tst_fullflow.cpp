// The whole flow a new user walks in the demo, driven through the real main window with QTest
// events against the in-process sandbox, in English and in French: a CSV dropped on the window,
// the import dialog, fixes in the review table (one cell by hand, a suggested fix for a whole
// rule), the plan, the run with the manager's sign-off after the pilot and after expand, the
// dashboard's targets, the failures grouped by cause and exported. The models, the journal and
// the exported file are checked at each step.
#include "aftercreation/aftercreationpage.h"
#include "aftercreation/verificationtab.h"
#include "application.h"
#include "console.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/kpitile.h"
#include "failures/failureexportdialog.h"
#include "failures/failurespage.h"
#include "import/importdialog.h"
#include "import/importflow.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "metrics/failuregroupmodel.h"
#include "plan/planpage.h"
#include "records/recordtablemodel.h"
#include "run/gatepanel.h"
#include "run/runcontrols.h"
#include "run/runpage.h"
#include "run/runsession.h"
#include "embeddedsandbox.h"
#include "sandbox/sandboxserver.h"
#include "settings/consolesettings.h"
#include "settings/memorysecretstore.h"
#include "table/reviewpage.h"
#include "../support/sandboxprocess.h"

#include <QApplication>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QScopeGuard>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

namespace {

constexpr int rowCount = 120;

// Row i (0-based) has a bad e-mail when i % 30 == 3 (rows 3, 33, 63, 93: the first is fixed by
// hand, the other three stay and are the failure list) and the gender "F" when i % 40 == 5 (rows
// 5, 45, 85: fixed with the rule's suggested fix).
bool badEmail(int i)
{
    return i % 30 == 3;
}

bool shortGender(int i)
{
    return i % 40 == 5;
}

QString writeCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("Client Ref,First Name,Last Name,Account Name,E-mail,Country,Account Number,"
               "Reference,Phone,Gender\n");
    for (int i = 0; i < rowCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray email = badEmail(i) ? QByteArray("amaka" + n + "-at-example.com")
                                             : QByteArray("amaka" + n + "@example.com");
        file.write("E2E" + n + ",Amaka,Obi,Amaka Obi " + n + "," + email + ",NG,"
                   + QByteArray::number(4000000000LL + i) + ",E2EREF" + n + ",+2348031234567,"
                   + (shortGender(i) ? "F" : "female") + "\n");
    }
    return path;
}

void dropFile(QWidget *window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
}

} // namespace

class tst_FullFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importFixRunSignOffExport_data();
    void importFixRunSignOffExport();

private:
    QTemporaryDir m_config;
};

void tst_FullFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
}

void tst_FullFlow::importFixRunSignOffExport_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("failuresTitle"); // the side bar's name of the Failures step
    QTest::addColumn<QString>("runDone");       // the Run step's summary at the end
    QTest::newRow("English") << u"en"_s << u"Failures"_s << u"Done: 117 migrated, 0 failed"_s;
    QTest::newRow("French") << u"fr"_s << u"Échecs"_s << u"Terminée : 117 migrés, 0 en échec"_s;
}

void tst_FullFlow::importFixRunSignOffExport()
{
    QFETCH(QString, language);
    QFETCH(QString, failuresTitle);
    QFETCH(QString, runDone);
    QSettings().clear();
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(u"customers.csv"_s));
    QVERIFY(!csv.isEmpty());

    // As peere-console --language does (main.cpp), before the first window.
    ConsoleSettings::applyLanguage(language);
    const auto restoreEnglish = qScopeGuard([] { ConsoleSettings::applyLanguage(u"en"_s); });
    MemorySecretStore secrets;
    ConsoleOptions options;
    options.language = language;
    Console console(options, &secrets);
    Sandbox::SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.latencyMs = 10;
    console.sandbox()->setOptions(sandbox);
    const VoidResult started = console.start();
    QVERIFY2(started.hasValue(), qPrintable(started.error()));
    MainWindow *window = console.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(stepTitle(WorkflowStep::Failures), failuresTitle);

    // 1. Import: the file dropped on the window opens the import dialog; Import reads it.
    dropFile(window, csv);
    ImportDialog *dialog = console.importFlow()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy imported(console.importFlow(), &ImportFlow::imported);
    auto importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(importButton);
    QTRY_VERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(imported.wait(30000));
    QTRY_VERIFY(!dialog->isVisible());

    // 2. Review: every planted problem is marked; fix one e-mail by hand, the genders in one step.
    ReviewPage *review = console.reviewPage();
    QTRY_COMPARE(window->currentStep(), WorkflowStep::Review);
    RecordTableModel *model = review->model();
    QCOMPARE(model->rowCount(), rowCount);
    QCOMPARE(model->index(3, F::Email).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Error));
    QCOMPARE(model->index(5, F::Gender).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Error));
    QTableView *table = review->table();
    window->activateWindow(); // the import dialog had it
    QVERIFY(QTest::qWaitForWindowActive(window));
    table->setFocus();
    table->setCurrentIndex(model->index(3, F::Email));
    QTest::keyClick(table, Qt::Key_F2);
    // The editor opens at once; it takes the focus only once the window is active, which on a
    // loaded machine can come a little later, so look for it in the view, not at the focus.
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, u"amaka3@example.com"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(3, F::Email).data().toString(), u"amaka3@example.com"_s);
    QVERIFY(model->index(3, F::Email).data(RecordTableModel::SeverityRole).isNull());
    QCOMPARE(review->applySuggestedFixes(Rule::FormatGender), 3);
    QCOMPARE(model->index(45, F::Gender).data().toString(), u"female"_s);
    QCOMPARE(review->undoStack()->count(), 2);
    QCOMPARE(console.planPage()->validRecordCount(), rowCount - 3);

    // 3. Plan: small batches so that each phase has several; the embedded sandbox.
    window->showStep(WorkflowStep::Plan);
    MigrationPlan plan = console.planPage()->plan();
    QCOMPARE(plan.environment, Environment::Kind::EmbeddedSandbox);
    plan.batchSize = 10;
    plan.batchesInFlight = 2;
    plan.batchesPerMinute = 600;
    console.planPage()->setPlan(plan);

    // 4. Run: Ctrl+R; the manager signs off after the pilot and after expand, by name.
    window->showStep(WorkflowStep::Run);
    RunPage *run = console.runPage();
    RunSession *session = run->session();
    QTRY_VERIFY(run->controls()->startButton()->isEnabled());
    // Shortcuts work in the active window only.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY2(session->isRunning() || session->state() != RunnerState::Idle,
                 "Ctrl+R started no run");
    GatePanel *gate = run->gatePanel();
    int signOffs = 0;
    while (session->state() != RunnerState::Finished) {
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() == RunnerState::AwaitingDecision
                                      || session->state() == RunnerState::Finished,
                                  qPrintable(u"run state %1"_s.arg(int(session->state()))),
                                  60000);
        if (session->state() == RunnerState::Finished)
            break;
        QTRY_VERIFY(gate->isVisible());
        auto name = gate->findChild<QLineEdit *>(u"gateNameEdit"_s);
        auto approve = gate->findChild<QPushButton *>(u"gateApproveButton"_s);
        QVERIFY(name && approve);
        name->clear();
        QTest::keyClicks(name, u"Ngozi Okafor"_s);
        QVERIFY(approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY(session->state() != RunnerState::AwaitingDecision);
        ++signOffs;
        QVERIFY(signOffs <= 3);
    }
    QCOMPARE(signOffs, 2);
    QCOMPARE(window->stepSummary(WorkflowStep::Run), runDone);
    const QString journalPath = window->migrationFile();
    QVERIFY(QFile::exists(journalPath));
    {
        auto journal = Journal::open(journalPath, Journal::OpenMode::ReadOnly);
        QVERIFY(journal.hasValue());
        const JournalCounts counts = *(*journal)->counts();
        QCOMPARE(counts.records, rowCount);
        QCOMPARE(counts.invalid, 3);
        QCOMPARE(counts.verified, rowCount - 3);
        QCOMPARE(counts.failed, 0);
        // The fixes went out: the record of row 3 holds the corrected e-mail.
        const Result<JournalRecord> fixed = (*journal)->record(4);
        QVERIFY(fixed.hasValue());
        QCOMPARE(fixed->state, RecordState::Verified);
        QSqlQuery query((*journal)->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM phases WHERE decision = 'approved' "
                           "AND decided_by = 'Ngozi Okafor'"_s)
                && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    // The sandbox holds exactly the valid records.
    QCOMPARE(getJsonObject(console.sandbox()->baseUrl().resolved(QUrl(u"/_sandbox/stats"_s)))
                 .value(u"customers"_s)
                 .toInt(),
             rowCount - 3);

    // After creation: the verify phase's outcome, read again when the run finished.
    auto verification = console.afterCreationPage()->findChild<VerificationTab *>();
    QVERIFY(verification);
    QTRY_VERIFY2(verification->summaryText().contains(QLocale().toString(rowCount - 3)),
                 qPrintable(verification->summaryText()));

    // 5. Dashboard: the four targets, as a manager reads them.
    window->showStep(WorkflowStep::Dashboard);
    auto dashboard = qobject_cast<DashboardPage *>(window->page(WorkflowStep::Dashboard));
    QVERIFY(dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->tile(Kpi::SuccessRate)->value().measured, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->tile(Kpi::SuccessRate)->value().value, 100.0, 10000);
    QCOMPARE(dashboard->tile(Kpi::SuccessRate)->value().status, KpiStatus::Good);
    QCOMPARE(dashboard->tile(Kpi::ValidationErrors)->value().value, 2.5); // 3 of 120
    QCOMPARE(dashboard->tile(Kpi::ValidationErrors)->value().status, KpiStatus::Bad);
    QCOMPARE(dashboard->tile(Kpi::PostMigrationErrors)->value().value, 0.0);

    // 6. Failures: the three bad e-mails, one group; exported for the data owners.
    window->showStep(WorkflowStep::Failures);
    auto failures = qobject_cast<FailuresPage *>(window->page(WorkflowStep::Failures));
    QVERIFY(failures);
    QTRY_COMPARE(failures->failureCount(), 3);
    FailureGroupModel *groups = failures->groupModel();
    QCOMPARE(groups->rowCount(), 1);
    QVERIFY(groups->index(0, 0).data().toString().contains(u"format.email"_s));
    QVERIFY(failures->selectGroup(0));
    QCOMPARE(failures->recordModel()->rowCount(), 3);
    failures->exportAction()->trigger();
    auto exportDialog = failures->findChild<FailureExportDialog *>();
    QVERIFY(exportDialog && exportDialog->isVisible());
    const QString out = dir.filePath(u"failures.csv"_s);
    exportDialog->maskCheck()->setChecked(true);
    exportDialog->pathEdit()->setText(out);
    exportDialog->accept();
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBFrow,"));
    QCOMPARE(lines.size(), 1 + 3);
    QSet<int> rows;
    for (const QByteArray &line : lines.mid(1)) {
        rows.insert(line.left(line.indexOf(',')).toInt());
        QVERIFY2(line.contains("format.email"), line.constData());
        QVERIFY2(!line.contains("4000000"), line.constData()); // account numbers masked
    }
    QCOMPARE(rows, (QSet<int>{34, 64, 94})); // records count from 1
}

QTEST_MAIN(tst_FullFlow)
#include "tst_fullflow.moc"
