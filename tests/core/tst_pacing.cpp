// Token buckets and backoff: the arithmetic that keeps a healthy run free of 429s.
#include "api/tokenbucket.h"

#include <QTest>

using namespace Peere;

class tst_Pacing : public QObject
{
    Q_OBJECT

private slots:
    void burstThenSustained_data();
    void burstThenSustained();
    void neverMoreThanTheLimitInAnyMinute();
    void retryAfterHolds();
    void unlimited();
    void backoffGrowsWithJitter();
    void backoffIsCapped();
};

void tst_Pacing::burstThenSustained_data()
{
    QTest::addColumn<double>("perMinute");
    QTest::addColumn<double>("burst");
    QTest::newRow("batch 10/min burst 2") << 10.0 << 2.0;
    QTest::newRow("standard 100/min burst 10") << 100.0 << 10.0;
    QTest::newRow("status 300/min burst 30") << 300.0 << 30.0;
}

void tst_Pacing::burstThenSustained()
{
    QFETCH(double, perMinute);
    QFETCH(double, burst);
    TokenBucket bucket(perMinute, burst, 0);
    for (int i = 0; i < int(burst); ++i)
        QVERIFY(bucket.tryTake(0));
    QVERIFY(!bucket.tryTake(0));
    const qint64 interval = qint64(std::ceil(60000.0 / perMinute));
    QCOMPARE(bucket.delayMs(0), interval);
    QVERIFY(!bucket.tryTake(interval - 2));
    QVERIFY(bucket.tryTake(interval));
    QVERIFY(!bucket.tryTake(interval));
}

void tst_Pacing::neverMoreThanTheLimitInAnyMinute()
{
    // A greedy client taking every token as soon as it exists, for ten minutes: the count in
    // any minute after the first is at most the rate, and the first minute at most rate + burst.
    TokenBucket bucket(10, 2, 0);
    QList<qint64> sent;
    for (qint64 now = 0; now < 600000; now += 50) {
        while (bucket.tryTake(now))
            sent.append(now);
    }
    QVERIFY(sent.size() >= 99 && sent.size() <= 102);
    for (qsizetype i = 0; i < sent.size(); ++i) {
        qsizetype j = i;
        while (j < sent.size() && sent.at(j) < sent.at(i) + 60000)
            ++j;
        QVERIFY2(j - i <= 12, qPrintable(QString::number(j - i)));
        if (sent.at(i) >= 60000)
            QVERIFY2(j - i <= 11, qPrintable(QString::number(j - i)));
    }
}

void tst_Pacing::retryAfterHolds()
{
    TokenBucket bucket(60, 5, 0); // one a second
    bucket.holdUntil(3000);
    QVERIFY(!bucket.tryTake(0));
    QCOMPARE(bucket.delayMs(1000), 2000);
    QVERIFY(!bucket.tryTake(2999));
    QVERIFY(bucket.tryTake(3000)); // exactly one at the promised time
    QVERIFY(!bucket.tryTake(3000));
    QVERIFY(bucket.tryTake(4000));
    bucket.holdUntil(1000); // an earlier hold changes nothing
    QVERIFY(!bucket.tryTake(4100));
}

void tst_Pacing::unlimited()
{
    TokenBucket bucket;
    QVERIFY(!bucket.isLimited());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(bucket.tryTake(0));
    QCOMPARE(bucket.delayMs(0), 0);
}

void tst_Pacing::backoffGrowsWithJitter()
{
    Backoff backoff(500, 30000, 42);
    QSet<qint64> seen;
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const qint64 ceiling = 500LL << (attempt - 1);
        QCOMPARE(backoff.ceilingMs(attempt), ceiling);
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = backoff.delayMs(attempt);
            QVERIFY(delay >= ceiling / 2);
            QVERIFY(delay <= ceiling);
            seen.insert(delay);
        }
    }
    QVERIFY(seen.size() > 100); // jitter: not a handful of fixed values
    // Reproducible from the seed.
    Backoff a(500, 30000, 7), b(500, 30000, 7);
    for (int i = 1; i < 10; ++i)
        QCOMPARE(a.delayMs(i), b.delayMs(i));
}

void tst_Pacing::backoffIsCapped()
{
    Backoff backoff(500, 30000, 1);
    QCOMPARE(backoff.ceilingMs(20), 30000);
    QCOMPARE(backoff.ceilingMs(1000), 30000);
    QVERIFY(backoff.delayMs(1000) <= 30000);
}

QTEST_GUILESS_MAIN(tst_Pacing)
#include "tst_pacing.moc"
