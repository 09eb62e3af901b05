// Rate limits of the sandbox per call class and role (peere-api.md §2): the status-check class,
// the provider's own buckets, each limit set on the real program's command line, 429s counted
// per route, with Retry-After only as the [convention] it is (none under --docs-only).
#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_Limits : public QObject
{
    Q_OBJECT

private slots:
    void statusChecksHaveTheirOwnLimit();
    void providerBatchesAreLimited();
    void throttledCallsAreCountedPerRoute_data();
    void throttledCallsAreCountedPerRoute();
    void programLimitsAreSettable_data();
    void programLimitsAreSettable();
};

void tst_Sandbox_Limits::statusChecksHaveTheirOwnLimit()
{
    SandboxOptions options;
    options.batchRate = 0; // unlimited
    options.statusRate = 30; // a burst of 3, one every 2 s
    options.asyncThreshold = 2;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response accepted = client.post(u"/v1/bank/customers"_s, customers(1, 3));
    QCOMPARE(accepted.status, 202);
    const QString poll = u"/v1/bank/customers/batches/"_s + accepted.data()[u"batchId"_s].toString();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.get(poll).status, 200);
    const Response throttled = client.get(poll);
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.isErrorEnvelope());
    QVERIFY2(throttled.retryAfter.toInt() >= 1 && throttled.retryAfter.toInt() <= 2,
             throttled.retryAfter.constData());
    // The other classes are not touched by the status bucket.
    QCOMPARE(client.get(u"/v1/bank/customers"_s).status, 200);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(10, 1)).status, 201);
    QTest::qWait(throttled.retryAfter.toInt() * 1000 + 100);
    QCOMPARE(client.get(poll).status, 200);
}

void tst_Sandbox_Limits::providerBatchesAreLimited()
{
    SandboxOptions options; // the documented limits: a burst of 2 batch creates
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl(), providerKey);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(client.post(u"/v1/provider/merchants"_s, {{u"merchants"_s, QJsonArray{merchant(i)}}}).status,
                 201);
    }
    const Response throttled = client.post(u"/v1/provider/merchants"_s,
                                           {{u"merchants"_s, QJsonArray{merchant(9)}}});
    QCOMPARE(throttled.status, 429);
    // 10 a minute: the next token in at most 6 s.
    QVERIFY2(throttled.retryAfter.toInt() >= 5 && throttled.retryAfter.toInt() <= 6,
             throttled.retryAfter.constData());
    QCOMPARE(server.stats()[u"merchants"_s].toInt(), 2); // a 429 did nothing
    // The bank's batch bucket is its own.
    client.setKey(bankKey);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
}

void tst_Sandbox_Limits::throttledCallsAreCountedPerRoute_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("conventions") << false << QByteArray("6"); // 10 a minute
    // Retry-After is a [convention]: under --docs-only the client backs off by itself.
    QTest::newRow("docs-only") << true << QByteArray();
}

void tst_Sandbox_Limits::throttledCallsAreCountedPerRoute()
{
    QFETCH(bool, docsOnly);
    QFETCH(QByteArray, retryAfter);
    SandboxOptions options;
    options.docsOnly = docsOnly;
    options.standardRate = 10; // a burst of 1
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QCOMPARE(client.get(u"/v1/bank/customer?email=a%40b.co"_s).status, 404);
    const Response throttled = client.get(u"/v1/bank/customer?email=a%40b.co"_s);
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.isErrorEnvelope());
    QCOMPARE(throttled.retryAfter, retryAfter);
    QCOMPARE(client.get(u"/v1/bank/devices/list"_s).status, 429);
    const QJsonObject stats = client.stats().object();
    QCOMPARE(stats[u"throttled"_s].toInt(), 2);
    const QJsonObject requests = stats[u"requests"_s].toObject();
    QCOMPARE(requests[u"GET /v1/bank/customer"_s][u"404"_s].toInt(), 1);
    QCOMPARE(requests[u"GET /v1/bank/customer"_s][u"429"_s].toInt(), 1);
    QCOMPARE(requests[u"GET /v1/bank/devices/list"_s][u"429"_s].toInt(), 1);
}

void tst_Sandbox_Limits::programLimitsAreSettable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("batchesAllowed");   // in a row before a 429
    QTest::addColumn<int>("standardAllowed");  // in a row before a 429
    QTest::addColumn<int>("statusAllowed");    // in a row before a 429
    QTest::addColumn<int>("retryAfterBatch");  // the first batch 429's Retry-After
    QTest::newRow("documented") << QStringList() << 2 << 10 << 30 << 6;
    QTest::newRow("batch 5, standard 20, status 10")
        << QStringList{u"--batch-rate"_s, u"5"_s, u"--standard-rate"_s, u"20"_s, u"--status-rate"_s, u"10"_s}
        << 1 << 2 << 1 << 12;
    QTest::newRow("batch unlimited")
        << QStringList{u"--batch-rate"_s, u"0"_s, u"--standard-rate"_s, u"10"_s, u"--status-rate"_s, u"0"_s}
        << -1 << 1 << -1 << 0;
    QTest::newRow("no limits")
        << QStringList{u"--batch-rate"_s, u"1"_s, u"--standard-rate"_s, u"1"_s, u"--status-rate"_s, u"1"_s,
                       u"--no-limits"_s}
        << -1 << -1 << -1 << 0;
}

void tst_Sandbox_Limits::programLimitsAreSettable()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, batchesAllowed);
    QFETCH(int, standardAllowed);
    QFETCH(int, statusAllowed);
    QFETCH(int, retryAfterBatch);
    QProcess process;
    const QUrl base = startProgram(process, arguments);
    QVERIFY(base.isValid());
    Client client(base);
    // -1: unlimited, checked with more calls than any burst here.
    const int batches = batchesAllowed < 0 ? 15 : batchesAllowed;
    for (int i = 0; i < batches; ++i)
        QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(i, 1)).status, 201);
    if (batchesAllowed >= 0) {
        const Response throttled = client.post(u"/v1/bank/customers"_s, customers(99, 1));
        QCOMPARE(throttled.status, 429);
        QVERIFY2(throttled.retryAfter.toInt() >= retryAfterBatch - 1
                     && throttled.retryAfter.toInt() <= retryAfterBatch,
                 throttled.retryAfter.constData());
    }
    const int standard = standardAllowed < 0 ? 15 : standardAllowed;
    for (int i = 0; i < standard; ++i)
        QCOMPARE(client.get(u"/v1/bank/devices/list"_s).status, 200);
    if (standardAllowed >= 0)
        QCOMPARE(client.get(u"/v1/bank/devices/list"_s).status, 429);
    // A poll of an unknown batch still takes a status-check token (404).
    const int status = statusAllowed < 0 ? 40 : statusAllowed;
    for (int i = 0; i < status; ++i)
        QCOMPARE(client.get(u"/v1/bank/customers/batches/bat_none"_s).status, 404);
    if (statusAllowed >= 0)
        QCOMPARE(client.get(u"/v1/bank/customers/batches/bat_none"_s).status, 429);
    stopProgram(process);
}

QTEST_GUILESS_MAIN(tst_Sandbox_Limits)
#include "tst_sandbox_limits.moc"
