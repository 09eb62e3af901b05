#include "runsession.h"


namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// `into` += `now` - `before`, field by field.
void addDelta(JournalCounts &into, const JournalCounts &now, const JournalCounts &before)
{
    into.records += now.records - before.records;
    into.invalid += now.invalid - before.invalid;
    into.pending += now.pending - before.pending;
    into.inFlight += now.inFlight - before.inFlight;
    into.migrated += now.migrated - before.migrated;
    into.failed += now.failed - before.failed;
    into.unknown += now.unknown - before.unknown;
    into.verified += now.verified - before.verified;
    into.mismatch += now.mismatch - before.mismatch;
}

} // namespace

qint64 PhaseProgress::members() const
{
    return counts.records - counts.invalid;
}

qint64 PhaseProgress::done() const
{
    return counts.migrated + counts.failed + counts.mismatch;
}

RunSession::RunSession(QObject *parent)
    : QObject(parent)
    , m_host(new RunnerHost(this))
{
    connectHost();
}

RunSession::~RunSession() = default;

void RunSession::connectHost()
{
    connect(m_host, &RunnerHost::failedToStart, this, [this](const QString &message) {
        m_preparing = false;
        m_queuedDecision.reset();
        setError(message);
        setState(RunnerState::Failed);
    });
    connect(m_host, &RunnerHost::stateChanged, this, [this](RunnerState state) {
        if (std::exchange(m_preparing, false))
            readPhases(); // the records just brought in, the phases' members
        setState(state);
    });
    connect(m_host, &RunnerHost::phaseStarted, this, [this](Phase phase) {
        m_current = phase;
        m_queuedDecision.reset();
        if (m_gate) {
            m_gate.reset();
            emit gateChanged();
        }
        readPhases();
        m_phases[size_t(phase)].status = PhaseStatus::Running;
        emit progressChanged();
    });
    connect(m_host, &RunnerHost::phaseFinished, this, [this](Phase phase, const PhaseFigures &) {
        readPhases();
        m_phases[size_t(phase)].status = PhaseStatus::Done;
        emit progressChanged();
    });
    connect(m_host, &RunnerHost::gateReached, this,
            [this](Phase phase, const PhaseFigures &figures) {
                m_current = phase;
                readPhases();
                m_phases[size_t(phase)].status = PhaseStatus::AwaitingDecision;
                m_gate = GateStop{phase, figures, m_request.runner.gatePercent,
                                  m_request.runner.gateMaxBatchMs};
                emit progressChanged();
                emit gateChanged();
                if (const auto queued = std::exchange(m_queuedDecision, std::nullopt))
                    decide(queued->first, queued->second);
            });
    connect(m_host, &RunnerHost::batchFinished, this, [this](const BatchFigures &figures) {
        m_log.addBatch(BatchLogEntry::fromFigures(figures));
    });
    connect(m_host, &RunnerHost::progressChanged, this, [this](const JournalCounts &counts) {
        if (std::exchange(m_preparing, false))
            readPhases();
        // One phase sends at a time: what changed is the current phase's.
        else if (m_current != Phase::Verify)
            addDelta(m_phases[size_t(m_current)].counts, counts, m_counts);
        m_counts = counts;
        m_phases[size_t(Phase::Verify)].counts = counts;
        emit progressChanged();
    });
    connect(m_host, &RunnerHost::autoPaused, this, &RunSession::setNotice);
    connect(m_host, &RunnerHost::finished, this,
            [this](RunnerState state, const QString &message) {
                m_queuedDecision.reset();
                if (state == RunnerState::Failed) {
                    setError(message);
                    // Attempts that never reached the server are in the journal only: once,
                    // at the end, the log shows them too.
                    if (m_reader)
                        (void)m_log.load(*m_reader);
                }
                else if (state == RunnerState::Stopped)
                    setNotice(message);
                readPhases();
                setState(state);
                emit progressChanged();
            });
}

QString RunSession::busyMessage()
{
    return tr("A migration is running: cancel it on the Run page before opening another one.");
}

void RunSession::setJournalPath(const QString &path)
{
    if (isRunning()) {
        setError(busyMessage());
        return;
    }
    m_path = path;
    m_gate.reset();
    m_queuedDecision.reset();
    setError({});
    setNotice({});
    reload();
}

