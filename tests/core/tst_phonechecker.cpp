// PhoneChecker answers "possible" and "valid" from tables and compiled digit automatons instead
// of calling libphonenumber for each number: here both answers are held equal on many numbers
// of every calling code, and the automaton itself is checked on the regex subset it supports.
#include "validation/digitautomaton.h"
#include "validation/phonechecker.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_PhoneChecker : public QObject
{
    Q_OBJECT

private slots:
    void automaton_data();
    void automaton();
    void unsupportedPatterns();
    void agreesWithLibphonenumber();
    void toE164AgreesWithParse();
};

void tst_PhoneChecker::automaton_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("digits");
    QTest::addColumn<bool>("matches");
    QTest::newRow("literal") << "123"_ba << "123"_ba << true;
    QTest::newRow("literal longer") << "123"_ba << "1234"_ba << false;
    QTest::newRow("literal shorter") << "123"_ba << "12"_ba << false;
    QTest::newRow("class range") << "[2-4]9"_ba << "39"_ba << true;
    QTest::newRow("class out") << "[2-4]9"_ba << "59"_ba << false;
    QTest::newRow("class list") << "[135-7]"_ba << "6"_ba << true;
    QTest::newRow("negated class") << "[^0]\\d"_ba << "05"_ba << false;
    QTest::newRow("repeat exact") << "\\d{3}"_ba << "123"_ba << true;
    QTest::newRow("repeat exact short") << "\\d{3}"_ba << "12"_ba << false;
    QTest::newRow("repeat range low") << "7\\d{2,4}"_ba << "712"_ba << true;
    QTest::newRow("repeat range high") << "7\\d{2,4}"_ba << "71234"_ba << true;
    QTest::newRow("repeat range over") << "7\\d{2,4}"_ba << "712345"_ba << false;
    QTest::newRow("optional") << "12?3"_ba << "13"_ba << true;
    QTest::newRow("optional present") << "12?3"_ba << "123"_ba << true;
    QTest::newRow("alternation") << "1|23|456"_ba << "23"_ba << true;
    QTest::newRow("alternation none") << "1|23|456"_ba << "45"_ba << false;
    QTest::newRow("nested groups") << "(?:70[13-689]|8(?:0[2-9]|1[0-8]))\\d{7}"_ba << "8151234567"_ba << true;
    QTest::newRow("nested groups miss") << "(?:70[13-689]|8(?:0[2-9]|1[0-8]))\\d{7}"_ba << "8191234567"_ba << false;
    QTest::newRow("group repeated") << "(?:12){2}"_ba << "1212"_ba << true;
    QTest::newRow("optional group") << "9(?:12)?"_ba << "9"_ba << true;
    QTest::newRow("capturing group") << "(5|6)0"_ba << "60"_ba << true;
    QTest::newRow("NG general") << "(?:[124-7]|9\\d{3})\\d{6}|[1-9]\\d{7}|[78]\\d{9,13}"_ba << "80312345678901"_ba << true;
}

void tst_PhoneChecker::automaton()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, digits);
    QFETCH(bool, matches);
    const DigitAutomaton full = DigitAutomaton::compile({{pattern.toStdString(), 3, false}});
    QVERIFY2(full.isValid(), qPrintable(full.error()));
    QCOMPARE(full.match(digits.toStdString()) == (1u << 3), matches);
    // As a prefix pattern it matches any longer input too.
    const DigitAutomaton prefix = DigitAutomaton::compile({{pattern.toStdString(), 5, true}});
    if (matches)
        QCOMPARE(prefix.match(digits.toStdString() + "99"), 1u << 5);
}

void tst_PhoneChecker::unsupportedPatterns()
{
    for (const char *pattern : {"1+", "1*", ".", "(12", "[12", "a", "\\w", "1{2,}", "12)"}) {
        const DigitAutomaton automaton = DigitAutomaton::compile({{pattern, 0, false}});
        QVERIFY2(!automaton.isValid(), pattern);
        QVERIFY(!automaton.error().isEmpty());
    }
}

