#pragma once

#include "api/apiclient.h"
#include "consoleoptions.h"
#include "embeddedsandbox.h"
#include "records/importjob.h"
#include "settings/apiaccess.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Peere::Ui {

class AfterCreationPage;
class ConnectionTester;
class FailuresPage;
class FileActions;
class ImportFlow;
class ImportPrompt;
class MainWindow;
class PlanPage;
class ReviewPage;
class RunPage;
class SettingsDialog;
struct MigrationPlan;

// The desktop application as a whole: builds the main window and its pages, the File menu, the
// settings and the embedded sandbox, and wires them together. MainWindow only assembles what this
// gives it. Tests build a Console with a MemorySecretStore in place of the keychain.
class Console : public QObject
{
    Q_OBJECT

public:
    explicit Console(const ConsoleOptions &options,
                     SecretStore *secrets = nullptr,
                     QObject *parent = nullptr);
    ~Console() override;

    // Shows the window; in demo mode starts the sandbox and loads the sample first.
    VoidResult start();

    // The demo: the embedded sandbox (relaxed limits) selected, the sample customers copied to
    // the application's data folder and offered to the import.
    VoidResult startDemo();
    QString demoSampleFile() const { return m_demoSample; }

    SettingsDialog *openSettings();

    // An import finished (the import page reports it): the plan gets the records ready to send
    // (valid and not excluded) and their kind; the side bar the file and its errors.
    void showImport(const ImportResult &result);
    static qint64 readyRecordCount(const RecordStore &store);

    // Checks the plan's environment with its saved key (the bank key for customers, the provider
    // key for merchants) and shows the outcome in the status bar. Runs on every change of
    // environment; nothing is sent without a key.
    void checkConnection();

    // Starts (or resumes) the migration with the Plan page's settings: the open migration file
    // (one is created in the application's data folder when none is open), the reviewed records
    // when the journal holds none yet, the environment's key. Problems show on the Run page.
    void startRun();

    MainWindow *window() const { return m_window.get(); }
    FileActions *fileActions() const { return m_fileActions; }
    PlanPage *planPage() const { return m_planPage; }
    ImportPrompt *importPrompt() const { return m_importPrompt; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    FailuresPage *failuresPage() const { return m_failuresPage; }
    RunPage *runPage() const { return m_runPage; }
    ImportFlow *importFlow() const { return m_importFlow; }
    EmbeddedSandbox *sandbox() const { return m_sandbox; }
    ApiAccess *apiAccess() const { return m_access; }
    AfterCreationPage *afterCreationPage() const { return m_afterCreationPage; }

    // The options of an API client for the plan's environment and its key for `kind`, for the
    // after-creation steps; `done` runs later (the keychain answers asynchronously).
    void clientOptions(RecordKind kind, QObject *context,
                       std::function<void(const Result<ApiClientOptions> &)> done);

signals:
    // For the pages that build on a migration file (the journal) and an imported CSV.
    void migrationCreated(const QString &path);
    void migrationOpened(const QString &path);
    void csvImportRequested(const QString &path);
    void runRequested(const Peere::Ui::MigrationPlan &plan);

private:
    void createPages();
    void connectActions();
    void showEnvironment(Environment::Kind kind);
    void requestImport(const QString &path);
    void openMigration(const QString &path);
    void connectFailures();
    QString ensureMigrationFile();
    bool refuseWhileRunning(const QString &title);

    ConsoleOptions m_options;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    EmbeddedSandbox *m_sandbox;
    ApiAccess *m_access;
    std::unique_ptr<MainWindow> m_window;
    FileActions *m_fileActions = nullptr;
    PlanPage *m_planPage = nullptr;
    ImportPrompt *m_importPrompt = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    FailuresPage *m_failuresPage = nullptr;
    RunPage *m_runPage = nullptr;
    std::shared_ptr<RecordStore> m_store; // the last import, as reviewed
    QString m_importedFile;
    ImportFlow *m_importFlow = nullptr;
    AfterCreationPage *m_afterCreationPage = nullptr;
    QPointer<SettingsDialog> m_settings;
    ConnectionTester *m_tester;
    int m_checkGeneration = 0; // answers to an earlier check are ignored
    QString m_demoSample;
};

} // namespace Peere::Ui
