// The sandbox's HTTP surface: keys, unknown routes and methods, body limits, administration,
// --docs-only, and garbage of every kind answered with the error envelope (peere-api.md §1, §7).
#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_Http : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void everyRouteChecksItsRole_data();
    void everyRouteChecksItsRole();
    void unknownRoutesAndMethods_data();
    void unknownRoutesAndMethods();
    void bodyOver16MBIs413();
    void statsAndReset();
    void administrationIsLoopbackOnly();
    void docsOnlyHasNoConventions();
    void garbageIsAnsweredWithAnEnvelope();
    void oddButWellFormedValues();
    void rawGarbageDoesNotStopTheServer();

private:
    struct RouteCall
    {
        QByteArray verb;
        QString path;
        bool bank;      // bank role (else provider)
        bool readsBody; // the handler parses a JSON body
    };
    // One call to every route of the API (peere-api.md §3-5).
    static QList<RouteCall> everyRoute();
    static SandboxOptions noLimits()
    {
        SandboxOptions o;
        o.noLimits = true;
        return o;
    }
};

void tst_Sandbox_Http::keys_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    const QString bankPath = u"/v1/bank/customers"_s;
    const QString providerPath = u"/v1/provider/merchants"_s;
    QTest::newRow("bank ok") << bankPath << bankKey << 200;
    QTest::newRow("bank missing") << bankPath << QString() << 401;
    QTest::newRow("bank wrong") << bankPath << u"nope"_s << 401;
    QTest::newRow("bank with provider key") << bankPath << providerKey << 403;
    QTest::newRow("provider ok") << providerPath << providerKey << 200;
    QTest::newRow("provider missing") << providerPath << QString() << 401;
    QTest::newRow("provider with bank key") << providerPath << bankKey << 403;
    QTest::newRow("custom key") << bankPath << u"my-bank-key"_s << 200;
}

void tst_Sandbox_Http::keys()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(int, status);
    SandboxOptions options = noLimits();
    if (QByteArray(QTest::currentDataTag()) == "custom key")
        options.bankKey = key;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.send("GET", path, {}, key);
    QCOMPARE(r.status, status);
    if (status != 200)
        QVERIFY(r.isErrorEnvelope());
}

QList<tst_Sandbox_Http::RouteCall> tst_Sandbox_Http::everyRoute()
{
    return {
        {"POST", u"/v1/bank/customers"_s, true, true},
        {"GET", u"/v1/bank/customers"_s, true, false},
        {"GET", u"/v1/bank/customers/batches/bat_1"_s, true, false},
        {"GET", u"/v1/bank/customers/cus_1"_s, true, false},
        {"GET", u"/v1/bank/customer?id=cus_1"_s, true, false},
        {"PATCH", u"/v1/bank/customer"_s, true, true},
        {"POST", u"/v1/bank/customer/device/link"_s, true, true},
        {"POST", u"/v1/bank/customer/device/unlink"_s, true, true},
        {"GET", u"/v1/bank/devices/list"_s, true, false},
        {"POST", u"/v1/provider/merchants"_s, false, true},
        {"GET", u"/v1/provider/merchants"_s, false, false},
        {"GET", u"/v1/provider/merchants/batches/bat_1"_s, false, false},
        {"GET", u"/v1/provider/merchant?entityId=mer_1"_s, false, false},
        {"PATCH", u"/v1/provider/merchant"_s, false, true},
        {"GET", u"/v1/provider/merchant/trust?entityId=mer_1"_s, false, false},
        {"PATCH", u"/v1/provider/merchant/trust"_s, false, true},
        {"POST", u"/v1/provider/merchant/trust/validate"_s, false, true},
        {"GET", u"/v1/provider/merchant/trust/device-permission?entityId=mer_1"_s, false, false},
    };
}

void tst_Sandbox_Http::everyRouteChecksItsRole_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("bank");
    for (const RouteCall &route : everyRoute()) {
        QTest::addRow("%s %s", route.verb.constData(), qPrintable(route.path))
            << route.verb << route.path << route.bank;
    }
}

