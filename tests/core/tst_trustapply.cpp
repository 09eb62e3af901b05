// Merchant trust levels against the sandbox over loopback (also --docs-only): peere-migrate run
// creates the merchants, peere-migrate trust previews, applies (PATCH) and checks (validate);
// a refused merchant reaches the failure list; a killed trust run resumes with nothing lost.
#include "../support/inprocesscli.h"
#include "../support/merchantfixture.h"
#include "sandboxtestclient.h"

#include "cli/commands.h"
#include "journal/journal.h"
#include "sandbox/sandboxserver.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_TrustApply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyAgainstTheSandbox_data();
    void applyAgainstTheSandbox();
    void badUsage_data();
    void badUsage();
    void refusedMerchantIsInTheFailureList();
    void killedTrustRunResumes();

private:
    int migrate(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QJsonObject json(const QStringList &arguments, int expectedCode);
    static qint64 requests(const Sandbox::SandboxServer &sandbox, const QString &route);
    // Creates `rows` merchants (MerchantFixture) on `sandbox` with peere-migrate run.
    bool createMerchants(const Sandbox::SandboxServer &sandbox, const QString &csv,
                         const QString &journal);
    QString m_bin;
};

void tst_TrustApply::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_bin = QStringLiteral(PEERE_BIN_DIR);
    QVERIFY(QFile::exists(m_bin + u"/peere-migrate"_s));
}

int tst_TrustApply::migrate(const QStringList &arguments, QString *out, QString *err)
{
    return runPeereMigrate(arguments, out, err);
}

QJsonObject tst_TrustApply::json(const QStringList &arguments, int expectedCode)
{
    QString out, err;
    const int code = migrate(arguments + QStringList{u"--json"_s}, &out, &err);
    if (code != expectedCode)
        qWarning() << arguments << "exit" << code << err;
    return code == expectedCode ? QJsonDocument::fromJson(out.toUtf8()).object() : QJsonObject();
}

qint64 tst_TrustApply::requests(const Sandbox::SandboxServer &sandbox, const QString &route)
{
    const QJsonObject byStatus = sandbox.stats().value(u"requests"_s).toObject().value(route).toObject();
    qint64 total = 0;
    for (const QJsonValue &n : byStatus)
        total += n.toInteger();
    return total;
}

bool tst_TrustApply::createMerchants(const Sandbox::SandboxServer &sandbox, const QString &csv,
                                     const QString &journal)
{
    qputenv("PEERE_API_KEY", "sandbox-provider-key");
    QString err;
    const int code = migrate({u"run"_s, csv, u"--journal"_s, journal, u"--kind"_s, u"merchants"_s,
                              u"--base-url"_s, sandbox.baseUrl().toString(), u"--rate"_s, u"0"_s,
                              u"--standard-rate"_s, u"0"_s, u"--status-rate"_s, u"0"_s},
                             nullptr, &err);
    if (code != 0)
        qWarning() << "run:" << code << err;
    return code == 0;
}

void tst_TrustApply::applyAgainstTheSandbox_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::newRow("conventions") << false;
    QTest::newRow("docs-only") << true;
}

