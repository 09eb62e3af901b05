// Devices (peere-api.md §4) and merchants with trust (§5) on the sandbox over loopback.
#include "sandboxtestclient.h"

#include "sandbox/sandboxserver.h"

using namespace Peere::Sandbox;
using namespace SandboxTest;

class tst_Sandbox_Merchants : public QObject
{
    Q_OBJECT

private slots:
    void linkUnlinkListDevices();
    void merchantBatchAndDuplicates();
    void strictMerchants();
    void getListPatchMerchant();
    void trust();

private:
    static SandboxOptions noLimits()
    {
        SandboxOptions o;
        o.noLimits = true;
        return o;
    }
    static QJsonObject merchants(const QJsonArray &records) { return {{u"merchants"_s, records}}; }
};

void tst_Sandbox_Merchants::linkUnlinkListDevices()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl());
    const QJsonArray ids = client.post(u"/v1/bank/customers"_s, customers(1, 2))
                               .data()[u"data"_s][u"customerIds"_s].toArray();
    const QString id = ids[0].toString();
    const QString phrase = client.get(u"/v1/bank/customer?id="_s + id).data()[u"phrase"_s].toString();
    const QString otherPhrase = client.get(u"/v1/bank/customers/"_s + ids[1].toString()).data()[u"phrase"_s].toString();
    const QString link = u"/v1/bank/customer/device/link"_s;

    const Response linked = client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}});
    QCOMPARE(linked.status, 200);
    QCOMPARE(linked.message(), u"Device linked successfully"_s);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-2"_s}}).status, 200);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 409);
    QCOMPARE(client.post(link, {{u"customerId"_s, u"cus_00000000ffffffff"_s}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"d"_s}}).status, 404);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, otherPhrase}, {u"deviceId"_s, u"d"_s}}).status, 400);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, u"garbage"_s}, {u"deviceId"_s, u"d"_s}}).status, 400);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, phrase}}).status, 400);
    QCOMPARE(client.post(link, {{u"customerId"_s, 5}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"d"_s}}).status, 400);
    // Another customer may use the same device id.
    QCOMPARE(client.post(link, {{u"customerId"_s, ids[1]}, {u"phrase"_s, otherPhrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 200);

    Response list = client.get(u"/v1/bank/devices/list?page=1&limit=20"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.data()[u"total"_s].toInt(), 3);
    QCOMPARE(list.data()[u"page"_s].toInt(), 1);
    const QJsonObject first = list.data()[u"devices"_s][0].toObject();
    QCOMPARE(first[u"deviceId"_s].toString(), u"dev-1"_s);
    QCOMPARE(first[u"customerId"_s].toString(), id);
    QCOMPARE(first[u"phrase"_s].toString(), phrase);
    QVERIFY(!first[u"linkedAt"_s].toString().isEmpty());
    QCOMPARE(client.get(u"/v1/bank/devices/list?search=dev-2"_s).data()[u"total"_s].toInt(), 1);
    QCOMPARE(client.get(u"/v1/bank/devices/list?limit=1&page=2&sortOrder=desc"_s)
                 .data()[u"devices"_s][0][u"deviceId"_s].toString(), u"dev-2"_s);
    QCOMPARE(client.get(u"/v1/bank/devices/list?sortOrder=sideways"_s).status, 400);

    const QString unlink = u"/v1/bank/customer/device/unlink"_s;
    QCOMPARE(client.post(unlink, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 200);
    QCOMPARE(client.post(unlink, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 404);
    QCOMPARE(client.post(unlink, {{u"customerId"_s, id}, {u"phrase"_s, otherPhrase}, {u"deviceId"_s, u"dev-2"_s}}).status, 400);
    QCOMPARE(server.stats()[u"devices"_s].toInt(), 2);
    QCOMPARE(client.post(link, {{u"customerId"_s, id}, {u"phrase"_s, phrase}, {u"deviceId"_s, u"dev-1"_s}}).status, 200);
}

void tst_Sandbox_Merchants::merchantBatchAndDuplicates()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl(), providerKey);
    QJsonObject sameEmail = merchant(9);
    sameEmail[u"email"_s] = u"SHOP1@example.com"_s;
    QJsonObject badUrl = merchant(3);
    badUrl[u"website"_s] = u"not a url"_s;
    const Response r = client.post(u"/v1/provider/merchants"_s,
                                   merchants({merchant(1), merchant(2), sameEmail, badUrl}));
    QCOMPARE(r.status, 201);
    const QJsonObject data = r.data();
    QCOMPARE(data[u"status"_s].toString(), u"partial"_s);
    QCOMPARE(data[u"summary"_s][u"total"_s].toInt(), 4);
    QCOMPARE(data[u"summary"_s][u"successful"_s].toInt(), 2);
    QCOMPARE(data[u"summary"_s][u"duplicates"_s].toInt(), 1);
    QCOMPARE(data[u"summary"_s][u"invalidData"_s].toInt(), 1);
    QCOMPARE(data[u"summary"_s][u"failed"_s].toInt(), 2);
    QCOMPARE(data[u"data"_s][u"merchantIds"_s].toArray().size(), 2);
    QCOMPARE(data[u"data"_s][u"createdCount"_s].toInt(), 2);
    const QJsonArray results = data[u"results"_s].toArray();
    QCOMPARE(results[2][u"outcome"_s].toString(), u"duplicate"_s);
    QCOMPARE(results[2][u"id"_s], results[0][u"id"_s]);
    QCOMPARE(results[3][u"field"_s].toString(), u"website"_s);
    QCOMPARE(results[3][u"rule"_s].toString(), u"format.url"_s);

    QCOMPARE(client.send("POST", u"/v1/provider/merchants"_s, "{\"merchants\": []}").status, 422);
    QCOMPARE(client.send("POST", u"/v1/provider/merchants"_s, "{\"customers\": [{}]}").status, 422);
    QCOMPARE(client.send("POST", u"/v1/provider/merchants"_s, "{\"merchants\": [{\"name\": 1}]}").status, 400);
    QCOMPARE(client.send("POST", u"/v1/provider/merchants"_s, "{\"merchants\": [").status, 400);
    // Over the maximum batch (default 1000): 413, nothing created.
    QJsonArray tooMany;
    for (int i = 100; i < 1101; ++i)
        tooMany.append(merchant(i));
    const Response over = client.post(u"/v1/provider/merchants"_s, merchants(tooMany));
    QCOMPARE(over.status, 413);
    QVERIFY(over.isErrorEnvelope());
    QCOMPARE(server.stats()[u"merchants"_s].toInt(), 2);
}

void tst_Sandbox_Merchants::strictMerchants()
{
    SandboxOptions options = noLimits();
    options.strictMerchants = true;
    options.asyncThreshold = 3;
    SandboxServer server(options);
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl(), providerKey);
    QJsonObject complete = merchant(2);
    complete[u"phone"_s] = u"+2348031234567"_s;
    complete[u"address"_s] = u"1 Broad Street, Lagos"_s;
    complete[u"website"_s] = u"https://shop2.example.com"_s;
    const Response r = client.post(u"/v1/provider/merchants"_s, merchants({merchant(1), complete}));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data()[u"results"_s][0][u"outcome"_s].toString(), u"invalid"_s);
    QCOMPARE(r.data()[u"results"_s][0][u"field"_s].toString(), u"phone"_s);
    QCOMPARE(r.data()[u"results"_s][0][u"rule"_s].toString(), u"required"_s);
    QCOMPARE(r.data()[u"results"_s][1][u"outcome"_s].toString(), u"created"_s);

    // Merchant batches above the threshold are polled too.
    const Response accepted = client.post(u"/v1/provider/merchants"_s,
                                          merchants({merchant(3), merchant(4), merchant(5), merchant(6)}));
    QCOMPARE(accepted.status, 202);
    const QString path = u"/v1/provider/merchants/batches/"_s + accepted.data()[u"batchId"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(client.get(path).data()[u"status"_s].toString(), u"failed"_s, 5000);
    QCOMPARE(client.get(path).data()[u"summary"_s][u"invalidData"_s].toInt(), 4);
}

void tst_Sandbox_Merchants::getListPatchMerchant()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl(), providerKey);
    QJsonArray records;
    for (int i = 1; i <= 5; ++i)
        records.append(merchant(i));
    const QJsonArray ids = client.post(u"/v1/provider/merchants"_s, merchants(records))
                               .data()[u"data"_s][u"merchantIds"_s].toArray();
    QCOMPARE(ids.size(), 5);
    const QString id = ids[0].toString();

    const Response got = client.get(u"/v1/provider/merchant?entityId="_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.data()[u"name"_s].toString(), u"Shop 1"_s);
    QCOMPARE(got.data()[u"trusted"_s].toBool(true), false);
    QCOMPARE(got.data()[u"trustLevel"_s].toString(), u"basic"_s);
    QCOMPARE(got.data()[u"deviceLookupEnabled"_s].toBool(true), false);
    QCOMPARE(client.get(u"/v1/provider/merchant?entityId=mer_nope"_s).status, 404);
    QCOMPARE(client.get(u"/v1/provider/merchant"_s).status, 400);

    const Response all = client.get(u"/v1/provider/merchants?limit=2&offset=1"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.data()[u"total"_s].toInt(), 5);
    QCOMPARE(all.data()[u"merchants"_s].toArray().size(), 2);
    QCOMPARE(all.data()[u"merchants"_s][0][u"id"_s], ids[1]);
    const Response some = client.get(u"/v1/provider/merchants?ids=%1,%2&ids=%3"_s.arg(
        ids[0].toString(), ids[2].toString(), ids[4].toString()));
    QCOMPARE(some.data()[u"total"_s].toInt(), 3);
    QCOMPARE(client.get(u"/v1/provider/merchants?emails=shop4%40example.com"_s).data()[u"merchants"_s][0][u"id"_s], ids[3]);
    QCOMPARE(client.get(u"/v1/provider/merchants?trusted=true"_s).data()[u"total"_s].toInt(), 0);
    QCOMPARE(client.get(u"/v1/provider/merchants?trusted=maybe"_s).status, 400);

    const Response patched = client.patch(u"/v1/provider/merchant"_s,
                                          {{u"entityId"_s, id}, {u"description"_s, u"Bakery"_s}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.data()[u"description"_s].toString(), u"Bakery"_s);
    QCOMPARE(client.patch(u"/v1/provider/merchant"_s, {{u"entityId"_s, id}, {u"email"_s, u"shop2@example.com"_s}}).status, 409);
    QCOMPARE(client.patch(u"/v1/provider/merchant"_s, {{u"entityId"_s, id}, {u"website"_s, u"nope"_s}}).status, 400);
    QCOMPARE(client.patch(u"/v1/provider/merchant"_s, {{u"entityId"_s, u"mer_x"_s}, {u"name"_s, u"x"_s}}).status, 404);
}

