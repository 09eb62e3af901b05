// Device linking (issue 7): a devices file validated against the journal's customers, then linked
// through peere-migrate link-devices against the in-process sandbox over loopback, with and
// without --docs-only: an unknown customer, a customer not migrated, an empty and a duplicate
// device id, a wrong phrase (400), an already linked device (409 = success); a rerun sends
// nothing again; pause and cancel of the linker.
#include "../support/inprocesscli.h"
#include "../support/testfile.h"
#include "sandboxtestclient.h"

#include "api/apiclient.h"
#include "cli/commands.h"
#include "journal/journal.h"
#include "migration/devicefile.h"
#include "migration/devicelinker.h"
#include "migration/devicemappingtemplate.h"
#include "migration/runner.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_DeviceLinking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void columns();
    void columnsByHandAndTemplates();
    void mapOnTheCommandLine();
    void linkThroughTheCommandLine_data();
    void linkThroughTheCommandLine();
    void pauseResumeAndCancel();
    void badUsage();

private:
    int migrate(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
};

namespace {

constexpr int customerCount = 12;

// Customer i; customer 3 is invalid (never sent).
ImportedRecord customer(qint64 i)
{
    ImportedRecord record;
    record.line = i + 2;
    QByteArrayList v(CustomerField::Count);
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "DCR" + n;
    v[CustomerField::Firstname] = "Grace";
    v[CustomerField::Lastname] = "Hopper";
    v[CustomerField::AccountName] = "Grace Hopper " + n;
    v[CustomerField::Email] = "device" + n + "@example.com";
    v[CustomerField::Country] = "NG";
    v[CustomerField::AccountNumber] = QByteArray::number(3000000000LL + i);
    v[CustomerField::Reference] = "DREF" + n;
    record.values = v;
    record.hasErrors = i == 3;
    if (record.hasErrors)
        record.firstIssue = u"format.email"_s;
    return record;
}

struct Migrated
{
    QTemporaryDir dir;
    std::unique_ptr<Sandbox::SandboxServer> server;
    QString journal;
};

// A sandbox holding the journal's valid customers, migrated and verified by the Runner.
std::unique_ptr<Migrated> migrated(bool docsOnly)
{
    auto m = std::make_unique<Migrated>();
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    options.docsOnly = docsOnly;
    m->server = std::make_unique<Sandbox::SandboxServer>(options);
    if (!m->server->start())
        return nullptr;
    m->journal = m->dir.filePath(u"customers.peere"_s);
    auto journal = Journal::open(m->journal, Journal::OpenMode::Create);
    if (!journal || !(*journal)->importRecords(RecordKind::Customers, customerCount, customer))
        return nullptr;
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = m->server->baseUrl();
    clientOptions.apiKey = SandboxTest::bankKey;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = 0;
    clientOptions.statusPerMinute = 0;
    std::unique_ptr<ApiClient> client(*ApiClient::create(clientOptions));
    Runner runner(**journal, *client, {});
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (!finished.wait(60000) || runner.state() != RunnerState::Finished)
        return nullptr;
    return m;
}

int linkCalls(SandboxTest::Client &api, const QString &status)
{
    return api.stats().object().value(u"requests"_s).toObject()
        .value(u"POST /v1/bank/customer/device/link"_s).toObject().value(status).toInt();
}

// Every device the sandbox holds, as "customerId/deviceId", with repeats.
QStringList serverDevices(SandboxTest::Client &api)
{
    QStringList all;
    for (int page = 1;; ++page) {
        const QJsonObject data
            = api.get(u"/v1/bank/devices/list?page=%1&limit=100"_s.arg(page)).data();
        const QJsonArray devices = data.value(u"devices"_s).toArray();
        for (const QJsonValue &value : devices)
            all.append(value[u"customerId"_s].toString() + u'/' + value[u"deviceId"_s].toString());
        if (devices.isEmpty() || page * 100 >= data.value(u"total"_s).toInt())
            break;
    }
    return all;
}

} // namespace

int tst_DeviceLinking::migrate(const QStringList &arguments, QString *out, QString *err)
{
    return runPeereMigrate(arguments, out, err);
}

void tst_DeviceLinking::columns()
{
    const DeviceFile::Columns c = DeviceFile::mapColumns(
        {u"Client Ref"_s, u"E-mail"_s, u"Device ID"_s, u"notes"_s, u"device_2"_s, u"Phrase"_s});
    QCOMPARE(c.clientRef, 0);
    QCOMPARE(c.email, 1);
    QCOMPARE(c.devices, (QList<int>{2, 4}));
    QCOMPARE(c.phrase, 5);
    QCOMPARE(c.reference, -1);
    QVERIFY(!DeviceFile::mapColumns({u"deviceId"_s}).hasCustomer());
}

