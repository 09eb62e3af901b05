// The console as a whole: demo mode with the embedded sandbox, the File menu and its recent
// migrations, the status bar, the command line and the screenshot tour.
#include "application.h"
#include "console.h"
#include "environmentstatus.h"
#include "fileactions.h"
#include "import/importdialog.h"
#include "import/importflow.h"
#include "importprompt.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "run/runpage.h"
#include "sandbox/sandboxserver.h"
#include "screenshottour.h"
#include "semanticcolors.h"
#include "settings/consolesettings.h"
#include "settings/memorysecretstore.h"
#include "settings/settingsdialog.h"
#include "sidebardelegate.h"
#include "table/reviewpage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_Console : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void options_data();
    void options();
    void demoStartsTheEmbeddedSandbox();
    void newAndOpenMigration();
    void recentFilesKeepEightNewestFirst();
    void missingRecentFileIsRemoved();
    void shortcutsOpenImportAndSettings();
    void statusBarShowsLiveInWarningColour();
    void connectionStateFollowsTheKey();
    void importedRecordsReachThePlan();
    void screenshotTourWritesEveryPage();

private:
    QTemporaryDir m_config;
    QTemporaryDir m_files;
};

void tst_Console::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
}

void tst_Console::init()
{
    QSettings().clear();
}

void tst_Console::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("screenshots");
    QTest::newRow("nothing") << QStringList{} << true << false << QString();
    QTest::newRow("demo") << QStringList{u"--demo"_s} << true << true << QString();
    QTest::newRow("screenshots") << QStringList{u"--demo"_s, u"--screenshot-dir"_s, u"/tmp/x"_s}
                                 << true << true << u"/tmp/x"_s;
    QTest::newRow("french") << QStringList{u"--language"_s, u"fr"_s} << true << false << QString();
    QTest::newRow("unknown language")
        << QStringList{u"--language"_s, u"de"_s} << false << false << QString();
    QTest::newRow("unknown option") << QStringList{u"--demos"_s} << false << false << QString();
    QTest::newRow("stray argument") << QStringList{u"file.csv"_s} << false << false << QString();
}

void tst_Console::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(bool, demo);
    QFETCH(QString, screenshots);
    arguments.prepend(u"peere-console"_s);
    const Result<ConsoleOptions> options = ConsoleOptions::fromArguments(arguments);
    QCOMPARE(options.hasValue(), ok);
    if (!ok) {
        QVERIFY(!options.error().isEmpty());
        return;
    }
    QCOMPARE(options->demo, demo);
    QCOMPARE(options->screenshotDir, screenshots);
}

