// Trust rules and the trust plan: levels from a trustLevel column or from thresholds on a column
// the user picks, the flags that follow the level, exact counts per level, the journal's table.
#include "../support/merchantfixture.h"

#include "journal/journal.h"
#include "migration/journalimport.h"
#include "migration/trustplan.h"
#include "migration/trustrules.h"
#include "migration/trustsource.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_TrustRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void badRules_data();
    void badRules();
    void rulesRoundTrip();
    void parseAmount_data();
    void parseAmount();
    void decideFollowsTheLevel();
    void planFromThresholds();
    void planFromTheLevelColumn();
    void planWithoutASource();
    void planRefusals();
    void planningAgainKeepsFinishedWork();

private:
    // A merchant journal of 20 rows from MerchantFixture: rows 1-18 on the server (id m<row>),
    // row 19 failed, row 20 still pending.
    std::unique_ptr<Journal> merchantJournal(const QTemporaryDir &dir, QString *csv = nullptr);
};

std::unique_ptr<Journal> tst_TrustRules::merchantJournal(const QTemporaryDir &dir, QString *csv)
{
    const QString source = MerchantFixture::writeCsv(dir.filePath(u"merchants.csv"_s), 20);
    auto journal = Journal::open(dir.filePath(u"m.peere"_s), Journal::OpenMode::Create);
    if (!journal)
        return nullptr;
    JournalImport::Options options;
    options.kind = RecordKind::Merchants;
    const auto imported = JournalImport::importFile(**journal, source, options);
    if (!imported || imported->invalid != 0)
        qWarning() << "import:" << imported.error() << (imported ? imported->invalid : -1);
    QList<RecordOutcome> outcomes;
    for (qint64 row = 1; row <= 18; ++row)
        outcomes.append({row, row % 2 ? RecordState::Verified : RecordState::Migrated, u"created"_s,
                         {}, u"m%1"_s.arg(row)});
    outcomes.append({19, RecordState::Failed, {}, u"refused"_s, {}});
    if (!(*journal)->applyOutcomes(outcomes))
        return nullptr;
    if (csv)
        *csv = source;
    return std::move(*journal);
}

void tst_TrustRules::badRules_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"JSON object"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"colum": "x"})") << u"unknown key"_s;
    QTest::newRow("thresholds without column")
        << QByteArray(R"({"thresholds": [{"min": 1, "level": "premium"}]})") << u"\"column\""_s;
    QTest::newRow("bad level") << QByteArray(R"({"column": "v", "thresholds": [{"min": 1, "level": "gold"}]})")
                               << u"each threshold"_s;
    QTest::newRow("bad default") << QByteArray(R"({"default": "gold"})") << u"\"default\""_s;
    QTest::newRow("bad flag") << QByteArray(R"({"levels": {"basic": {"trusted": "yes"}}})")
                              << u"\"levels\""_s;
    QTest::newRow("bad level name") << QByteArray(R"({"levels": {"gold": {}}})") << u"gold"_s;
}

void tst_TrustRules::badRules()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<TrustRules> rules = TrustRules::fromJson(json);
    QVERIFY(!rules);
    QVERIFY2(rules.error().contains(message), qPrintable(rules.error()));
}

void tst_TrustRules::rulesRoundTrip()
{
    const Result<TrustRules> rules = TrustRules::fromJson(R"({"column": "Monthly Volume",
        "thresholds": [{"min": 10, "level": "enhanced"}, {"min": 100, "level": "premium"}],
        "default": "enhanced", "levels": {"premium": {"deviceLookupEnabled": false}}})");
    QVERIFY2(rules, qPrintable(rules.error()));
    QCOMPARE(rules->mode(), TrustRules::Mode::Thresholds);
    QCOMPARE(rules->thresholds().first().level, TrustLevel::Premium); // highest first
    QCOMPARE(rules->defaultLevel(), TrustLevel::Enhanced);
    QCOMPARE(rules->levelSetting(TrustLevel::Premium).deviceLookupEnabled, false);
    QCOMPARE(rules->levelSetting(TrustLevel::Premium).trusted, true);
    const Result<TrustRules> again = TrustRules::fromJson(rules->toJson());
    QVERIFY(again);
    QCOMPARE(again->toJson(), rules->toJson());
}

void tst_TrustRules::parseAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value"); // -1: no number
    QTest::newRow("plain") << u"250000"_s << 250000.0;
    QTest::newRow("grouped") << u"1,500,000"_s << 1500000.0;
    QTest::newRow("spaces") << u"5 000"_s << 5000.0;
    QTest::newRow("currency") << u"₦ 1,200.50"_s << 1200.5;
    QTest::newRow("code") << u"NGN 42"_s << 42.0;
    QTest::newRow("none") << u"n/a"_s << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
}

