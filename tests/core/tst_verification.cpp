// The verify phase (issue 7): every migrated record is compared with the server's copy
// (customers: accountName, country, gender); a mismatch planted on the server between create and
// verify ends Mismatch with its differences, counts in the post-migration error rate and is in
// the failure list. Against the in-process sandbox over loopback, with and without --docs-only.
#include "sandboxtestclient.h"

#include "api/apiclient.h"
#include "journal/journal.h"
#include "metrics/metricscalculator.h"
#include "migration/failurelist.h"
#include "migration/runner.h"
#include "migration/verification.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
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

// Runs the migration in `journal` up to `last`; the state it ended in.
RunnerState runUpTo(Journal &journal, ApiClient &client, Phase last)
{
    RunnerOptions options;
    options.batchSize = 10;
    options.lastPhase = last;
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

void tst_Verification::merchantsCompareNameAndEmail_data()
{
    plantedMismatch_data();
}

void tst_Verification::merchantsCompareNameAndEmail()
{
    QFETCH(bool, docsOnly);
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    sandboxOptions.docsOnly = docsOnly;
    Sandbox::SandboxServer server(sandboxOptions);
    QVERIFY(server.start().hasValue());
    QTemporaryDir dir;
    auto opened = Journal::open(dir.filePath(u"m.peere"_s), Journal::OpenMode::Create);
    QVERIFY(opened.hasValue());
    Journal &journal = **opened;
    constexpr int count = 12;
    QVERIFY(journal.importRecords(RecordKind::Merchants, count, [](qint64 i) {
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
    }));
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = server.baseUrl();
    clientOptions.apiKey = SandboxTest::providerKey;
    clientOptions.kind = RecordKind::Merchants;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = clientOptions.statusPerMinute = 0;
    std::unique_ptr<ApiClient> client(*ApiClient::create(clientOptions));
    QCOMPARE(runUpTo(journal, *client, Phase::Complete), RunnerState::Finished);

    // Merchant 5 renamed on the server.
    SandboxTest::Client api(server.baseUrl(), SandboxTest::providerKey);
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

    QCOMPARE(runUpTo(journal, *client, Phase::Verify), RunnerState::Finished);
    QCOMPARE(journal.counts()->verified, count - 1); // e-mail case does not matter
    QCOMPARE(journal.counts()->mismatch, 1);
    QCOMPARE(journal.record(6)->reason, u"name: sent 'Shop 5', server 'Shop Five Ltd'"_s);
}

QTEST_GUILESS_MAIN(tst_Verification)
#include "tst_verification.moc"
