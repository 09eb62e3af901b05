#include "migrationjob.h"

#include "api/apiclient.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString runnerStateName(RunnerState state)
{
    switch (state) {
    case RunnerState::Idle: return u"idle"_s;
    case RunnerState::Running: return u"running"_s;
    case RunnerState::Paused: return u"paused"_s;
    case RunnerState::AwaitingDecision: return u"awaitingDecision"_s;
    case RunnerState::Finished: return u"finished"_s;
    case RunnerState::Stopped: return u"stopped"_s;
    case RunnerState::Failed: return u"failed"_s;
    case RunnerState::Cancelled: return u"cancelled"_s;
    }
    return {};
}

MigrationJob::MigrationJob(Journal &journal, ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{
    qRegisterMetaType<Peere::RunnerState>();
}

MigrationJob::~MigrationJob() = default;

void MigrationJob::setState(RunnerState state, const QString &message)
{
    if (!message.isEmpty())
        m_message = message;
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MigrationJob::fail(const QString &message)
{
    if (m_state == RunnerState::Failed || !failing(message)) {
        // Ended already; a later answer could not be written either. What it concerned stays in
        // flight in the journal and is looked up by the next start.
        checkSettled();
        return;
    }
    setState(RunnerState::Failed, message);
    emit finished(m_state, message);
    checkSettled();
}

void MigrationJob::checkSettled()
{
    if (m_state != RunnerState::Running && !busy())
        emit settled();
}

void MigrationJob::start()
{
    if (!onOwnThread([this] { start(); }))
        return;
    if (m_state != RunnerState::Idle)
        return;
    begin();
}

void MigrationJob::pause()
{
    if (!onOwnThread([this] { pause(); }))
        return;
    if (m_state != RunnerState::Running)
        return;
    pausing();
    setState(RunnerState::Paused, u"paused"_s);
    checkSettled();
}

void MigrationJob::resume()
{
    if (!onOwnThread([this] { resume(); }))
        return;
    if (m_state != RunnerState::Paused)
        return;
    resuming();
    setState(RunnerState::Running);
    pump();
}

void MigrationJob::cancel()
{
    if (!onOwnThread([this] { cancel(); }))
        return;
    if (m_state == RunnerState::Finished || m_state == RunnerState::Cancelled
        || m_state == RunnerState::Failed || m_state == RunnerState::Stopped)
        return;
    cancelling();
    setState(RunnerState::Cancelled, u"cancelled"_s);
    // Calls under way are abandoned: what they concerned is looked up by the next start.
    m_client.abortAll();
    emit finished(m_state, m_message);
    checkSettled();
}

} // namespace Peere
