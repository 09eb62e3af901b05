#pragma once

#include "api/apiclient.h"

#include <QObject>

#include <memory>

namespace Peere {
class DeviceLinkerHost;
class Journal;
class TrustApplier;
} // namespace Peere

namespace Peere::Ui {

// A retry from failure triage of what failed after creation, without blocking the GUI: the
// device links of a group through the DeviceLinker in its worker thread (DeviceLinkerHost,
// DeviceLinkerOptions::retryIds), or the trust settings of a group's merchants through the
// TrustApplier (TrustApplier::retry; its calls are asynchronous, each answer one small journal
// write, as on the After creation page). One retry per object; progress, then finished.
class AfterCreationRetry : public QObject
{
    Q_OBJECT

public:
    explicit AfterCreationRetry(QObject *parent = nullptr);
    ~AfterCreationRetry() override; // cancels a retry still going (resumed like any run)

    // Links `ids` (journal ids of links the server refused) again.
    void retryLinks(const QString &journalPath, const QList<qint64> &ids,
                    const ApiClientOptions &client);
    // Sets the trust of the merchants of `rows` (journal rows) again.
    void retryTrust(const QString &journalPath, const QList<qint64> &rows,
                    const ApiClientOptions &client);
    void cancel();

signals:
    void progressed(qint64 done, qint64 total);
    // Ran to its end (each one answered), or stopped (`message` says why).
    void finished(bool completed, const QString &message);

private:
    void end(bool completed, const QString &message);

    DeviceLinkerHost *m_linker = nullptr;
    std::unique_ptr<Journal> m_journal; // the trust retry's
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<TrustApplier> m_applier;
    qint64 m_total = 0;
    qint64 m_openAtStart = -1;
    bool m_ended = false;
};

} // namespace Peere::Ui
