#include "runner.h"

#include "common/logging.h"
#include "metrics/phasemetricsmodel.h"

#include <QTimer>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

Runner::Runner(Journal &journal, ApiClient &client, const RunnerOptions &options, QObject *parent)
    : MigrationJob(journal, client, parent)
    , m_options(options)
{
    qRegisterMetaType<Peere::Phase>();
    qRegisterMetaType<Peere::PhaseFigures>();
    qRegisterMetaType<Peere::BatchFigures>();
    qRegisterMetaType<Peere::JournalCounts>();
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_concurrency = m_options.concurrency;
    m_clock.start();
}

Runner::~Runner() = default;

bool Runner::busy() const
{
    return !m_active.isEmpty() || m_lookupsActive != 0;
}

bool Runner::failing(const QString &message)
{
    qCDebug(lcMigration) << "run stopped:" << message;
    // The phase stays "running": the next run resumes it where this one stopped.
    (void)m_journal.logEvent(u"error"_s, message);
    return true;
}

void Runner::begin()
{
    // Records left in flight by a run that died: their fate is looked up before any re-send.
    const Result<qint64> orphaned = m_journal.markInFlightUnknown();
    if (!orphaned)
        return fail(orphaned.error());
    if (*orphaned > 0)
        (void)m_journal.logEvent(u"info"_s, u"%1 records left in flight by an earlier run: "
                                            "looking up their fate"_s.arg(*orphaned));
    if (m_options.verifyAgain) {
        if (m_journal.phaseStatus(Phase::Complete) != PhaseStatus::Done)
            return fail(tr("Nothing to verify again yet: run the migration to its end first."));
        const Result<qint64> again = m_journal.requeueVerification();
        if (!again)
            return fail(again.error());
        m_options.lastPhase = Phase::Verify;
    }
    const Result<JournalCounts> counts = m_journal.counts();
    if (!counts)
        return fail(counts.error());
    m_counts = *counts;
    emit progressChanged(m_counts);
    if (!m_options.retryRows.isEmpty())
        return startRetry();
    setState(RunnerState::Running);
    for (int i = 0; i < phaseCount; ++i) {
        const Phase phase = Phase(i);
        const PhaseStatus status = m_journal.phaseStatus(phase);
        if (status == PhaseStatus::Done)
            continue;
        if (int(phase) > int(m_options.lastPhase))
            break;
        m_phase = phase;
        if (status == PhaseStatus::AwaitingDecision || status == PhaseStatus::Stopped) {
            // The run stopped at this phase's gate: ask again (the figures may have changed).
            finishPhase();
            return;
        }
        startPhase(phase);
        return;
    }
    setState(RunnerState::Finished, u"every phase is done"_s);
    emit finished(m_state, m_message);
}

void Runner::startPhase(Phase phase)
{
    m_phase = phase;
    if (VoidResult ok = m_journal.setPhaseStatus(phase, PhaseStatus::Running); !ok)
        return fail(ok.error());
    (void)m_journal.logEvent(u"info"_s, u"phase %1 started"_s.arg(phaseName(phase)));
    emit phaseStarted(phase);
    pump();
}

void Runner::pausing()
{
    (void)m_journal.logEvent(u"info"_s, u"paused"_s);
}

void Runner::resuming()
{
    (void)m_journal.logEvent(u"info"_s, u"resumed"_s);
    m_recent.clear();
}

void Runner::cancelling()
{
    // Batches in flight are abandoned: their records stay "unknown" and are looked up next time.
    (void)m_journal.logEvent(u"info"_s, u"cancelled"_s);
}

void Runner::approve(const QString &name)
{
    if (!onOwnThread([this, name] { approve(name); }))
        return;
    if (m_state != RunnerState::AwaitingDecision)
        return;
    if (VoidResult ok = m_journal.recordDecision(m_phase, true, name); !ok)
        return fail(ok.error());
    setState(RunnerState::Running);
    enterPhaseAfter(m_phase);
}

void Runner::stop(const QString &name)
{
    if (!onOwnThread([this, name] { stop(name); }))
        return;
    if (m_state != RunnerState::AwaitingDecision)
        return;
    if (VoidResult ok = m_journal.recordDecision(m_phase, false, name); !ok)
        return fail(ok.error());
    (void)m_journal.setPhaseStatus(m_phase, PhaseStatus::Stopped);
    setState(RunnerState::Stopped,
             tr("%1 stopped the migration after the %2 phase.")
                 .arg(name, PhaseMetricsModel::phaseTitle(m_phase)));
    emit finished(m_state, m_message);
}