void tst_Console::demoStartsTheEmbeddedSandbox()
{
    MemorySecretStore secrets;
    ConsoleOptions options;
    options.demo = true;
    Console console(options, &secrets);
    QSignalSpy importRequested(&console, &Console::csvImportRequested);
    const VoidResult started = console.start();
    QVERIFY2(started.hasValue(), qPrintable(started.error()));
    QVERIFY(QTest::qWaitForWindowExposed(console.window()));

    // The sandbox runs inside the console with relaxed limits and a real server's latency, and
    // answers on its base URL.
    EmbeddedSandbox *sandbox = console.sandbox();
    QVERIFY(sandbox->isRunning());
    QCOMPARE(sandbox->options().batchRate, 30);
    QCOMPARE(sandbox->options().latencyMs, 150);
    QVERIFY(!sandbox->options().noLimits);
    const QUrl base = sandbox->baseUrl();
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(u"/v1/bank/customers?limit=1"_s)));
    request.setRawHeader("Authorization", "Bearer " + sandbox->bankKey().toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0);
    // The list is a bare array (peere-api.md §3); an error would come in the envelope.
    const QJsonDocument body = QJsonDocument::fromJson(reply->readAll());
    QVERIFY(body.isArray() || body.object().contains(u"statusCode"_s));
    reply->deleteLater();

    // The plan targets it, and the status bar says so.
    QCOMPARE(console.planPage()->plan().environment, Environment::Kind::EmbeddedSandbox);
    QCOMPARE(console.planPage()->plan().batchesPerMinute, 30);
    EnvironmentStatus *status = console.window()->environmentStatus();
    QVERIFY2(status->environmentText().contains(u"Embedded sandbox"_s),
             qPrintable(status->environmentText()));
    QVERIFY(status->environmentText().contains(QString::number(base.port())));
    QCOMPARE(status->connection(), EnvironmentStatus::Connection::Connected);

    // The sample is a real file, byte for byte the bundled one, offered to the import.
    const QString sample = console.demoSampleFile();
    QVERIFY(QFileInfo(sample).isWritable());
    QFile bundled(u":/samples/customers.csv"_s);
    QFile copied(sample);
    QVERIFY(bundled.open(QIODevice::ReadOnly) && copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), bundled.readAll());
    QCOMPARE(importRequested.count(), 1);
    QCOMPARE(importRequested.first().at(0).toString(), sample);
    QCOMPARE(console.window()->currentStep(), WorkflowStep::Import);
    auto label = console.importPrompt()->findChild<QLabel *>(u"importSampleLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QDir::toNativeSeparators(sample)));

    // The import dialog is open on the sample (the only import: the page starts none of its
    // own); importing it fills the review page, and its valid records reach the plan.
    ImportDialog *importDialog = console.importFlow()->dialog();
    QVERIFY(importDialog && importDialog->isVisible());
    QCOMPARE(importDialog->filePath(), sample);
    QSignalSpy imported(console.importFlow(), &ImportFlow::imported);
    QTest::mouseClick(importDialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    QVERIFY(imported.wait(20000));
    QCOMPARE(imported.count(), 1);
    ImportParams params;
    params.path = sample;
    Result<ImportResult> expected = runImport(params);
    QVERIFY(expected.hasValue());
    QCOMPARE(expected->store->rowCount(), 300);
    QCOMPARE(console.reviewPage()->model()->store()->rowCount(), 300);
    QCOMPARE(console.planPage()->validRecordCount(), Console::readyRecordCount(*expected->store));
    QVERIFY(console.planPage()->validRecordCount() > 0);
    // The demo's run lasts long enough to be watched (progress, live charts, ETA), not so long
    // that it bores: at 120 batch calls a minute and no latency it was over in under a second.
    const qint64 estimate = console.planPage()->preview().totalMilliseconds();
    QVERIFY2(estimate >= 10000 && estimate <= 30000, qPrintable(QString::number(estimate)));
    QCOMPARE(console.window()->currentStep(), WorkflowStep::Review);
    QCOMPARE(console.window()->stepSummary(WorkflowStep::Import), u"Rows: 300"_s);
}

void tst_Console::newAndOpenMigration()
{
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    MainWindow *window = console.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString created = m_files.filePath(u"branch-42.peere"_s);
    const QString existing = m_files.filePath(u"older.peere"_s);
    QVERIFY(Journal::open(existing, Journal::OpenMode::Create).hasValue());
    QList<FileActions::Ask> asked;
    console.fileActions()->setPathPrompt([&](FileActions::Ask ask) {
        asked << ask;
        return ask == FileActions::Ask::NewMigration ? created : existing;
    });
    QSignalSpy createdSpy(&console, &Console::migrationCreated);
    QSignalSpy openedSpy(&console, &Console::migrationOpened);

    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(asked, QList<FileActions::Ask>{FileActions::Ask::NewMigration});
    QCOMPARE(createdSpy.count(), 1);
    QCOMPARE(window->windowTitle(), u"branch-42.peere — Peere Migration Console"_s);
    QVERIFY(Journal::open(created, Journal::OpenMode::ReadOnly).hasValue()); // a real journal

    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(openedSpy.count(), 1);
    QCOMPARE(openedSpy.first().at(0).toString(), existing);
    QCOMPARE(window->migrationFile(), existing);
    QCOMPARE(console.fileActions()->recentFiles(), (QStringList{existing, created}));

    // A journal dropped on the window opens; a CSV goes to the import.
    QSignalSpy import(&console, &Console::csvImportRequested);
    emit window->csvFileDropped(created);
    QCOMPARE(openedSpy.count(), 2);
    QCOMPARE(window->migrationFile(), created);
    QCOMPARE(import.count(), 0);
    emit window->csvFileDropped(m_files.filePath(u"export.CSV"_s));
    QCOMPARE(import.count(), 1);
    QCOMPARE(openedSpy.count(), 2);

    // Cancelling the dialog changes nothing.
    console.fileActions()->setPathPrompt([](FileActions::Ask) { return QString(); });
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(openedSpy.count(), 2);
}

void tst_Console::recentFilesKeepEightNewestFirst()
{
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << m_files.filePath(u"run-%1.peere"_s.arg(i));
        QVERIFY(Journal::open(paths.last(), Journal::OpenMode::Create).hasValue());
    }
    QString next;
    console.fileActions()->setPathPrompt([&](FileActions::Ask) { return next; });
    for (const QString &path : paths) {
        next = path;
        console.fileActions()->openAction()->trigger();
    }
    // Opening one again brings it to the front without a duplicate.
    next = paths.at(5);
    console.fileActions()->openAction()->trigger();

    const QStringList expected{
        paths[5], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]};
    QCOMPARE(console.fileActions()->recentFiles(), expected);
    QCOMPARE(QSettings().value(u"recentFiles"_s).toStringList(), expected);

    // The menu lists them, numbered, and opens the one chosen.
    QMenu *recent = console.fileActions()->recentMenu();
    QVERIFY(recent->isEnabled());
    QStringList listed;
    for (QAction *action : recent->actions()) {
        if (action->data().isValid())
            listed << action->data().toString();
    }
    QCOMPARE(listed, expected);
    QCOMPARE(recent->actions().first()->text(), u"&1 run-5.peere"_s);
    QSignalSpy opened(&console, &Console::migrationOpened);
    recent->actions().at(2)->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toString(), paths[8]);

    // A second console (the next session) sees the same list.
    Console later({}, &secrets);
    QCOMPARE(later.fileActions()->recentFiles().first(), paths[8]);

    // Clear the list.
    recent->actions().last()->trigger();
    QVERIFY(console.fileActions()->recentFiles().isEmpty());
    QVERIFY(!recent->isEnabled());
}

