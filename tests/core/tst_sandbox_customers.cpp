// Customer endpoints of the sandbox over loopback (peere-api.md §3).
#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_Customers : public QObject
{
    Q_OBJECT

private slots:
    void createdShapeAndSummary();
    void duplicatesByReferenceOrEmail();
    void invalidRecordsAreReported();
    void validationRules_data();
    void validationRules();
    void badBodies_data();
    void badBodies();
    void oversizedBatchIs413();
    void largeBatchIsAcceptedThenPolled();
    void getByIdEmailPhrase();
    void listIsABareArray();
    void patchCustomer();

private:
    static SandboxOptions noLimits()
    {
        SandboxOptions o;
        o.noLimits = true;
        return o;
    }
};

void tst_Sandbox_Customers::createdShapeAndSummary()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.post(u"/v1/bank/customers"_s, customers(1, 3));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.object().value(u"statusCode"_s).toInt(), 201);
    QCOMPARE(r.object().value(u"success"_s).toBool(), true);
    const QJsonObject data = r.data();
    QVERIFY(!data.value(u"batchId"_s).toString().isEmpty());
    QCOMPARE(data.value(u"status"_s).toString(), u"completed"_s);
    const QJsonObject summary = data.value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"total"_s).toInt(), 3);
    QCOMPARE(summary.value(u"successful"_s).toInt(), 3);
    QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
    const QJsonObject inner = data.value(u"data"_s).toObject();
    QCOMPARE(inner.value(u"createdCount"_s).toInt(), 3);
    const QJsonArray ids = inner.value(u"customerIds"_s).toArray();
    QCOMPARE(ids.size(), 3);
    const QJsonArray results = data.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject result = results.at(i).toObject();
        QCOMPARE(result.value(u"index"_s).toInt(), i);
        QCOMPARE(result.value(u"reference"_s).toString(), u"ref-%1"_s.arg(i + 1));
        QCOMPARE(result.value(u"clientRef"_s).toString(), u"client-%1"_s.arg(i + 1));
        QCOMPARE(result.value(u"outcome"_s).toString(), u"created"_s);
        QCOMPARE(result.value(u"id"_s), ids.at(i));
    }
    QCOMPARE(storedCustomers(client), 3);
}

void tst_Sandbox_Customers::duplicatesByReferenceOrEmail()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response first = client.post(u"/v1/bank/customers"_s, customers(1, 2));
    QCOMPARE(first.status, 201);
    const QString id1 = first.data()[u"data"_s][u"customerIds"_s][0].toString();

    QJsonObject sameEmail = customer(10);
    sameEmail[u"email"_s] = u"CUSTOMER1@Example.COM"_s; // case-insensitive
    QJsonObject sameReference = customer(11);
    sameReference[u"reference"_s] = u"ref-2"_s;
    QJsonObject twiceInBatch = customer(12);
    twiceInBatch[u"reference"_s] = u"ref-12b"_s; // same email as customer(12)
    const QJsonObject body{{u"customers"_s, QJsonArray{sameEmail, sameReference, customer(12), twiceInBatch}}};
    const Response r = client.post(u"/v1/bank/customers"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject data = r.data();
    QCOMPARE(data[u"status"_s].toString(), u"partial"_s);
    const QJsonObject summary = data[u"summary"_s].toObject();
    QCOMPARE(summary[u"total"_s].toInt(), 4);
    QCOMPARE(summary[u"successful"_s].toInt(), 1);
    QCOMPARE(summary[u"duplicates"_s].toInt(), 3);
    QCOMPARE(summary[u"failed"_s].toInt(), 3);
    QCOMPARE(summary[u"invalidData"_s].toInt(), 0);
    const QJsonArray results = data[u"results"_s].toArray();
    QCOMPARE(results[0][u"outcome"_s].toString(), u"duplicate"_s);
    QCOMPARE(results[0][u"id"_s].toString(), id1);
    QCOMPARE(results[1][u"outcome"_s].toString(), u"duplicate"_s);
    QCOMPARE(results[2][u"outcome"_s].toString(), u"created"_s);
    QCOMPARE(results[3][u"outcome"_s].toString(), u"duplicate"_s);
    QCOMPARE(results[3][u"id"_s], results[2][u"id"_s]);

    // The whole first batch again: nothing created, status failed.
    const Response again = client.post(u"/v1/bank/customers"_s, customers(1, 2));
    QCOMPARE(again.data()[u"status"_s].toString(), u"failed"_s);
    QCOMPARE(again.data()[u"summary"_s][u"duplicates"_s].toInt(), 2);
    const QJsonObject stats = client.stats().object();
    QCOMPARE(stats[u"customers"_s].toInt(), 3);
    QCOMPARE(stats[u"duplicatesRejected"_s].toInt(), 5);
}

