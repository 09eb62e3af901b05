// The built programs follow ../shared/cli.md's conventions for usage, versions and errors.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CliUsage : public QObject
{
    Q_OBJECT

private slots:
    void migrateHelp();
    void migrateVersion();
    void migrateUsageErrors_data();
    void migrateUsageErrors();
    void sandboxPrintsListeningLineAndAnswers404();
    void sandboxBadOption();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments);
};

tst_CliUsage::Run tst_CliUsage::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PEERE_BIN_DIR) + u'/' + program, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_CliUsage::migrateHelp()
{
    const Run result = run(u"peere-migrate"_s, {u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(u"Usage: peere-migrate COMMAND"_s));
    QVERIFY(result.out.contains(u"PEERE_API_KEY"_s));
    QVERIFY(result.err.isEmpty());
}

void tst_CliUsage::migrateVersion()
{
    const Run result = run(u"peere-migrate"_s, {u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), u"peere-migrate " PEERE_VERSION ""_s);
}

void tst_CliUsage::migrateUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"unknown option '--frobnicate'"_s;
    QTest::newRow("nothing") << QStringList{} << u"Usage: peere-migrate"_s;
}

void tst_CliUsage::migrateUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(u"peere-migrate"_s, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (!arguments.isEmpty())
        QCOMPARE(result.err.count(u'\n'), 1); // one line, as the contract says
}

void tst_CliUsage::sandboxPrintsListeningLineAndAnswers404()
{
    QProcess sandbox;
    sandbox.start(QStringLiteral(PEERE_BIN_DIR) + u"/peere-sandbox"_s, {u"--port"_s, u"0"_s});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(10000));
    const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(line));
    const QUrl base(line.mid(QStringLiteral("listening on ").size()));
    QVERIFY(base.port() > 0);

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(base.resolved(QUrl(u"/no/such/route"_s))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"success"_s).toBool(true), false);
    QCOMPARE(body.value(u"statusCode"_s).toInt(), 404);
    delete reply;

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(5000));
}

void tst_CliUsage::sandboxBadOption()
{
    const Run result = run(u"peere-sandbox"_s, {u"--drop-rate"_s, u"two"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"drop-rate"_s), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CliUsage)
#include "tst_cliusage.moc"
