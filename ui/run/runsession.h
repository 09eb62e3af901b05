#pragma once

#include "migration/batchlogmodel.h"
#include "migration/runnerhost.h"
#include "runrequest.h"

#include <QObject>

#include <array>
#include <memory>
#include <optional>

namespace Peere::Ui {

// Where one phase stands. For the verify phase the counts are the whole journal's.
struct PhaseProgress
{
    PhaseStatus status = PhaseStatus::Pending;
    JournalCounts counts;
    PhaseDecision decision;
    qint64 members() const;
    qint64 done() const;
};

// The run stopped at a phase's gate, waiting for a manager's decision.
struct GateStop
{
    Phase phase = Phase::Pilot;
    PhaseFigures figures;
    double gatePercent = 95;
    qint64 maxBatchMs = 5 * 60 * 1000;
};

// The Run page's state, without widgets: drives a RunnerHost (the runner in its worker thread),
// keeps the progress of the run and of each phase, the batch log and a pending gate decision,
// and restores all of it from the journal when a migration is opened. GUI thread.
class RunSession : public QObject
{
    Q_OBJECT

public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    // Why another migration cannot be opened now (a run is going on).
    static QString busyMessage();

    // The migration to show; read (read-only) at once, so that reopening restores the page.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_path; }
    void reload();

    // Brings the records into the journal when it has none (in the runner's thread), then
    // starts or resumes the run.
    void start(const RunRequest &request);
    void pause();
    void resume();
    void cancel();
    // A decision on the pending gate. When the gate was restored from the journal and no run
    // is going, the decision waits for the run to reach the gate again (startNeeded()).
    void approve(const QString &name);
    void stop(const QString &name);

    RunnerState state() const { return m_state; }
    bool isPreparing() const { return m_preparing; }
    bool isRunning() const { return m_preparing || m_host->isActive(); }
    bool hasRecords() const { return m_counts.records > 0; }
    Phase currentPhase() const { return m_current; }
    const JournalCounts &counts() const { return m_counts; }
    const PhaseProgress &phase(Phase phase) const { return m_phases[size_t(phase)]; }
    const std::optional<GateStop> &pendingGate() const { return m_gate; }
    QString errorMessage() const { return m_error; }
    // A problem found before the run could start (no key, live not confirmed...): shown on the
    // page like the runner's own errors.
    void reportError(const QString &message) { setError(message); }
    std::optional<RecordKind> kind() const { return m_kind; }
    QString notice() const { return m_notice; }
    BatchLogModel *log() { return &m_log; }

signals:
    void stateChanged(Peere::RunnerState state);
    void progressChanged();
    void gateChanged();
    void errorChanged(const QString &message);
    void noticeChanged(const QString &notice);
    // A decision was taken on a restored gate: the run must be started to apply it.
    void startNeeded();

private:
    void connectHost();
    void setError(const QString &message);
    void setNotice(const QString &notice);
    void setState(RunnerState state);
    void readPhases();
    void decide(bool approve, const QString &name);

    RunnerHost *m_host;
    BatchLogModel m_log;
    std::unique_ptr<Journal> m_reader; // read-only: the restore and the phase boundaries
    RunRequest m_request;
    QString m_path;
    RunnerState m_state = RunnerState::Idle;
    bool m_preparing = false;
    Phase m_current = Phase::Pilot;
    JournalCounts m_counts;
    std::array<PhaseProgress, phaseCount> m_phases;
    std::optional<GateStop> m_gate;
    std::optional<std::pair<bool, QString>> m_queuedDecision;
    double m_gatePercent = 95;
    std::optional<RecordKind> m_kind;
    QString m_error;
    QString m_notice;
};

} // namespace Peere::Ui