void tst_Sandbox_Http::everyRouteChecksItsRole()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(bool, bank);
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const QString own = bank ? bankKey : providerKey;
    const QString other = bank ? providerKey : bankKey;
    for (const auto &[key, status] : {std::pair{QString(), 401}, std::pair{u"wrong-key"_s, 401},
                                      std::pair{other, 403}}) {
        const Response r = client.send(verb, path, "{}", key);
        QCOMPARE(r.status, status);
        QVERIFY(r.isErrorEnvelope());
    }
    // With its own key the call reaches its handler (which finds nothing or a bad body).
    const Response r = client.send(verb, path, "{}", own);
    QVERIFY2(r.status != 401 && r.status != 403 && r.status != 405, qPrintable(QString::number(r.status)));
    QCOMPARE(server.stats()[u"customers"_s].toInt(), 0);
}

void tst_Sandbox_Http::unknownRoutesAndMethods_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("unknown") << QByteArray("GET") << u"/v1/bank/nothing"_s << 404 << QByteArray();
    QTest::newRow("too deep") << QByteArray("GET") << u"/v1/bank/customers/a/b"_s << 404 << QByteArray();
    QTest::newRow("delete customer") << QByteArray("DELETE") << u"/v1/bank/customer"_s << 405 << QByteArray("GET, PATCH");
    QTest::newRow("put customers") << QByteArray("PUT") << u"/v1/bank/customers"_s << 405 << QByteArray("POST, GET");
    QTest::newRow("get link") << QByteArray("GET") << u"/v1/bank/customer/device/link"_s << 405 << QByteArray("POST");
    QTest::newRow("post trust") << QByteArray("POST") << u"/v1/provider/merchant/trust"_s << 405 << QByteArray("GET, PATCH");
    QTest::newRow("get reset") << QByteArray("GET") << u"/_sandbox/reset"_s << 405 << QByteArray("POST");
    QTest::newRow("admin unknown") << QByteArray("GET") << u"/_sandbox/nothing"_s << 404 << QByteArray();
}

void tst_Sandbox_Http::unknownRoutesAndMethods()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.send(verb, path, "{}");
    QCOMPARE(r.status, status);
    QVERIFY(r.isErrorEnvelope());
    QCOMPARE(r.allow, allow);
}

void tst_Sandbox_Http::bodyOver16MBIs413()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QByteArray body = "{\"customers\": [{\"address\": \"";
    body.append(QByteArray(SandboxServer::maxBodyBytes, 'a'));
    body.append("\"}]}");
    const Response r = client.send("POST", u"/v1/bank/customers"_s, body);
    QCOMPARE(r.status, 413);
    QVERIFY(r.isErrorEnvelope());
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
}

void tst_Sandbox_Http::statsAndReset()
{
    SandboxOptions options;
    options.batchRate = 60; // a burst of 12
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 2)).status, 201);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
    QCOMPARE(client.get(u"/v1/bank/customer?email=x%40y.z"_s).status, 404);
    QCOMPARE(client.send("GET", u"/v1/bank/customers"_s, {}, providerKey).status, 403);

    const QJsonObject stats = client.stats().object();
    QCOMPARE(stats[u"customers"_s].toInt(), 2);
    QCOMPARE(stats[u"merchants"_s].toInt(), 0);
    QCOMPARE(stats[u"devices"_s].toInt(), 0);
    QCOMPARE(stats[u"duplicatesRejected"_s].toInt(), 1);
    QCOMPARE(stats[u"throttled"_s].toInt(), 0);
    QCOMPARE(stats[u"injectedFaults"_s].toInt(), 0);
    const QJsonObject requests = stats[u"requests"_s].toObject();
    QCOMPARE(requests[u"POST /v1/bank/customers"_s][u"201"_s].toInt(), 2);
    QCOMPARE(requests[u"GET /v1/bank/customer"_s][u"404"_s].toInt(), 1);
    QCOMPARE(requests[u"GET /v1/bank/customers"_s][u"403"_s].toInt(), 1);
    QCOMPARE(server.stats(), stats);

    const Response reset = client.send("POST", u"/_sandbox/reset"_s, {}, QString());
    QCOMPARE(reset.status, 200);
    const QJsonObject after = client.stats().object();
    QCOMPARE(after[u"customers"_s].toInt(), 0);
    QCOMPARE(after[u"requests"_s].toObject().size(), 0);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).data()[u"status"_s].toString(),
             u"completed"_s);
}

