#pragma once

#include "api/apiclient.h"
#include "journal/journal.h"
#include "migrationjob.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace Peere {

struct DeviceLinkerOptions
{
    int customersInFlight = 2; // customers worked on at a time (their calls are paced anyway)
    int retryMs = 3000;        // after a call that got no answer (the client retried already)
    int listPageSize = 100;    // devices list page, when learning the fate of an interrupted link
    // A retry from failure triage instead of every link to do: only these links (journal ids) are
    // worked on; those that may be sent now go back to pending first (Journal::requeueDevices:
    // refused ones, and those whose customer is migrated now), any other link is left alone. The
    // linking finishes when each of them has an answer.
    QList<qint64> retryIds;
};

// Links the devices of the journal's devices table (DeviceFile, Journal::importDevices) to their
// customers (peere-api.md §4): per customer, GET customer for its id and phrase, then one link
// call per device, paced as standard calls by the ApiClient. 409 (already linked) is success.
// Exactly once across crashes: a device is marked in flight durably before its call leaves; a
// device found in flight by the next start is "unknown", and the customer's devices are listed to
// learn whether it was linked before anything is sent again.
//
// Threads (MigrationJob): like the Runner, it lives in one thread with its Journal and ApiClient;
// its commands may be called from any thread. It ends Finished (nothing left to try), Failed
// (401/403, server unreachable, journal) or Cancelled; settled() says that no call is under way.
class DeviceLinker : public MigrationJob
{
    Q_OBJECT

public:
    DeviceLinker(Journal &journal,
                 ApiClient &client,
                 const DeviceLinkerOptions &options = {},
                 QObject *parent = nullptr);
    ~DeviceLinker() override;

    DeviceCounts counts() const { return m_counts; }

signals:
    void progressChanged(const Peere::DeviceCounts &counts);

private:
    struct Task
    {
        qint64 customerRow = 0;
        QString customerId;
        QString phrase;
        QList<DeviceLink> unknown;
        QList<DeviceLink> pending;
        QSet<QString> linkedOnServer;
        int page = 1;
    };
    using TaskPtr = std::shared_ptr<Task>;

    void begin() override;
    void pump() override;
    bool busy() const override;
    bool failing(const QString &message) override;
    bool isWanted(const DeviceLink &link) const; // in this run (a retry's links, or any)
    void finishTask(const TaskPtr &task);
    void retryLater(const TaskPtr &task, const ApiResponse &response);
    // A call's answer came (or none will): one call less under way; an answer other than a 5xx
    // ends a run of calls without one.
    void callEnded(const ApiResponse &response);
    // callEnded(), then whether the customer's task goes on with the answer: not when the linker
    // ended meanwhile or the server refused the key (done here).
    bool goesOn(const ApiResponse &response);
    bool refused(const ApiResponse &response);
    void move(const DeviceLink &link,
              DeviceState to,
              int httpStatus,
              const QString &outcome,
              const QString &message);

    void fetchCustomer(const TaskPtr &task);
    void listDevices(const TaskPtr &task);
    void linkNext(const TaskPtr &task);

    DeviceLinkerOptions m_options;
    DeviceCounts m_counts;
    QHash<qint64, TaskPtr> m_active; // by customer row
    QSet<qint64> m_retryIds;         // options.retryIds; empty: every link
    int m_callsActive = 0;
    int m_noAnswer = 0; // calls in a row that got no answer (after the client's retries)
    qint64 m_retryAtMs = 0;
    QElapsedTimer m_clock;
};

} // namespace Peere

Q_DECLARE_METATYPE(Peere::DeviceCounts)