void tst_TrustRules::parseAmount()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const std::optional<double> parsed = TrustRules::parseAmount(text);
    if (value < 0)
        QVERIFY(!parsed);
    else
        QCOMPARE(parsed.value_or(-2), value);
}

void tst_TrustRules::decideFollowsTheLevel()
{
    const TrustRules rules; // trustLevel column, default basic
    TrustRules::Decision d = rules.decide(u" Premium "_s);
    QCOMPARE(d.reading, TrustRules::Reading::FromColumn);
    QCOMPARE(d.setting, (TrustSetting{TrustLevel::Premium, true, true}));
    d = rules.decide(u"enhanced"_s);
    QCOMPARE(d.setting, (TrustSetting{TrustLevel::Enhanced, true, true}));
    d = rules.decide({});
    QCOMPARE(d.reading, TrustRules::Reading::Default);
    QCOMPARE(d.setting, (TrustSetting{TrustLevel::Basic, true, false}));
    d = rules.decide(u"gold"_s);
    QCOMPARE(d.reading, TrustRules::Reading::Unreadable);
    QCOMPARE(d.setting.level, TrustLevel::Basic);
    // Set explicitly in the source: wins over the level.
    d = rules.decide(u"premium"_s, u"no"_s, u"false"_s);
    QCOMPARE(d.setting, (TrustSetting{TrustLevel::Premium, false, false}));
    d = rules.decide(u"basic"_s, {}, u"yes"_s);
    QCOMPARE(d.setting, (TrustSetting{TrustLevel::Basic, true, true}));
}

void tst_TrustRules::planFromThresholds()
{
    QTemporaryDir dir;
    QString csv;
    const auto journal = merchantJournal(dir, &csv);
    QVERIFY(journal);
    const Result<TrustRules> rules = TrustRules::fromFile(MerchantFixture::writeRules(dir.filePath(u"r.json"_s)));
    QVERIFY2(rules, qPrintable(rules.error()));
    const Result<TrustSource> source = TrustSource::fromFile(csv);
    QVERIFY(source);
    const Result<TrustPlan> plan = TrustPlan::build(*journal, *rules, *source);
    QVERIFY2(plan, qPrintable(plan.error()));
    const TrustPlan::Preview &p = plan->preview;
    // Rows 1-18 on the server: 1-16 by i % 3 (premium 3,6,9,12,15; enhanced 1,4,7,10,13,16;
    // basic 2,5,8,11,14), 17 empty and 18 "n/a" get the default, basic.
    QCOMPARE(p.merchants, 18);
    QCOMPARE(p.notOnServer, 2);
    QCOMPARE(p.level(TrustLevel::Premium), 5);
    QCOMPARE(p.level(TrustLevel::Enhanced), 6);
    QCOMPARE(p.level(TrustLevel::Basic), 7);
    QCOMPARE(p.deviceLookup, 11);
    QCOMPARE(p.trusted, 17); // row 3 says trusted "no"
    QCOMPARE(p.fromColumn, 16);
    QCOMPARE(p.defaulted, 1);
    QCOMPARE(p.unreadable, 1);
    QCOMPARE(plan->entries.size(), 18);
    QCOMPARE(plan->entries.at(2).row, 3);
    QCOMPARE(plan->entries.at(2).serverId, u"m3"_s);
    QCOMPARE(plan->entries.at(2).setting, (TrustSetting{TrustLevel::Premium, false, true}));
    QCOMPARE(plan->entries.at(1).setting, (TrustSetting{TrustLevel::Basic, true, false}));
}

void tst_TrustRules::planFromTheLevelColumn()
{
    QTemporaryDir dir;
    QString csv;
    const auto journal = merchantJournal(dir, &csv);
    QVERIFY(journal);
    const Result<TrustSource> source = TrustSource::fromFile(csv);
    QVERIFY(source);
    const Result<TrustPlan> plan = TrustPlan::build(*journal, TrustRules(), *source);
    QVERIFY2(plan, qPrintable(plan.error()));
    const TrustPlan::Preview &p = plan->preview;
    QVERIFY(p.columnFound);
    QCOMPARE(p.level(TrustLevel::Premium), 4);  // rows 1-4
    QCOMPARE(p.level(TrustLevel::Enhanced), 6); // rows 5-10 ("Enhanced")
    QCOMPARE(p.level(TrustLevel::Basic), 8);    // 11 ("gold") and 12-18 (empty)
    QCOMPARE(p.unreadable, 1);
    QCOMPARE(p.defaulted, 7);
    QCOMPARE(p.deviceLookup, 10);
}