void tst_DeviceLinking::columnsByHandAndTemplates()
{
    using F = DeviceFile::Field;
    DeviceFile::Columns c;
    QCOMPARE(DeviceFile::missingColumns(c).contains(u"none holds device ids"_s), true);
    c.setField(2, F::Device);
    c.setField(0, F::Device);
    c.setField(1, F::Email);
    QCOMPARE(c.devices, (QList<int>{0, 2}));
    QCOMPARE(c.field(1), int(F::Email));
    QCOMPARE(c.field(3), -1);
    QVERIFY(DeviceFile::missingColumns(c).isEmpty());
    c.setField(0, F::Email); // e-mail moves: column 1 loses it, column 0 is no device any more
    QCOMPARE(c.email, 0);
    QCOMPARE(c.field(1), -1);
    QCOMPARE(c.devices, (QList<int>{2}));
    c.setField(2, -1);
    QVERIFY(DeviceFile::missingColumns(c).contains(u"No column holds device ids"_s));
    QCOMPARE(DeviceFile::fieldIndex(u"CLIENTREF"), int(F::ClientRef));
    QCOMPARE(DeviceFile::fieldIndex(u"colour"), -1);

    // A template keeps the headers, and finds them again in another order, another spelling.
    DeviceFile::Columns chosen;
    chosen.setField(0, F::Reference);
    chosen.setField(1, F::Device);
    chosen.setField(3, F::Device);
    const DeviceMappingTemplate kept = DeviceMappingTemplate::fromColumns(
        chosen, {u"Acct Ref"_s, u"Handset A"_s, u"Notes"_s, u"Handset B"_s});
    const Result<DeviceMappingTemplate> back = DeviceMappingTemplate::fromJson(kept.toJson());
    QVERIFY2(back.hasValue(), qPrintable(back.error()));
    // The file also has a deviceId column, which the template's device columns replace, and a
    // clientRef that it leaves unmapped.
    const DeviceFile::Columns applied
        = back->apply({u"handset b"_s, u"clientRef"_s, u"deviceId"_s, u"ACCT-REF"_s,
                       u"Handset A"_s});
    QCOMPARE(applied.reference, 3);
    QCOMPARE(applied.devices, (QList<int>{0, 4}));
    QCOMPARE(applied.clientRef, -1);
    QCOMPARE(back->absentHeaders({u"Handset A"_s}), (QStringList{u"Acct Ref"_s, u"Handset B"_s}));
    // A template of another kind is refused.
    QJsonObject customers = kept.toJson();
    customers[u"kind"_s] = u"customers"_s;
    QVERIFY(!DeviceMappingTemplate::fromJson(customers).hasValue());
}

void tst_DeviceLinking::mapOnTheCommandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"map.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal && (*journal)->importRecords(RecordKind::Customers, 4, customer));
        QVERIFY((*journal)->applyOutcomes({{1, RecordState::Migrated, u"created"_s, {}, u"a"_s},
                                           {2, RecordState::Migrated, u"created"_s, {}, u"b"_s}}));
    }
    const QString devices = writeTestFile(dir.filePath(u"handsets.csv"_s),
                                      "Cust No;Handset 1;Handset 2\n"
                                      "DCR0;h-0a;h-0b\n" // two devices
                                      "DCR1;h-1;h-1\n"   // duplicate
                                      "NOPE;h-x;\n"      // unknown customer
                                      "DCR2;h-2;\n");    // not migrated
    const QStringList base = {u"link-devices"_s, u"--journal"_s, path, devices, u"--check"_s,
                              u"--json"_s};
    QString out, err;
    // The header alone names neither a customer nor a device: unusable.
    QCOMPARE(migrate(base, &out, &err), 2);
    QVERIFY2(err.contains(u"No column names the customer"_s), qPrintable(err));
    // Mapped on the command line.
    const QStringList map = {u"--map"_s, u"clientRef=Cust No"_s, u"--map"_s,
                             u"device=Handset 1"_s, u"--map"_s, u"device=handset 2"_s};
    QCOMPARE(migrate(base + map, &out, &err), 1); // problems: invalid rows
    QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY2(!result.isEmpty(), qPrintable(err));
    QCOMPARE(result[u"rows"_s].toInt(), 4);
    QCOMPARE(result[u"devices"_s].toInt(), 5); // the journal holds h-1 of DCR1 once
    QCOMPARE(result[u"invalid"_s].toInt(), 3);
    QCOMPARE(result[u"pending"_s].toInt(), 2); // h-0a, h-0b
    QCOMPARE(result[u"byRule"_s][u"device.unknownCustomer"_s].toInt(), 1);
    QCOMPARE(result[u"byRule"_s][u"device.notMigrated"_s].toInt(), 1);
    QCOMPARE(result[u"byRule"_s][u"duplicate.deviceId"_s].toInt(), 2);
    // Only the first handset: the second column's devices are not read (no duplicate).
    QCOMPARE(migrate(base + map.mid(0, 4), &out, &err), 1);
    result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result[u"byRule"_s][u"duplicate.deviceId"_s].toInt(), 0);
    QCOMPARE(result[u"byRule"_s][u"device.unknownCustomer"_s].toInt(), 1);
    QCOMPARE(result[u"byRule"_s][u"device.notMigrated"_s].toInt(), 1);
    // Bad --map values.
    QCOMPARE(migrate(base + QStringList{u"--map"_s, u"colour=Cust No"_s}, &out, &err), 2);
    QVERIFY(err.contains(u"--map"_s));
    QCOMPARE(migrate(base + QStringList{u"--map"_s, u"device"_s}, &out, &err), 2);
    QCOMPARE(migrate(base + map + QStringList{u"--map"_s, u"device=Handset 9"_s}, &out, &err), 2);
    QVERIFY2(err.contains(u"Handset 9"_s), qPrintable(err));
}

