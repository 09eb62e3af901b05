// The sandbox's parts on their own: the compact customer store, phrases, routes, token buckets
// and the seeded fault sequence.
#include "sandbox/customerstore.h"
#include "sandbox/faultinjector.h"
#include "sandbox/passphrase.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/router.h"

#include <QProcess>
#include <QTest>

using namespace Peere;
using namespace Peere::Sandbox;
using namespace Qt::Literals::StringLiterals;

class tst_Sandbox_Parts : public QObject
{
    Q_OBJECT

private slots:
    void storeRoundTripsAndIndexes();
    void storeReplaceMovesIndexes();
    void storeIdsBelongToAGeneration();
    void phrases();
    void routes_data();
    void routes();
    void burstsFollowTheDocumentedRatios();
    void faultSequenceDependsOnlyOnTheSeed();
    void programWarnsWhenNotOnLoopback();

private:
    static CustomerStore::Fields fields(int n)
    {
        CustomerStore::Fields f;
        f[CustomerField::ClientRef] = "c" + QByteArray::number(n);
        f[CustomerField::Firstname] = "Zoë"; // UTF-8 kept as is
        f[CustomerField::Email] = "Person" + QByteArray::number(n) + "@Example.com";
        f[CustomerField::Reference] = "ref-" + QByteArray::number(n);
        f[CustomerField::Address] = QByteArray(300, 'a'); // lengths above 127 take two bytes
        return f;
    }
};

void tst_Sandbox_Parts::storeRoundTripsAndIndexes()
{
    CustomerStore store;
    for (int n = 0; n < 5000; ++n)
        QCOMPARE(store.add(fields(n), store.unusedPhraseKey(), n), quint32(n));
    QCOMPARE(store.size(), 5000);
    for (int n : {0, 1, 2500, 4999}) {
        QCOMPARE(store.fields(quint32(n)), fields(n));
        QCOMPARE(store.field(quint32(n), CustomerField::Email), fields(n)[CustomerField::Email]);
        QCOMPARE(CustomerStore::decode(store.encoded(quint32(n))), fields(n));
        QCOMPARE(store.findByReference(QByteArray("ref-" + QByteArray::number(n))), quint32(n));
        QCOMPARE(store.findByEmail(QByteArray("PERSON" + QByteArray::number(n) + "@example.COM")), quint32(n));
        QCOMPARE(store.findByPhrase(store.phraseKey(quint32(n))), quint32(n));
        QCOMPARE(store.findById(store.id(quint32(n))), quint32(n));
        QCOMPARE(store.createdMs(quint32(n)), qint64(n));
    }
    QCOMPARE(store.findByReference("ref-5000"), CustomerStore::npos);
    QCOMPARE(store.findByEmail(""), CustomerStore::npos);
    CustomerStore::Fields duplicate = fields(9999);
    duplicate[CustomerField::Email] = "person7@example.com";
    QCOMPARE(store.findDuplicate(duplicate), quint32(7));
    duplicate[CustomerField::Reference] = "ref-8";
    QCOMPARE(store.findDuplicate(duplicate), quint32(8)); // reference first
    QCOMPARE(store.findDuplicate(fields(9999)), CustomerStore::npos);
}

void tst_Sandbox_Parts::storeReplaceMovesIndexes()
{
    CustomerStore store;
    store.add(fields(1), 11, 0);
    store.add(fields(2), 22, 0);
    CustomerStore::Fields changed = fields(1);
    changed[CustomerField::Email] = "new@example.com";
    changed[CustomerField::Phone] = "+2348031234567";
    store.replace(0, changed);
    QCOMPARE(store.fields(0), changed);
    QCOMPARE(store.fields(1), fields(2));
    QCOMPARE(store.findByEmail("person1@example.com"), CustomerStore::npos);
    QCOMPARE(store.findByEmail("NEW@example.com"), quint32(0));
    QCOMPARE(store.findByReference("ref-1"), quint32(0));
    QCOMPARE(store.phraseKey(0), quint64(11));
}

void tst_Sandbox_Parts::storeIdsBelongToAGeneration()
{
    CustomerStore store;
    store.add(fields(1), 1, 0);
    const QString id = store.id(0);
    QVERIFY(id.startsWith(u"cus_"_s));
    QCOMPARE(id.size(), 20);
    QCOMPARE(store.findById(u"cus_zz"_s), CustomerStore::npos);
    QCOMPARE(store.findById(u"cus_0000000000000005"_s), CustomerStore::npos);
    store.clear();
    QCOMPARE(store.size(), 0);
    store.add(fields(1), 1, 0);
    QVERIFY(store.id(0) != id); // a new generation: ids from before a reset do not resolve
    QCOMPARE(store.findById(id), CustomerStore::npos);
}

void tst_Sandbox_Parts::phrases()
{
    for (int i = 0; i < 200; ++i) {
        const quint64 key = Passphrase::random();
        const QString text = Passphrase::text(key);
        QCOMPARE(text.size(), 14);
        QCOMPARE(text.count(u'-'), 2);
        QCOMPARE(Passphrase::key(text), std::optional<quint64>(key));
        QCOMPARE(Passphrase::key(text.toUpper()), std::optional<quint64>(key));
    }
    QCOMPARE(Passphrase::key(u"bado-kime"_s), std::nullopt);
    QCOMPARE(Passphrase::key(u"bado-kime-xyzq"_s), std::nullopt);
    QCOMPARE(Passphrase::key(u""_s), std::nullopt);
}

