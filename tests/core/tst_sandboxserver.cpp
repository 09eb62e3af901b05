// The sandbox answers over loopback with the documented envelopes.
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Peere;
using namespace Peere::Sandbox;
using namespace Qt::Literals::StringLiterals;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackWithAFreePort();
    void unknownRouteGetsErrorEnvelope_data();
    void unknownRouteGetsErrorEnvelope();
    void optionsParse();
    void badOptionsAreNamed_data();
    void badOptionsAreNamed();

private:
    QNetworkAccessManager m_network;
};

void tst_SandboxServer::listensOnLoopbackWithAFreePort()
{
    SandboxServer server;
    const Result<quint16> port = server.start();
    QVERIFY2(port.hasValue(), qPrintable(port.error()));
    QVERIFY(*port > 0);
    QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(server.baseUrl().port(), int(*port));
}

void tst_SandboxServer::unknownRouteGetsErrorEnvelope_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("GET unknown") << QByteArray("GET") << u"/v1/nothing-here"_s;
    QTest::newRow("POST unknown") << QByteArray("POST") << u"/v2/bank/customers"_s;
    QTest::newRow("root") << QByteArray("GET") << u"/"_s;
}

void tst_SandboxServer::unknownRouteGetsErrorEnvelope()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    SandboxServer server;
    QVERIFY(server.start().hasValue());

    QNetworkRequest request(server.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, QByteArray("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    reply->deleteLater();

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QJsonParseError error{};
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value(u"statusCode"_s).toInt(), 404);
    QCOMPARE(body.value(u"success"_s).toBool(true), false);
    QVERIFY(body.value(u"message"_s).toString().contains(path));
    QVERIFY(!body.contains(u"data"_s));
}

void tst_SandboxServer::optionsParse()
{
    const Result<SandboxOptions> defaults = SandboxOptions::fromArguments({u"peere-sandbox"_s});
    QVERIFY(defaults.hasValue());
    QVERIFY(defaults->bind.isLoopback());
    QCOMPARE(defaults->bankKey, u"sandbox-bank-key"_s);
    QCOMPARE(defaults->providerKey, u"sandbox-provider-key"_s);
    QCOMPARE(defaults->batchRate, 10); // the documented limits
    QCOMPARE(defaults->standardRate, 100);
    QCOMPARE(defaults->statusRate, 300);
    QCOMPARE(defaults->asyncThreshold, 200);
    QCOMPARE(defaults->maxBatch, 1000);
    QVERIFY(!defaults->noLimits && !defaults->docsOnly && !defaults->strictMerchants);

    // Every option of cli.md, each read into its own setting.
    const Result<SandboxOptions> options = SandboxOptions::fromArguments(
        {u"peere-sandbox"_s, u"--port"_s, u"8080"_s, u"--bind"_s, u"0.0.0.0"_s, u"--bank-key"_s,
         u"b"_s, u"--provider-key"_s, u"p"_s, u"--latency-ms"_s, u"150"_s, u"--fail-rate"_s,
         u"0.1"_s, u"--drop-rate"_s, u"0.2"_s, u"--lose-response-rate"_s, u"0.3"_s, u"--seed"_s,
         u"42"_s, u"--batch-rate"_s, u"120"_s, u"--standard-rate"_s, u"0"_s, u"--status-rate"_s,
         u"7"_s, u"--no-limits"_s, u"--async-threshold"_s, u"50"_s, u"--max-batch"_s, u"600"_s,
         u"--docs-only"_s, u"--strict-merchants"_s, u"--state"_s, u"/tmp/s.db"_s});
    QVERIFY2(options.hasValue(), qPrintable(options.error()));
    QCOMPARE(options->port, 8080);
    QCOMPARE(options->bind, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(options->bankKey, u"b"_s);
    QCOMPARE(options->providerKey, u"p"_s);
    QCOMPARE(options->latencyMs, 150);
    QCOMPARE(options->failRate, 0.1);
    QCOMPARE(options->dropRate, 0.2);
    QCOMPARE(options->loseResponseRate, 0.3);
    QCOMPARE(options->seed, 42u);
    QCOMPARE(options->batchRate, 120);
    QCOMPARE(options->standardRate, 0);
    QCOMPARE(options->statusRate, 7);
    QVERIFY(options->noLimits);
    QCOMPARE(options->asyncThreshold, 50);
    QCOMPARE(options->maxBatch, 600);
    QVERIFY(options->docsOnly);
    QVERIFY(options->strictMerchants);
    QCOMPARE(options->stateFile, u"/tmp/s.db"_s);
}

void tst_SandboxServer::badOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("rate above 1") << QStringList{u"--fail-rate"_s, u"1.5"_s} << u"fail-rate"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << u"port"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("bad address") << QStringList{u"--bind"_s, u"nowhere"_s} << u"bind"_s;
}

void tst_SandboxServer::badOptionsAreNamed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Result<SandboxOptions> options
        = SandboxOptions::fromArguments(QStringList{u"peere-sandbox"_s} + arguments);
    QVERIFY(!options.hasValue());
    QVERIFY2(options.error().contains(named), qPrintable(options.error()));
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