void tst_Console::missingRecentFileIsRemoved()
{
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    const QString gone = m_files.filePath(u"gone.peere"_s);
    QVERIFY(Journal::open(gone, Journal::OpenMode::Create).hasValue());
    console.fileActions()->noteRecentFile(gone);
    QVERIFY(QFile::remove(gone));

    QSignalSpy opened(&console, &Console::migrationOpened);
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        // The warning is modal: read it and close it as the user would.
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        shown = box->text();
        box->accept();
    });
    console.fileActions()->recentMenu()->actions().first()->trigger();
    QCOMPARE(opened.count(), 0);
    QVERIFY2(shown.contains(u"gone.peere"_s), qPrintable(shown));
    QVERIFY(console.fileActions()->recentFiles().isEmpty());
}

void tst_Console::shortcutsOpenImportAndSettings()
{
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    MainWindow *window = console.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString csv = m_files.filePath(u"bank-export.csv"_s);
    console.fileActions()->setPathPrompt(
        [&](FileActions::Ask ask) { return ask == FileActions::Ask::ImportCsv ? csv : QString(); });
    QSignalSpy import(&console, &Console::csvImportRequested);
    window->showStep(WorkflowStep::Dashboard);
    QTest::keyClick(window, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(import.count(), 1);
    QCOMPARE(import.first().at(0).toString(), csv);
    QCOMPARE(window->currentStep(), WorkflowStep::Import);
    // The import dialog opened on the file (window-modal): close it as the user would.
    ImportDialog *importDialog = console.importFlow()->dialog();
    QVERIFY(importDialog && importDialog->isVisible());
    importDialog->reject();

    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    auto settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    settings->close();

    // Every action of the File menu has a name the screen reader can say.
    for (QAction *action : window->fileMenu()->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
    }
}

void tst_Console::statusBarShowsLiveInWarningColour()
{
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    auto label = console.window()->findChild<QLabel *>(u"environmentLabel"_s);
    auto environment = console.planPage()->findChild<QComboBox *>(u"planEnvironment"_s);
    environment->setCurrentIndex(environment->findData(u"sandbox"_s));
    QVERIFY(label->text().contains(u"Peere sandbox"_s));
    const QColor normal = label->palette().color(QPalette::WindowText);
    environment->setCurrentIndex(environment->findData(u"live"_s));
    QVERIFY(label->text().contains(u"https://api.peere.network"_s));
    QCOMPARE(label->palette().color(QPalette::WindowText),
             semanticColor(Semantic::Warning, console.window()->palette()));
    QVERIFY(label->palette().color(QPalette::WindowText) != normal);
    QCOMPARE(ConsoleSettings().lastEnvironment(), Environment::Kind::Live);

    // The side bar says where the plan points, live in the warning colour too.
    auto sidebar = console.window()->findChild<QListWidget *>(u"workflowSidebar"_s);
    QListWidgetItem *plan = sidebar->item(int(WorkflowStep::Plan));
    QCOMPARE(console.window()->stepSummary(WorkflowStep::Plan), u"Live"_s);
    QCOMPARE(plan->data(SidebarDelegate::ToneRole).toInt(), int(Semantic::Warning));
    QVERIFY(plan->toolTip().endsWith(u"Live"_s));
}

void tst_Console::connectionStateFollowsTheKey()
{
    // A peere-sandbox of the user's own, on loopback: the "local sandbox" environment.
    Sandbox::SandboxServer server;
    QVERIFY(server.start().hasValue());
    ConsoleSettings().setLocalSandboxUrl(server.baseUrl());

    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    EnvironmentStatus *status = console.window()->environmentStatus();
    auto environment = console.planPage()->findChild<QComboBox *>(u"planEnvironment"_s);
    environment->setCurrentIndex(environment->findData(u"local"_s));
    QTRY_COMPARE(status->connection(), EnvironmentStatus::Connection::NoKey);
    QVERIFY(status->connectionText() == u"No API key"_s);

    secrets.insert(u"local/bank"_s, u"not-the-key"_s);
    console.checkConnection();
    QTRY_COMPARE(status->connection(), EnvironmentStatus::Connection::Failed);
    auto label = console.window()->findChild<QLabel *>(u"connectionLabel"_s);
    QVERIFY2(label->toolTip().contains(u"401"_s), qPrintable(label->toolTip()));

    secrets.insert(u"local/bank"_s, server.options().bankKey);
    console.checkConnection();
    QTRY_COMPARE(status->connection(), EnvironmentStatus::Connection::Connected);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             semanticColor(Semantic::Ok, console.window()->palette()));

    // Merchants are checked with the provider key, which is not saved.
    auto kind = console.planPage()->findChild<QComboBox *>(u"planKind"_s);
    kind->setCurrentIndex(kind->findData(u"merchants"_s));
    console.checkConnection();
    QTRY_COMPARE(status->connection(), EnvironmentStatus::Connection::NoKey);

    // The embedded sandbox before it runs: nothing is wrong, nothing is connected.
    environment->setCurrentIndex(environment->findData(u"embedded"_s));
    QTRY_COMPARE(status->connection(), EnvironmentStatus::Connection::Unknown);
}