void tst_TrustApply::applyAgainstTheSandbox()
{
    QFETCH(bool, docsOnly);
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    options.docsOnly = docsOnly;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.start().hasValue());
    QTemporaryDir dir;
    const QString csv = MerchantFixture::writeCsv(dir.filePath(u"merchants.csv"_s), 20);
    const QString journal = dir.filePath(u"m.peere"_s);
    const QString rules = MerchantFixture::writeRules(dir.filePath(u"rules.json"_s));
    QVERIFY(createMerchants(sandbox, csv, journal));

    // The preview: exact counts, nothing sent. Rows 1-20 by i % 3, 17 (empty) and 18 ("n/a")
    // basic: premium 3,6,9,12,15; enhanced 1,4,7,10,13,16,19; basic 2,5,8,11,14,17,18,20.
    const QStringList trust = {u"trust"_s, u"--journal"_s, journal, u"--rules"_s, rules,
                               u"--standard-rate"_s, u"0"_s};
    const QJsonObject preview = json(trust + QStringList{u"--preview"_s}, 0);
    QCOMPARE(preview.value(u"preview"_s).toBool(), true);
    QCOMPARE(preview.value(u"merchants"_s).toInt(), 20);
    const QJsonObject levels = preview.value(u"levels"_s).toObject();
    QCOMPARE(levels.value(u"premium"_s).toInt(), 5);
    QCOMPARE(levels.value(u"enhanced"_s).toInt(), 7);
    QCOMPARE(levels.value(u"basic"_s).toInt(), 8);
    QCOMPARE(preview.value(u"trusted"_s).toInt(), 19);
    QCOMPARE(preview.value(u"deviceLookup"_s).toInt(), 12);
    QCOMPARE(preview.value(u"unreadable"_s).toInt(), 1);
    QCOMPARE(requests(sandbox, u"PATCH /v1/provider/merchant/trust"_s), 0);

    // Apply: every merchant patched once and validated once, base URL from the journal.
    const QJsonObject applied = json(trust, 0);
    QCOMPARE(applied.value(u"preview"_s).toBool(), false);
    QCOMPARE(applied.value(u"validated"_s).toInt(), 20);
    QCOMPARE(applied.value(u"failed"_s).toInt(), 0);
    QCOMPARE(applied.value(u"open"_s).toInt(), 0);
    QCOMPARE(requests(sandbox, u"PATCH /v1/provider/merchant/trust"_s), 20);
    QCOMPARE(requests(sandbox, u"POST /v1/provider/merchant/trust/validate"_s), 20);

    // What the server holds now, merchant by merchant.
    auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    SandboxTest::Client client(sandbox.baseUrl(), SandboxTest::providerKey);
    for (qint64 row : {1, 2, 3, 17, 18}) {
        const Result<JournalRecord> record = (*opened)->record(row);
        QVERIFY(record && !record->serverId.isEmpty());
        const SandboxTest::Response got = client.get(u"/v1/provider/merchant/trust?entityId="_s + record->serverId);
        QCOMPARE(got.status, 200);
        const QJsonObject data = got.data();
        const QString level = row == 1 ? u"enhanced"_s : row == 3 ? u"premium"_s : u"basic"_s;
        QCOMPARE(data.value(u"trustLevel"_s).toString(), level);
        QCOMPARE(data.value(u"trusted"_s).toBool(), row != 3);
        QCOMPARE(data.value(u"deviceLookupEnabled"_s).toBool(), row == 1 || row == 3);
        QCOMPARE((*opened)->trustEntry(row)->state, TrustState::Validated);
        QCOMPARE((*opened)->trustEntry(row)->attempts, 1);
    }
    opened->reset();

    // Again: nothing left to send.
    QCOMPARE(json(trust, 0).value(u"validated"_s).toInt(), 20);
    QCOMPARE(requests(sandbox, u"PATCH /v1/provider/merchant/trust"_s), 20);

    // Verified again after the trust step: the server holds what was set.
    const QStringList verify = {u"verify"_s, u"--journal"_s, journal, u"--standard-rate"_s, u"0"_s};
    QJsonObject verified = json(verify, 0);
    QCOMPARE(verified.value(u"verified"_s).toInt(), 20);
    QCOMPARE(verified.value(u"mismatch"_s).toInt(), 0);
    QCOMPARE(verified.value(u"phases"_s).toObject().value(u"verify"_s).toString(), u"done"_s);

    // Row 1 (enhanced) lowered behind the console's back: a mismatch, in the failure list.
    opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    const QString id = (*opened)->record(1)->serverId;
    opened->reset();
    QCOMPARE(client.patch(u"/v1/provider/merchant/trust"_s,
                          {{u"entityId"_s, id}, {u"trustLevel"_s, u"basic"_s}})
                 .status,
             200);
    verified = json(verify, 1);
    QCOMPARE(verified.value(u"verified"_s).toInt(), 19);
    QCOMPARE(verified.value(u"mismatch"_s).toInt(), 1);
    opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    QCOMPARE((*opened)->record(1)->state, RecordState::Mismatch);
    QCOMPARE((*opened)->record(1)->reason, u"trustLevel: sent 'enhanced', server 'basic'"_s);
    opened->reset();
    const QJsonObject failures = json({u"failures"_s, u"--journal"_s, journal, u"--out"_s,
                                       dir.filePath(u"failures.csv"_s)},
                                      0);
    QCOMPARE(failures.value(u"mismatch"_s).toInt(), 1);
    QFile list(dir.filePath(u"failures.csv"_s));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QVERIFY(list.readAll().contains("trustLevel: sent 'enhanced', server 'basic'"));
}

