// The verify phase (issue 7): every migrated record is compared with the server's copy
// (customers: accountName, country, gender; merchants: name, email and trust); a mismatch
// planted on the server between create and verify ends Mismatch with its differences, counts in
// the post-migration error rate and is in the failure list. A merchant's trust is compared with
// what the trust step last set (or a new merchant's), also when verified again after the trust
// step. Against the in-process sandbox over loopback, with and without --docs-only.
#include "sandboxtestclient.h"

#include "api/apiclient.h"
#include "journal/journal.h"
#include "metrics/metricscalculator.h"
#include "migration/failurelist.h"
#include "migration/runner.h"
#include "migration/trustapplier.h"
#include "migration/verification.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_Verification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void differences_data();
    void differences();
    void plantedMismatch_data();
    void plantedMismatch();
    void merchantsCompareNameAndEmail_data();
    void merchantsCompareNameAndEmail();
    void trustDifferences_data();
    void trustDifferences();
    void journalKeepsTrustSetOnServer();
    void trustChangedBehindTheConsole_data();
    void trustChangedBehindTheConsole();
    void trustCallsArePaced();
};

void tst_Verification::differences_data()
{
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<QJsonObject>("server");
    QTest::addColumn<QString>("reason");
    QByteArrayList v(CustomerField::Count);
    v[CustomerField::AccountName] = " Ada L ";
    v[CustomerField::Country] = "ng";
    v[CustomerField::Gender] = "Female";
    QTest::newRow("same as sent") << v << QJsonObject{{u"accountName"_s, u"Ada L"_s}, {u"country"_s, u"NG"_s}, {u"gender"_s, u"female"_s}} << QString();
    QTest::newRow("not returned is not compared") << v << QJsonObject{{u"id"_s, u"x"_s}} << QString();
    QTest::newRow("two differ") << v << QJsonObject{{u"accountName"_s, u"Ada Lovelace"_s}, {u"country"_s, u"GH"_s}, {u"gender"_s, u"female"_s}}
                                << u"accountName: sent 'Ada L', server 'Ada Lovelace'; country: sent 'NG', server 'GH'"_s;
    QByteArrayList noGender = v;
    noGender[CustomerField::Gender] = "";
    QTest::newRow("empty equals null") << noGender << QJsonObject{{u"accountName"_s, u"Ada L"_s}, {u"gender"_s, QJsonValue::Null}} << QString();
    QTest::newRow("empty differs from a value") << noGender << QJsonObject{{u"gender"_s, u"male"_s}}
                                                << u"gender: sent '', server 'male'"_s;
}

void tst_Verification::differences()
{
    QFETCH(QByteArrayList, values);
    QFETCH(QJsonObject, server);
    QFETCH(QString, reason);
    QCOMPARE(Verification::reason(Verification::differences(RecordKind::Customers, values, server)),
             reason);
}

namespace {

ImportedRecord customer(qint64 i)
{
    ImportedRecord record;
    record.line = i + 2;
    QByteArrayList v(CustomerField::Count);
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "VCR" + n;
    v[CustomerField::Firstname] = "Ada";
    v[CustomerField::Lastname] = "Lovelace";
    v[CustomerField::AccountName] = "Ada Lovelace " + n;
    v[CustomerField::Email] = "verify" + n + "@example.com";
    v[CustomerField::Country] = "ng";
    v[CustomerField::AccountNumber] = QByteArray::number(2000000000 + i);
    v[CustomerField::Reference] = "VREF" + n;
    v[CustomerField::Gender] = i % 2 ? "Female" : "";
    record.values = v;
    return record;
}

// Runs the migration in `journal` up to `last` (or verifies it again); the state it ended in.
RunnerState runUpTo(Journal &journal, ApiClient &client, Phase last, bool verifyAgain = false)
{
    RunnerOptions options;
    options.batchSize = 10;
    options.lastPhase = last;
    options.verifyAgain = verifyAgain;
    options.verifyPageSize = 7; // several pages of the list call
    Runner runner(journal, client, options);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (runner.state() == RunnerState::Running)
        finished.wait(60000);
    return runner.state();
}

} // namespace

