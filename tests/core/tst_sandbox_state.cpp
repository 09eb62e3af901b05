// --state FILE: the sandbox's data survives a restart (in-process and with the real program).
#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_State : public QObject
{
    Q_OBJECT

private slots:
    void restartKeepsEverything();
    void unfinishedBatchIsFinishedAfterARestart();
    void resetEmptiesTheFile();
    void unusableStateFileIsAnError();
    void programRestartWithState();
    void withoutStateNothingSurvives();
};

void tst_Sandbox_State::restartKeepsEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.noLimits = true;
    options.stateFile = dir.filePath(u"sandbox.db"_s);
    options.asyncThreshold = 3;

    QJsonArray ids;
    QString phrase;
    QString merchantId;
    QString asyncBatch;
    {
        SandboxServer server(options);
        const Peere::Result<quint16> started = server.start();
        QVERIFY2(started.hasValue(), qPrintable(started.error()));
        Client client(server.baseUrl());
        ids = client.post(u"/v1/bank/customers"_s, customers(1, 3)).data()[u"data"_s][u"customerIds"_s].toArray();
        QCOMPARE(ids.size(), 3);
        phrase = client.get(u"/v1/bank/customers/"_s + ids[0].toString()).data()[u"phrase"_s].toString();
        QCOMPARE(client.post(u"/v1/bank/customer/device/link"_s,
                             {{u"customerId"_s, ids[0]}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 200);
        QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, ids[1]}, {u"address"_s, u"2 Marina"_s}}).status, 200);
        client.setKey(providerKey);
        merchantId = client.post(u"/v1/provider/merchants"_s, {{u"merchants"_s, QJsonArray{merchant(1)}}})
                         .data()[u"data"_s][u"merchantIds"_s][0].toString();
        QCOMPARE(client.patch(u"/v1/provider/merchant/trust"_s,
                              {{u"entityId"_s, merchantId}, {u"trusted"_s, true}, {u"trustLevel"_s, u"premium"_s}}).status, 200);
        client.setKey(bankKey);
        const Response accepted = client.post(u"/v1/bank/customers"_s, customers(10, 4));
        QCOMPARE(accepted.status, 202);
        asyncBatch = accepted.data()[u"batchId"_s].toString();
        QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/v1/bank/customers/batches/"_s + asyncBatch)
                                      .data()[u"status"_s].toString(), u"completed"_s, 5000);
    }

    SandboxServer restarted(options);
    QVERIFY(restarted.start().hasValue());
    Client client(restarted.baseUrl());
    const QJsonObject stats = client.stats().object();
    QCOMPARE(stats[u"customers"_s].toInt(), 7);
    QCOMPARE(stats[u"merchants"_s].toInt(), 1);
    QCOMPARE(stats[u"devices"_s].toInt(), 1);

    // Same ids, phrase and values; re-creating the same customers gives duplicates.
    const QJsonObject c = client.get(u"/v1/bank/customer?id="_s + ids[0].toString()).data();
    QCOMPARE(c[u"phrase"_s].toString(), phrase);
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + ids[1].toString()).data()[u"address"_s].toString(), u"2 Marina"_s);
    QCOMPARE(client.get(u"/v1/bank/customer?email=customer3%40example.com"_s).data()[u"id"_s], ids[2]);
    const Response again = client.post(u"/v1/bank/customers"_s, customers(1, 3));
    QCOMPARE(again.data()[u"summary"_s][u"duplicates"_s].toInt(), 3);
    QCOMPARE(again.data()[u"status"_s].toString(), u"failed"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(again.data()[u"results"_s][i][u"id"_s], ids[i]);
    QCOMPARE(client.post(u"/v1/bank/customer/device/link"_s,
                         {{u"customerId"_s, ids[0]}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 409);
    QCOMPARE(client.get(u"/v1/bank/customers/batches/"_s + asyncBatch).data()[u"summary"_s][u"successful"_s].toInt(), 4);
    // New customers continue after the old ones.
    const QString newId = client.post(u"/v1/bank/customers"_s, customers(50, 1)).data()[u"data"_s][u"customerIds"_s][0].toString();
    QVERIFY(!ids.contains(newId));

    client.setKey(providerKey);
    const QJsonObject trust = client.get(u"/v1/provider/merchant/trust?entityId="_s + merchantId).data();
    QCOMPARE(trust[u"trusted"_s].toBool(), true);
    QCOMPARE(trust[u"trustLevel"_s].toString(), u"premium"_s);
    QCOMPARE(client.post(u"/v1/provider/merchants"_s, {{u"merchants"_s, QJsonArray{merchant(1)}}})
                 .data()[u"results"_s][0][u"outcome"_s].toString(), u"duplicate"_s);
}

void tst_Sandbox_State::unfinishedBatchIsFinishedAfterARestart()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.noLimits = true;
    options.stateFile = dir.filePath(u"sandbox.db"_s);
    options.asyncThreshold = 2;
    QString batchId;
    {
        SandboxServer server(options);
        QVERIFY(server.start().hasValue());
        Client client(server.baseUrl());
        const Response accepted = client.post(u"/v1/bank/customers"_s, customers(1, 5));
        QCOMPARE(accepted.status, 202);
        batchId = accepted.data()[u"batchId"_s].toString();
        QCOMPARE(server.stats()[u"customers"_s].toInt(), 0); // not worked through yet
    } // stopped before the batch's turn came

    SandboxServer restarted(options);
    QVERIFY(restarted.start().hasValue());
    Client client(restarted.baseUrl());
    const QString poll = u"/v1/bank/customers/batches/"_s + batchId;
    QTRY_COMPARE_WITH_TIMEOUT(client.get(poll).data()[u"status"_s].toString(), u"completed"_s, 5000);
    QCOMPARE(client.get(poll).data()[u"summary"_s][u"successful"_s].toInt(), 5);
    QCOMPARE(storedCustomers(client), 5);
}

void tst_Sandbox_State::resetEmptiesTheFile()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.noLimits = true;
    options.stateFile = dir.filePath(u"sandbox.db"_s);
    QString oldId;
    {
        SandboxServer server(options);
        QVERIFY(server.start().hasValue());
        Client client(server.baseUrl());
        oldId = client.post(u"/v1/bank/customers"_s, customers(1, 2)).data()[u"data"_s][u"customerIds"_s][0].toString();
        QCOMPARE(client.send("POST", u"/_sandbox/reset"_s, {}, QString()).status, 200);
        QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(5, 1)).status, 201);
    }
    SandboxServer restarted(options);
    QVERIFY(restarted.start().hasValue());
    Client client(restarted.baseUrl());
    QCOMPARE(storedCustomers(client), 1);
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + oldId).status, 404); // old ids are not reused
}