QString Runner::gateReason(const PhaseFigures &figures,
                           double gatePercent,
                           qint64 maxBatchMs,
                           const QLocale &locale)
{
    const QString phase = PhaseMetricsModel::phaseTitle(figures.phase);
    const QString rate = locale.toString(figures.successRate, 'f', 1);
    const QString gate = locale.toString(gatePercent, 'f', 1);
    if (figures.successRate < gatePercent)
        return tr("The %1 phase's success rate is %2%, below the gate of %3%")
            .arg(phase, rate, gate);
    if (figures.slowestBatchMs > maxBatchMs)
        return tr("A batch of the %1 phase took %2 s, longer than %3 s")
            .arg(phase,
                 locale.toString(figures.slowestBatchMs / 1000),
                 locale.toString(maxBatchMs / 1000));
    return tr("The %1 phase passed its gate (%2%, the gate is %3%): waiting for a manager to "
              "sign off the next phase")
        .arg(phase, rate, gate);
}

PhaseFigures Runner::figures(Phase phase)
{
    PhaseFigures result;
    result.phase = phase;
    if (Result<JournalCounts> counts = m_journal.counts(phase))
        result.counts = *counts;
    result.successRate = result.counts.successRate();
    if (Result<qint64> slowest = m_journal.slowestBatchMs(phase))
        result.slowestBatchMs = *slowest;
    result.passed = PhaseFigures::passes(result.successRate, result.slowestBatchMs,
                                         m_options.gatePercent, m_options.gateMaxBatchMs);
    if (!result.passed)
        result.reason
            = gateReason(result, m_options.gatePercent, m_options.gateMaxBatchMs, QLocale::c());
    return result;
}

void Runner::finishPhase()
{
    PhaseFigures result = figures(m_phase);
    // Exclusions made on the review page while the phase ran are in the journal's counts only.
    if (Result<JournalCounts> counts = m_journal.counts())
        m_counts = *counts;
    // Sending more records is what needs a manager's word; verify only reads, so the complete
    // phase (followed by verify) and the last phase asked for need no sign-off when they pass.
    const bool signOff = m_options.signOffEachPhase && int(m_phase) < int(Phase::Complete)
                         && int(m_phase) < int(m_options.lastPhase);
    if (m_phase == Phase::Verify || (result.passed && !signOff)) {
        if (VoidResult ok = m_journal.setPhaseStatus(m_phase, PhaseStatus::Done); !ok)
            return fail(ok.error());
        (void)m_journal.logEvent(u"info"_s, u"phase %1 done"_s.arg(phaseName(m_phase)));
        emit phaseFinished(m_phase, result);
        enterPhaseAfter(m_phase);
        return;
    }
    if (VoidResult ok = m_journal.setPhaseStatus(m_phase, PhaseStatus::AwaitingDecision); !ok)
        return fail(ok.error());
    if (result.passed)
        result.reason
            = gateReason(result, m_options.gatePercent, m_options.gateMaxBatchMs, QLocale::c());
    (void)m_journal.logEvent(u"gate"_s, result.reason);
    setState(RunnerState::AwaitingDecision, result.reason);
    emit gateReached(m_phase, result);
    if (!m_options.autoApprover.isEmpty() && m_state == RunnerState::AwaitingDecision)
        approve(m_options.autoApprover);
}

void Runner::enterPhaseAfter(Phase phase)
{
    if (m_journal.phaseStatus(phase) != PhaseStatus::Done) {
        if (VoidResult ok = m_journal.setPhaseStatus(phase, PhaseStatus::Done); !ok)
            return fail(ok.error());
        emit phaseFinished(phase, figures(phase));
    }
    if (phase == Phase::Verify || int(phase) >= int(m_options.lastPhase)) {
        setState(RunnerState::Finished, u"done up to the %1 phase"_s.arg(phaseName(phase)));
        emit progressChanged(m_counts);
        emit finished(m_state, m_message);
        return;
    }
    startPhase(Phase(int(phase) + 1));
}

void Runner::startRetry()
{
    m_retrying = true;
    const Result<QList<qint64>> moved = m_journal.requeueFailed(m_options.retryRows);
    if (!moved)
        return fail(moved.error());
    m_counts.move(RecordState::Failed, RecordState::Pending, moved->size());
    const Result<qint64> queued = queueRetryPending();
    if (!queued)
        return fail(queued.error());
    (void)m_journal.logEvent(u"info"_s, u"retry: sending %1 records again"_s.arg(*queued));
    emit progressChanged(m_counts);
    setState(RunnerState::Running);
    pump();
}

