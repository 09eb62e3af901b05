// Injected faults (seeded, reproducible) and rate limits of the sandbox (cli.md, peere-api.md §2).
#include "sandboxtestclient.h"

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_Faults : public QObject
{
    Q_OBJECT

private slots:
    void faultRateIsReproducible_data();
    void faultRateIsReproducible();
    void droppedConnectionDoesNothing();
    void lostResponseDidTheWork();
    void latencyWithJitter();
    void latencyFollowsTheSeed();
    void rateLimitBurstThen429ThenRefill();
    void callClassesHaveTheirOwnBuckets();
    void noLimits();
    void concurrentClientsWithFaultsCreateEachRecordOnce();

private:
    // Sends `count` one-customer batches one after the other; returns each HTTP status.
    static QList<int> statuses(SandboxServer &server, int count);
    // 24 one-customer batches on a server with `options`: the same statuses and stats from a
    // second server with the same seed and after a reset, others with the next seed.
    static SandboxOptions seeded(quint64 seed)
    {
        SandboxOptions options;
        options.noLimits = true;
        options.seed = seed;
        return options;
    }
    static void checkReproducible(SandboxOptions options, QList<int> *statusList, QJsonObject *stats);
};

QList<int> tst_Sandbox_Faults::statuses(SandboxServer &server, int count)
{
    Client client(server.baseUrl());
    QList<int> result;
    for (int i = 0; i < count; ++i)
        result.append(client.post(u"/v1/bank/customers"_s, customers(i, 1)).status);
    return result;
}

void tst_Sandbox_Faults::checkReproducible(SandboxOptions options, QList<int> *statusList,
                                           QJsonObject *stats)
{
    SandboxServer first(options);
    QVERIFY(first.start().hasValue());
    *statusList = statuses(first, 24);
    *stats = first.stats();
    SandboxServer second(options);
    QVERIFY(second.start().hasValue());
    QCOMPARE(statuses(second, 24), *statusList);
    QCOMPARE(second.stats(), *stats);
    // A reset starts the seeded sequence again.
    first.reset();
    QCOMPARE(statuses(first, 24), *statusList);
    ++options.seed;
    SandboxServer third(options);
    QVERIFY(third.start().hasValue());
    QVERIFY(statuses(third, 24) != *statusList);
}

void tst_Sandbox_Faults::faultRateIsReproducible_data()
{
    QTest::addColumn<double>("failRate");
    QTest::addColumn<double>("dropRate");
    QTest::addColumn<double>("loseRate");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("fail-rate 0.5") << 0.5 << 0.0 << 0.0 << quint64(7);
    QTest::newRow("drop-rate 0.4") << 0.0 << 0.4 << 0.0 << quint64(21);
    QTest::newRow("lose-response-rate 0.4") << 0.0 << 0.0 << 0.4 << quint64(33);
}

void tst_Sandbox_Faults::faultRateIsReproducible()
{
    QFETCH(double, failRate);
    QFETCH(double, dropRate);
    QFETCH(double, loseRate);
    QFETCH(quint64, seed);
    SandboxOptions options = seeded(seed);
    options.failRate = failRate;
    options.dropRate = dropRate;
    options.loseResponseRate = loseRate;
    QList<int> a;
    QJsonObject stats;
    checkReproducible(options, &a, &stats);
    if (QTest::currentTestFailed())
        return;

    // A 5xx (--fail-rate) or no answer at all (--drop-rate, --lose-response-rate): nothing else.
    const QList<int> faultStatuses = failRate > 0 ? QList<int>{500, 502, 503, 504} : QList<int>{0};
    const qsizetype faults = std::count_if(a.cbegin(), a.cend(),
                                           [&](int s) { return faultStatuses.contains(s); });
    const qsizetype created = a.count(201);
    QCOMPARE(faults + created, 24);
    // Qt sends a request once more on its own when the connection closes before any answer,
    // which draws the next fault: the client sees fewer drops and losses than were injected.
    const int injected = stats[u"injectedFaults"_s].toInt();
    QVERIFY2(injected >= 4 && injected <= 30 && faults >= 1 && faults <= injected,
             qPrintable(u"%1 injected, %2 seen"_s.arg(injected).arg(faults)));
    if (failRate > 0)
        QCOMPARE(injected, int(faults));
    // A 5xx or a drop did nothing: only the 201s are stored. A lost answer did the work.
    QCOMPARE(stats[u"customers"_s].toInt(), loseRate > 0 ? 24 : int(created));
}