void tst_Console::importedRecordsReachThePlan()
{
    // Merchants with one bad e-mail, one row excluded: two of four are ready to send.
    const QString path = m_files.filePath(u"merchants.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "name,email,phone,address,website\n"
        "Ada Foods,ada@example.com,+2348031234567,1 Marina Lagos,https://ada.example.com\n"
        "Bola Stores,not-an-email,+2348031234568,2 Marina Lagos,https://bola.example.com\n"
        "Chi Pharmacy,chi@example.com,+2348031234569,3 Marina Lagos,https://chi.example.com\n"
        "Dede Tech,dede@example.com,+2348031234560,4 Marina Lagos,https://dede.example.com\n");
    file.close();
    ImportParams params;
    params.path = path;
    params.kind = RecordKind::Merchants;
    Result<ImportResult> imported = runImport(params);
    QVERIFY2(imported.hasValue(), qPrintable(imported.error()));
    imported->store->setExcluded(3, true);
    const qint32 invalid = imported->store->counts().invalidRows;
    QVERIFY(invalid >= 1);

    MemorySecretStore secrets;
    Console console({}, &secrets);
    console.planPage()->setValidRecordCount(0);
    console.showImport(*imported);
    QCOMPARE(Console::readyRecordCount(*imported->store), 4 - invalid - 1);
    QCOMPARE(console.planPage()->validRecordCount(), 4 - invalid - 1);
    QCOMPARE(console.planPage()->plan().kind, RecordKind::Merchants);
    QCOMPARE(console.window()->stepSummary(WorkflowStep::Import), u"Rows: 4"_s);
    QVERIFY(
        console.window()->stepSummary(WorkflowStep::Review).startsWith(u"Rows with errors: "_s));
}

void tst_Console::screenshotTourWritesEveryPage()
{
    MemorySecretStore secrets;
    ConsoleOptions options;
    options.demo = true;
    Console console(options, &secrets);
    QVERIFY(console.start());
    QTemporaryDir out;
    ScreenshotTour tour(&console, out.path());
    QSignalSpy finished(&tour, &ScreenshotTour::finished);
    tour.start();
    // The tour migrates the sample first (a few seconds at the demo's pace).
    QVERIFY(finished.wait(90000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(tour.files().size(), workflowSteps().size() + 2);
    QVERIFY(tour.files().first().endsWith(u"01-import.png"_s));
    for (const QString &file : tour.files()) {
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QVERIFY(image.width() > 300 && image.height() > 200);
    }
    QCOMPARE(QImage(tour.files().first()).size(),
             console.window()->size() * console.window()->devicePixelRatio());
    // The tour leaves the plan as it found it.
    QCOMPARE(console.planPage()->plan().environment, Environment::Kind::EmbeddedSandbox);
    // The Run page's picture shows the sample migrated.
    RunSession *run = console.runPage()->session();
    QVERIFY2(run->errorMessage().isEmpty(), qPrintable(run->errorMessage()));
    QCOMPARE(run->state(), RunnerState::Finished);
    QCOMPARE(run->counts().verified, console.planPage()->validRecordCount());
    QVERIFY(console.runPage()->batchLog()->model()->rowCount() > 0);
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
