// Device linking survives SIGKILL (issue 7): the real peere-migrate link-devices against a real
// peere-sandbox, killed at random moments several times and restarted until done. Every device
// ends linked exactly once: the server's device list holds each once, the server answered 200 to
// exactly one link call per device and never had to say 409 (a device whose call was cut off is
// found by listing the customer's devices, not sent again). With and without --docs-only.
#include "../support/progresskill.h"
#include "../support/sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_DeviceKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAndRestartedUntilLinked_data();
    void killedAndRestartedUntilLinked();

private:
    QString m_bin;
};

namespace {

constexpr int customerCount = 150;
constexpr int devicesPerCustomer = 3;
const QString bankKey = u"sandbox-bank-key"_s;

} // namespace

void tst_DeviceKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_bin = QStringLiteral(PEERE_BIN_DIR);
    QVERIFY(QFile::exists(m_bin + u"/peere-migrate"_s));
    QVERIFY(QFile::exists(m_bin + u"/peere-sandbox"_s));
}

void tst_DeviceKill::killedAndRestartedUntilLinked_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("conventions") << false << 20261130u;
    QTest::newRow("docs-only") << true << 4242u;
}

void tst_DeviceKill::killedAndRestartedUntilLinked()
{
    QFETCH(bool, docsOnly);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString customers = dir.filePath(u"customers.csv"_s);
    const QString devices = dir.filePath(u"devices.csv"_s);
    {
        QFile c(customers), d(devices);
        QVERIFY(c.open(QIODevice::WriteOnly) && d.open(QIODevice::WriteOnly));
        c.write("clientRef,firstname,lastname,accountName,email,country,accountNumber,reference\n");
        d.write("clientRef,deviceId\n");
        for (int i = 0; i < customerCount; ++i) {
            const QByteArray n = QByteArray::number(i);
            c.write("K" + n + ",Ada,Lovelace,Ada L " + n + ",k" + n + "@example.com,NG,"
                    + QByteArray::number(4000000000LL + i) + ",KR" + n + "\n");
            for (int j = 0; j < devicesPerCustomer; ++j)
                d.write("K" + n + ",phone-" + n + "-" + QByteArray::number(j) + "\n");
        }
    }
    SandboxProcess sandbox;
    QStringList sandboxArguments = {u"--no-limits"_s};
    if (docsOnly)
        sandboxArguments << u"--docs-only"_s;
    QVERIFY2(sandbox.start(sandboxArguments), qPrintable(sandbox.listeningLine()));
    const QUrl base = sandbox.baseUrl();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PEERE_API_KEY"_s, bankKey);
    const QString journal = dir.filePath(u"run.peere"_s);
    {
        QProcess run;
        run.setProcessEnvironment(environment);
        run.start(m_bin + u"/peere-migrate"_s,
                  {u"run"_s, customers, u"--journal"_s, journal, u"--base-url"_s, base.toString(),
                   u"--rate"_s, u"0"_s, u"--standard-rate"_s, u"0"_s, u"--status-rate"_s, u"0"_s,
                   u"--batch-size"_s, u"50"_s});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 0);
    }

    // No --base-url: the journal's run gave it.
    const QStringList linkArguments = {u"link-devices"_s, u"--journal"_s, journal, devices,
                                       u"--standard-rate"_s, u"0"_s, u"--json"_s};
    QRandomGenerator random(seed);
    // The first kill while starting, the others each after 20 to 60 more links (about 260 of
    // the 450 at most, with what is in flight).
    const ProgressKill killer{20, 100, 20, 60, [&sandbox] {
        return sandbox.stats().value(u"devices"_s).toInt();
    }};
    const ProgressKill::Outcome done = killer.restartUntilDone(
        m_bin + u"/peere-migrate"_s, linkArguments, environment, 5, random, {0, 3}, 120000);
    QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
    QCOMPARE(done.kills, 5);
    QCOMPARE(done.exitCode, 0);
    const QByteArray finalOutput = done.output;
    const int total = customerCount * devicesPerCustomer;
    const QJsonObject result = QJsonDocument::fromJson(finalOutput).object();
    QCOMPARE(result[u"linked"_s].toInt(), total);
    QCOMPARE(result[u"failed"_s].toInt(), 0);
    QCOMPARE(result[u"invalid"_s].toInt(), 0);

    // The server: every device once, each linked by exactly one call.
    QHash<QString, int> held;
    for (int page = 1; page <= 10; ++page) {
        const QJsonObject data = sandbox.get(u"/v1/bank/devices/list?limit=1000&page=%1"_s.arg(page),
                                             bankKey).value(u"data"_s).toObject();
        const QJsonArray list = data.value(u"devices"_s).toArray();
        for (const QJsonValue &value : list)
            ++held[value[u"deviceId"_s].toString()];
        if (list.isEmpty() || page * 1000 >= data.value(u"total"_s).toInt())
            break;
    }
    QCOMPARE(held.size(), total);
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        QCOMPARE(it.value(), 1);
    const QJsonObject link = sandbox.stats()
                                 .value(u"requests"_s).toObject()
                                 .value(u"POST /v1/bank/customer/device/link"_s).toObject();
    QCOMPARE(link.value(u"200"_s).toInt(), total);
    QCOMPARE(link.value(u"409"_s).toInt(), 0);
    // And listing was used to learn the fate of cut-off links at least once.
    const QJsonObject listed = sandbox.stats()
                                   .value(u"requests"_s).toObject()
                                   .value(u"GET /v1/bank/devices/list"_s).toObject();
    qInfo("kills: %d, list calls: %d", done.kills, listed.value(u"200"_s).toInt());
}

QTEST_GUILESS_MAIN(tst_DeviceKill)
#include "tst_devicekill.moc"