void tst_Sandbox_Http::administrationIsLoopbackOnly()
{
    // Bound to every address (--bind 0.0.0.0), reached through this machine's own non-loopback
    // address: the API answers, /_sandbox does not.
    QHostAddress own;
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            own = address;
    }
    if (own.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    SandboxOptions options = noLimits();
    options.bind = QHostAddress::AnyIPv4;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    QUrl remote = server.baseUrl();
    remote.setHost(own.toString());
    Client client(remote);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
    for (const auto &[verb, path] : {std::pair{QByteArray("GET"), u"/_sandbox/stats"_s},
                                     std::pair{QByteArray("POST"), u"/_sandbox/reset"_s}}) {
        const Response r = client.send(verb, path, {}, QString());
        QCOMPARE(r.status, 403);
        QVERIFY(r.isErrorEnvelope());
    }
    Client local(server.baseUrl());
    QCOMPARE(local.stats().status, 200);
    QCOMPARE(storedCustomers(local), 1); // the reset from afar did nothing
}

void tst_Sandbox_Http::docsOnlyHasNoConventions()
{
    SandboxOptions options = noLimits();
    options.docsOnly = true;
    options.asyncThreshold = 2;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    // Above the async threshold, still answered at once: there is nothing to poll.
    const Response r = client.post(u"/v1/bank/customers"_s, customers(1, 5));
    QCOMPARE(r.status, 201);
    const QJsonObject data = r.data();
    QVERIFY(!data.contains(u"results"_s));
    QVERIFY(!data.contains(u"status"_s));
    QCOMPARE(data[u"summary"_s][u"total"_s].toInt(), 5);
    QCOMPARE(data[u"data"_s][u"customerIds"_s].toArray().size(), 5);
    const QString batchId = data[u"batchId"_s].toString();
    QVERIFY(!batchId.isEmpty());
    QCOMPARE(client.get(u"/v1/bank/customers/batches/"_s + batchId).status, 404);
    const QString id = data[u"data"_s][u"customerIds"_s][0].toString();
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + id).status, 404);
    const QJsonObject c = client.get(u"/v1/bank/customer?id="_s + id).data();
    const QStringList keys = c.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{u"id"_s, u"accountName"_s, u"gender"_s, u"displayPicture"_s,
                            u"bankId"_s, u"phrase"_s, u"country"_s}));
    const Response merchants = client.send(
        "POST", u"/v1/provider/merchants"_s,
        QJsonDocument(QJsonObject{{u"merchants"_s, QJsonArray{merchant(1), merchant(2), merchant(3)}}}).toJson(),
        providerKey);
    QCOMPARE(merchants.status, 201);
    QVERIFY(!merchants.data().contains(u"results"_s));
    QCOMPARE(merchants.data()[u"data"_s][u"merchantIds"_s].toArray().size(), 3);
}

void tst_Sandbox_Http::garbageIsAnsweredWithAnEnvelope()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QRandomGenerator random(20261124);
    const QByteArray valid = QJsonDocument(customers(1, 3)).toJson(QJsonDocument::Compact);
    const QList<QByteArray> wrongTypes = {
        "{\"customers\": [{\"email\": true}]}", "{\"customers\": [[]]}", "{\"customers\": null}",
        "{\"customers\": 12}", "null", "\"text\"", "42", "{\"customers\": [null]}",
        "{\"customers\": [{\"firstname\": [\"a\"]}]}", "{\"id\": 7, \"entityId\": false}",
        "{\"merchants\": [{\"name\": {}}]}", "{\"entityId\": [], \"trusted\": \"yes\"}",
        "{\"customerId\": null, \"phrase\": 1, \"deviceId\": []}"};
    QList<RouteCall> routes = everyRoute();
    routes.removeIf([](const RouteCall &route) { return !route.readsBody; });
    const int routeCount = int(routes.size());
    for (int i = 0; i < 50 * routeCount; ++i) {
        QByteArray body;
        switch ((i / routeCount) % 5) {
        case 0: // random bytes
            body.resize(random.bounded(1, 2000));
            for (char &c : body)
                c = char(random.bounded(256));
            break;
        case 1: // truncated JSON
            body = valid.left(random.bounded(1, int(valid.size()) - 1));
            break;
        case 2: // wrong types
            body = wrongTypes.at(i % wrongTypes.size());
            break;
        case 3: { // nesting far deeper than any parser should follow
            const int depth = random.bounded(2000, 200000);
            body = QByteArray(depth, i % 2 ? '[' : '{');
            if (i % 2 == 0)
                body.replace("{{", "{\"a\":{");
            break;
        }
        case 4: { // invalid UTF-8 inside a string of a well-formed body
            body = valid;
            const qsizetype at = body.indexOf("Ada") + 1;
            body.insert(at, i % 2 ? QByteArray("\xff\xfe") : QByteArray("\xc3\x28\xed\xa0\x80"));
            break;
        }
        }
        const RouteCall &route = routes.at(i % routeCount);
        const Response r = client.send(route.verb, route.path, body, route.bank ? bankKey : providerKey);
        QVERIFY2(r.status == 400 || r.status == 422,
                 qPrintable(u"%1 %2 -> %3"_s.arg(QString::fromLatin1(body.left(60).toHex()), route.path)
                                .arg(r.status)));
        QVERIFY(r.isErrorEnvelope());
    }
    QCOMPARE(storedCustomers(client), 0);
    QCOMPARE(server.stats()[u"merchants"_s].toInt(), 0);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
}