void tst_Sandbox_Customers::invalidRecordsAreReported()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QJsonObject noEmail = customer(2);
    noEmail.remove(u"email"_s);
    QJsonObject blankName = customer(3);
    blankName[u"firstname"_s] = u"   "_s;
    const QJsonObject body{{u"customers"_s, QJsonArray{customer(1), noEmail, blankName}}};
    const Response r = client.post(u"/v1/bank/customers"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject summary = r.data()[u"summary"_s].toObject();
    QCOMPARE(summary[u"successful"_s].toInt(), 1);
    QCOMPARE(summary[u"invalidData"_s].toInt(), 2);
    QCOMPARE(summary[u"failed"_s].toInt(), 2);
    const QJsonArray results = r.data()[u"results"_s].toArray();
    QCOMPARE(results[1][u"outcome"_s].toString(), u"invalid"_s);
    QCOMPARE(results[1][u"field"_s].toString(), u"email"_s);
    QVERIFY(!results[1][u"message"_s].toString().isEmpty());
    QVERIFY(!results[1].toObject().contains(u"id"_s));
    QCOMPARE(results[2][u"field"_s].toString(), u"firstname"_s);
    QCOMPARE(storedCustomers(client), 1);
}

void tst_Sandbox_Customers::validationRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule"); // empty: accepted
    QTest::newRow("email without dot") << u"email"_s << u"ada@localhost"_s << u"format.email"_s;
    QTest::newRow("email garbage") << u"email"_s << u"not an email"_s << u"format.email"_s;
    QTest::newRow("country unknown") << u"country"_s << u"XX"_s << u"format.country"_s;
    QTest::newRow("country lower case") << u"country"_s << u"ng"_s << QString();
    QTest::newRow("NUBAN 9 digits") << u"accountNumber"_s << u"123456789"_s << u"format.accountNumber"_s;
    QTest::newRow("name with digits") << u"firstname"_s << u"Ad4"_s << u"format.name"_s;
    QTest::newRow("gender") << u"gender"_s << u"robot"_s << u"format.gender"_s;
    QTest::newRow("gender upper") << u"gender"_s << u"FEMALE"_s << QString();
    QTest::newRow("phone with spaces") << u"phone"_s << u"+234 803 123 4567"_s << u"format.phone"_s;
    QTest::newRow("phone valid") << u"phone"_s << u"+2348031234567"_s << QString();
    QTest::newRow("reference too long") << u"reference"_s << QString(65, u'r') << u"length"_s;
    QTest::newRow("blank reference") << u"reference"_s << u"  "_s << u"required"_s;
}

void tst_Sandbox_Customers::validationRules()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, rule);
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QJsonObject record = customer(1);
    record[field] = value;
    const Response r = client.post(u"/v1/bank/customers"_s, {{u"customers"_s, QJsonArray{record}}});
    QCOMPARE(r.status, 201);
    const QJsonObject result = r.data()[u"results"_s][0].toObject();
    if (rule.isEmpty()) {
        QCOMPARE(result[u"outcome"_s].toString(), u"created"_s);
        return;
    }
    QCOMPARE(result[u"outcome"_s].toString(), u"invalid"_s);
    QCOMPARE(result[u"field"_s].toString(), field);
    QCOMPARE(result[u"rule"_s].toString(), rule);
    QVERIFY(!result[u"message"_s].toString().isEmpty());
    QCOMPARE(r.data()[u"status"_s].toString(), u"failed"_s);
}