void tst_Verification::plantedMismatch_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::newRow("conventions") << false;
    QTest::newRow("docs-only") << true;
}

void tst_Verification::plantedMismatch()
{
    QFETCH(bool, docsOnly);
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    sandboxOptions.docsOnly = docsOnly;
    Sandbox::SandboxServer server(sandboxOptions);
    QVERIFY(server.start().hasValue());
    QTemporaryDir dir;
    auto opened = Journal::open(dir.filePath(u"v.peere"_s), Journal::OpenMode::Create);
    QVERIFY(opened.hasValue());
    Journal &journal = **opened;
    constexpr int count = 30;
    QVERIFY(journal.importRecords(RecordKind::Customers, count, customer));
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = server.baseUrl();
    clientOptions.apiKey = SandboxTest::bankKey;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = clientOptions.statusPerMinute = 0;
    auto created = ApiClient::create(clientOptions);
    QVERIFY(created.hasValue());
    std::unique_ptr<ApiClient> client(*created);

    QCOMPARE(runUpTo(journal, *client, Phase::Complete), RunnerState::Finished);
    QCOMPARE(journal.counts()->migrated, count);

    // Planted between create and verify, through the API: one customer renamed and moved,
    // another one's gender set. The server's ids are learnt by e-mail (docs-only has no others).
    SandboxTest::Client api(server.baseUrl());
    const auto idOf = [&](int i) {
        return api.get(u"/v1/bank/customer?email=verify%1@example.com"_s.arg(i)).data()
            .value(u"id"_s).toString();
    };
    QCOMPARE(api.patch(u"/v1/bank/customer"_s, {{u"id"_s, idOf(4)},
                                                {u"accountName"_s, u"Ada Byron"_s},
                                                {u"country"_s, u"GH"_s}}).status, 200);
    QCOMPARE(api.patch(u"/v1/bank/customer"_s, {{u"id"_s, idOf(8)}, {u"gender"_s, u"male"_s}})
                 .status, 200);
    // And one record edited in the journal after it was sent: its current value is compared.
    QVERIFY(journal.editRecord(13, CustomerField::AccountName, "Ada Lovelace-King", u"test"_s));

    QCOMPARE(runUpTo(journal, *client, Phase::Verify), RunnerState::Finished);
    const JournalCounts counts = *journal.counts();
    QCOMPARE(counts.verified, count - 3);
    QCOMPARE(counts.mismatch, 3);
    QCOMPARE(journal.record(5)->state, RecordState::Mismatch); // customer 4 is row 5
    QCOMPARE(journal.record(5)->reason,
             u"accountName: sent 'Ada Lovelace 4', server 'Ada Byron'; "
             "country: sent 'NG', server 'GH'"_s);
    QCOMPARE(journal.record(9)->reason, u"gender: sent '', server 'male'"_s);
    QCOMPARE(journal.record(13)->reason,
             u"accountName: sent 'Ada Lovelace-King', server 'Ada Lovelace 12'"_s);
    QCOMPARE(journal.phaseStatus(Phase::Verify), PhaseStatus::Done);

    // The post-migration error rate counts them: 3 of 30 checked.
    const Result<MetricsSnapshot> metrics = MetricsCalculator::compute(journal);
    QVERIFY(metrics.hasValue());
    const KpiValue &errors = metrics->kpis[int(Kpi::PostMigrationErrors)];
    QVERIFY(errors.measured);
    QCOMPARE(errors.value, 10.0);

    // And the failure list holds them with their differences.
    const QString list = dir.filePath(u"failures.json"_s);
    const Result<FailureList::Summary> written = FailureList::write(journal, list);
    QVERIFY(written.hasValue());
    QCOMPARE(written->mismatch, 3);
    QCOMPARE(written->total(), 3);
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).object()
                                   .value(u"records"_s).toArray();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).toObject().value(u"state"_s).toString(), u"mismatch"_s);
    QVERIFY(records.at(0).toObject().value(u"reason"_s).toString().contains(u"Ada Byron"_s));
}

