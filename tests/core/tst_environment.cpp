// Environments: their addresses, and the rule that a key never travels in clear text.
#include "api/environment.h"

#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

using Kind = Environment::Kind;

class tst_Environment : public QObject
{
    Q_OBJECT

private slots:
    void standardAddresses();
    void idsRoundTrip();
    void onlyLiveIsLive();
    void keyTransport_data();
    void keyTransport();
    void embeddedNeedsToRun();
};

void tst_Environment::standardAddresses()
{
    QCOMPARE(Environment::standard(Kind::Live).baseUrl(), QUrl(u"https://api.peere.network"_s));
    QCOMPARE(Environment::standard(Kind::HostedSandbox).baseUrl(),
             QUrl(u"https://sandbox-api.peere.network"_s));
    QCOMPARE(Environment::standard(Kind::LocalSandbox).baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(Environment::standard(Kind::EmbeddedSandbox).baseUrl().isEmpty());
    QCOMPARE(Environment::kinds().size(), 4);
}

void tst_Environment::idsRoundTrip()
{
    QStringList ids;
    for (Kind kind : Environment::kinds()) {
        const QString id = Environment::id(kind);
        QVERIFY(!ids.contains(id));
        ids << id;
        QCOMPARE(Environment::kindFromId(id), std::optional<Kind>(kind));
        QVERIFY(!Environment::displayName(kind).isEmpty());
    }
    QCOMPARE(ids, QStringList({u"embedded"_s, u"local"_s, u"sandbox"_s, u"live"_s}));
    QCOMPARE(Environment::kindFromId(u"production"), std::nullopt);
}

void tst_Environment::onlyLiveIsLive()
{
    for (Kind kind : Environment::kinds())
        QCOMPARE(Environment::isLive(kind), kind == Kind::Live);
    QVERIFY(Environment::standard(Kind::Live).isLive());
    QVERIFY(!Environment::needsUserKeys(Kind::EmbeddedSandbox));
    QVERIFY(Environment::needsUserKeys(Kind::Live));
}

void tst_Environment::keyTransport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("https live") << u"https://api.peere.network"_s << true << QString();
    QTest::newRow("https any host") << u"https://10.0.0.5:8443"_s << true << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true << QString();
    QTest::newRow("http 127.3.4.5") << u"http://127.3.4.5:1"_s << true << QString();
    QTest::newRow("http localhost") << u"http://LocalHost:9000"_s << true << QString();
    QTest::newRow("http ::1") << u"http://[::1]:9000"_s << true << QString();
    QTest::newRow("http LAN host") << u"http://192.168.1.20:8080"_s << false << u"clear text"_s;
    QTest::newRow("http sandbox") << u"http://sandbox-api.peere.network"_s << false
                                  << u"sandbox-api.peere.network"_s;
    QTest::newRow("localhost lookalike")
        << u"http://localhost.example.com"_s << false << u"clear text"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false << u"https://"_s;
    QTest::newRow("no scheme") << u"api.peere.network"_s << false << u"complete URL"_s;
    QTest::newRow("empty") << QString() << false << u"complete URL"_s;
}

void tst_Environment::keyTransport()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QFETCH(QString, messagePart);
    const VoidResult result = Environment::checkKeyTransport(QUrl(url));
    QCOMPARE(result.hasValue(), allowed);
    if (!allowed) {
        QVERIFY2(result.error().contains(messagePart), qPrintable(result.error()));
    }
    QCOMPARE(Environment(Kind::LocalSandbox, QUrl(url)).validate().hasValue(), allowed);
}

void tst_Environment::embeddedNeedsToRun()
{
    const VoidResult notRunning = Environment::standard(Kind::EmbeddedSandbox).validate();
    QVERIFY(!notRunning.hasValue());
    QVERIFY(notRunning.error().contains(u"not running"_s));
    QVERIFY(Environment(Kind::EmbeddedSandbox, QUrl(u"http://127.0.0.1:4321"_s)).validate());
}

QTEST_GUILESS_MAIN(tst_Environment)
#include "tst_environment.moc"