void tst_Sandbox_Customers::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("malformed") << QByteArray("{\"customers\": [") << 400;
    QTest::newRow("not json") << QByteArray("customers=1") << 400;
    QTest::newRow("array body") << QByteArray("[{}]") << 400;
    QTest::newRow("empty body") << QByteArray() << 400;
    QTest::newRow("record not an object") << QByteArray("{\"customers\": [1, 2]}") << 400;
    QTest::newRow("field of wrong type") << QByteArray("{\"customers\": [{\"email\": 5}]}") << 400;
    QTest::newRow("field is an object") << QByteArray("{\"customers\": [{\"reference\": {}}]}") << 400;
    QTest::newRow("missing array") << QByteArray("{}") << 422;
    QTest::newRow("other key") << QByteArray("{\"merchants\": [{}]}") << 422;
    QTest::newRow("not an array") << QByteArray("{\"customers\": {}}") << 422;
    QTest::newRow("string") << QByteArray("{\"customers\": \"x\"}") << 422;
    QTest::newRow("empty array") << QByteArray("{\"customers\": []}") << 422;
}

void tst_Sandbox_Customers::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response r = client.send("POST", u"/v1/bank/customers"_s, body);
    QCOMPARE(r.status, status);
    QVERIFY2(r.isErrorEnvelope(), r.body.constData());
    QCOMPARE(storedCustomers(client), 0);
}

void tst_Sandbox_Customers::oversizedBatchIs413()
{
    SandboxOptions options = noLimits();
    options.maxBatch = 5;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 6)).status, 413);
    QCOMPARE(storedCustomers(client), 0);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 5)).status, 201);
}

void tst_Sandbox_Customers::largeBatchIsAcceptedThenPolled()
{
    SandboxOptions options = noLimits();
    options.asyncThreshold = 10;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response accepted = client.post(u"/v1/bank/customers"_s, customers(1, 25));
    QCOMPARE(accepted.status, 202);
    QCOMPARE(accepted.data()[u"status"_s].toString(), u"processing"_s);
    QVERIFY(!accepted.data().contains(u"results"_s));
    const QString batchId = accepted.data()[u"batchId"_s].toString();
    QVERIFY(!batchId.isEmpty());

    const QString pollPath = u"/v1/bank/customers/batches/"_s + batchId;
    QJsonObject data;
    QTRY_VERIFY_WITH_TIMEOUT((data = client.get(pollPath).data())[u"status"_s].toString()
                                 != u"processing"_s, 5000);
    QCOMPARE(data[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(data[u"batchId"_s].toString(), batchId);
    QCOMPARE(data[u"summary"_s][u"successful"_s].toInt(), 25);
    QCOMPARE(data[u"results"_s].toArray().size(), 25);
    QCOMPARE(data[u"data"_s][u"customerIds"_s].toArray().size(), 25);
    QCOMPARE(storedCustomers(client), 25);

    QCOMPARE(client.get(u"/v1/bank/customers/batches/bat_unknown"_s).status, 404);
    // A batch at the threshold is still synchronous.
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(100, 10)).status, 201);
    // The provider's batch route does not know the bank's batches.
    const Response other = client.send("GET", u"/v1/provider/merchants/batches/"_s + batchId, {},
                                       providerKey);
    QCOMPARE(other.status, 404);
}

void tst_Sandbox_Customers::getByIdEmailPhrase()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    QJsonObject record = customer(1);
    record[u"gender"_s] = u"Female"_s;
    record[u"country"_s] = u"ng"_s;
    const Response created = client.post(u"/v1/bank/customers"_s,
                                         {{u"customers"_s, QJsonArray{record}}});
    const QString id = created.data()[u"data"_s][u"customerIds"_s][0].toString();

    const Response byId = client.get(u"/v1/bank/customer?id="_s + id);
    QCOMPARE(byId.status, 200);
    const QJsonObject c = byId.data();
    for (const QString &key : {u"id"_s, u"accountName"_s, u"gender"_s, u"displayPicture"_s,
                               u"bankId"_s, u"phrase"_s, u"country"_s})
        QVERIFY2(c.contains(key), qPrintable(key));
    QCOMPARE(c[u"id"_s].toString(), id);
    QCOMPARE(c[u"country"_s].toString(), u"NG"_s);
    QCOMPARE(c[u"gender"_s].toString(), u"female"_s);
    const QString phrase = c[u"phrase"_s].toString();
    QCOMPARE(phrase.split(u'-').size(), 3);

    QCOMPARE(client.get(u"/v1/bank/customer?email=CUSTOMER1%40example.com"_s).data()[u"id"_s].toString(), id);
    QCOMPARE(client.get(u"/v1/bank/customer?phrase="_s + phrase).data()[u"id"_s].toString(), id);
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + id).data()[u"id"_s].toString(), id);

    const Response missing = client.get(u"/v1/bank/customer?email=nobody%40example.com"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), u"Customer not found"_s);
    QVERIFY(missing.isErrorEnvelope());
    QCOMPARE(client.get(u"/v1/bank/customers/cus_0000000000000001"_s).status, 404);
    QCOMPARE(client.get(u"/v1/bank/customer?phrase=not-a-phrase"_s).status, 404);
    QCOMPARE(client.get(u"/v1/bank/customer"_s).status, 400);
}