void tst_Sandbox_Merchants::trust()
{
    SandboxServer server(noLimits());
    QVERIFY(server.start().hasValue());
    Client client(server.baseUrl(), providerKey);
    const QString id = client.post(u"/v1/provider/merchants"_s, merchants({merchant(1)}))
                           .data()[u"data"_s][u"merchantIds"_s][0].toString();
    const QString trustPath = u"/v1/provider/merchant/trust"_s;

    Response r = client.get(trustPath + u"?entityId="_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()[u"entityId"_s].toString(), id);
    QCOMPARE(r.data()[u"trusted"_s].toBool(true), false);
    QCOMPARE(r.data()[u"trustLevel"_s].toString(), u"basic"_s);
    QCOMPARE(r.data()[u"deviceLookupEnabled"_s].toBool(true), false);
    QVERIFY(r.data()[u"lastVerified"_s].isNull());

    const auto permission = [&] {
        return client.get(trustPath + u"/device-permission?entityId="_s + id).object();
    };
    QCOMPARE(permission()[u"allowed"_s].toBool(true), false);
    QCOMPARE(permission()[u"statusCode"_s].toInt(), 200);
    QVERIFY(!permission()[u"reason"_s].toString().isEmpty());
    QVERIFY(permission().contains(u"trustStatus"_s));

    const QString validate = trustPath + u"/validate"_s;
    QCOMPARE(client.post(validate, {{u"entityId"_s, id}, {u"requiredTrustLevel"_s, u"basic"_s}}).data()[u"valid"_s].toBool(true), false);

    r = client.patch(trustPath, {{u"entityId"_s, id}, {u"trusted"_s, true}, {u"trustLevel"_s, u"basic"_s},
                                 {u"deviceLookupEnabled"_s, true}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), (QJsonObject{{u"trusted"_s, true}, {u"trustLevel"_s, u"basic"_s}, {u"deviceLookupEnabled"_s, true}}));
    QCOMPARE(permission()[u"allowed"_s].toBool(true), false); // basic is not enough
    QCOMPARE(client.patch(trustPath, {{u"entityId"_s, id}, {u"trustLevel"_s, u"enhanced"_s}}).status, 200);
    QCOMPARE(permission()[u"allowed"_s].toBool(false), true);
    QVERIFY(!client.get(trustPath + u"?entityId="_s + id).data()[u"lastVerified"_s].isNull());

    const QJsonObject v = client.post(validate, {{u"entityId"_s, id}, {u"requiredTrustLevel"_s, u"premium"_s}}).data();
    QCOMPARE(v[u"currentTrustLevel"_s].toString(), u"enhanced"_s);
    QCOMPARE(v[u"valid"_s].toBool(true), false);
    QCOMPARE(client.post(validate, {{u"entityId"_s, id}, {u"requiredTrustLevel"_s, u"enhanced"_s}}).data()[u"valid"_s].toBool(false), true);
    QCOMPARE(client.get(u"/v1/provider/merchants?trusted=true"_s).data()[u"total"_s].toInt(), 1);

    QCOMPARE(client.patch(trustPath, {{u"entityId"_s, id}, {u"trustLevel"_s, u"gold"_s}}).status, 400);
    QCOMPARE(client.patch(trustPath, {{u"entityId"_s, id}, {u"trusted"_s, u"yes"_s}}).status, 400);
    QCOMPARE(client.patch(trustPath, {{u"trusted"_s, true}}).status, 400);
    QCOMPARE(client.patch(trustPath, {{u"entityId"_s, u"mer_x"_s}, {u"trusted"_s, true}}).status, 404);
    QCOMPARE(client.post(validate, {{u"entityId"_s, id}, {u"requiredTrustLevel"_s, u"gold"_s}}).status, 400);
    QCOMPARE(client.get(trustPath + u"/device-permission?entityId=mer_x"_s).status, 404);
}

QTEST_GUILESS_MAIN(tst_Sandbox_Merchants)
#include "tst_sandbox_merchants.moc"
