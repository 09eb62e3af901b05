#include "jobhost.h"

#include "api/apiclient.h"
#include "journal/journal.h"

namespace Peere {

// Lives in the worker thread; owns the journal, the client and the job there.
class JobWorker : public QObject
{
public:
    ~JobWorker() override { reset(); }
    void reset()
    {
        delete job; // before the journal and the client it uses
        job = nullptr;
        delete client;
        client = nullptr;
        journal.reset();
    }

    std::unique_ptr<Journal> journal;
    ApiClient *client = nullptr;
    MigrationJob *job = nullptr;
};

JobHost::JobHost(const QString &threadName, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(threadName);
    m_thread.start();
    m_worker = new JobWorker;
    m_worker->moveToThread(&m_thread);
}

JobHost::~JobHost()
{
    JobWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            if (worker->job)
                worker->job->cancel();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void JobHost::launch(const QString &journalPath, const ApiClientOptions &clientOptions,
                     const Preparation &prepare, const Creation &create)
{
    if (m_active)
        return;
    m_active = true;
    JobWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, journalPath, clientOptions, prepare, create] {
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
        if (prepare) {
            if (const VoidResult prepared = prepare(*worker->journal); !prepared)
                return refuse(prepared.error());
        }
        auto client = ApiClient::create(clientOptions);
        if (!client)
            return refuse(client.error());
        worker->client = *client;
        MigrationJob *job = create(*worker->journal, *worker->client);
        worker->job = job;
        // Signals to signals: delivered queued to the host's (GUI) thread.
        connect(job, &MigrationJob::stateChanged, this, &JobHost::stateChanged);
        connect(job, &MigrationJob::finished, this,
                [this](RunnerState state, const QString &message) {
                    m_active = false;
                    emit finished(state, message);
                });
        job->start();
    });
}

void JobHost::command(const std::function<void(MigrationJob &job)> &what)
{
    JobWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, what] {
        if (worker->job)
            what(*worker->job);
    });
}

void JobHost::pause()
{
    command([](MigrationJob &job) { job.pause(); });
}

void JobHost::resume()
{
    command([](MigrationJob &job) { job.resume(); });
}

void JobHost::cancel()
{
    command([](MigrationJob &job) { job.cancel(); });
}

} // namespace Peere