void tst_Sandbox_Parts::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("docsOnly");
    QTest::addColumn<int>("kind"); // Router::Match::Kind
    QTest::addColumn<QString>("parameter");
    using K = Router::Match::Kind;
    QTest::newRow("create") << QByteArray("POST") << u"/v1/bank/customers"_s << false << int(K::Found) << QString();
    QTest::newRow("trailing slash") << QByteArray("POST") << u"/v1/bank/customers/"_s << false << int(K::Found) << QString();
    QTest::newRow("by id") << QByteArray("GET") << u"/v1/bank/customers/cus_1"_s << false << int(K::Found) << u"cus_1"_s;
    QTest::newRow("batch") << QByteArray("GET") << u"/v1/bank/customers/batches/bat_1"_s << false << int(K::Found) << u"bat_1"_s;
    QTest::newRow("batch docs-only") << QByteArray("GET") << u"/v1/bank/customers/batches/bat_1"_s << true << int(K::NotFound) << QString();
    QTest::newRow("by id docs-only") << QByteArray("GET") << u"/v1/bank/customers/cus_1"_s << true << int(K::NotFound) << QString();
    QTest::newRow("wrong method") << QByteArray("DELETE") << u"/v1/provider/merchant"_s << false << int(K::WrongMethod) << QString();
    QTest::newRow("unknown") << QByteArray("GET") << u"/v1/bank"_s << false << int(K::NotFound) << QString();
}

void tst_Sandbox_Parts::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, docsOnly);
    QFETCH(int, kind);
    QFETCH(QString, parameter);
    const Router router(docsOnly);
    const Router::Match match = router.match(method, path);
    QCOMPARE(int(match.kind), kind);
    QCOMPARE(match.parameter, parameter);
    if (match.kind == Router::Match::Kind::WrongMethod)
        QCOMPARE(match.allowMethods, QByteArray("GET, PATCH"));
}

void tst_Sandbox_Parts::burstsFollowTheDocumentedRatios()
{
    QCOMPARE(RateLimiter::burstFor(CallClass::Batch, 10), 2.0);
    QCOMPARE(RateLimiter::burstFor(CallClass::Standard, 100), 10.0);
    QCOMPARE(RateLimiter::burstFor(CallClass::Status, 300), 30.0);
    QCOMPARE(RateLimiter::burstFor(CallClass::Batch, 1), 1.0);

    SandboxOptions options; // the documented limits
    RateLimiter limiter(options);
    QCOMPARE(limiter.acquire(Role::Bank, CallClass::Batch), 0);
    QCOMPARE(limiter.acquire(Role::Bank, CallClass::Batch), 0);
    const int wait = limiter.acquire(Role::Bank, CallClass::Batch);
    QVERIFY2(wait >= 5 && wait <= 6, qPrintable(QString::number(wait))); // 10 a minute
    QCOMPARE(limiter.acquire(Role::Provider, CallClass::Batch), 0);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(limiter.acquire(Role::Bank, CallClass::Status), 0);
    QCOMPARE(limiter.acquire(Role::Bank, CallClass::Status), 1);
    limiter.reset();
    QCOMPARE(limiter.acquire(Role::Bank, CallClass::Batch), 0);
}

void tst_Sandbox_Parts::faultSequenceDependsOnlyOnTheSeed()
{
    SandboxOptions options;
    options.failRate = 0.2;
    options.dropRate = 0.1;
    options.loseResponseRate = 0.1;
    options.latencyMs = 100;
    options.seed = 42;
    FaultInjector a(options);
    FaultInjector b(options);
    int counts[4] = {};
    for (int i = 0; i < 2000; ++i) {
        const FaultInjector::Plan pa = a.next();
        const FaultInjector::Plan pb = b.next();
        QCOMPARE(int(pa.kind), int(pb.kind));
        QCOMPARE(pa.failStatus, pb.failStatus);
        QCOMPARE(pa.delayMs, pb.delayMs);
        QVERIFY(pa.delayMs >= 50 && pa.delayMs <= 150);
        ++counts[int(pa.kind)];
    }
    // Drop 10%, then fail 20% of the rest, then lose 10% of the rest: about 1440/200/360/140.
    QVERIFY2(counts[int(FaultInjector::Kind::Drop)] > 140 && counts[int(FaultInjector::Kind::Drop)] < 260,
             qPrintable(QString::number(counts[int(FaultInjector::Kind::Drop)])));
    QVERIFY(counts[int(FaultInjector::Kind::Fail)] > 280 && counts[int(FaultInjector::Kind::Fail)] < 440);
    QVERIFY(counts[int(FaultInjector::Kind::LoseResponse)] > 90 && counts[int(FaultInjector::Kind::LoseResponse)] < 200);
    a.reset();
    FaultInjector c(options);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(int(a.next().kind), int(c.next().kind));
}

void tst_Sandbox_Parts::programWarnsWhenNotOnLoopback()
{
    QProcess process;
    process.start(QStringLiteral(PEERE_BIN_DIR) + u"/peere-sandbox"_s,
                  {u"--port"_s, u"0"_s, u"--bind"_s, u"0.0.0.0"_s});
    QVERIFY(process.waitForStarted(10000));
    QVERIFY(process.waitForReadyRead(10000));
    QCOMPARE(process.readLine().left(27), QByteArray("listening on http://127.0.0"));
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += process.readAllStandardError()).contains("warning: listening on 0.0.0.0"), 5000);
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

QTEST_GUILESS_MAIN(tst_Sandbox_Parts)
#include "tst_sandbox_parts.moc"