void tst_DeviceLinking::linkThroughTheCommandLine_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::newRow("conventions") << false;
    QTest::newRow("docs-only") << true;
}

void tst_DeviceLinking::linkThroughTheCommandLine()
{
    QFETCH(bool, docsOnly);
    const auto m = migrated(docsOnly);
    QVERIFY(m);
    SandboxTest::Client api(m->server->baseUrl());
    const auto customerOf = [&](int i) {
        return api.get(u"/v1/bank/customer?email=device%1@example.com"_s.arg(i)).data();
    };
    // Device dev-7 is linked already (by the bank's app, say).
    const QJsonObject seven = customerOf(7);
    QCOMPARE(api.post(u"/v1/bank/customer/device/link"_s,
                      {{u"customerId"_s, seven[u"id"_s]}, {u"phrase"_s, seven[u"phrase"_s]},
                       {u"deviceId"_s, u"dev-7"_s}}).status, 200);
    // Customer 6's row gives customer 1's phrase: the server refuses it (400).
    const QString wrongPhrase = customerOf(1)[u"phrase"_s].toString();
    QVERIFY(!wrongPhrase.isEmpty());

    const QString devices = writeTestFile(m->dir.filePath(u"devices.csv"_s),
        "Client Ref,Reference,Email,Device Id,Device Id 2,Phrase\n"
        "DCR0,,,dev-0a,dev-0b,\n"       // rows 1: two devices
        "DCR1,,,dev-1a,,\n"             // 2
        "DCR0,,,dev-0c,,\n"             // 3: a second row for customer 0
        "NOPE,,,dev-x,,\n"              // 4: unknown customer
        "DCR3,,,dev-3,,\n"              // 5: customer 3 was never migrated
        "DCR4,,,,,\n"                   // 6: no device
        "DCR5,,,dev-5,,\n"              // 7: duplicate (with row 8)
        ",DREF5,,dev-5,,\n"             // 8: the same customer by reference
        "DCR6,,,dev-6,," + wrongPhrase.toUtf8() + "\n" // 9: wrong phrase
        "DCR7,,,dev-7,dev-7b,\n"        // 10: dev-7 already linked
        ",,Device8@Example.com,dev-8,,\n" // 11: by e-mail
        ",,,dev-9,,\n");                // 12: no customer
    QVERIFY(!devices.isEmpty());
    qputenv("PEERE_API_KEY", SandboxTest::bankKey.toUtf8());
    const QStringList arguments = {u"link-devices"_s, u"--journal"_s, m->journal, devices,
                                   u"--base-url"_s, m->server->baseUrl().toString(),
                                   u"--standard-rate"_s, u"0"_s, u"--json"_s};
    QString out, err;
    QCOMPARE(migrate(arguments, &out, &err), 1); // invalid rows and a refused link
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY2(!result.isEmpty(), qPrintable(err));
    QCOMPARE(result[u"rows"_s].toInt(), 12);
    QCOMPARE(result[u"devices"_s].toInt(), 14);
    QCOMPARE(result[u"invalid"_s].toInt(), 6);
    QCOMPARE(result[u"linked"_s].toInt(), 7); // 0a 0b 1a 0c 7 7b 8; dev-7 was there already
    QCOMPARE(result[u"alreadyLinked"_s].toInt(), 1);
    QCOMPARE(result[u"failed"_s].toInt(), 1);
    QCOMPARE(result[u"pending"_s].toInt(), 0);
    QCOMPARE(result[u"unknown"_s].toInt(), 0);
    const QJsonObject byRule = result[u"byRule"_s].toObject();
    QCOMPARE(byRule[u"device.unknownCustomer"_s].toInt(), 1);
    QCOMPARE(byRule[u"device.notMigrated"_s].toInt(), 1);
    QCOMPARE(byRule[u"device.empty"_s].toInt(), 1);
    QCOMPARE(byRule[u"duplicate.deviceId"_s].toInt(), 2);
    QCOMPARE(byRule[u"required"_s].toInt(), 1);
    // The failure list: the invalid rows with their rule, the refused link with the server's word.
    const QJsonArray failures = result[u"failures"_s].toArray();
    QCOMPARE(failures.size(), 7);
    QJsonObject refused;
    for (const QJsonValue &value : failures) {
        if (value[u"state"_s].toString() == u"failed"_s)
            refused = value.toObject();
    }
    QCOMPARE(refused[u"row"_s].toInt(), 9);
    QCOMPARE(refused[u"deviceId"_s].toString(), u"dev-6"_s);
    QCOMPARE(refused[u"httpStatus"_s].toInt(), 400);
    QVERIFY(refused[u"message"_s].toString().contains(u"phrase"_s));
    QVERIFY(!out.contains(SandboxTest::bankKey) && !err.contains(SandboxTest::bankKey));

    // On the server: each device once, with its customer.
    QStringList expected;
    const auto idOf = [&](int i) { return customerOf(i)[u"id"_s].toString(); };
    for (const auto &[i, device] : QList<std::pair<int, QString>>{
             {0, u"dev-0a"_s}, {0, u"dev-0b"_s}, {1, u"dev-1a"_s}, {0, u"dev-0c"_s},
             {7, u"dev-7"_s}, {7, u"dev-7b"_s}, {8, u"dev-8"_s}})
        expected.append(idOf(i) + u'/' + device);
    QStringList held = serverDevices(api);
    held.sort();
    expected.sort();
    QCOMPARE(held, expected);
    QCOMPARE(linkCalls(api, u"409"_s), 1);
    const int linkedOnce = linkCalls(api, u"200"_s);
    QCOMPARE(linkedOnce, 6 + 1); // six by the command, one by the test

    // status counts the links; failures writes them for triage.
    QString status;
    QCOMPARE(migrate({u"status"_s, u"--journal"_s, m->journal, u"--json"_s}, &status), 0);
    const QJsonObject linkStatus = QJsonDocument::fromJson(status.toUtf8()).object()
                                       .value(u"devices"_s).toObject();
    QCOMPARE(linkStatus[u"linked"_s].toInt(), 7);
    QCOMPARE(linkStatus[u"failed"_s].toInt(), 1);
    QCOMPARE(linkStatus[u"invalid"_s].toInt(), 6);
    const QString deviceFailures = m->dir.filePath(u"device-failures.csv"_s);
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, m->journal, u"--out"_s,
                      m->dir.filePath(u"failures.csv"_s), u"--devices-out"_s, deviceFailures,
                      u"--json"_s}, &status), 0);
    QCOMPARE(QJsonDocument::fromJson(status.toUtf8()).object()[u"devices"_s].toInt(), 7);
    QFile list(deviceFailures);
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(list.readLine(), QByteArray("\xEF\xBB\xBFrow,line,customer,deviceId,state,rule,"
                                         "httpStatus,message\r\n"));
    const QByteArray rows = list.readAll();
    QCOMPARE(rows.count('\n'), 7);
    QVERIFY(rows.contains("9,10,DCR6,dev-6,failed,,400,"));
    QVERIFY(rows.contains("4,5,NOPE,dev-x,invalid,device.unknownCustomer,,"));

    // A rerun re-checks the invalid rows and sends nothing again.
    QCOMPARE(migrate(arguments, &out, &err), 1);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object()[u"linked"_s].toInt(), 7);
    QCOMPARE(linkCalls(api, u"200"_s), linkedOnce);
    QCOMPARE(linkCalls(api, u"400"_s), 1);
}