void tst_Sandbox_State::unusableStateFileIsAnError()
{
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"junk.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    SandboxOptions options;
    options.stateFile = junk.fileName();
    SandboxServer server(options);
    const Peere::Result<quint16> started = server.start();
    QVERIFY(!started.hasValue());
    QVERIFY2(started.error().contains(u"junk.db"_s), qPrintable(started.error()));

    options.stateFile = dir.filePath(u"no/such/dir/state.db"_s);
    SandboxServer missing(options);
    QVERIFY(!missing.start().hasValue());
}

void tst_Sandbox_State::programRestartWithState()
{
    QTemporaryDir dir;
    const QString stateFile = dir.filePath(u"program.db"_s);
    const QStringList arguments = {u"--state"_s, stateFile, u"--no-limits"_s};
    QString id;
    {
        QProcess process;
        const QUrl base = startProgram(process, arguments);
        QVERIFY(base.isValid() && base.port() > 0);
        Client client(base);
        const Response created = client.post(u"/v1/bank/customers"_s, customers(1, 4));
        QCOMPARE(created.status, 201);
        id = created.data()[u"data"_s][u"customerIds"_s][2].toString();
        process.kill(); // no clean shutdown: the data is on disk already
        process.waitForFinished(5000);
    }
    QProcess process;
    const QUrl base = startProgram(process, arguments);
    QVERIFY(base.isValid());
    Client client(base);
    QCOMPARE(storedCustomers(client), 4);
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + id).data()[u"email"_s].toString(), u"customer3@example.com"_s);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 4)).data()[u"summary"_s][u"duplicates"_s].toInt(), 4);
    stopProgram(process);
}

void tst_Sandbox_State::withoutStateNothingSurvives()
{
    SandboxOptions options;
    options.noLimits = true;
    {
        SandboxServer server(options);
        QVERIFY(server.start().hasValue());
        Client client(server.baseUrl());
        QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 2)).status, 201);
    }
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QCOMPARE(storedCustomers(client), 0);
}

QTEST_GUILESS_MAIN(tst_Sandbox_State)
#include "tst_sandbox_state.moc"
