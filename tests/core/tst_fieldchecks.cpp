// The byte-level checks behind the rules, held equal to straightforward QString/QRegularExpression
// references on many random strings (they must agree exactly: the fast path decides what the
// console, peere-migrate and the sandbox accept).
#include "validation/fieldchecks.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_FieldChecks : public QObject
{
    Q_OBJECT

private slots:
    void trimmedAgreesWithQString();
    void characterCount();
    void nameAgreesWithCategories();
    void emailAgreesWithWhatwgGrammar();
    void emailExamples_data();
    void emailExamples();

private:
    QByteArray randomText(const QStringList &palette, int maxParts);
    QRandomGenerator m_random{7};
};

QByteArray tst_FieldChecks::randomText(const QStringList &palette, int maxParts)
{
    QString text;
    const int parts = int(m_random.bounded(maxParts + 1));
    for (int i = 0; i < parts; ++i)
        text += palette.at(int(m_random.bounded(qint32(palette.size()))));
    return text.toUtf8();
}

void tst_FieldChecks::trimmedAgreesWithQString()
{
    // ASCII and Unicode white space (QChar::isSpace), letters, and non-space look-alikes
    // (U+200B zero width space, U+FEFF, U+00AD) that must stay.
    const QStringList palette = {u" "_s, u"\t"_s, u"\n"_s, u"\r"_s, u"\v"_s, u"\f"_s,
                                 u"\u00A0"_s, u"\u0085"_s, u"\u1680"_s, u"\u2000"_s,
                                 u"\u200A"_s, u"\u2028"_s, u"\u2029"_s, u"\u202F"_s,
                                 u"\u205F"_s, u"\u3000"_s, u"a"_s, u"é"_s, u"中"_s,
                                 u"\u200B"_s, u"\uFEFF"_s, u"\u00AD"_s, u"😀"_s, u"x y"_s};
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = randomText(palette, 6);
        // fromUtf8 would drop a leading byte order mark; U+FEFF is not white space and stays.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString decoded = decoder(text);
        const QByteArray expected = decoded.trimmed().toUtf8();
        QCOMPARE(Checks::trimmed(text).toByteArray(), expected);
    }
}

void tst_FieldChecks::characterCount()
{
    const QStringList palette = {u"a"_s, u"é"_s, u"中"_s, u"😀"_s, u" "_s};
    for (int i = 0; i < 5000; ++i) {
        const QByteArray text = randomText(palette, 12);
        QCOMPARE(Checks::characterCount(text), QString::fromUtf8(text).toUcs4().size());
    }
}

void tst_FieldChecks::nameAgreesWithCategories()
{
    const QStringList palette = {u"a"_s, u"Z"_s, u"-"_s, u"'"_s, u" "_s, u"é"_s, u"Ọ"_s,
                                 u"中"_s, u"5"_s, u"\u0663"_s, u"\u0966"_s, u"\t"_s,
                                 u"\u0007"_s, u"\u007F"_s, u"\u0085"_s, u"\u00B2"_s,
                                 u"\u2164"_s, u"😀"_s, u"\U0001D7CE"_s};
    for (int i = 0; i < 20000; ++i) {
        const QByteArray text = randomText(palette, 5);
        bool expected = true;
        for (const char32_t c : QString::fromUtf8(text).toUcs4()) {
            const QChar::Category category = QChar::category(c);
            if (category == QChar::Number_DecimalDigit || category == QChar::Other_Control)
                expected = false;
        }
        QVERIFY2(Checks::isName(text) == expected, text.constData());
    }
}

void tst_FieldChecks::emailAgreesWithWhatwgGrammar()
{
    // The HTML standard's "valid e-mail address", plus the contract's dot in the domain.
    static const QRegularExpression whatwg(
        u"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
        "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"_s);
    const QStringList palette = {u"a"_s, u"B"_s, u"7"_s, u"."_s, u"@"_s, u"-"_s, u"_"_s,
                                 u"+"_s, u" "_s, u"é"_s, u"\""_s, u"("_s, u"~"_s, u"ab"_s,
                                 u".c"_s, u"@x"_s, u"x.y"_s};
    int valid = 0;
    for (int i = 0; i < 50000; ++i) {
        // Half of them shaped like an address, so that both answers are common.
        const QByteArray text = i % 2 ? randomText(palette, 8)
                                      : randomText(palette, 3) + "@" + randomText(palette, 2)
                                            + ".ng";
        const QString string = QString::fromUtf8(text);
        const bool expected = whatwg.match(string).hasMatch()
                              && string.section(u'@', 1).contains(u'.');
        valid += expected;
        QVERIFY2(Checks::isEmail(text) == expected, text.constData());
    }
    qInfo("%d of 50000 valid", valid);
    QVERIFY(valid > 1000);
}

void tst_FieldChecks::emailExamples_data()
{
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<bool>("valid");
    QTest::newRow("label of 63") << "a@"_ba + QByteArray(63, 'b') + ".ng"_ba << true;
    QTest::newRow("label of 64") << "a@"_ba + QByteArray(64, 'b') + ".ng"_ba << false;
    QTest::newRow("numeric domain") << "a@1.2"_ba << true;
    QTest::newRow("dot first in local") << ".a@b.ng"_ba << true; // WHATWG allows it
    QTest::newRow("empty") << ""_ba << false;
    QTest::newRow("only at") << "@"_ba << false;
}

void tst_FieldChecks::emailExamples()
{
    QFETCH(QByteArray, email);
    QFETCH(bool, valid);
    QCOMPARE(Checks::isEmail(email), valid);
}

QTEST_GUILESS_MAIN(tst_FieldChecks)
#include "tst_fieldchecks.moc"
