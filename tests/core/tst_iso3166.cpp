// The ISO 3166-1 list in the project: 249 officially assigned codes, and the lookups behind
// format.country and its suggested fix.
#include "validation/iso3166.h"

#include <QSet>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_Iso3166 : public QObject
{
    Q_OBJECT

private slots:
    void list();
    void isAlpha2_data();
    void isAlpha2();
    void alpha2FromText_data();
    void alpha2FromText();
};

void tst_Iso3166::list()
{
    const auto countries = Iso3166::countries();
    QCOMPARE(countries.size(), size_t(249));
    QSet<QString> alpha2, alpha3;
    QString previous;
    for (const Iso3166::Country &country : countries) {
        QCOMPARE(country.alpha2.size(), 2);
        QCOMPARE(country.alpha3.size(), 3);
        QVERIFY(QString(country.alpha2) > previous); // sorted, so no duplicates
        previous = country.alpha2;
        alpha2.insert(country.alpha2);
        alpha3.insert(country.alpha3);
        QVERIFY(qstrlen(country.name) > 2);
        QCOMPARE(Iso3166::byAlpha2(country.alpha2.toString().toLower().toLatin1()), &country);
        QCOMPARE(Iso3166::byAlpha3(country.alpha3.toString().toLatin1()), &country);
        // The English name finds its code.
        QCOMPARE(Iso3166::alpha2FromText(QString::fromUtf8(country.name)), QString(country.alpha2));
    }
    QCOMPARE(alpha2.size(), 249);
    QCOMPARE(alpha3.size(), 249);
    QCOMPARE(QString::fromUtf8(Iso3166::byAlpha2("NG")->name), u"Nigeria"_s);
    QCOMPARE(QString(Iso3166::byAlpha3("gha")->alpha2), u"GH"_s);
    QCOMPARE(Iso3166::byAlpha2("UK"), nullptr);
    QCOMPARE(Iso3166::byAlpha3("NG"), nullptr);
}

void tst_Iso3166::isAlpha2_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<bool>("assigned");
    for (const char *code : {"NG", "ng", "Gh", "GB", "US", "AX", "BQ", "CW", "SS", "SX", "ZW", "AD"})
        QTest::newRow(code) << QByteArray(code) << true;
    // Reserved, user-assigned, withdrawn, malformed.
    for (const char *code : {"UK", "EU", "XK", "AN", "YU", "CS", "ZZ", "AA", "N", "NGA", "", "1A",
                             "N G", "@G"})
        QTest::newRow(code) << QByteArray(code) << false;
}

void tst_Iso3166::isAlpha2()
{
    QFETCH(QByteArray, code);
    QFETCH(bool, assigned);
    QCOMPARE(Iso3166::isAlpha2(code), assigned);
}

void tst_Iso3166::alpha2FromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("alpha2"); // null: not recognised
    QTest::newRow("code") << u"ng"_s << u"NG"_s;
    QTest::newRow("alpha-3") << u" NGA "_s << u"NG"_s;
    QTest::newRow("name") << u"Nigeria"_s << u"NG"_s;
    QTest::newRow("upper name") << u"NIGERIA"_s << u"NG"_s;
    QTest::newRow("French") << u"Nigéria"_s << u"NG"_s;
    QTest::newRow("Ghana") << u"ghana"_s << u"GH"_s;
    QTest::newRow("United Kingdom") << u"United Kingdom"_s << u"GB"_s;
    QTest::newRow("UK") << u"UK"_s << u"GB"_s;
    QTest::newRow("U.K.") << u"U.K."_s << u"GB"_s;
    QTest::newRow("Royaume-Uni") << u"royaume uni"_s << u"GB"_s;
    QTest::newRow("USA") << u"USA"_s << u"US"_s;
    QTest::newRow("États-Unis") << u"États-Unis"_s << u"US"_s;
    QTest::newRow("Côte d'Ivoire") << u"Cote d Ivoire"_s << u"CI"_s;
    QTest::newRow("Ivory Coast") << u"Ivory Coast"_s << u"CI"_s;
    QTest::newRow("Cameroun") << u"Cameroun"_s << u"CM"_s;
    QTest::newRow("short form of a long name") << u"Bolivia"_s << u"BO"_s;
    QTest::newRow("Tanzania") << u"Tanzania"_s << u"TZ"_s;
    QTest::newRow("Congo") << u"Congo"_s << u"CG"_s;
    QTest::newRow("DR Congo") << u"DR Congo"_s << u"CD"_s;
    QTest::newRow("South Korea") << u"South Korea"_s << u"KR"_s;
    QTest::newRow("ambiguous Virgin Islands") << u"Virgin Islands"_s << QString();
    QTest::newRow("unknown") << u"Atlantis"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("reserved code") << u"EU"_s << QString();
}

void tst_Iso3166::alpha2FromText()
{
    QFETCH(QString, text);
    QFETCH(QString, alpha2);
    const std::optional<QString> found = Iso3166::alpha2FromText(text);
    QCOMPARE(found.value_or(QString()), alpha2);
    QCOMPARE(found.has_value(), !alpha2.isNull());
}

QTEST_GUILESS_MAIN(tst_Iso3166)
#include "tst_iso3166.moc"