void tst_TrustApply::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no journal") << QStringList{u"trust"_s} << u"--journal"_s;
    QTest::newRow("no rules file") << QStringList{u"trust"_s, u"--journal"_s, u"x.peere"_s, u"--rules"_s, u"/nonexistent/r.json"_s} << u"--rules"_s;
    QTest::newRow("missing journal") << QStringList{u"trust"_s, u"--journal"_s, u"/nonexistent/x.peere"_s, u"--preview"_s} << u"no migration journal"_s;
    QTest::newRow("bad rate") << QStringList{u"trust"_s, u"--journal"_s, u"x.peere"_s, u"--standard-rate"_s, u"fast"_s} << u"--standard-rate"_s;
    QTest::newRow("verify: no journal") << QStringList{u"verify"_s} << u"--journal"_s;
    QTest::newRow("verify: missing journal") << QStringList{u"verify"_s, u"--journal"_s, u"/nonexistent/x.peere"_s} << u"no migration journal"_s;
    QTest::newRow("verify: bad rate") << QStringList{u"verify"_s, u"--journal"_s, u"x.peere"_s, u"--standard-rate"_s, u"fast"_s} << u"--standard-rate"_s;
    QTest::newRow("verify: a file") << QStringList{u"verify"_s, u"x.csv"_s, u"--journal"_s, u"x.peere"_s} << u"no FILE"_s;
}

void tst_TrustApply::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    qputenv("PEERE_API_KEY", "k");
    QString err;
    QCOMPARE(migrate(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

void tst_TrustApply::refusedMerchantIsInTheFailureList()
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.start().hasValue());
    QTemporaryDir dir;
    const QString csv = MerchantFixture::writeCsv(dir.filePath(u"merchants.csv"_s), 6);
    const QString journal = dir.filePath(u"m.peere"_s);
    QVERIFY(createMerchants(sandbox, csv, journal));
    {
        // As if the merchant had been removed on the server since: its id is unknown there.
        auto opened = Journal::open(journal, Journal::OpenMode::Existing);
        QVERIFY(opened);
        QSqlQuery query((*opened)->database());
        QVERIFY(query.exec(u"UPDATE records SET server_id = 'gone-merchant' WHERE row = 2"_s));
    }
    // No rules: the source's trustLevel column (rows 1-4 premium, 5-6 enhanced); one refused.
    const QJsonObject applied = json({u"trust"_s, u"--journal"_s, journal, u"--standard-rate"_s, u"0"_s}, 1);
    QCOMPARE(applied.value(u"levels"_s).toObject().value(u"premium"_s).toInt(), 4);
    QCOMPARE(applied.value(u"levels"_s).toObject().value(u"enhanced"_s).toInt(), 2);
    QCOMPARE(applied.value(u"validated"_s).toInt(), 5);
    QCOMPARE(applied.value(u"failed"_s).toInt(), 1);

    const QString list = dir.filePath(u"failures.csv"_s);
    const QJsonObject failures = json({u"failures"_s, u"--journal"_s, journal, u"--out"_s, list}, 0);
    QCOMPARE(failures.value(u"trustFailed"_s).toInt(), 1);
    QFile file(list);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, the merchant, the empty end
    QVERIFY2(lines.at(1).startsWith("2,3,trustFailed,HTTP 404"), lines.at(1).constData());
    QVERIFY(lines.at(1).contains(",trust,,Shop 2,"));
}