namespace {

VoidResult importMerchants(Journal &journal, int count)
{
    return journal.importRecords(RecordKind::Merchants, count, [](qint64 i) {
        ImportedRecord record;
        record.line = i + 2;
        record.values.resize(MerchantField::Count);
        const QByteArray n = QByteArray::number(i);
        record.values[MerchantField::Name] = "Shop " + n;
        record.values[MerchantField::Email] = "Shop" + n + "@Example.com";
        record.values[MerchantField::Phone] = "+2348012345678";
        record.values[MerchantField::Address] = "1 Market Road";
        record.values[MerchantField::Website] = "https://shop" + n + ".example.com";
        return record;
    });
}

// A sandbox over loopback, a journal of `count` merchants in a temporary folder, and a
// provider's client (0 calls a minute: unpaced).
struct Merchants
{
    std::unique_ptr<Sandbox::SandboxServer> server;
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ApiClient> client;

    bool setUp(const Sandbox::SandboxOptions &options, int count, double standardPerMinute = 0)
    {
        server = std::make_unique<Sandbox::SandboxServer>(options);
        auto opened = Journal::open(dir.filePath(u"m.peere"_s), Journal::OpenMode::Create);
        if (!server->start().hasValue() || !opened.hasValue())
            return false;
        journal = std::move(*opened);
        const VoidResult imported = importMerchants(*journal, count);
        ApiClientOptions clientOptions;
        clientOptions.baseUrl = server->baseUrl();
        clientOptions.apiKey = SandboxTest::providerKey;
        clientOptions.kind = RecordKind::Merchants;
        clientOptions.batchPerMinute = clientOptions.statusPerMinute = 0;
        clientOptions.standardPerMinute = standardPerMinute;
        client.reset(*ApiClient::create(clientOptions));
        return imported.hasValue();
    }
};

Sandbox::SandboxOptions unlimited(bool docsOnly)
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    options.docsOnly = docsOnly;
    return options;
}

qint64 trustReads(const Sandbox::SandboxServer &server)
{
    const QJsonObject byStatus = server.stats().value(u"requests"_s).toObject()
                                     .value(u"GET /v1/provider/merchant/trust"_s).toObject();
    qint64 total = 0;
    for (const QJsonValue &n : byStatus)
        total += n.toInteger();
    return total;
}

} // namespace

void tst_Verification::merchantsCompareNameAndEmail_data()
{
    plantedMismatch_data();
}

void tst_Verification::merchantsCompareNameAndEmail()
{
    QFETCH(bool, docsOnly);
    Merchants m;
    constexpr int count = 12;
    QVERIFY(m.setUp(unlimited(docsOnly), count));
    Journal &journal = *m.journal;
    QCOMPARE(runUpTo(journal, *m.client, Phase::Complete), RunnerState::Finished);

    // Merchant 5 renamed on the server.
    SandboxTest::Client api(m.server->baseUrl(), SandboxTest::providerKey);
    QString id;
    const QJsonArray merchants = api.get(u"/v1/provider/merchants?limit=100"_s).data()
                                     .value(u"merchants"_s).toArray();
    for (const QJsonValue &merchant : merchants) {
        if (merchant[u"email"_s].toString().compare(u"shop5@example.com"_s, Qt::CaseInsensitive) == 0)
            id = merchant[u"id"_s].toString(merchant[u"entityId"_s].toString());
    }
    QVERIFY(!id.isEmpty());
    const auto patched = api.patch(u"/v1/provider/merchant"_s, {{u"entityId"_s, id}, {u"id"_s, id},
                                                               {u"name"_s, u"Shop Five Ltd"_s}});
    QVERIFY2(patched.status == 200, patched.body.constData());

    QCOMPARE(runUpTo(journal, *m.client, Phase::Verify), RunnerState::Finished);
    QCOMPARE(journal.counts()->verified, count - 1); // e-mail case does not matter
    QCOMPARE(journal.counts()->mismatch, 1);
    QCOMPARE(journal.record(6)->reason, u"name: sent 'Shop 5', server 'Shop Five Ltd'"_s);
}