Result<qint64> Runner::queueRetryPending()
{
    // The rows that are pending now, by phase, in batches of the usual size.
    QList<JournalRecord> byPhase[phaseCount];
    for (qint64 row : std::as_const(m_options.retryRows)) {
        const Result<JournalRecord> record = m_journal.record(row);
        if (!record)
            return Failure{record.error()};
        if (record->state == RecordState::Pending)
            byPhase[int(record->phase)].append(*record);
    }
    qint64 queued = 0;
    for (const QList<JournalRecord> &records : byPhase) {
        for (qsizetype at = 0; at < records.size(); at += batchSize())
            m_retry.push_back(records.mid(at, batchSize()));
        queued += records.size();
    }
    return queued;
}

bool Runner::readyToSend()
{
    resolveUnknown();
    if (m_state != RunnerState::Running)
        return false;
    if (const qint64 hold = m_sendNotBeforeMs - m_clock.elapsed(); hold > 0) {
        QTimer::singleShot(hold + 1, Qt::PreciseTimer, this, &Runner::pump);
        return false;
    }
    return true;
}

void Runner::pumpRetry()
{
    if (!readyToSend())
        return;
    while (int(m_active.size()) < m_concurrency && m_state == RunnerState::Running) {
        QList<JournalRecord> next;
        if (!m_splits.empty()) {
            next = std::move(m_splits.front());
            m_splits.pop_front();
        } else if (!m_retry.empty()) {
            next = std::move(m_retry.front());
            m_retry.pop_front();
        }
        if (next.isEmpty())
            break;
        m_phase = next.constFirst().phase;
        sendBatches({next});
    }
    if (m_state == RunnerState::Running && m_active.isEmpty() && m_lookupsActive == 0
        && m_splits.empty() && m_retry.empty() && !m_merchantListing) {
        if (m_counts.unknown > 0 && m_lookupRetryAtMs > m_clock.elapsed()) {
            QTimer::singleShot(m_lookupRetryAtMs - m_clock.elapsed(), this, &Runner::pump);
            return;
        }
        // A lookup may have found that a record never arrived: it is pending, send it again.
        const Result<qint64> again = queueRetryPending();
        if (!again)
            return fail(again.error());
        if (*again > 0)
            return pumpRetry();
        setState(RunnerState::Finished, u"the records were sent again"_s);
        emit progressChanged(m_counts);
        emit finished(m_state, m_message);
    }
}

void Runner::schedulePump()
{
    // Queued: answers already waiting in the event queue are read first, and their slots are
    // filled by one pump (one transaction) instead of one each.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &Runner::pump, Qt::QueuedConnection);
}

void Runner::pump()
{
    m_pumpQueued = false;
    if (m_state != RunnerState::Running)
        return;
    if (m_retrying)
        return pumpRetry();
    if (m_phase == Phase::Verify)
        return pumpVerify();
    if (!readyToSend())
        return;
    // Every free slot is filled at once, and their batches are begun in one transaction: one
    // fsync for all of them (answers that arrived together are sent on together).
    const int free = m_concurrency - int(m_active.size());
    if (free > 0 && m_state == RunnerState::Running) {
        QList<QList<JournalRecord>> next;
        while (int(next.size()) < free && !m_splits.empty()) {
            next.append(std::move(m_splits.front()));
            m_splits.pop_front();
        }
        // Halves of a rejected batch are pending in the journal too: fresh records are read
        // only when no half is waiting, so that none is picked twice.
        if (next.isEmpty()) {
            const int size = batchSize();
            Result<QList<JournalRecord>> pending
                = m_journal.records(m_phase, RecordState::Pending, size * free);
            if (!pending)
                return fail(pending.error());
            for (qsizetype at = 0; at < pending->size(); at += size)
                next.append(pending->mid(at, size));
        }
        if (!next.isEmpty())
            sendBatches(next);
    }
    if (m_state == RunnerState::Running && m_active.isEmpty() && m_lookupsActive == 0
        && m_splits.empty() && !m_merchantListing) {
        const Result<JournalCounts> left = m_journal.counts(m_phase);
        if (!left)
            return fail(left.error());
        if (left->pending == 0 && left->unknown == 0 && left->inFlight == 0)
            finishPhase();
        else if (left->unknown > 0 && m_lookupRetryAtMs > m_clock.elapsed())
            QTimer::singleShot(m_lookupRetryAtMs - m_clock.elapsed(), this, &Runner::pump);
    }
}

} // namespace Peere
