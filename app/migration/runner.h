#pragma once

#include "api/apiclient.h"
#include "journal/journal.h"
#include "migrationjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QMetaType>
#include <QObject>
#include <QSet>

#include <deque>

namespace Peere {

struct RunnerOptions
{
    int batchSize = 0;   // 0: 500 customers, 100 merchants (the migration guide)
    int concurrency = 2; // batches in flight at most; fewer while the server struggles
    double gatePercent = 95;
    qint64 gateMaxBatchMs = 5 * 60 * 1000;
    Phase lastPhase = Phase::Verify; // run the phases up to and including this one
    QString autoApprover;            // approve failed gates in this name (CLI); empty: wait
    // The console's way: after the pilot and after expand, the run waits for a manager to sign
    // off the next phase even when the gate passed (peere-migrate stops only below the gate).
    bool signOffEachPhase = false;
    double pauseErrorPercent = 50;   // auto-pause when this share of recent batches failed...
    int errorWindow = 20;            // ... among the last this many
    int pollIntervalMs = 1000;       // at most between polls of a batch answered 202
    int lookupsInFlight = 4;         // fate and verification lookups at a time
    int verifyPageSize = 100;
    int lookupRetryMs = 3000;        // after a lookup got no answer (the client retried already)
    // A retry instead of the phases: only these rows are sent, paced like any batch, in batches
    // of their own phase; failed ones go back to pending first, pending ones (invalid records
    // fixed since) are sent as they are, any other state is left alone. Phase statuses and
    // gates are not touched. The run finishes when every one of them has an answer.
    QList<qint64> retryRows;
    // Verify again instead of the phases: every record verified or mismatched is verified once
    // more (after the trust step, say); nothing is sent. Only after the complete phase is done.
    bool verifyAgain = false;
};

// The figures of one answered batch, for the run screen and the dashboard.
struct BatchFigures
{
    qint64 batch = 0;
    Phase phase = Phase::Pilot;
    int size = 0;
    int httpStatus = 0; // 0: no answer
    qint64 latencyMs = 0;
    int attempts = 0;
    int migrated = 0;
    int failed = 0;
    int unknown = 0; // fate to be looked up
    int inFlight = 0; // batches still in flight after this one
    int created = -1;    // the server's summary: created ("successful"); -1 when not said
    int duplicates = -1; // already there ("duplicates"); -1 when not said
    QString state;       // answered | unknown | split | rejected | notSent
    QString message;     // the server's message, or why there was no answer
};

// A phase's figures at its gate.
struct PhaseFigures
{
    Phase phase = Phase::Pilot;
    JournalCounts counts;
    double successRate = 100;
    qint64 slowestBatchMs = 0;
    bool passed = true;
    QString reason; // Runner::gateReason at the gate, for the journal's log and the CLI

    // The gate's rule: the success rate at least the gate and no batch slower than the limit.
    static bool passes(double successRate, qint64 slowestBatchMs, double gatePercent,
                       qint64 maxBatchMs)
    {
        return successRate >= gatePercent && slowestBatchMs <= maxBatchMs;
    }
};

// The migration itself: phases, batches, the gate, exactly-once delivery. Drives an ApiClient and
// writes every move to the Journal before anything depends on it.
//
// Threads (MigrationJob): the Runner, its Journal and its ApiClient live in one thread.
// peere-migrate runs it in its main thread; the console runs it in a worker thread (RunnerHost), so
// that journal writes never block the GUI. It emits settled() when paused (or stopping) and
// nothing is in flight any more, and finished() when the run ends.
class Runner : public MigrationJob
{
    Q_OBJECT

public:
    Runner(Journal &journal, ApiClient &client, const RunnerOptions &options,
           QObject *parent = nullptr);
    ~Runner() override;

    Phase phase() const { return m_phase; }
    JournalCounts counts() const { return m_counts; }
    int concurrency() const { return m_concurrency; }