void tst_Verification::trustDifferences_data()
{
    QTest::addColumn<QJsonObject>("server");
    QTest::addColumn<bool>("known"); // an expected trust (else: a PATCH in flight)
    QTest::addColumn<QString>("reason");
    const QJsonObject same{{u"name"_s, u"Shop"_s}, {u"trusted"_s, true},
                           {u"trustLevel"_s, u"enhanced"_s}, {u"deviceLookupEnabled"_s, true}};
    QTest::newRow("same as set") << same << true << QString();
    QJsonObject upper = same;
    upper[u"trustLevel"_s] = u"Enhanced"_s;
    QTest::newRow("a level's case does not matter") << upper << true << QString();
    QTest::newRow("not returned is not compared") << QJsonObject{{u"name"_s, u"Shop"_s}} << true
                                                  << QString();
    QTest::newRow("null is not compared")
        << QJsonObject{{u"name"_s, u"Shop"_s}, {u"trustLevel"_s, QJsonValue::Null}} << true
        << QString();
    QJsonObject lowered = same;
    lowered[u"trustLevel"_s] = u"basic"_s;
    lowered[u"deviceLookupEnabled"_s] = false;
    QTest::newRow("level and device lookup differ")
        << lowered << true
        << u"trustLevel: sent 'enhanced', server 'basic'; "
           "deviceLookupEnabled: sent 'true', server 'false'"_s;
    QJsonObject untrusted = same;
    untrusted[u"trusted"_s] = false;
    untrusted[u"name"_s] = u"Shop Ltd"_s;
    QTest::newRow("name and trusted differ")
        << untrusted << true
        << u"name: sent 'Shop', server 'Shop Ltd'; trusted: sent 'true', server 'false'"_s;
    QTest::newRow("in flight: trust not compared") << lowered << false << QString();
}

void tst_Verification::trustDifferences()
{
    QFETCH(QJsonObject, server);
    QFETCH(bool, known);
    QFETCH(QString, reason);
    QByteArrayList values(MerchantField::Count);
    values[MerchantField::Name] = "Shop";
    const std::optional<TrustSetting> expected
        = known ? std::optional(TrustSetting{TrustLevel::Enhanced, true, true}) : std::nullopt;
    QCOMPARE(Verification::reason(
                 Verification::differences(RecordKind::Merchants, values, server, expected)),
             reason);
    // A customer has no trust.
    QVERIFY(Verification::differences(RecordKind::Customers, QByteArrayList(CustomerField::Count),
                                      QJsonObject{{u"trustLevel"_s, u"basic"_s}}, expected)
                .isEmpty());
}

