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
    const Result<SandboxOptions> options = SandboxOptions::fromArguments(
        {u"peere-sandbox"_s, u"--port"_s, u"0"_s, u"--fail-rate"_s, u"0.1"_s, u"--seed"_s,
         u"42"_s, u"--docs-only"_s, u"--batch-rate"_s, u"120"_s});
    QVERIFY2(options.hasValue(), qPrintable(options.error()));
    QCOMPARE(options->failRate, 0.1);
    QCOMPARE(options->seed, 42u);
    QVERIFY(options->docsOnly);
    QCOMPARE(options->batchRate, 120);
    QVERIFY(options->bind.isLoopback());
    QCOMPARE(options->bankKey, u"sandbox-bank-key"_s);
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
