// The console's way to run a migration: in a worker thread, signals back in the GUI thread.
#include "migration/runnerhost.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_RunnerHost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void runsInAWorkerThread();
    void missingJournalFailsToStart();
};

static ImportedRecord customer(qint64 i)
{
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "H" + n;
    v[CustomerField::Firstname] = "Alan";
    v[CustomerField::Lastname] = "Turing";
    v[CustomerField::AccountName] = "Alan Turing";
    v[CustomerField::Email] = "alan" + n + "@example.com";
    v[CustomerField::Country] = "GB";
    v[CustomerField::AccountNumber] = "12345678";
    v[CustomerField::Reference] = "HREF" + n;
    return ImportedRecord{i + 2, v, false, {}};
}

void tst_RunnerHost::runsInAWorkerThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 120, customer).hasValue());
    }
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    sandboxOptions.latencyMs = 20;
    Sandbox::SandboxServer sandbox(sandboxOptions);
    QVERIFY(sandbox.start().hasValue());

    RunnerHost host;
    QSignalSpy finished(&host, &RunnerHost::finished);
    QSignalSpy progress(&host, &RunnerHost::progressChanged);
    QThread *receivedIn = nullptr;
    connect(&host, &RunnerHost::batchFinished, this, [&] { receivedIn = QThread::currentThread(); });
    ApiClientOptions client;
    client.baseUrl = sandbox.baseUrl();
    client.apiKey = sandboxOptions.bankKey;
    client.batchPerMinute = client.standardPerMinute = client.statusPerMinute = 0;
    RunnerOptions options;
    options.batchSize = 10;
    host.start(path, client, options);
    QVERIFY(host.isActive());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<RunnerState>(), RunnerState::Finished);
    QCOMPARE(receivedIn, QThread::currentThread());
    QVERIFY(progress.count() > 0);
    QCOMPARE(progress.last().at(0).value<JournalCounts>().verified, 120);
    QVERIFY(!host.isActive());
}

void tst_RunnerHost::missingJournalFailsToStart()
{
    QTemporaryDir dir;
    RunnerHost host;
    QSignalSpy failed(&host, &RunnerHost::failedToStart);
    ApiClientOptions client;
    client.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
    client.apiKey = u"k"_s;
    host.start(dir.filePath(u"none.journal"_s), client, RunnerOptions{});
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(0).toString().contains(u"no migration journal"_s));
    QVERIFY(!host.isActive());
}

QTEST_GUILESS_MAIN(tst_RunnerHost)
#include "tst_runnerhost.moc"