void tst_DeviceLinking::pauseResumeAndCancel()
{
    const auto m = migrated(false);
    QVERIFY(m);
    QByteArray text = "clientRef,deviceId\n";
    for (int i = 0; i < customerCount; ++i) {
        if (i == 3)
            continue;
        for (int d = 0; d < 5; ++d)
            text += "DCR" + QByteArray::number(i) + ",p" + QByteArray::number(i * 10 + d) + "\n";
    }
    const QString devices = writeTestFile(m->dir.filePath(u"devices.csv"_s), text);
    auto journal = Journal::open(m->journal, Journal::OpenMode::Existing);
    QVERIFY(journal.hasValue());
    const auto contents = DeviceFile::read(devices, **journal);
    QVERIFY2(contents.hasValue(), qPrintable(contents.error()));
    QCOMPARE(DeviceFile::summarise(*contents).valid, 55);
    QVERIFY((*journal)->importDevices(contents->entries));

    ApiClientOptions clientOptions;
    clientOptions.baseUrl = m->server->baseUrl();
    clientOptions.apiKey = SandboxTest::bankKey;
    {
        clientOptions.standardPerMinute = 120; // 2 a second: slow enough to pause in the middle
        std::unique_ptr<ApiClient> client(*ApiClient::create(clientOptions));
        DeviceLinker linker(**journal, *client);
        QSignalSpy progress(&linker, &DeviceLinker::progressChanged);
        QSignalSpy settled(&linker, &DeviceLinker::settled);
        linker.start();
        QTRY_VERIFY_WITH_TIMEOUT(linker.counts().linked >= 3, 20000);
        linker.pause();
        QCOMPARE(linker.state(), RunnerState::Paused);
        QVERIFY(settled.count() > 0 || settled.wait(20000));
        const qint64 atPause = linker.counts().linked;
        QVERIFY(atPause < 55);
        QTest::qWait(300);
        QCOMPARE(linker.counts().linked, atPause); // nothing moves while paused
        QCOMPARE((*journal)->deviceCounts()->linked, atPause);
        QCOMPARE((*journal)->deviceCounts()->inFlight, 0);
        QSignalSpy finished(&linker, &DeviceLinker::finished);
        linker.resume();
        QTRY_VERIFY_WITH_TIMEOUT(linker.counts().linked >= atPause + 3, 20000);
        linker.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(linker.state(), RunnerState::Cancelled);
        QVERIFY(progress.count() > 0);
    }
    // A new linker picks up what the cancelled one left (unknown fates listed first), and ends
    // with every device linked exactly once.
    clientOptions.standardPerMinute = 0;
    std::unique_ptr<ApiClient> client(*ApiClient::create(clientOptions));
    DeviceLinker again(**journal, *client);
    QSignalSpy finished(&again, &DeviceLinker::finished);
    again.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(again.state(), RunnerState::Finished);
    QCOMPARE(again.counts().linked, 55);
    SandboxTest::Client api(m->server->baseUrl());
    QCOMPARE(serverDevices(api).size(), 55);
    QCOMPARE(linkCalls(api, u"200"_s), 55);
}