void tst_Verification::journalKeepsTrustSetOnServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.peere"_s);
    {
        auto opened = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(opened.hasValue());
        Journal &journal = **opened;
        QVERIFY(importMerchants(journal, 4));
        const TrustSetting premium{TrustLevel::Premium, true, true};
        QList<TrustEntry> entries;
        for (qint64 row = 1; row <= 3; ++row)
            entries.append({row, {}, premium, TrustState::Planned, 0, {}, {}});
        QVERIFY(journal.planTrust(entries));
        // Planned only: nothing set yet.
        QVERIFY(journal.trustSetOnServer(1, 4)->isEmpty());
        QVERIFY(journal.setTrustState(1, TrustState::InFlight));
        QVERIFY(journal.setTrustState(1, TrustState::Applied));
        QVERIFY(journal.setTrustState(1, TrustState::Validated));
        QVERIFY(journal.setTrustState(2, TrustState::InFlight));
        QVERIFY(journal.setTrustState(3, TrustState::InFlight));
        QVERIFY(journal.setTrustState(3, TrustState::Failed, u"HTTP 400"_s)); // refused: not set
        auto set = journal.trustSetOnServer(1, 4);
        QVERIFY(set.hasValue());
        QCOMPARE(set->size(), 2);
        QCOMPARE(set->value(1), std::optional(premium));
        QVERIFY(set->contains(2) && !set->value(2)); // in flight: not known
        QVERIFY(!set->contains(3));
        QCOMPARE(journal.trustSetOnServer(2, 4)->size(), 1); // the range asked for only

        // Planned again with another setting: the server still holds the one set before.
        entries = {{1, {}, TrustSetting{TrustLevel::Basic, false, false}, TrustState::Planned, 0,
                    {}, {}}};
        QVERIFY(journal.planTrust(entries));
        QCOMPARE(journal.trustEntry(1)->state, TrustState::Planned);
        QCOMPARE(journal.trustSetOnServer(1, 1)->value(1), std::optional(premium));

        // A journal of the step before: its applied or validated entries set what they hold.
        QSqlQuery query(journal.database());
        for (const QString &column : {u"set_level"_s, u"set_trusted"_s, u"set_device_lookup"_s})
            QVERIFY(query.exec(u"ALTER TABLE trust DROP COLUMN "_s + column));
        QVERIFY(query.exec(u"PRAGMA user_version=%1"_s.arg(Journal::currentSchemaVersion() - 1)));
    }
    auto reopened = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY2(reopened.hasValue(), qPrintable(reopened.error()));
    const auto set = (*reopened)->trustSetOnServer(1, 4);
    QVERIFY(set.hasValue());
    QCOMPARE(set->size(), 1); // row 1 is planned now, row 2 in flight, row 3 failed
    QVERIFY(set->contains(2) && !set->value(2));
}

void tst_Verification::trustChangedBehindTheConsole_data()
{
    plantedMismatch_data();
}

