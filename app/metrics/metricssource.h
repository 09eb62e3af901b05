#pragma once

#include "batchmetricsmodel.h"
#include "breakdownmodel.h"
#include "kpimodel.h"
#include "metricssnapshot.h"
#include "phasemetricsmodel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Peere {

class MetricsWorker;

// Feeds the metrics models from a journal, live: a worker thread with its own read-only
// connection computes snapshots (MetricsCalculator) and the models, on the GUI thread, take in
// only what changed. At most `maxRefreshesPerSecond` computations start per second; while one
// runs, further requests collapse into one. The worker skips the computation when the journal
// has not changed since the last one (SQLite's data_version), so polling an idle journal is free.
//
// Threads: create and use on the GUI thread; the models belong to it.
class MetricsSource : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRefreshesPerSecond = 4;

    explicit MetricsSource(QObject *parent = nullptr);
    ~MetricsSource() override;

    // The journal to show; an empty path clears the models. Starts a refresh.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_path; }
    // Polls the journal for changes `maxRefreshesPerSecond` times a second while live.
    void setLive(bool live);
    bool isLive() const { return m_poll.isActive(); }
    // Asks for a refresh: coalesced, rate-limited, computed off this thread.
    void refresh();
    // Applies a snapshot at once (tests, a finished migration computed elsewhere).
    void apply(const MetricsSnapshot &snapshot);

    const MetricsSnapshot &snapshot() const { return m_snapshot; }
    KpiModel *kpis() { return &m_kpis; }
    BatchMetricsModel *batches() { return &m_batches; }
    PhaseMetricsModel *phases() { return &m_phases; }
    BreakdownModel *issuesByField() { return &m_byField; }
    BreakdownModel *issuesByRule() { return &m_byRule; }
    BreakdownModel *failureCauses() { return &m_causes; }
    // Minute, records sent, ceiling.
    NumberTableModel *throughput() { return &m_throughput; }
    // Time (ms since the epoch), invalid percent, target (1).
    NumberTableModel *qualityTrend() { return &m_trend; }
    // The time the last snapshot took on the GUI thread, in ms: the models, and what
    // snapshotChanged's receivers did (charts, tiles).
    double lastApplyMs() const { return m_lastApplyMs; }

signals:
    void snapshotChanged();
    void refreshFailed(const QString &message);
    // A computation ended (whether the journal had changed or not): tests and the benchmark.
    void refreshFinished();

private:
    void start();
    void computed(const MetricsSnapshot &snapshot);
    void finished();

    QString m_path;
    QThread m_thread;
    MetricsWorker *m_worker = nullptr;
    QTimer m_poll;
    QTimer m_delay;
    QElapsedTimer m_sinceStart;
    bool m_busy = false;
    bool m_pending = false;
    double m_lastApplyMs = 0;
    MetricsSnapshot m_snapshot;
    KpiModel m_kpis;
    BatchMetricsModel m_batches;
    PhaseMetricsModel m_phases;
    BreakdownModel m_byField{kpiTarget(Kpi::ValidationErrors)};
    BreakdownModel m_byRule{kpiTarget(Kpi::ValidationErrors)};
    BreakdownModel m_causes;
    NumberTableModel m_throughput;
    NumberTableModel m_trend;
};

} // namespace Peere