void tst_Sandbox_Faults::droppedConnectionDoesNothing()
{
    SandboxOptions options = seeded(1);
    options.dropRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.post(u"/v1/bank/customers"_s, customers(1, 1));
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    const QJsonObject stats = server.stats();
    QCOMPARE(stats[u"customers"_s].toInt(), 0);
    const int dropped = stats[u"requests"_s][u"POST /v1/bank/customers"_s][u"dropped"_s].toInt();
    QVERIFY(dropped >= 1); // Qt may resend once on a closed keep-alive connection
    QCOMPARE(stats[u"injectedFaults"_s].toInt(), dropped);
}

void tst_Sandbox_Faults::lostResponseDidTheWork()
{
    SandboxOptions options;
    options.noLimits = true;
    options.loseResponseRate = 1.0;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.post(u"/v1/bank/customers"_s, customers(1, 1));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    const QJsonObject stats = server.stats();
    QCOMPARE(stats[u"customers"_s].toInt(), 1); // the customer exists
    QVERIFY(stats[u"requests"_s][u"POST /v1/bank/customers"_s][u"lost"_s].toInt() >= 1);

    // With a partial rate and a seed, the client that sends again gets `duplicate`.
    options.loseResponseRate = 0.5;
    options.seed = 3;
    SandboxServer partial(options);
    QVERIFY(partial.start().hasValue());
    Client again(partial.baseUrl());
    int lost = 0;
    for (int i = 0; i < 10; ++i) {
        Response answer = again.post(u"/v1/bank/customers"_s, customers(i, 1));
        if (answer.status == 0) {
            ++lost;
            do {
                answer = again.post(u"/v1/bank/customers"_s, customers(i, 1));
            } while (answer.status == 0);
            QCOMPARE(answer.data()[u"results"_s][0][u"outcome"_s].toString(), u"duplicate"_s);
        }
    }
    QVERIFY(lost > 0);
    QCOMPARE(partial.stats()[u"customers"_s].toInt(), 10);
}

void tst_Sandbox_Faults::latencyWithJitter()
{
    SandboxOptions options = seeded(5);
    options.latencyMs = 200;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QElapsedTimer timer;
    QList<qint64> elapsed;
    for (int i = 0; i < 4; ++i) {
        timer.start();
        QCOMPARE(client.get(u"/v1/bank/customers"_s).status, 200);
        elapsed.append(timer.elapsed());
    }
    for (qint64 ms : elapsed)
        QVERIFY2(ms >= 95 && ms < 1500, qPrintable(QString::number(ms)));
    // Administration is never delayed.
    timer.start();
    QCOMPARE(client.stats().status, 200);
    QVERIFY(timer.elapsed() < 95);
}

void tst_Sandbox_Faults::latencyFollowsTheSeed()
{
    SandboxOptions options = seeded(9);
    options.latencyMs = 300;
    // The delays the seed plans: from half to one and a half times the latency, not all alike.
    FaultInjector plan(options);
    QList<int> planned;
    for (int i = 0; i < 6; ++i)
        planned.append(plan.next().delayMs);
    const auto [low, high] = std::minmax_element(planned.cbegin(), planned.cend());
    QVERIFY(*low >= 150 && *high <= 450);
    QVERIFY2(*high - *low >= 50, "the seed should give some jitter");

    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QElapsedTimer timer;
    for (int i = 0; i < planned.size(); ++i) {
        timer.start();
        QCOMPARE(client.get(u"/v1/bank/devices/list"_s).status, 200);
        const qint64 ms = timer.elapsed();
        // Never sooner than planned; later only by the machine's own delays.
        QVERIFY2(ms >= planned.at(i) - 2 && ms < planned.at(i) + 1000,
                 qPrintable(u"request %1: %2 ms, planned %3"_s.arg(i).arg(ms).arg(planned.at(i))));
    }
}