void tst_TrustRules::planWithoutASource()
{
    QTemporaryDir dir;
    const auto journal = merchantJournal(dir);
    QVERIFY(journal);
    const Result<TrustPlan> plan = TrustPlan::build(*journal, TrustRules(), TrustSource());
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY(!plan->preview.columnFound);
    QCOMPARE(plan->preview.level(TrustLevel::Basic), 18); // the default for everyone
    QCOMPARE(plan->preview.trusted, 18);
    QCOMPARE(plan->preview.deviceLookup, 0);
}

void tst_TrustRules::planRefusals()
{
    QTemporaryDir dir;
    QString csv;
    const auto journal = merchantJournal(dir, &csv);
    QVERIFY(journal);
    TrustRules rules;
    rules.setColumn(u"volume"_s);
    const Result<TrustSource> source = TrustSource::fromFile(csv);
    QVERIFY(source);
    Result<TrustPlan> plan = TrustPlan::build(*journal, rules, *source);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(u"volume"_s), qPrintable(plan.error()));
    plan = TrustPlan::build(*journal, rules, TrustSource());
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(u"not available"_s), qPrintable(plan.error()));

    // Another file (other row count): refused, rows would not match.
    const Result<TrustSource> shorter = TrustSource::fromFile(
        MerchantFixture::writeCsv(dir.filePath(u"short.csv"_s), 12));
    QVERIFY(shorter);
    plan = TrustPlan::build(*journal, TrustRules(), *shorter);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(u"12 rows"_s), qPrintable(plan.error()));

    // A customers' journal.
    QTemporaryDir other;
    auto customers = Journal::open(other.filePath(u"c.peere"_s), Journal::OpenMode::Create);
    QVERIFY(customers);
    QVERIFY((*customers)->importRecords(RecordKind::Customers, 1, [](qint64) {
        return ImportedRecord{1, QByteArrayList(12), false, {}};
    }));
    plan = TrustPlan::build(**customers, TrustRules(), TrustSource());
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(u"merchants only"_s), qPrintable(plan.error()));
}

void tst_TrustRules::planningAgainKeepsFinishedWork()
{
    QTemporaryDir dir;
    QString csv;
    auto journal = merchantJournal(dir, &csv);
    QVERIFY(journal);
    const Result<TrustSource> source = TrustSource::fromFile(csv);
    QVERIFY(source);
    const Result<TrustPlan> plan = TrustPlan::build(*journal, TrustRules(), *source);
    QVERIFY(plan);
    QVERIFY(journal->planTrust(plan->entries));
    QVERIFY(journal->setTrustState(1, TrustState::InFlight));
    QVERIFY(journal->setTrustState(1, TrustState::Validated));
    QVERIFY(journal->setTrustState(5, TrustState::InFlight));
    QVERIFY(journal->setTrustState(5, TrustState::Failed, u"HTTP 404: Merchant not found"_s));
    Result<TrustEntry> five = journal->trustEntry(5);
    QVERIFY(five);
    QCOMPARE(five->attempts, 1);
    QCOMPARE(five->serverId, u"m5"_s);
    QCOMPARE(five->message, u"HTTP 404: Merchant not found"_s);

    // The same plan again: nothing changes.
    QVERIFY(journal->planTrust(plan->entries));
    QCOMPARE(journal->trustEntry(1)->state, TrustState::Validated);
    QCOMPARE(journal->trustEntry(5)->state, TrustState::Failed);

    // Other rules: row 1 stays premium (kept), row 5 becomes basic (planned again).
    const Result<TrustRules> thresholds = TrustRules::fromFile(MerchantFixture::writeRules(dir.filePath(u"r.json"_s)));
    QVERIFY(thresholds);
    const Result<TrustPlan> other = TrustPlan::build(*journal, *thresholds, *source);
    QVERIFY(other);
    QVERIFY(journal->planTrust(other->entries));
    QCOMPARE(journal->trustEntry(1)->state, TrustState::Planned); // enhanced now
    five = journal->trustEntry(5);
    QCOMPARE(five->state, TrustState::Planned);
    QCOMPARE(five->attempts, 0);
    QVERIFY(five->message.isEmpty());
    const Result<TrustCounts> counts = journal->trustCounts();
    QVERIFY(counts);
    QCOMPARE(counts->total, 18);
    QCOMPARE(counts->level(TrustLevel::Premium), 5);

    // The table is a schema step of its own, at the end.
    QSqlQuery query(journal->database());
    QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Journal::currentSchemaVersion());
}

QTEST_GUILESS_MAIN(tst_TrustRules)
#include "tst_trustrules.moc"
