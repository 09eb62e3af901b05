#pragma once

#include "common/result.h"
#include "journal/trusttypes.h"

#include <QObject>
#include <QSet>

#include <deque>

namespace Peere {

class ApiClient;
class Journal;
struct ApiResponse;

// Applies the planned trust settings (Journal::planTrust) to the server: for each merchant the
// trust PATCH, then the trust validate call to check that the server holds what was sent
// (peere-api.md §5). Both are standard calls, paced by the ApiClient's token buckets; a few are
// kept in flight so that pacing, not latency, sets the speed.
//
// Crash-safe: an entry is marked in flight in the journal before its PATCH leaves. The PATCH sets
// absolute values (level, trusted, device lookup), so it is idempotent: after a crash, entries
// left in flight are simply sent again, which cannot do harm. Entries already applied are only
// validated; validated ones are never sent again. Failed entries are tried again on the next
// start (they are in the failure list meanwhile).
//
// Lives in the thread of its Journal and ApiClient (the GUI thread in the console: at most
// 100 calls a minute, each one small journal write).
class TrustApplier : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Completed,  // every entry validated or failed
        Cancelled,  // stopped by the user (queued calls dropped); the rest is done by a new start
        Interrupted // the server refused the key or could not be reached; rerun to resume
    };
    Q_ENUM(Outcome)

    TrustApplier(Journal &journal, ApiClient &client, QObject *parent = nullptr);
    ~TrustApplier() override;

    // Calls kept in flight at most (the pacing still decides when each leaves).
    void setWindow(int calls) { m_window = std::max(1, calls); }

    // Loads every entry that is not validated and starts; finished() follows (at once when
    // there is nothing to do).
    VoidResult start();
    // A retry from failure triage: like start(), for these merchants only (journal rows; those
    // validated already are not sent again). `rows` is not empty.
    VoidResult retry(const QList<qint64> &rows);
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }

signals:
    void progressed(qint64 done, qint64 total);
    void entryFinished(qint64 row, Peere::TrustState state, const QString &message);
    void paused();
    void resumed();
    void finished(Peere::TrustApplier::Outcome outcome, const QString &message);

private:
    void pump();
    void sendPatch(const TrustEntry &entry);
    void sendValidate(const TrustEntry &entry);
    void patched(const TrustEntry &entry, const ApiResponse &response);
    void validated(const TrustEntry &entry, const ApiResponse &response);
    // An answer to one of the entry's calls: true when it succeeded and the entry goes on;
    // otherwise what it means is done here (left for the next start when cancelled, every call
    // stopped, or the entry failed).
    bool succeeded(const TrustEntry &entry, const ApiResponse &response);
    void settle(const TrustEntry &entry, TrustState state, const QString &message);
    // Stops sending for a reason that concerns every call (the key, the network).
    bool refusedForAll(const ApiResponse &response, const TrustEntry &entry);
    void stop(Outcome outcome, const QString &message);
    void finishWhenIdle();
    static QString describe(const ApiResponse &response);

    Journal &m_journal;
    ApiClient &m_client;
    std::deque<TrustEntry> m_queue;
    QSet<qint64> m_only; // a retry's merchants while it starts; empty: every merchant
    int m_window = 8;
    int m_outstanding = 0;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    Outcome m_outcome = Outcome::Completed;
    QString m_message;
};

} // namespace Peere