void tst_Sandbox_Faults::rateLimitBurstThen429ThenRefill()
{
    SandboxOptions options;
    options.batchRate = 60; // 1 per second, a burst of 12
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    for (int i = 0; i < 12; ++i)
        QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(i, 1)).status, 201);
    const Response throttled = client.post(u"/v1/bank/customers"_s, customers(100, 1));
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.isErrorEnvelope());
    QCOMPARE(throttled.retryAfter, QByteArray("1"));
    QCOMPARE(server.stats()[u"throttled"_s].toInt(), 1);
    QCOMPARE(server.stats()[u"customers"_s].toInt(), 12);
    QTest::qWait(1100);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(100, 1)).status, 201);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(101, 1)).status, 429);
}

void tst_Sandbox_Faults::callClassesHaveTheirOwnBuckets()
{
    SandboxOptions options;
    options.batchRate = 5;    // a burst of 1, one every 12 s
    options.standardRate = 20; // a burst of 2
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
    const Response batch = client.post(u"/v1/bank/customers"_s, customers(2, 1));
    QCOMPARE(batch.status, 429);
    QVERIFY(batch.retryAfter.toInt() >= 11 && batch.retryAfter.toInt() <= 12);
    QCOMPARE(client.get(u"/v1/bank/customers"_s).status, 200);
    QCOMPARE(client.get(u"/v1/bank/customers"_s).status, 200);
    QCOMPARE(client.get(u"/v1/bank/customers"_s).status, 429);
    // The provider has buckets of its own.
    client.setKey(providerKey);
    QCOMPARE(client.get(u"/v1/provider/merchants"_s).status, 200);
}

void tst_Sandbox_Faults::noLimits()
{
    SandboxOptions options;
    options.batchRate = 1;
    options.noLimits = true;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    for (int i = 0; i < 30; ++i)
        QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(i, 1)).status, 201);
}

void tst_Sandbox_Faults::concurrentClientsWithFaultsCreateEachRecordOnce()
{
    SandboxOptions options = seeded(11);
    options.failRate = 0.1;
    options.dropRate = 0.05;
    options.loseResponseRate = 0.1;
    options.latencyMs = 4;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    const int clients = 8;
    const int batchesEach = 10;
    const int batchSize = 20;
    const QUrl url = server.baseUrl().resolved(QUrl(u"/v1/bank/customers"_s));

    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int finishedClients = 0;
    int retries = 0;
    QStringList problems;
    std::function<void(int, int)> send = [&](int client, int batch) {
        if (batch == batchesEach) {
            ++finishedClients;
            return;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer sandbox-bank-key");
        const int first = (client * batchesEach + batch) * batchSize;
        QNetworkReply *reply = managers[size_t(client)]->post(
            request, QJsonDocument(customers(first, batchSize)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, this, [&, reply, client, batch] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
                ++retries; // 5xx, dropped or lost: send the same batch again
                send(client, batch);
                return;
            }
            const QJsonArray results = QJsonDocument::fromJson(reply->readAll())
                                           .object()[u"data"_s][u"results"_s].toArray();
            for (const QJsonValue &result : results) {
                const QString outcome = result[u"outcome"_s].toString();
                if (outcome != u"created" && outcome != u"duplicate")
                    problems.append(outcome);
            }
            if (results.size() != batchSize)
                problems.append(u"results: %1"_s.arg(results.size()));
            send(client, batch + 1);
        });
    };
    for (int c = 0; c < clients; ++c) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        send(c, 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finishedClients, clients, 60000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", "_s)));
    QVERIFY(retries > 0);
    const QJsonObject stats = server.stats();
    QCOMPARE(stats[u"customers"_s].toInt(), clients * batchesEach * batchSize); // each once
    QVERIFY(stats[u"injectedFaults"_s].toInt() >= retries);
}

QTEST_GUILESS_MAIN(tst_Sandbox_Faults)
#include "tst_sandbox_faults.moc"
