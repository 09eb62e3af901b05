#include "devicelinkerhost.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

// Lives in the worker thread; owns the journal, the client and the linker there.
class DeviceLinkerWorker : public QObject
{
public:
    ~DeviceLinkerWorker() override { reset(); }
    void reset()
    {
        delete linker; // before the journal and the client it uses
        linker = nullptr;
        delete client;
        client = nullptr;
        journal.reset();
    }

    std::unique_ptr<Journal> journal;
    ApiClient *client = nullptr;
    DeviceLinker *linker = nullptr;
};

DeviceLinkerHost::DeviceLinkerHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"peere-devices"_s);
    m_thread.start();
    m_worker = new DeviceLinkerWorker;
    m_worker->moveToThread(&m_thread);
}

DeviceLinkerHost::~DeviceLinkerHost()
{
    DeviceLinkerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            if (worker->linker)
                worker->linker->cancel();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DeviceLinkerHost::start(const QString &journalPath,
                             const QList<DeviceEntry> &entries,
                             const ApiClientOptions &clientOptions,
                             const DeviceLinkerOptions &options)
{
    if (m_active)
        return;
    m_active = true;
    DeviceLinkerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, journalPath, entries, clientOptions, options] {
        worker->reset();
        const auto refuse = [&](const QString &message) {
            worker->reset();
            m_active = false;
            emit failedToStart(message);
        };
        auto journal = Journal::open(journalPath, Journal::OpenMode::Existing);
        if (!journal)
            return refuse(journal.error());
        worker->journal = std::move(*journal);
        // A retry works on links already in the journal: nothing is imported.
        if (VoidResult imported = options.retryIds.isEmpty()
                                      ? worker->journal->importDevices(entries)
                                      : VoidResult{};
            !imported)
            return refuse(imported.error());
        auto client = ApiClient::create(clientOptions);
        if (!client)
            return refuse(client.error());
        worker->client = *client;
        auto linker = new DeviceLinker(*worker->journal, *worker->client, options);
        worker->linker = linker;
        connect(linker, &DeviceLinker::stateChanged, this, &DeviceLinkerHost::stateChanged);
        connect(linker, &DeviceLinker::progressChanged, this, &DeviceLinkerHost::progressChanged);
        connect(linker,
                &DeviceLinker::finished,
                this,
                [this](RunnerState state, const QString &message) {
                    m_active = false;
                    emit finished(state, message);
                });
        linker->start();
    });
}

void DeviceLinkerHost::command(void (DeviceLinker::*what)())
{
    DeviceLinkerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, what] {
        if (worker->linker)
            (worker->linker->*what)();
    });
}

void DeviceLinkerHost::pause()
{
    command(&DeviceLinker::pause);
}

void DeviceLinkerHost::resume()
{
    command(&DeviceLinker::resume);
}

void DeviceLinkerHost::cancel()
{
    command(&DeviceLinker::cancel);
}

} // namespace Peere
