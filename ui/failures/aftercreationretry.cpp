#include "aftercreationretry.h"

#include "journal/journal.h"
#include "migration/devicelinkerhost.h"
#include "migration/trustapplier.h"

namespace Peere::Ui {

AfterCreationRetry::AfterCreationRetry(QObject *parent)
    : QObject(parent)
{}

AfterCreationRetry::~AfterCreationRetry()
{
    delete m_linker; // cancels, in its thread
    if (m_applier)
        m_applier->cancel();
    m_applier.reset(); // before the client and the journal it uses
    m_client.reset();
}

void AfterCreationRetry::end(bool completed, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    // Not from inside the job's own signal: the caller may delete this object.
    QMetaObject::invokeMethod(
        this, [this, completed, message] { emit finished(completed, message); },
        Qt::QueuedConnection);
}

void AfterCreationRetry::retryLinks(const QString &journalPath, const QList<qint64> &ids,
                                    const ApiClientOptions &client)
{
    if (m_linker || m_applier)
        return;
    m_total = ids.size();
    m_linker = new DeviceLinkerHost(this);
    connect(m_linker, &DeviceLinkerHost::failedToStart, this,
            [this](const QString &message) { end(false, message); });
    connect(m_linker, &DeviceLinkerHost::progressChanged, this, [this](const DeviceCounts &counts) {
        // The retry's links are the only ones worked on: the links still open fall by one for
        // each answer.
        if (m_openAtStart < 0)
            m_openAtStart = counts.open();
        emit progressed(std::clamp(m_openAtStart - counts.open(), qint64(0), m_total), m_total);
    });
    connect(m_linker, &DeviceLinkerHost::finished, this,
            [this](RunnerState state, const QString &message) {
                end(state == RunnerState::Finished, message);
            });
    emit progressed(0, m_total);
    DeviceLinkerOptions options;
    options.retryIds = ids;
    ApiClientOptions customers = client;
    customers.kind = RecordKind::Customers;
    m_linker->start(journalPath, {}, customers, options);
}

void AfterCreationRetry::retryTrust(const QString &journalPath, const QList<qint64> &rows,
                                    const ApiClientOptions &client)
{
    if (m_linker || m_applier)
        return;
    auto journal = Journal::open(journalPath, Journal::OpenMode::Existing);
    if (!journal)
        return end(false, journal.error());
    ApiClientOptions merchants = client;
    merchants.kind = RecordKind::Merchants;
    auto created = ApiClient::create(merchants);
    if (!created)
        return end(false, created.error());
    m_journal = std::move(*journal);
    m_client.reset(*created);
    m_applier = std::make_unique<TrustApplier>(*m_journal, *m_client);
    connect(m_applier.get(), &TrustApplier::progressed, this, &AfterCreationRetry::progressed);
    connect(m_applier.get(), &TrustApplier::finished, this,
            [this](TrustApplier::Outcome outcome, const QString &message) {
                end(outcome == TrustApplier::Outcome::Completed, message);
            });
    if (const VoidResult started = m_applier->retry(rows); !started)
        end(false, started.error());
}

void AfterCreationRetry::cancel()
{
    if (m_linker)
        m_linker->cancel();
    if (m_applier)
        m_applier->cancel();
}

} // namespace Peere::Ui
