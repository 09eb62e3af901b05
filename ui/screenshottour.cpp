#include "screenshottour.h"

#include "console.h"
#include "importprompt.h"
#include "mainwindow.h"
#include "plan/planpage.h"
#include "run/runpage.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
// Long enough for a page to lay out and paint under Xvfb.
constexpr int settleMs = 300;
constexpr int pollMs = 200;
constexpr int runTimeoutMs = 120000;
} // namespace

ScreenshotTour::ScreenshotTour(Console *console, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_directory(directory)
{}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        QTimer::singleShot(
            0, this, [this] { emit finished(false, u"cannot create %1"_s.arg(m_directory)); });
        return;
    }
    m_index = 0;
    m_runStarted = false;
    m_waitedMs = 0;
    runFirst();
}

void ScreenshotTour::runFirst()
{
    // The sample (the demo's import) is migrated first, shown on the Run page as it goes.
    RunSession *session = m_console->runPage()->session();
    bool wait = m_console->importPrompt()->isImporting();
    if (!wait && !m_runStarted && m_console->planPage()->validRecordCount() > 0
        && !session->hasRecords()) {
        m_runStarted = true;
        m_console->window()->showStep(WorkflowStep::Run);
        m_console->startRun();
    }
    if (m_runStarted) {
        const RunnerState state = session->state();
        if (state == RunnerState::AwaitingDecision)
            session->approve(u"Demo manager"_s);
        wait = session->isPreparing() || state == RunnerState::Idle
               || state == RunnerState::AwaitingDecision
               || state == RunnerState::Running || state == RunnerState::Paused;
        wait = wait && session->errorMessage().isEmpty();
    }
    if (wait && m_waitedMs < runTimeoutMs) {
        m_waitedMs += pollMs;
        QTimer::singleShot(pollMs, this, &ScreenshotTour::runFirst);
        return;
    }
    m_console->window()->showStep(workflowSteps().constFirst());
    QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        m_error = u"cannot write %1"_s.arg(path);
        return false;
    }
    m_files << path;
    return true;
}

void ScreenshotTour::next()
{
    const QList<WorkflowStep> steps = workflowSteps();
    MainWindow *window = m_console->window();
    if (m_index < steps.size()) {
        const WorkflowStep step = steps.at(m_index);
        const QString name
            = u"%1-%2.png"_s.arg(m_index + 1, 2, 10, QLatin1Char('0')).arg(stepId(step));
        if (!save(window, name)) {
            emit finished(false, m_error);
            return;
        }
        ++m_index;
        if (m_index < steps.size())
            window->showStep(steps.at(m_index));
        QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
        return;
    }
    if (m_index == steps.size()) {
        // The plan with live chosen: the warning colour and the typed confirmation.
        PlanPage *plan = m_console->planPage();
        const MigrationPlan before = plan->plan();
        MigrationPlan live = before;
        live.environment = Environment::Kind::Live;
        window->showStep(WorkflowStep::Plan);
        plan->setPlan(live);
        ++m_index;
        QTimer::singleShot(settleMs, this, [this, before] {
            const bool ok = save(
                m_console->window(),
                u"%1-plan-live.png"_s.arg(workflowSteps().size() + 1, 2, 10, QLatin1Char('0')));
            m_console->planPage()->setPlan(before);
            if (!ok) {
                emit finished(false, m_error);
                return;
            }
            m_console->openSettings();
            QTimer::singleShot(settleMs, this, &ScreenshotTour::next);
        });
        return;
    }
    SettingsDialog *settings = m_console->openSettings();
    const bool ok = save(
        settings, u"%1-settings.png"_s.arg(workflowSteps().size() + 2, 2, 10, QLatin1Char('0')));
    settings->close();
    emit finished(ok, ok ? QString() : m_error);
}

} // namespace Peere::Ui