void RunSession::reload()
{
    m_reader.reset();
    m_kind.reset();
    m_counts = {};
    m_phases = {};
    m_current = Phase::Pilot;
    m_log.clear();
    RunnerState state = RunnerState::Idle;
    if (!m_path.isEmpty()) {
        auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
        if (!journal) {
            setError(journal.error());
        } else {
            m_reader = std::move(*journal);
            readPhases();
            if (const VoidResult loaded = m_log.load(*m_reader); !loaded)
                setError(loaded.error());
            bool allDone = m_counts.records > 0;
            for (const PhaseProgress &phase : m_phases) {
                allDone = allDone && phase.status == PhaseStatus::Done;
                if (phase.status == PhaseStatus::AwaitingDecision)
                    state = RunnerState::AwaitingDecision;
                else if (phase.status == PhaseStatus::Stopped && state == RunnerState::Idle)
                    state = RunnerState::Stopped;
            }
            if (allDone)
                state = RunnerState::Finished;
        }
    }
    if (m_gate)
        emit gateChanged();
    setState(state);
    emit progressChanged();
}

void RunSession::readPhases()
{
    if (!m_reader)
        return;
    if (const Result<JournalCounts> all = m_reader->counts(); all)
        m_counts = *all;
    else
        return setError(all.error());
    m_gatePercent = m_reader->setting(u"gate"_s, u"95"_s).toDouble();
    m_kind = m_reader->kind();
    bool currentFound = false;
    for (int i = 0; i < phaseCount; ++i) {
        const Phase phase = Phase(i);
        PhaseProgress &progress = m_phases[size_t(i)];
        progress.status = m_reader->phaseStatus(phase);
        progress.decision = m_reader->decision(phase);
        if (phase == Phase::Verify) {
            progress.counts = m_counts;
        } else if (const Result<JournalCounts> counts = m_reader->counts(phase); counts) {
            progress.counts = *counts;
        }
        if (!currentFound && progress.status != PhaseStatus::Done) {
            m_current = phase;
            currentFound = true;
        }
        if (progress.status == PhaseStatus::AwaitingDecision && !m_gate) {
            // Restored: the figures the runner will show again when it reaches this gate.
            GateStop gate;
            gate.phase = phase;
            gate.gatePercent = m_gatePercent;
            gate.figures.phase = phase;
            gate.figures.counts = progress.counts;
            gate.figures.successRate = progress.counts.successRate();
            if (const Result<qint64> slowest = m_reader->slowestBatchMs(phase); slowest)
                gate.figures.slowestBatchMs = *slowest;
            // Passed: the run waits for a sign-off of the next phase, not for a rescue.
            gate.figures.passed = PhaseFigures::passes(gate.figures.successRate,
                                                       gate.figures.slowestBatchMs,
                                                       gate.gatePercent, gate.maxBatchMs);
            m_gate = gate;
        }
    }
    if (!currentFound)
        m_current = Phase::Verify;
}

void RunSession::start(const RunRequest &request)
{
    if (isRunning())
        return;
    if (request.journalPath != m_path)
        setJournalPath(request.journalPath);
    m_request = request;
    m_request.records.clear();
    setError({});
    setNotice({});
    m_preparing = true;
    setState(RunnerState::Idle);
    emit progressChanged();
    m_host->start(request.journalPath, request.client, request.runner,
                  [request](Journal &journal) { return request.prepare(journal); });
}

void RunSession::pause()
{
    m_host->pause();
}

void RunSession::resume()
{
    setNotice({});
    m_host->resume();
}

void RunSession::cancel()
{
    m_host->cancel();
}

void RunSession::approve(const QString &name)
{
    decide(true, name);
}

void RunSession::stop(const QString &name)
{
    decide(false, name);
}

void RunSession::decide(bool approve, const QString &name)
{
    if (!m_gate || name.trimmed().isEmpty())
        return;
    if (!m_host->isActive()) {
        m_queuedDecision = std::pair{approve, name.trimmed()};
        emit startNeeded();
        return;
    }
    if (approve)
        m_host->approve(name.trimmed());
    else
        m_host->stop(name.trimmed());
    m_gate.reset();
    emit gateChanged();
}

void RunSession::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    emit errorChanged(message);
}

void RunSession::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged(notice);
}

void RunSession::setState(RunnerState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Peere::Ui