void tst_TrustApply::killedTrustRunResumes()
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.start().hasValue());
    QTemporaryDir dir;
    const QString csv = MerchantFixture::writeCsv(dir.filePath(u"merchants.csv"_s), 40);
    const QString journal = dir.filePath(u"m.peere"_s);
    const QString rules = MerchantFixture::writeRules(dir.filePath(u"rules.json"_s));
    QVERIFY(createMerchants(sandbox, csv, journal));

    // The real program, paced at 120 standard calls a minute (80 calls: about 35 s), killed
    // after 3 s with SIGKILL: no chance to tidy up.
    QProcess run;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PEERE_API_KEY"_s, u"sandbox-provider-key"_s);
    run.setProcessEnvironment(environment);
    run.start(m_bin + u"/peere-migrate"_s, {u"trust"_s, u"--journal"_s, journal, u"--rules"_s, rules,
                                            u"--standard-rate"_s, u"120"_s});
    QVERIFY(run.waitForStarted());
    QTest::qWait(3000); // the sandbox answers in this thread meanwhile
    QCOMPARE(run.state(), QProcess::Running);
    run.kill();
    QVERIFY(run.waitForFinished());
    const qint64 patchedBefore = requests(sandbox, u"PATCH /v1/provider/merchant/trust"_s);
    qint64 inFlight = 0;
    qint64 validated = 0;
    {
        auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
        QVERIFY(opened);
        const Result<TrustCounts> counts = (*opened)->trustCounts();
        QVERIFY(counts);
        QCOMPARE(counts->total, 40);
        inFlight = counts->state(TrustState::InFlight);
        validated = counts->state(TrustState::Validated);
    }
    qDebug() << "killed with" << validated << "validated," << inFlight << "in flight,"
             << patchedBefore << "PATCHes received";
    QVERIFY(validated > 0 && validated < 40);
    QVERIFY(inFlight > 0);

    // Resume: everything validated; only the in-flight ones were sent a second time (the PATCH
    // sets absolute values, so sending it again is harmless), none of the validated ones.
    const QJsonObject resumed = json({u"trust"_s, u"--journal"_s, journal, u"--rules"_s, rules,
                                      u"--standard-rate"_s, u"0"_s}, 0);
    QCOMPARE(resumed.value(u"validated"_s).toInt(), 40);
    QCOMPARE(resumed.value(u"failed"_s).toInt(), 0);
    const qint64 patched = requests(sandbox, u"PATCH /v1/provider/merchant/trust"_s);
    QVERIFY2(patched <= 40 + inFlight, qPrintable(u"%1 PATCHes"_s.arg(patched)));
    QVERIFY(patched >= 40);
    auto opened = Journal::open(journal, Journal::OpenMode::ReadOnly);
    QVERIFY(opened);
    SandboxTest::Client client(sandbox.baseUrl(), SandboxTest::providerKey);
    for (qint64 row = 1; row <= 40; ++row) {
        const QString id = (*opened)->record(row)->serverId;
        const QJsonObject data = client.get(u"/v1/provider/merchant/trust?entityId="_s + id).data();
        const QString expected = row == 17 || row == 18 ? u"basic"_s
                                 : row % 3 == 0          ? u"premium"_s
                                 : row % 3 == 1          ? u"enhanced"_s
                                                         : u"basic"_s;
        QCOMPARE(data.value(u"trustLevel"_s).toString(), expected);
    }
}

QTEST_GUILESS_MAIN(tst_TrustApply)
#include "tst_trustapply.moc"
