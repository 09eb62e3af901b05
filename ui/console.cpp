#include "console.h"

#include "aftercreation/aftercreationpage.h"
#include "aftercreation/devicestab.h"
#include "aftercreation/trusttab.h"
#include "aftercreation/verificationtab.h"
#include "dashboard/dashboardpage.h"
#include "environmentstatus.h"
#include "failures/failurespage.h"
#include "fileactions.h"
#include "import/importflow.h"
#include "importprompt.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "run/runpage.h"
#include "settings/connectiontester.h"
#include "settings/consolesettings.h"
#include "settings/environmentstab.h"
#include "settings/keychainsecretstore.h"
#include "settings/settingsdialog.h"
#include "table/reviewpage.h"

#include "journal/journal.h"
#include "migration/journalimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
// The demo sends the sample at the embedded sandbox's relaxed pace, in small batches so that
// every phase has several.
constexpr int demoBatchSize = 25;
} // namespace

Console::Console(const ConsoleOptions &options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_ownedSecrets(secrets ? nullptr : std::make_unique<KeychainSecretStore>())
    , m_sandbox(new EmbeddedSandbox(this))
    , m_access(new ApiAccess(secrets ? secrets : m_ownedSecrets.get(), m_sandbox, this))
    , m_window(std::make_unique<MainWindow>())
    , m_tester(new ConnectionTester(this))
{
    createPages();
    connectActions();
    const Environment::Kind last = ConsoleSettings().lastEnvironment();
    MigrationPlan plan = m_planPage->plan();
    plan.environment = last;
    m_planPage->setPlan(plan);
    showEnvironment(last);
}

Console::~Console() = default;

void Console::createPages()
{
    m_importPrompt = new ImportPrompt;
    m_window->setPage(WorkflowStep::Import, m_importPrompt);
    m_reviewPage = new ReviewPage;
    m_window->setPage(WorkflowStep::Review, m_reviewPage);
    m_importFlow = new ImportFlow(m_window.get(), m_reviewPage, this);
    m_planPage = new PlanPage;
    m_window->setPage(WorkflowStep::Plan, m_planPage);
    m_runPage = new RunPage;
    m_window->setPage(WorkflowStep::Run, m_runPage);
    connect(this, &Console::migrationOpened, m_runPage->session(), &RunSession::setJournalPath);
    connect(this, &Console::migrationCreated, m_runPage->session(), &RunSession::setJournalPath);
    connect(m_runPage, &RunPage::summaryChanged, this,
            [this](const QString &summary, Semantic tone) {
                m_window->setStepSummary(WorkflowStep::Run, summary, tone);
            });
    // The dashboard follows the migration file that is open (live while a run writes it).
    auto dashboard = new DashboardPage;
    m_window->setPage(WorkflowStep::Dashboard, dashboard);
    connect(this, &Console::migrationOpened, dashboard, &DashboardPage::setJournalPath);
    connect(this, &Console::migrationCreated, dashboard, &DashboardPage::setJournalPath);
    // Every fix made in the review table goes into the open migration's journal.
    connect(this, &Console::migrationOpened, m_reviewPage, &ReviewPage::setJournalPath);
    connect(this, &Console::migrationCreated, m_reviewPage, &ReviewPage::setJournalPath);
    // After creation works on the same migration file, with the plan's environment.
    m_afterCreationPage = new AfterCreationPage;
    m_window->setPage(WorkflowStep::AfterCreation, m_afterCreationPage);
    connect(this, &Console::migrationOpened, m_afterCreationPage,
            &AfterCreationPage::setJournalPath);
    connect(this, &Console::migrationCreated, m_afterCreationPage,
            &AfterCreationPage::setJournalPath);
    m_afterCreationPage->setClientOptionsProvider(
        [this](RecordKind kind, QObject *context, AfterCreationPage::ClientOptionsDone done) {
            clientOptions(kind, context, std::move(done));
        });
    m_failuresPage = new FailuresPage;
    m_window->setPage(WorkflowStep::Failures, m_failuresPage);
    m_fileActions = new FileActions(m_window.get());
}

void Console::clientOptions(RecordKind kind, QObject *context,
                            std::function<void(const Result<ApiClientOptions> &)> done)
{
    const Environment::Kind environment = m_planPage->plan().environment;
    const KeyRole role = kind == RecordKind::Merchants ? KeyRole::Provider : KeyRole::Bank;
    m_access->readKey(environment, role, context,
                      [this, environment, kind, done](const Result<QString> &key) {
                          if (!key)
                              return done(Failure{key.error()});
                          if (key->isEmpty())
                              return done(failure(tr("No API key is saved for this environment: "
                                                     "add it in Settings.")));
                          const Result<Environment> where = m_access->environment(environment);
                          if (!where)
                              return done(Failure{where.error()});
                          ApiClientOptions options;
                          options.baseUrl = where->baseUrl();
                          options.apiKey = *key;
                          options.kind = kind;
                          done(options);
                      });
}

void Console::connectFailures()
{
    // The failures of the migration file that is open; their count in the side bar.
    connect(this, &Console::migrationOpened, m_failuresPage, &FailuresPage::setJournalPath);
    connect(this, &Console::migrationCreated, m_failuresPage, &FailuresPage::setJournalPath);
    connect(m_failuresPage, &FailuresPage::failureCountChanged, this, [this](qint64 count) {
        m_window->setStepSummary(WorkflowStep::Failures,
                                 count > 0 ? tr("Failures: %1").arg(QLocale().toString(count))
                                           : tr("No failures"),
                                 count > 0 ? Semantic::Error : Semantic::Ok);
    });
    // A run that stops (finished, at a gate, paused, failed) changed the failures: read them again.
    connect(m_runPage->session(), &RunSession::stateChanged, this, [this](RunnerState state) {
        if (state != RunnerState::Running && state != RunnerState::Idle
            && !m_failuresPage->isResending() && !m_failuresPage->journalPath().isEmpty())
            (void)m_failuresPage->reload();
        // ... and what the verify phase found: the After creation tabs read the journal again.
        if (state == RunnerState::Finished && !m_afterCreationPage->journalPath().isEmpty())
            m_afterCreationPage->setJournalPath(m_afterCreationPage->journalPath());
    });
    // Device linking and trust levels after creation change the failures too; a re-send from
    // the Failures page changes what the After creation tabs show (it sent something, so no
    // linking or trust run held the migration file).
    const auto reloadFailures = [this] {
        if (!m_failuresPage->isResending() && !m_failuresPage->journalPath().isEmpty())
            (void)m_failuresPage->reload();
    };
    connect(m_afterCreationPage->devicesTab(), &DevicesTab::linkingFinished, this, reloadFailures);
    connect(m_afterCreationPage->trustTab(), &TrustTab::applyFinished, this, reloadFailures);
    connect(m_failuresPage, &FailuresPage::resendFinished, this, [this](bool sent) {
        if (sent && m_afterCreationPage->journalPath() == m_failuresPage->journalPath())
            m_afterCreationPage->setJournalPath(m_failuresPage->journalPath());
    });
    // Verifying again (After creation › Verification) changes the mismatches too.
    connect(m_afterCreationPage->verificationTab(), &VerificationTab::verificationFinished, this,
            reloadFailures);
    // A re-send goes to the plan's environment, with its key and its pace.
    m_failuresPage->setClientProvider(
        [this](RecordKind kind, QObject *context,
               std::function<void(const Result<ApiClientOptions> &)> done) {
            const MigrationPlan plan = m_planPage->plan();
            if (Environment::isLive(plan.environment) && !m_planPage->isLiveConfirmed()) {
                done(failure(tr("Type %1 on the Plan page before sending anything to live.")
                                 .arg(PlanPage::liveConfirmationWord())));
                return;
            }
            clientOptions(kind, context,
                          [this, done](const Result<ApiClientOptions> &options) {
                              if (!options)
                                  return done(options);
                              ApiClientOptions paced = *options;
                              paced.batchPerMinute = m_planPage->plan().batchesPerMinute;
                              done(paced);
                          });
        });
    RunnerOptions runner;
    runner.concurrency = m_planPage->plan().batchesInFlight;
    m_failuresPage->setRunnerOptions(runner);
    connect(m_planPage, &PlanPage::startRequested, this, [this](const MigrationPlan &plan) {
        RunnerOptions options;
        options.concurrency = plan.batchesInFlight;
        m_failuresPage->setRunnerOptions(options);
    });
}

void Console::connectActions()
{
    connectFailures();
    // A journal dropped on the window opens that migration; anything else is a file to import.
    connect(m_window.get(), &MainWindow::csvFileDropped, this, [this](const QString &path) {
        if (QFileInfo(path).suffix().compare(FileActions::journalSuffix(), Qt::CaseInsensitive)
            == 0)
            openMigration(path);
        else
            requestImport(path);
    });
    connect(m_fileActions, &FileActions::importCsvRequested, this, &Console::requestImport);
    connect(m_importPrompt,
            &ImportPrompt::importRequested,
            m_fileActions->importAction(),
            &QAction::trigger);
    connect(m_importPrompt, &ImportPrompt::importFileRequested, this, &Console::requestImport);
    connect(m_fileActions, &FileActions::settingsRequested, this, &Console::openSettings);
    connect(this, &Console::csvImportRequested, m_importFlow, &ImportFlow::openFile);
    connect(m_importFlow, &ImportFlow::imported, this, [this](const ImportResult &result) {
        showImport(result);
        m_window->showStep(WorkflowStep::Review);
    });
    connect(m_reviewPage, &ReviewPage::recordsChanged, this, [this] {
        // Fixes and exclusions change what is ready to send.
        ImportResult current;
        current.store = m_reviewPage->model()->sharedStore();
        if (current.store && !m_reviewPage->model()->isReadOnly())
            showImport(current);
    });

    connect(m_fileActions, &FileActions::newMigrationRequested, this, [this](const QString &path) {
        if (refuseWhileRunning(tr("New migration")))
            return;
        // The journal is the migration: create it now, so that a bad place says so at once.
        if (const auto journal = Journal::open(path, Journal::OpenMode::Create); !journal) {
            QMessageBox::warning(m_window.get(), tr("New migration"), journal.error());
            return;
        }
        m_window->setMigrationFile(path);
        m_fileActions->noteRecentFile(path);
        m_window->showStep(WorkflowStep::Import);
        emit migrationCreated(path);
    });
    connect(m_fileActions, &FileActions::openMigrationRequested, this, &Console::openMigration);

    connect(m_planPage, &PlanPage::environmentChanged, this, [this](Environment::Kind kind) {
        ConsoleSettings().setLastEnvironment(kind);
        showEnvironment(kind);
    });
    connect(m_planPage, &PlanPage::startRequested, this, [this](const MigrationPlan &plan) {
        m_window->showStep(WorkflowStep::Run);
        emit runRequested(plan);
        startRun();
    });
    connect(m_runPage, &RunPage::startRequested, this, &Console::startRun);
    connect(m_sandbox, &EmbeddedSandbox::started, this, [this] {
        showEnvironment(m_planPage->plan().environment);
    });
}

void Console::showEnvironment(Environment::Kind kind)
{
    EnvironmentStatus *status = m_window->environmentStatus();
    switch (kind) {
    case Environment::Kind::EmbeddedSandbox:
        status->setEnvironment(kind, m_sandbox->baseUrl());
        break;
    case Environment::Kind::LocalSandbox:
        status->setEnvironment(kind, ConsoleSettings().localSandboxUrl());
        break;
    case Environment::Kind::HostedSandbox:
    case Environment::Kind::Live:
        status->setEnvironment(kind, Environment::standard(kind).baseUrl());
        break;
    }
    m_window->setStepSummary(WorkflowStep::Plan,
                             Environment::displayName(kind),
                             Environment::isLive(kind) ? Semantic::Warning : Semantic::Neutral);
    checkConnection();
}

void Console::checkConnection()
{
    const int generation = ++m_checkGeneration;
    m_tester->cancel();
    EnvironmentStatus *status = m_window->environmentStatus();
    const MigrationPlan plan = m_planPage->plan();
    if (plan.environment == Environment::Kind::EmbeddedSandbox) {
        // Started on demand: before that there is nothing to connect to, and nothing is wrong.
        if (m_sandbox->isRunning())
            status->setConnection(
                EnvironmentStatus::Connection::Connected,
                tr("The embedded sandbox is running at %1.").arg(m_sandbox->baseUrl().toString()));
        else
            status->setConnection(EnvironmentStatus::Connection::Unknown,
                                  tr("The embedded sandbox starts when it is first needed."));
        return;
    }
    const KeyRole role = plan.kind == RecordKind::Merchants ? KeyRole::Provider : KeyRole::Bank;
    m_access->readKey(
        plan.environment, role, this, [this, generation, plan, role](const Result<QString> &key) {
            if (generation != m_checkGeneration)
                return;
            EnvironmentStatus *shown = m_window->environmentStatus();
            if (!key || key->isEmpty()) {
                shown->setConnection(EnvironmentStatus::Connection::NoKey,
                                     key ? tr("No API key is saved for this environment: add it in "
                                              "Settings.")
                                         : key.error());
                return;
            }
            const Result<Environment> environment = m_access->environment(plan.environment);
            if (!environment) {
                shown->setConnection(EnvironmentStatus::Connection::Failed, environment.error());
                return;
            }
            shown->setConnection(EnvironmentStatus::Connection::Checking);
            disconnect(m_tester, &ConnectionTester::finished, this, nullptr);
            connect(m_tester,
                    &ConnectionTester::finished,
                    this,
                    [this, generation](ConnectionTester::Outcome outcome, const QString &message) {
                        if (generation != m_checkGeneration)
                            return;
                        m_window->environmentStatus()->setConnection(
                            outcome == ConnectionTester::Outcome::Connected
                                ? EnvironmentStatus::Connection::Connected
                                : EnvironmentStatus::Connection::Failed,
                            message);
                    });
            m_tester->test(environment->baseUrl(), role, *key);
        });
}

qint64 Console::readyRecordCount(const RecordStore &store)
{
    qint64 ready = 0;
    for (qint32 row = 0, rows = store.rowCount(); row < rows; ++row) {
        if (!store.hasErrors(row) && !store.isExcluded(row))
            ++ready;
    }
    return ready;
}

void Console::showImport(const ImportResult &result)
{
    if (!result.store)
        return;
    const RecordStore &store = *result.store;
    m_store = result.store;
    if (!result.fileName.isEmpty())
        m_importedFile = result.fileName;
    MigrationPlan plan = m_planPage->plan();
    if (plan.kind != store.kind()) {
        plan.kind = store.kind();
        m_planPage->setPlan(plan);
    }
    m_planPage->setValidRecordCount(readyRecordCount(store));
    m_window->setStepSummary(WorkflowStep::Import,
                             tr("Rows: %1").arg(QLocale().toString(store.rowCount())));
    const qint32 invalid = store.counts().invalidRows;
    m_window->setStepSummary(
        WorkflowStep::Review,
        invalid > 0 ? tr("Rows with errors: %1").arg(QLocale().toString(invalid)) : tr("No errors"),
        invalid > 0 ? Semantic::Error : Semantic::Ok);
}

void Console::openMigration(const QString &path)
{
    if (refuseWhileRunning(tr("Open migration")))
        return;
    // Read-only: checking that it is a journal takes no lock and changes nothing.
    const auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    if (!journal) {
        QMessageBox::warning(m_window.get(), tr("Open migration"), journal.error());
        return;
    }
    // A migration that holds records plans with them: its kind, its valid records.
    if (const Result<JournalCounts> counts = (*journal)->counts(); counts && counts->records > 0) {
        MigrationPlan plan = m_planPage->plan();
        plan.kind = (*journal)->kind().value_or(plan.kind);
        m_planPage->setPlan(plan);
        m_planPage->setValidRecordCount(counts->records - counts->invalid);
    }
    m_window->setMigrationFile(path);
    m_fileActions->noteRecentFile(path);
    emit migrationOpened(path);
}

bool Console::refuseWhileRunning(const QString &title)
{
    if (!m_runPage->session()->isRunning())
        return false;
    QMessageBox::warning(m_window.get(), title, RunSession::busyMessage());
    return true;
}

QString Console::ensureMigrationFile()
{
    QString path = m_window->migrationFile();
    if (!path.isEmpty())
        return path;
    // No migration file yet: one in the application's data folder, named after the import.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/migrations"_s;
    if (!QDir().mkpath(folder)) {
        m_runPage->session()->reportError(
            tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
        return {};
    }
    const QString base = m_importedFile.isEmpty() ? u"migration"_s
                                                  : QFileInfo(m_importedFile).completeBaseName();
    // To the millisecond, and never an existing file: two consoles (or two test programs) that
    // start a run in the same second must not share a journal.
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    path = folder + u"/"_s + base + u"-"_s + stamp + u"."_s + FileActions::journalSuffix();
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder + u"/"_s + base + u"-"_s + stamp + u"-"_s + QString::number(n) + u"."_s
               + FileActions::journalSuffix();
    if (const auto journal = Journal::open(path, Journal::OpenMode::Create); !journal) {
        m_runPage->session()->reportError(journal.error());
        return {};
    }
    m_window->setMigrationFile(path);
    m_fileActions->noteRecentFile(path);
    m_window->statusBar()->showMessage(
        tr("The migration is kept in %1.").arg(QDir::toNativeSeparators(path)), 10000);
    emit migrationCreated(path);
    return path;
}

void Console::startRun()
{
    RunSession *session = m_runPage->session();
    if (session->isRunning())
        return;
    const MigrationPlan plan = m_planPage->plan();
    if (Environment::isLive(plan.environment) && !m_planPage->isLiveConfirmed()) {
        session->reportError(tr("A migration on live starts only after typing %1 on the Plan "
                                "page.").arg(PlanPage::liveConfirmationWord()));
        return;
    }
    const QString path = ensureMigrationFile();
    if (path.isEmpty())
        return;
    if (session->journalPath() != path)
        session->setJournalPath(path);
    RunRequest request;
    request.journalPath = path;
    request.environment = Environment::id(plan.environment);
    RecordKind kind = plan.kind;
    if (session->hasRecords()) {
        kind = session->kind().value_or(kind);
    } else if (m_store) {
        kind = m_store->kind();
        request.records = JournalImport::fromStore(*m_store);
    } else {
        session->reportError(tr("There are no records to send: import a file first."));
        return;
    }
    request.client.kind = kind;
    request.client.batchPerMinute = plan.batchesPerMinute;
    if (plan.environment == Environment::Kind::EmbeddedSandbox) {
        // The embedded sandbox's own limits (relaxed in the demo, none in tests).
        const Sandbox::SandboxOptions &limits = m_sandbox->options();
        request.client.standardPerMinute = limits.noLimits ? 0 : limits.standardRate;
        request.client.statusPerMinute = limits.noLimits ? 0 : limits.statusRate;
        request.batchLimitPerMinute = limits.noLimits ? 0 : limits.batchRate;
    }
    request.runner.batchSize = plan.batchSize;
    request.runner.concurrency = plan.batchesInFlight;
    request.runner.gatePercent = plan.gatePercent;
    request.runner.signOffEachPhase = plan.signOffEachPhase;
    const KeyRole role = kind == RecordKind::Merchants ? KeyRole::Provider : KeyRole::Bank;
    m_access->readKey(plan.environment, role, this,
                      [this, plan, request](const Result<QString> &key) mutable {
                          RunSession *target = m_runPage->session();
                          if (!key || key->isEmpty()) {
                              target->reportError(
                                  key ? tr("No API key is saved for %1: add it in Settings.")
                                            .arg(Environment::displayName(plan.environment))
                                      : key.error());
                              return;
                          }
                          const Result<Environment> environment
                              = m_access->environment(plan.environment);
                          if (!environment) {
                              target->reportError(environment.error());
                              return;
                          }
                          request.client.baseUrl = environment->baseUrl();
                          request.client.apiKey = *key;
                          target->start(request);
                      });
}

void Console::requestImport(const QString &path)
{
    m_window->showStep(WorkflowStep::Import);
    m_importPrompt->setSuggestedFile(path);
    m_window->setStepSummary(WorkflowStep::Import, QFileInfo(path).fileName());
    m_window->statusBar()->showMessage(
        tr("Selected for import: %1").arg(QDir::toNativeSeparators(path)), 5000);
    // The import dialog (ImportFlow) reads, maps and validates it; its outcome reaches the review
    // page and the plan through ImportFlow::imported.
    emit csvImportRequested(path);
}

VoidResult Console::start()
{
    ConsoleSettings::applyProxy(ConsoleSettings().proxy());
    m_window->show();
    if (m_options.demo)
        return startDemo();
    return {};
}

VoidResult Console::startDemo()
{
    if (!m_sandbox->isRunning())
        m_sandbox->setOptions(EmbeddedSandbox::demoOptions());
    const Result<QUrl> url = m_sandbox->ensureStarted();
    if (!url)
        return failure(tr("The embedded sandbox could not start: %1").arg(url.error()));

    // The sample is copied out of the resources so that the import reads a real file, and edits
    // made during the demo never touch the original.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
    if (!QDir().mkpath(folder))
        return failure(tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString sample = folder + u"/customers.csv"_s;
    if (QFileInfo::exists(sample))
        QFile::remove(sample);
    if (!QFile::copy(u":/samples/customers.csv"_s, sample))
        return failure(
            tr("Could not copy the sample customers to %1.").arg(QDir::toNativeSeparators(sample)));
    QFile::setPermissions(
        sample, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    m_demoSample = sample;

    MigrationPlan plan = m_planPage->plan();
    plan.environment = Environment::Kind::EmbeddedSandbox;
    plan.kind = RecordKind::Customers;
    plan.batchSize = demoBatchSize;
    plan.batchesPerMinute = m_sandbox->options().batchRate;
    m_planPage->setPlan(plan);
    showEnvironment(plan.environment);
    requestImport(sample);
    return {};
}

SettingsDialog *Console::openSettings()
{
    SettingsDialog *dialog = m_settings.data();
    if (!dialog) {
        dialog = new SettingsDialog(m_access, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::applied, this, [this] {
            m_planPage->setDefaults(ConsoleSettings().planDefaults());
            showEnvironment(m_planPage->plan().environment);
        });
        EnvironmentsTab *environments = dialog->environmentsTab();
        connect(environments,
                &EnvironmentsTab::connectionTested,
                this,
                [this](Environment::Kind kind, bool ok, const QString &message) {
                    if (kind != m_planPage->plan().environment)
                        return;
                    m_window->environmentStatus()->setConnection(
                        ok ? EnvironmentStatus::Connection::Connected
                           : EnvironmentStatus::Connection::Failed,
                        message);
                });
        environments->setCurrentKind(m_planPage->plan().environment);
        m_settings = dialog;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace Peere::Ui