void tst_Verification::trustChangedBehindTheConsole()
{
    QFETCH(bool, docsOnly);
    Merchants m;
    constexpr int count = 12;
    QVERIFY(m.setUp(unlimited(docsOnly), count));
    Journal &journal = *m.journal;
    ApiClient &client = *m.client;
    const Sandbox::SandboxServer &server = *m.server;

    // Before the trust step nothing was sent of trust, so nothing is compared or read (a new
    // merchant's trust is only our sandbox's convention; the real API's may differ).
    QCOMPARE(runUpTo(journal, client, Phase::Verify), RunnerState::Finished);
    QCOMPARE(journal.counts()->verified, count);
    QCOMPARE(trustReads(server), 0);

    // The trust step: rows 1-4 premium, 5-8 enhanced, 9-11 basic but trusted; 12 left alone.
    QList<TrustEntry> entries;
    for (qint64 row = 1; row <= 11; ++row) {
        const TrustSetting setting = row <= 4   ? TrustSetting{TrustLevel::Premium, true, true}
                                     : row <= 8 ? TrustSetting{TrustLevel::Enhanced, true, true}
                                                : TrustSetting{TrustLevel::Basic, true, false};
        entries.append({row, {}, setting, TrustState::Planned, 0, {}, {}});
    }
    QVERIFY(journal.planTrust(entries));
    TrustApplier applier(journal, client);
    QSignalSpy applied(&applier, &TrustApplier::finished);
    QVERIFY(applier.start());
    QVERIFY(applied.wait(30000));
    QCOMPARE(journal.trustCounts()->state(TrustState::Validated), 11);

    // Behind the console's back: row 3 lowered to basic, row 6's device lookup turned off,
    // row 12 trusted (the console never set its trust: not compared); row 2's trust changed
    // while the journal says a PATCH is in flight (the server may hold either setting: not
    // compared).
    SandboxTest::Client api(server.baseUrl(), SandboxTest::providerKey);
    const auto patchTrust = [&](qint64 row, const QJsonObject &fields) {
        QJsonObject body = fields;
        body.insert(u"entityId"_s, journal.record(row)->serverId);
        return api.patch(u"/v1/provider/merchant/trust"_s, body).status;
    };
    QCOMPARE(patchTrust(3, {{u"trustLevel"_s, u"basic"_s}}), 200);
    QCOMPARE(patchTrust(6, {{u"deviceLookupEnabled"_s, false}}), 200);
    QCOMPARE(patchTrust(12, {{u"trusted"_s, true}}), 200);
    QCOMPARE(patchTrust(2, {{u"trustLevel"_s, u"enhanced"_s}}), 200);
    QVERIFY(journal.setTrustState(2, TrustState::InFlight));

    // Verified again after the trust step: the two differ, the others hold what was set.
    const qint64 readsBefore = trustReads(server);
    QCOMPARE(runUpTo(journal, client, Phase::Verify, true), RunnerState::Finished);
    const JournalCounts counts = *journal.counts();
    QCOMPARE(counts.verified, count - 2);
    QCOMPARE(counts.mismatch, 2);
    QCOMPARE(journal.record(3)->state, RecordState::Mismatch);
    QCOMPARE(journal.record(3)->reason, u"trustLevel: sent 'premium', server 'basic'"_s);
    QCOMPARE(journal.record(6)->reason, u"deviceLookupEnabled: sent 'true', server 'false'"_s);
    QCOMPARE(journal.record(12)->state, RecordState::Verified);
    QCOMPARE(journal.record(2)->state, RecordState::Verified);
    QCOMPARE(journal.record(9)->state, RecordState::Verified);
    QCOMPARE(journal.phaseStatus(Phase::Verify), PhaseStatus::Done);
    // Rows 2 and 12's trust is not read: it would not be compared.
    QCOMPARE(trustReads(server) - readsBefore, docsOnly ? count - 2 : 0);

    // Failure triage has them, as any mismatch.
    const QString list = m.dir.filePath(u"failures.json"_s);
    const Result<FailureList::Summary> written = FailureList::write(journal, list);
    QVERIFY(written.hasValue());
    QCOMPARE(written->mismatch, 2);
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("trustLevel: sent 'premium', server 'basic'"));

    // Put right on the server, verified again: every merchant verifies.
    QCOMPARE(patchTrust(3, {{u"trustLevel"_s, u"premium"_s}}), 200);
    QCOMPARE(patchTrust(6, {{u"deviceLookupEnabled"_s, true}}), 200);
    QCOMPARE(patchTrust(12, {{u"trusted"_s, false}}), 200);
    QCOMPARE(runUpTo(journal, client, Phase::Verify, true), RunnerState::Finished);
    QCOMPARE(journal.counts()->verified, count);
    QCOMPARE(journal.counts()->mismatch, 0);
}

void tst_Verification::trustCallsArePaced()
{
    // The trust calls of the verify phase are standard calls: at the documented 100 a minute
    // the sandbox (at its documented limits) never throttles them.
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.docsOnly = true;
    sandboxOptions.batchRate = 0; // the creates are not what is measured
    Merchants m;
    constexpr int count = 20;
    QVERIFY(m.setUp(sandboxOptions, count, 100));
    QCOMPARE(runUpTo(*m.journal, *m.client, Phase::Complete), RunnerState::Finished);
    // As if the trust step had set every merchant to a new merchant's trust.
    QList<TrustEntry> entries;
    for (qint64 row = 1; row <= count; ++row)
        entries.append({row, {}, {TrustLevel::Basic, false, false}, TrustState::Planned, 0, {}, {}});
    QVERIFY(m.journal->planTrust(entries));
    for (qint64 row = 1; row <= count; ++row)
        QVERIFY(m.journal->setTrustState(row, TrustState::Applied));
    QCOMPARE(runUpTo(*m.journal, *m.client, Phase::Verify), RunnerState::Finished);
    QCOMPARE(m.journal->counts()->verified, count);
    QCOMPARE(trustReads(*m.server), count);
    QCOMPARE(m.server->stats().value(u"throttled"_s).toInteger(), 0);
    QCOMPARE(m.client->throttledCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Verification)
#include "tst_verification.moc"
