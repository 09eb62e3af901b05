// peere-migrate run/status/failures: the exit codes and messages of cli.md, in-process.
#include "../support/inprocesscli.h"
#include "cli/commands.h"
#include "journal/journal.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_CliRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void badUsage_data();
    void badUsage();
    void statusOfAMissingJournal();
    void journalInUseIsExitThree();
    void runAgainstTheSandbox();

private:
    int migrate(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    QTemporaryDir m_dir;
};

int tst_CliRun::migrate(const QStringList &arguments, QString *out, QString *err)
{
    return runPeereMigrate(arguments, out, err);
}

static QString writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("clientRef,firstname,lastname,accountName,email,country,accountNumber,reference\n");
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        file.write("C" + n + ",Ada,Lovelace,Ada L," + (i == 4 ? QByteArray("nope") : "a" + n + "@b.com")
                   + ",gb,12345678,R" + n + "\n");
    }
    return path;
}

void tst_CliRun::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    const QString csv = writeCsv(m_dir.filePath(u"c.csv"_s), 10);
    const QString journal = m_dir.filePath(u"u.journal"_s);
    QTest::newRow("no key") << QStringList{u"run"_s, csv, u"--journal"_s, journal, u"--base-url"_s, u"http://127.0.0.1:9"_s}
                            << QString() << u"PEERE_API_KEY"_s;
    QTest::newRow("cleartext") << QStringList{u"run"_s, csv, u"--journal"_s, journal, u"--base-url"_s, u"http://example.com"_s}
                               << u"k"_s << u"clear text"_s;
    QTest::newRow("no file") << QStringList{u"run"_s, m_dir.filePath(u"none.csv"_s), u"--journal"_s, journal, u"--base-url"_s, u"http://127.0.0.1:9"_s}
                             << u"k"_s << u"no such file"_s;
    QTest::newRow("bad phase") << QStringList{u"run"_s, csv, u"--journal"_s, journal, u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--phase"_s, u"later"_s}
                               << u"k"_s << u"--phase"_s;
    QTest::newRow("bad gate") << QStringList{u"run"_s, csv, u"--journal"_s, journal, u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--gate"_s, u"150"_s}
                              << u"k"_s << u"--gate"_s;
    QTest::newRow("no journal option") << QStringList{u"status"_s} << QString() << u"--journal"_s;
    QTest::newRow("failures without out") << QStringList{u"failures"_s, u"--journal"_s, journal} << QString() << u"--out"_s;
}

void tst_CliRun::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(QString, message);
    if (key.isEmpty())
        qunsetenv("PEERE_API_KEY");
    else
        qputenv("PEERE_API_KEY", key.toUtf8());
    QString err;
    QCOMPARE(migrate(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(u"u.journal"_s))); // nothing created on bad usage
}

void tst_CliRun::statusOfAMissingJournal()
{
    QString err;
    QCOMPARE(migrate({u"status"_s, u"--journal"_s, m_dir.filePath(u"missing.journal"_s)}, nullptr, &err), 2);
    QVERIFY(err.contains(u"no migration journal"_s));
}

void tst_CliRun::journalInUseIsExitThree()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"busy.journal"_s);
    auto holder = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(holder.hasValue());
    qputenv("PEERE_API_KEY", "k");
    QString err;
    QCOMPARE(migrate({u"run"_s, writeCsv(dir.filePath(u"c.csv"_s), 5), u"--journal"_s, path,
                      u"--base-url"_s, u"http://127.0.0.1:9"_s}, nullptr, &err), 3);
    QVERIFY2(err.contains(u"in use"_s), qPrintable(err));
}

void tst_CliRun::runAgainstTheSandbox()
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.start().hasValue());
    QTemporaryDir dir;
    const QString csv = writeCsv(dir.filePath(u"c.csv"_s), 40);
    const QString journal = dir.filePath(u"r.journal"_s);
    qputenv("PEERE_API_KEY", "sandbox-bank-key");
    QString out, err;
    const QStringList run = {u"run"_s, csv, u"--journal"_s, journal, u"--base-url"_s,
                             sandbox.baseUrl().toString(), u"--rate"_s, u"0"_s, u"--standard-rate"_s, u"0"_s,
                             u"--batch-size"_s, u"5"_s, u"--json"_s};
    QCOMPARE(migrate(run, &out, &err), 1); // one invalid row
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result.value(u"records"_s).toInt(), 40);
    QCOMPARE(result.value(u"invalid"_s).toInt(), 1);
    QCOMPARE(result.value(u"migrated"_s).toInt(), 39);
    QCOMPARE(result.value(u"successRate"_s).toDouble(), 100.0);
    QCOMPARE(result.value(u"phases"_s).toObject().value(u"verify"_s).toString(), u"done"_s);
    // The targets, as the dashboard and the report compute them: 39 of 39 on the server, 1 row
    // of 40 invalid (2.5%, over the 1% target), nothing missing after verification.
    const QJsonObject kpis = result.value(u"kpis"_s).toObject();
    QCOMPARE(kpis.value(u"successRate"_s)[u"value"_s].toDouble(), 100.0);
    QCOMPARE(kpis.value(u"successRate"_s)[u"status"_s].toString(), u"good"_s);
    QCOMPARE(kpis.value(u"validationErrors"_s)[u"value"_s].toDouble(), 2.5);
    QCOMPARE(kpis.value(u"validationErrors"_s)[u"status"_s].toString(), u"bad"_s);
    QCOMPARE(kpis.value(u"postMigrationErrors"_s)[u"value"_s].toDouble(), 0.0);
    QCOMPARE(kpis.value(u"batchTime"_s)[u"status"_s].toString(), u"good"_s);
    // The dashboard's throughput line: unpaced (--rate 0) against a server whose limit is not
    // known, so no ceiling rather than the documented one; nothing left, so an ETA of 0.
    const QJsonObject throughput = result.value(u"throughput"_s).toObject();
    QVERIFY(throughput.value(u"ceilingPerMinute"_s).isNull());
    QVERIFY(!throughput.value(u"aboveCeiling"_s).toBool());
    QVERIFY(throughput.value(u"recordsPerMinute"_s).toDouble() > 0);
    QCOMPARE(throughput.value(u"etaSeconds"_s).toInteger(), 0);
    QVERIFY(!out.contains(u"sandbox-bank-key"_s) && !err.contains(u"sandbox-bank-key"_s));
    // The key is nowhere in the journal.
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("sandbox-bank-key"));

    // status says the same; a rerun sends nothing again.
    QString status;
    QCOMPARE(migrate({u"status"_s, u"--journal"_s, journal, u"--json"_s}, &status), 0);
    QCOMPARE(QJsonDocument::fromJson(status.toUtf8()).object(), result);
    QCOMPARE(migrate(run, &out, &err), 1);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"batches"_s),
             result.value(u"batches"_s));
}

QTEST_GUILESS_MAIN(tst_CliRun)
#include "tst_clirun.moc"
