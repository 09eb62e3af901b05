#include "runnerhost.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

// Lives in the worker thread; owns the journal, the client and the runner there.
class RunnerWorker : public QObject
{
public:
    ~RunnerWorker() override
    {
        delete runner; // before the journal and the client it uses
        delete client;
    }

    std::unique_ptr<Journal> journal;
    ApiClient *client = nullptr;
    Runner *runner = nullptr;
};

RunnerHost::RunnerHost(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"peere-runner"_s);
    m_thread.start();
    m_worker = new RunnerWorker;
    m_worker->moveToThread(&m_thread);
}

RunnerHost::~RunnerHost()
{
    RunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] {
        if (worker->runner)
            worker->runner->cancel();
        delete worker;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RunnerHost::start(const QString &journalPath, const ApiClientOptions &clientOptions,
                       const RunnerOptions &options, const Preparation &prepare)
{
    if (m_active)
        return;
    m_active = true;
    RunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [this, worker, journalPath, clientOptions, options, prepare] {
        delete worker->runner;
        worker->runner = nullptr;
        delete worker->client;
        worker->client = nullptr;
        worker->journal.reset();
        auto journal = Journal::open(journalPath, Journal::OpenMode::Existing);
        if (!journal) {
            m_active = false;
            emit failedToStart(journal.error());
            return;
        }
        if (prepare) {
            if (const VoidResult prepared = prepare(**journal); !prepared) {
                m_active = false;
                emit failedToStart(prepared.error());
                return;
            }
        }
        worker->journal = std::move(*journal);
        auto client = ApiClient::create(clientOptions);
        if (!client) {
            worker->journal.reset();
            m_active = false;
            emit failedToStart(client.error());
            return;
        }
        worker->client = *client;
        Runner *runner = new Runner(*worker->journal, *worker->client, options);
        worker->runner = runner;
        // Signals to signals: delivered queued to the host's (GUI) thread.
        connect(runner, &Runner::stateChanged, this, &RunnerHost::stateChanged);
        connect(runner, &Runner::phaseStarted, this, &RunnerHost::phaseStarted);
        connect(runner, &Runner::phaseFinished, this, &RunnerHost::phaseFinished);
        connect(runner, &Runner::gateReached, this, &RunnerHost::gateReached);
        connect(runner, &Runner::batchStarted, this, &RunnerHost::batchStarted);
        connect(runner, &Runner::batchFinished, this, &RunnerHost::batchFinished);
        connect(runner, &Runner::progressChanged, this, &RunnerHost::progressChanged);
        connect(runner, &Runner::autoPaused, this, &RunnerHost::autoPaused);
        connect(runner, &Runner::runFinished, this,
                [this](RunnerState state, const QString &message) {
                    m_active = false;
                    emit runFinished(state, message);
                });
        runner->start();
    });
}

void RunnerHost::command(const std::function<void(Runner &)> &what)
{
    RunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, what] {
        if (worker->runner)
            what(*worker->runner);
    });
}

void RunnerHost::pause()
{
    command([](Runner &runner) { runner.pause(); });
}

void RunnerHost::resume()
{
    command([](Runner &runner) { runner.resume(); });
}

void RunnerHost::cancel()
{
    command([](Runner &runner) { runner.cancel(); });
}

void RunnerHost::approve(const QString &name)
{
    command([name](Runner &runner) { runner.approve(name); });
}

void RunnerHost::stop(const QString &name)
{
    command([name](Runner &runner) { runner.stop(name); });
}

} // namespace Peere