void tst_Sandbox_Http::oddButWellFormedValues()
{
    // Valid JSON with values no form would produce: control characters, lone surrogates, huge
    // numbers, duplicate keys, 100,000-character strings. Each record is refused or created; the
    // summary adds up and nothing else happens.
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const QList<QByteArray> values = {
        "\"Ada\\u0000Lovelace\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0007\\u001b[31m\"",
        "\"" + QByteArray(100000, 'x') + "\"", "\"\"", "\"   \"", "\"\\u202eevil\"",
        "\"say \\\"hi\\\" C:\\\\dir\\\\\"", "\"tab\\tnew\\nline\\r\""};
    const QStringList fields = {u"firstname"_s, u"email"_s, u"reference"_s, u"country"_s,
                                u"accountNumber"_s, u"phone"_s, u"gender"_s, u"clientRef"_s};
    int created = 0;
    int sent = 0;
    for (const QString &field : fields) {
        QByteArray records;
        for (const QByteArray &value : values) {
            QJsonObject record = customer(1000 + sent++);
            record.remove(field);
            QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
            json.insert(1, "\"" + field.toUtf8() + "\": " + value + ",");
            records += (records.isEmpty() ? "" : ",") + json;
        }
        const Response r = client.send("POST", u"/v1/bank/customers"_s, "{\"customers\": [" + records + "]}");
        QCOMPARE(r.status, 201);
        const QJsonObject summary = r.data()[u"summary"_s].toObject();
        QCOMPARE(summary[u"total"_s].toInt(), values.size());
        QCOMPARE(summary[u"successful"_s].toInt() + summary[u"failed"_s].toInt(), values.size());
        const QJsonArray results = r.data()[u"results"_s].toArray();
        QCOMPARE(results.size(), values.size());
        created += summary[u"successful"_s].toInt();
        if (field != u"reference" && field != u"clientRef")
            continue;
        // The answer names each record by its value, trimmed, escaped as JSON needs.
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).contains("\\ud8") || values.at(i).contains("\\udf"))
                continue; // a lone surrogate has no UTF-8 form to give back
            const QString sentValue
                = QJsonDocument::fromJson("[" + values.at(i) + "]").array().at(0).toString();
            QCOMPARE(results.at(i)[field].toString(), sentValue.trimmed());
        }
    }
    // Duplicate keys and out-of-range numbers are refused as wrong types or read as the last value.
    const Response numbers = client.send("POST", u"/v1/bank/customers"_s,
                                         "{\"customers\": [{\"reference\": 1e999}]}");
    QCOMPARE(numbers.status, 400);
    const Response twice = client.send("POST", u"/v1/bank/customers"_s,
                                       "{\"customers\": [], \"customers\": [{}]}");
    QVERIFY(twice.status == 201 || twice.status == 422);
    if (twice.status == 201)
        created += twice.data()[u"summary"_s][u"successful"_s].toInt();
    QCOMPARE(storedCustomers(client), created);
}

void tst_Sandbox_Http::rawGarbageDoesNotStopTheServer()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    QRandomGenerator random(7);
    for (int i = 0; i < 20; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        QByteArray junk(random.bounded(1, 5000), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        if (i % 4 == 0)
            junk.prepend("POST /v1/bank/customers HTTP/1.1\r\nContent-Length: 99999\r\n\r\n{");
        socket.write(junk);
        socket.waitForBytesWritten(2000);
        QTest::qWait(5); // let the server read it
        socket.abort();
    }
    Client client(server.baseUrl());
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).status, 201);
}

QTEST_GUILESS_MAIN(tst_Sandbox_Http)
#include "tst_sandbox_http.moc"