    // Why a phase stopped at its gate, or that it passed and waits for a sign-off: one sentence
    // in the current language naming the phase as the user sees it ("Pilot", never the journal's
    // id), numbers in `locale`. The runner's own copy (PhaseFigures::reason) uses the C locale;
    // a screen asks again with its own, so the text follows a language change.
    static QString gateReason(const PhaseFigures &figures,
                              double gatePercent,
                              qint64 maxBatchMs,
                              const QLocale &locale);

public slots:
    // A manager's decision at a gate (gateReached), recorded in the journal with name and time.
    void approve(const QString &name);
    void stop(const QString &name);

signals:
    void phaseStarted(Peere::Phase phase);
    void phaseFinished(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void gateReached(Peere::Phase phase, const Peere::PhaseFigures &figures);
    void batchStarted(qint64 batch, Peere::Phase phase, int size);
    void batchFinished(const Peere::BatchFigures &figures);
    void progressChanged(const Peere::JournalCounts &counts);
    void autoPaused(const QString &reason);

private:
    struct ActiveBatch
    {
        qint64 id = 0;
        Phase phase = Phase::Pilot;
        QList<JournalRecord> records;
        QList<qint64> rows;
        QElapsedTimer clock;
        int attempts = 0;
        int polls = 0;
        QString serverBatchId;
    };

    void begin() override;
    void pump() override;
    bool busy() const override;
    void pausing() override;
    void resuming() override;
    void cancelling() override;
    bool failing(const QString &message) override;
    void schedulePump();
    // Fates looked up first; false when the run cannot send now (pump() is called again later).
    bool readyToSend();
    void startPhase(Phase phase);
    void finishPhase();
    void enterPhaseAfter(Phase phase);
    PhaseFigures figures(Phase phase);
    void startRetry();
    void pumpRetry();
    Result<qint64> queueRetryPending();

    // Sending (runnerbatches.cpp)
    int batchSize() const;
    void sendBatches(const QList<QList<JournalRecord>> &batches);
    void batchAnswered(qint64 id, const ApiResponse &response);
    void finishBatch(ActiveBatch &batch, const ApiResponse &response, BatchAnswer answer,
                     const QList<RecordOutcome> &outcomes);
    void poll(qint64 id);
    void noteBatchResult(bool healthy);

    // Fates and verification (runnerlookups.cpp)
    void resolveUnknown();
    void lookUp(const JournalRecord &record);
    void lookupDone(const JournalRecord &record, const ApiResponse &response);
    void resolveMerchants(const QList<JournalRecord> &records);
    void applyOutcome(const RecordOutcome &outcome, RecordState from);
    void lookupAnswered(const JournalRecord &record, const RecordOutcome &outcome);
    void lookupUnanswered(const JournalRecord &record, const ApiResponse &response);
    void pumpVerify();
    // What the trust step last set for the merchants among `records` (none for customers).
    Result<QHash<qint64, std::optional<TrustSetting>>>
    trustSetOnServer(const QList<JournalRecord> &records) const;
    // The verify phase's outcome for a merchant found on the server; false when its trust is to
    // be read first (lookUpTrust concludes it).
    bool verifyMerchant(const JournalRecord &record, const QJsonObject &server,
                        const QHash<qint64, std::optional<TrustSetting>> &trustSet,
                        RecordOutcome *outcome);
    void lookUpTrust(const JournalRecord &record, const QJsonObject &server,
                     const TrustSetting &trust);

    RunnerOptions m_options;
    Phase m_phase = Phase::Pilot;
    JournalCounts m_counts;

    QHash<qint64, ActiveBatch> m_active;
    std::deque<QList<JournalRecord>> m_splits; // halves of rejected batches, sent first
    int m_concurrency = 1;
    int m_healthyStreak = 0;
    int m_notDelivered = 0;
    qint64 m_sendNotBeforeMs = 0; // no new batch before this (the server could not be reached) // batches in a row that could not reach the server
    int m_batchSize = 0;
    QList<bool> m_recent; // recent batches: true = an error (no answer, 5xx, 429)

    QSet<qint64> m_lookingUp;          // rows whose lookup is under way
    QHash<qint64, QString> m_confirm;  // rows to fail (with this reason) when not found
    int m_lookupsActive = 0;
    bool m_merchantListing = false;
    qint64 m_lookupRetryAtMs = 0;
    QElapsedTimer m_clock;
    qint64 m_verifyCursor[phaseCount] = {};
    bool m_pumpQueued = false;
    bool m_retrying = false;
    std::deque<QList<JournalRecord>> m_retry; // a retry's batches still to send
};

} // namespace Peere

Q_DECLARE_METATYPE(Peere::Phase)
Q_DECLARE_METATYPE(Peere::PhaseFigures)
Q_DECLARE_METATYPE(Peere::BatchFigures)
Q_DECLARE_METATYPE(Peere::JournalCounts)