void tst_Sandbox_Customers::listIsABareArray()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const Response created = client.post(u"/v1/bank/customers"_s, customers(1, 30));
    const QJsonArray ids = created.data()[u"data"_s][u"customerIds"_s].toArray();

    const Response page1 = client.get(u"/v1/bank/customers"_s);
    QCOMPARE(page1.status, 200);
    QVERIFY(page1.json.isArray());
    QCOMPARE(page1.json.array().size(), 20);
    const Response page2 = client.get(u"/v1/bank/customers?page=2&limit=20"_s);
    QCOMPARE(page2.json.array().size(), 10);
    QCOMPARE(page2.json.array()[0][u"id"_s], ids[20]);

    // Repeated keys and comma-separated lists, unknown ids ignored.
    const QString query = u"/v1/bank/customers?ids=%1,%2&ids=%3&ids=cus_nope"_s.arg(
        ids[3].toString(), ids[7].toString(), ids[11].toString());
    const QJsonArray some = client.get(query).json.array();
    QCOMPARE(some.size(), 3);
    QCOMPARE(some[0][u"id"_s], ids[3]);
    QCOMPARE(some[2][u"id"_s], ids[11]);

    const QString phrase = client.get(u"/v1/bank/customers/"_s + ids[5].toString()).data()[u"phrase"_s].toString();
    const QJsonArray byPhrase = client.get(u"/v1/bank/customers?phrases="_s + phrase).json.array();
    QCOMPARE(byPhrase.size(), 1);
    QCOMPARE(byPhrase[0][u"id"_s], ids[5]);

    QCOMPARE(client.get(u"/v1/bank/customers?limit=abc"_s).status, 400);
    QCOMPARE(client.get(u"/v1/bank/customers?page=0"_s).status, 400);
}

void tst_Sandbox_Customers::patchCustomer()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const QJsonArray ids = client.post(u"/v1/bank/customers"_s, customers(1, 2))
                               .data()[u"data"_s][u"customerIds"_s].toArray();
    const QString id = ids[0].toString();

    const Response patched = client.patch(u"/v1/bank/customer"_s,
                                          {{u"id"_s, id}, {u"address"_s, u" 1 Marina, Lagos "_s},
                                           {u"gender"_s, u"MALE"_s}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.data()[u"gender"_s].toString(), u"male"_s);
    QCOMPARE(client.get(u"/v1/bank/customers/"_s + id).data()[u"address"_s].toString(),
             u"1 Marina, Lagos"_s);

    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, u"cus_nope"_s}, {u"address"_s, u"x"_s}}).status, 404);
    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"address"_s, u"x"_s}}).status, 400);
    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, id}, {u"address"_s, 12}}).status, 400);
    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, id}}).status, 400);
    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, id}, {u"firstname"_s, u""_s}}).status, 400);
    QCOMPARE(client.send("PATCH", u"/v1/bank/customer"_s, "{oops").status, 400);
    // Taking another customer's e-mail.
    const Response clash = client.patch(u"/v1/bank/customer"_s,
                                        {{u"id"_s, id}, {u"email"_s, u"customer2@example.com"_s}});
    QCOMPARE(clash.status, 409);
    QVERIFY(clash.isErrorEnvelope());
    // The old e-mail is free again after a change.
    QCOMPARE(client.patch(u"/v1/bank/customer"_s, {{u"id"_s, id}, {u"email"_s, u"new1@example.com"_s}}).status, 200);
    QCOMPARE(client.get(u"/v1/bank/customer?email=new1%40example.com"_s).status, 200);
    QCOMPARE(client.get(u"/v1/bank/customer?email=customer1%40example.com"_s).status, 404);
    QCOMPARE(client.post(u"/v1/bank/customers"_s, customers(1, 1)).data()[u"results"_s][0][u"outcome"_s].toString(),
             u"duplicate"_s); // still a duplicate by reference
}

QTEST_GUILESS_MAIN(tst_Sandbox_Customers)
#include "tst_sandbox_customers.moc"