void tst_DeviceLinking::badUsage()
{
    const auto m = migrated(false);
    QVERIFY(m);
    qputenv("PEERE_API_KEY", "k");
    const QString noDevice = writeTestFile(m->dir.filePath(u"nodevice.csv"_s), "clientRef,notes\nDCR0,x\n");
    QString err;
    QCOMPARE(migrate({u"link-devices"_s, u"--journal"_s, m->journal, noDevice, u"--base-url"_s,
                      m->server->baseUrl().toString()}, nullptr, &err), 2);
    QVERIFY2(err.contains(u"No column holds device ids"_s), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QCOMPARE(migrate({u"link-devices"_s, noDevice}, nullptr, &err), 2);
    QVERIFY(err.contains(u"--journal"_s));
    QCOMPARE(migrate({u"link-devices"_s, u"--journal"_s, m->dir.filePath(u"none.peere"_s), noDevice},
                     nullptr, &err), 2);
    // --check validates without a key or a server.
    qunsetenv("PEERE_API_KEY");
    const QString file = writeTestFile(m->dir.filePath(u"ok.csv"_s), "clientRef,deviceId\nDCR0,a\nNOPE,b\n");
    QString out;
    QCOMPARE(migrate({u"link-devices"_s, u"--journal"_s, m->journal, file, u"--check"_s, u"--json"_s},
                     &out, &err), 1);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result[u"pending"_s].toInt(), 1);
    QCOMPARE(result[u"invalid"_s].toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_DeviceLinking)
#include "tst_devicelinking.moc"
