// Reliability (issue 5): the real peere-migrate against a real peere-sandbox with 10% failures,
// 5% dropped connections and 5% lost answers, SIGKILLed at random moments several times and
// restarted until done. Every valid record ends on the server exactly once, the journal agrees,
// and the failure list holds exactly the invalid records. The same with --docs-only.
#include "../support/progresskill.h"
#include "../support/sandboxprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_KillResume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAndRestartedUntilDone_data();
    void killedAndRestartedUntilDone();

private:
    QString m_bin;
};

namespace {

constexpr int rowCount = 2000;

// Row i (0-based) is invalid when i % 40 == 7 (bad e-mail) or i % 97 == 11 (no reference).
bool invalidRow(int i)
{
    return i % 40 == 7 || i % 97 == 11;
}

QByteArray csv()
{
    QByteArray text = "Client Ref,First Name,Last Name,Account Name,E-mail,Country,Account Number,"
                      "Reference,Phone,Gender\n";
    for (int i = 0; i < rowCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray email = i % 40 == 7 ? QByteArray("not-an-email") : QByteArray("kill" + n + "@example.com");
        const QByteArray reference = i % 97 == 11 ? QByteArray() : QByteArray("KREF" + n);
        text += "KCR" + n + ",Grace,Hopper,Grace Hopper " + n + "," + email + ",NG,"
                + QByteArray::number(3000000000LL + i) + "," + reference + ",+2348031234567,female\n";
    }
    return text;
}

} // namespace

void tst_KillResume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_bin = QStringLiteral(PEERE_BIN_DIR);
    QVERIFY(QFile::exists(m_bin + u"/peere-migrate"_s));
    QVERIFY(QFile::exists(m_bin + u"/peere-sandbox"_s));
}

void tst_KillResume::killedAndRestartedUntilDone_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("conventions") << false << 20261124u;
    QTest::newRow("docs-only") << true << 777u;
}

void tst_KillResume::killedAndRestartedUntilDone()
{
    QFETCH(bool, docsOnly);
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    const QString input = dir.filePath(u"customers.csv"_s);
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv());
    }
    SandboxProcess sandbox;
    QStringList sandboxArguments = {u"--no-limits"_s, u"--fail-rate"_s,
                                    u"0.1"_s, u"--drop-rate"_s, u"0.05"_s,
                                    u"--lose-response-rate"_s, u"0.05"_s, u"--seed"_s,
                                    QString::number(seed)};
    if (docsOnly)
        sandboxArguments << u"--docs-only"_s;
    QVERIFY2(sandbox.start(sandboxArguments), qPrintable(sandbox.listeningLine()));
    const QUrl base = sandbox.baseUrl();

    const QString journal = dir.filePath(u"run.journal"_s);
    const QStringList runArguments = {u"run"_s, input, u"--journal"_s, journal, u"--base-url"_s,
                                      base.toString(), u"--rate"_s, u"0"_s, u"--standard-rate"_s,
                                      u"0"_s, u"--status-rate"_s, u"0"_s, u"--batch-size"_s,
                                      u"40"_s, u"--concurrency"_s, u"3"_s, u"--timeout"_s, u"5"_s,
                                      u"--json"_s};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PEERE_API_KEY"_s, u"sandbox-bank-key"_s);
    QRandomGenerator random(seed);
    // The first kill while starting (importing or sending the first batches), the others each
    // after 40 to 200 more records (at most about 1,400 of the 1,929 in all, with what is in
    // flight).
    const ProgressKill killer{20, 150, 40, 200, [&sandbox] {
        return sandbox.stats().value(u"customers"_s).toInt();
    }};
    const ProgressKill::Outcome done = killer.restartUntilDone(
        m_bin + u"/peere-migrate"_s, runArguments, environment, 5, random, {0, 1, 3}, 60000);
    QVERIFY2(done.problem.isEmpty(), qPrintable(done.problem));
    QCOMPARE(done.kills, 5);
    QCOMPARE(done.exitCode, 1); // the job ran and found problems: the invalid rows

    int invalid = 0;
    for (int i = 0; i < rowCount; ++i)
        invalid += invalidRow(i) ? 1 : 0;
    const int valid = rowCount - invalid;

    // The server holds every valid record exactly once.
    const QJsonObject stats = sandbox.stats();
    QCOMPARE(stats.value(u"customers"_s).toInt(), valid);
    QVERIFY(stats.value(u"injectedFaults"_s).toInt() > 0);

    // The journal agrees, as the run printed it and as status reads it.
    const QJsonObject printed = QJsonDocument::fromJson(done.output).object();
    QProcess status;
    status.start(m_bin + u"/peere-migrate"_s, {u"status"_s, u"--journal"_s, journal, u"--json"_s});
    QVERIFY(status.waitForFinished(10000));
    QCOMPARE(status.exitCode(), 0);
    const QJsonObject s = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
    QCOMPARE(s, printed);
    QCOMPARE(s.value(u"records"_s).toInt(), rowCount);
    QCOMPARE(s.value(u"invalid"_s).toInt(), invalid);
    QCOMPARE(s.value(u"migrated"_s).toInt(), valid);
    QCOMPARE(s.value(u"failed"_s).toInt(), 0);
    QCOMPARE(s.value(u"pending"_s).toInt(), 0);
    QCOMPARE(s.value(u"inFlight"_s).toInt(), 0);
    QCOMPARE(s.value(u"phases"_s).toObject().value(u"verify"_s).toString(), u"done"_s);

    // The failure list holds exactly the invalid rows.
    const QString failures = dir.filePath(u"failures.csv"_s);
    QProcess list;
    list.start(m_bin + u"/peere-migrate"_s,
               {u"failures"_s, u"--journal"_s, journal, u"--out"_s, failures});
    QVERIFY(list.waitForFinished(10000));
    QCOMPARE(list.exitCode(), 0);
    QFile file(failures);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("\xEF\xBB\xBFrow,"));
    QSet<int> listed;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.trimmed().isEmpty())
            listed.insert(line.left(line.indexOf(',')).toInt());
    }
    QSet<int> expected;
    for (int i = 0; i < rowCount; ++i) {
        if (invalidRow(i))
            expected.insert(i + 1);
    }
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(tst_KillResume)
#include "tst_killresume.moc"