// Every calling code, every length from 4 to 14, random numbers that start with every two-digit
// prefix: the fast answer equals libphonenumber's.
void tst_PhoneChecker::agreesWithLibphonenumber()
{
    const PhoneChecker &checker = PhoneChecker::instance();
    QVERIFY(checker.compiledCallingCodes() > 200);
    QCOMPARE(checker.fallbackCallingCodes(), 0);
    QRandomGenerator random(2024);
    int codes = 0, compared = 0, valid = 0, unassigned = 0;
    QStringList mismatches;
    for (int code = 1; code < 1000; ++code) {
        const QByteArray codeDigits = QByteArray::number(code);
        if (checker.callingCode(codeDigits) != code)
            continue;
        ++codes;
        for (int length = 4; length <= 14; ++length) {
            for (int prefix = 0; prefix < 100; ++prefix) {
                QByteArray number = "+" + codeDigits;
                number += char('0' + prefix / 10);
                number += char('0' + prefix % 10);
                while (number.size() - 1 - codeDigits.size() < length)
                    number += char('0' + random.bounded(10));
                if (number.size() - 1 > 15)
                    continue;
                const PhoneChecker::Result fast = checker.check(number);
                const PhoneChecker::Result slow = checker.checkWithLibphonenumber(number);
                if (slow == PhoneChecker::Result::Invalid) {
                    QCOMPARE(fast, slow);
                    continue;
                }
                ++compared;
                (slow == PhoneChecker::Result::Valid ? valid : unassigned) += 1;
                if (fast != slow && mismatches.size() < 20)
                    mismatches << QString::fromLatin1(number);
            }
        }
    }
    qInfo("%d calling codes, %d possible numbers compared: %d valid, %d unassigned", codes,
          compared, valid, unassigned);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u", "_s)));
    QVERIFY(codes > 200);
    QVERIFY(valid > 5000);
    QVERIFY(unassigned > 10000);
}

// The fast path of toE164 (separators dropped, a plain "0" national prefix replaced by the
// calling code) gives what libphonenumber's Parse gives, on local and international numbers
// written in many ways, in regions with and without a plain "0" prefix.
void tst_PhoneChecker::toE164AgreesWithParse()
{
    const PhoneChecker &checker = PhoneChecker::instance();
    QRandomGenerator random(99);
    const QList<QByteArray> regions = {"NG", "GH", "KE", "ZA", "GB", "FR", "DE", "IT", "US",
                                       "CI", "SN", "CM", "EG", "IN", "BR", "AR", "MX", "RU",
                                       "JP", "AU", "", "ZZ"};
    const QList<QByteArray> separators = {"", " ", "-", ".", " (", ") ", "/"};
    int converted = 0, total = 0;
    for (const QByteArray &region : regions) {
        for (int i = 0; i < 2000; ++i) {
            QByteArray number;
            const int shape = random.bounded(4);
            if (shape == 1)
                number = "0";
            else if (shape == 2)
                number = "+" + QByteArray::number(random.bounded(1, 300));
            else if (shape == 3)
                number = "00" + QByteArray::number(random.bounded(1, 300));
            const int length = random.bounded(6, 12);
            for (int d = 0; d < length; ++d) {
                if (d > 0 && random.bounded(5) == 0)
                    number += separators.at(random.bounded(separators.size()));
                number += char('0' + random.bounded(10));
            }
            const std::optional<QString> fast = checker.toE164(number, region);
            const std::optional<QString> slow = checker.toE164WithLibphonenumber(number, region);
            ++total;
            converted += fast.has_value();
            QVERIFY2(fast == slow, qPrintable(QString::fromLatin1(region + " " + number) + u" -> "_s
                                              + fast.value_or(u"none"_s) + u" / "_s
                                              + slow.value_or(u"none"_s)));
        }
    }
    qInfo("%d of %d numbers converted", converted, total);
    QVERIFY(converted > total / 20);
}

QTEST_GUILESS_MAIN(tst_PhoneChecker)
#include "tst_phonechecker.moc"
