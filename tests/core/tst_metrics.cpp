// Metrics computed from journals with known answers: rates, percentiles, causes, data quality,
// KPI bands, the models (QAbstractItemModelTester) and the live source.
#include "../support/metricsfixture.h"
#include "cli/journalstatus.h"
#include "metrics/batchfates.h"
#include "metrics/failurecause.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricssource.h"
#include "migration/runner.h"
#include "migration/runsettings.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void percentile_data();
    void percentile();
    void kpiBands_data();
    void kpiBands();
    void normalise_data();
    void normalise();
    void knownJournal();
    void causesGrouped();
    void dataQuality();
    void models();
    void liveSource();
    void emptyJournal();
    void refreshReadsOnlyChangedBatches();
    void statusTargetsAreTheDashboards();
    void ceilingOfTheEnvironment_data();
    void ceilingOfTheEnvironment();
    void paceAtTheCeilingIsNotOverIt();
    void shortRunHasSeveralIntervals();
    void throughputIntervals_data();
    void throughputIntervals();

private:
    MetricsSnapshot computeFixture(QTemporaryDir &dir);
};

void tst_Metrics::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("empty") << QList<qint64>{} << 50.0 << qint64(0);
    QTest::newRow("one") << QList<qint64>{7} << 95.0 << qint64(7);
    QTest::newRow("p50 of four") << QList<qint64>{40, 10, 30, 20} << 50.0 << qint64(20);
    QList<qint64> twenty;
    for (qint64 i = 20; i >= 1; --i)
        twenty.append(i);
    QTest::newRow("p95 of 1..20") << twenty << 95.0 << qint64(19);
    QTest::newRow("p50 of 1..20") << twenty << 50.0 << qint64(10);
    QTest::newRow("p100") << twenty << 100.0 << qint64(20);
}

void tst_Metrics::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(qint64, expected);
    QCOMPARE(MetricsCalculator::percentile(values, p), expected);
}

void tst_Metrics::kpiBands_data()
{
    QTest::addColumn<int>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("status");
    const auto row = [](const char *name, Kpi kpi, double value, KpiStatus status) {
        QTest::newRow(name) << int(kpi) << value << int(status);
    };
    row("success 99", Kpi::SuccessRate, 99, KpiStatus::Good);
    row("success 96.5", Kpi::SuccessRate, 96.5, KpiStatus::Good);
    row("success 96", Kpi::SuccessRate, 96, KpiStatus::Warning);
    row("success 95.1", Kpi::SuccessRate, 95.1, KpiStatus::Warning);
    row("success 95", Kpi::SuccessRate, 95, KpiStatus::Bad);
    row("success 50", Kpi::SuccessRate, 50, KpiStatus::Bad);
    row("time 3.9", Kpi::BatchTime, 3.9, KpiStatus::Good);
    row("time 4", Kpi::BatchTime, 4, KpiStatus::Warning);
    row("time 5", Kpi::BatchTime, 5, KpiStatus::Bad);
    row("validation 0.5", Kpi::ValidationErrors, 0.5, KpiStatus::Good);
    row("validation 0.8", Kpi::ValidationErrors, 0.8, KpiStatus::Warning);
    row("validation 1", Kpi::ValidationErrors, 1, KpiStatus::Bad);
    row("post 1.5", Kpi::PostMigrationErrors, 1.5, KpiStatus::Good);
    row("post 1.6", Kpi::PostMigrationErrors, 1.6, KpiStatus::Warning);
    row("post 2.5", Kpi::PostMigrationErrors, 2.5, KpiStatus::Bad);
}

void tst_Metrics::kpiBands()
{
    QFETCH(int, kpi);
    QFETCH(double, value);
    QFETCH(int, status);
    QCOMPARE(int(kpiStatus(Kpi(kpi), value)), status);
    QCOMPARE(int(KpiValue::of(Kpi(kpi), value).status), status);
}

void tst_Metrics::normalise_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("email and number") << u"customer 'ann@x.ng' already exists (ref 12345)"_s
                                      << u"customer '<value>' already exists (ref <n>)"_s;
    QTest::newRow("bare email") << u"email bo@y.ng is taken"_s << u"email <email> is taken"_s;
    QTest::newRow("hex id") << u"HTTP 500 internal error id 9f8e7d6c5b"_s
                            << u"HTTP <n> internal error id <id>"_s;
    QTest::newRow("uuid") << u"batch 3fa85f64-5717-4562-b3fc-2c963f66afa6 lost"_s
                          << u"batch <id> lost"_s;
    QTest::newRow("spaces") << u"  too   many\trequests "_s << u"too many requests"_s;
    QTest::newRow("words kept") << u"phone is not valid"_s << u"phone is not valid"_s;
}

void tst_Metrics::normalise()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(normaliseServerMessage(message), expected);
}

MetricsSnapshot tst_Metrics::computeFixture(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"m.journal"_s);
    if (!MetricsFixture::build(path))
        return {};
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    if (!journal)
        return {};
    Result<MetricsSnapshot> snapshot = MetricsCalculator::compute(**journal);
    return snapshot ? *snapshot : MetricsSnapshot{};
}

void tst_Metrics::knownJournal()
{
    QTemporaryDir dir;
    const MetricsSnapshot s = computeFixture(dir);
    QCOMPARE(s.totals.records, 20);
    QCOMPARE(s.totals.invalid, 3);
    QCOMPARE(s.totals.pending, 1);
    QCOMPARE(s.totals.migrated, 13);
    QCOMPARE(s.totals.failed, 3);
    QCOMPARE(s.batches.size(), 5);

    const QList<double> success = {100.0, 75.0, 100.0, 100.0 / 3.0, 100.0};
    const QList<double> cumulative = {100.0, 75.0, 87.5, 100.0 / 3.0, 200.0 / 3.0};
    const QList<qint64> latency = {1000, 2000, 4000, 360000, 3000};
    const QList<Phase> phases = {Phase::Pilot, Phase::Expand, Phase::Expand, Phase::Complete,
                                 Phase::Complete};
    for (int i = 0; i < 5; ++i) {
        const BatchMetrics &b = s.batches.at(i);
        QCOMPARE(b.sequence, i + 1);
        QCOMPARE(b.phase, phases.at(i));
        QCOMPARE(b.successRate, success.at(i));
        QCOMPARE(b.cumulativeSuccessRate, cumulative.at(i));
        QCOMPARE(b.latencyMs, latency.at(i));
    }
    QCOMPARE(s.batches.at(1).serverDuplicates, 1);
    QCOMPARE(s.batches.at(3).serverInvalid, 1);

    // Percentiles over all batches: 1000, 2000, 3000, 4000, 360000.
    QCOMPARE(s.p50LatencyMs, 3000);
    QCOMPARE(s.p95LatencyMs, 360000);
    QCOMPARE(s.slowestMs, 360000);
    const PhaseMetrics &expand = s.phases[int(Phase::Expand)];
    QCOMPARE(expand.batches, 2);
    QCOMPARE(expand.p50LatencyMs, 2000);
    QCOMPARE(expand.p95LatencyMs, 4000);
    QCOMPARE(expand.counts.records, 10);
    QCOMPARE(expand.counts.successRate(), 87.5);
    QCOMPARE(expand.duplicates, 1);   // the server's
    QCOMPARE(expand.invalidData, 1);  // row 15 (row 3 was fixed)
    const PhaseMetrics &pilot = s.phases[int(Phase::Pilot)];
    QCOMPARE(pilot.duplicates, 1); // row 11, duplicate.reference
    QCOMPARE(pilot.decision, u"approved"_s);
    QCOMPARE(pilot.decidedBy, u"Ada"_s);
    QVERIFY(pilot.decidedAt.isValid());
    QCOMPARE(pilot.note, u"pilot clean"_s);
    QCOMPARE(pilot.status, PhaseStatus::Done);
    QCOMPARE(s.phases[int(Phase::Complete)].invalidData, 2);

    // KPIs: 13 of 16 = 81.25 %, slowest 6 min, 3 of 20 invalid, verify not run.
    QCOMPARE(s.kpis[int(Kpi::SuccessRate)].value, 81.25);
    QCOMPARE(s.kpis[int(Kpi::SuccessRate)].status, KpiStatus::Bad);
    QCOMPARE(s.kpis[int(Kpi::BatchTime)].value, 6.0);
    QCOMPARE(s.kpis[int(Kpi::BatchTime)].status, KpiStatus::Bad);
    QCOMPARE(s.kpis[int(Kpi::ValidationErrors)].value, 15.0);
    QVERIFY(!s.kpis[int(Kpi::PostMigrationErrors)].measured);
    QCOMPARE(s.kpis[int(Kpi::PostMigrationErrors)].status, KpiStatus::NoData);
    QCOMPARE(pilot.kpis[int(Kpi::SuccessRate)].status, KpiStatus::Good);
    QCOMPARE(pilot.kpis[int(Kpi::BatchTime)].value, 1000.0 / 60000.0);

    // Throughput: the journal records no pacing, so the documented 10 calls × 4 records; the 16
    // records were sent at once and answered over ~6 minutes (the slow batch): one interval.
    QCOMPARE(s.batchSize, 4);
    QCOMPARE(s.ceilingPerMinute, 40.0);
    QCOMPARE(s.throughput.size(), 1);
    QCOMPARE(s.throughput.first().records, 16);
    QVERIFY(qAbs(s.throughput.first().seconds - 360) < 1);
    QCOMPARE(s.queue, 1);
    // 14 records after the first batch over ~6 minutes: ~2.33 a minute, so one record in ~26 s.
    QVERIFY2(s.etaSeconds >= 25 && s.etaSeconds <= 26, qPrintable(QString::number(s.etaSeconds)));
}

void tst_Metrics::causesGrouped()
{
    QTemporaryDir dir;
    const MetricsSnapshot s = computeFixture(dir);
    QHash<QString, qint64> causes;
    QHash<QString, bool> server;
    for (const BreakdownRow &row : s.failureCauses) {
        QVERIFY2(!causes.contains(row.label), qPrintable(row.label));
        causes.insert(row.label, row.count);
        server.insert(row.label, row.server);
    }
    const QHash<QString, qint64> expected = {
        {u"customer '<value>' already exists (ref <n>)"_s, 2},
        {u"HTTP <n> internal error id <id>"_s, 1},
        {u"format.email (email)"_s, 1}, // row 3 was fixed, row 7 is left
        {u"duplicate.reference (reference)"_s, 1},
        {u"required (phone)"_s, 1},
    };
    QCOMPARE(causes, expected);
    QVERIFY(server.value(u"HTTP <n> internal error id <id>"_s));
    QVERIFY(!server.value(u"required (phone)"_s));
    QCOMPARE(s.failureCauses.first().count, 2); // most frequent first
}

void tst_Metrics::dataQuality()
{
    QTemporaryDir dir;
    const MetricsSnapshot s = computeFixture(dir);
    QHash<QString, double> byField, byRule;
    for (const BreakdownRow &row : s.issuesByField)
        byField.insert(row.label, row.percent);
    for (const BreakdownRow &row : s.issuesByRule)
        byRule.insert(row.label, row.percent);
    QCOMPARE(byField, (QHash<QString, double>{{u"email"_s, 5.0}, {u"reference"_s, 5.0},
                                               {u"phone"_s, 5.0}}));
    QCOMPARE(byRule, (QHash<QString, double>{{u"format.email"_s, 5.0},
                                              {u"duplicate.reference"_s, 5.0},
                                              {u"required"_s, 5.0}}));
    // The trend: 4 invalid at import (20 %), 3 after row 3 was fixed; row 7's edit changed nothing.
    QCOMPARE(s.qualityTrend.size(), 2);
    QCOMPARE(s.qualityTrend.at(0).invalid, 4);
    QCOMPARE(s.qualityTrend.at(0).percent, 20.0);
    QCOMPARE(s.qualityTrend.at(1).invalid, 3);
    QCOMPARE(s.qualityTrend.at(1).percent, 15.0);
    QVERIFY(s.qualityTrend.at(0).at <= s.qualityTrend.at(1).at);
}

void tst_Metrics::models()
{
    QTemporaryDir dir;
    const MetricsSnapshot full = computeFixture(dir);
    MetricsSource source;
    QAbstractItemModelTester t1(source.kpis(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(source.batches(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(source.phases(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(source.issuesByField(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(source.failureCauses(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t6(source.throughput(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t7(source.qualityTrend(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A partial snapshot first, then the full one: rows are appended, cells updated in place.
    MetricsSnapshot partial = full;
    partial.batches = full.batches.mid(0, 3);
    partial.batches[2].successRate = 50;
    partial.qualityTrend = full.qualityTrend.mid(0, 1);
    source.apply(partial);
    QCOMPARE(source.batches()->rowCount(), 3);
    QSignalSpy inserted(source.batches(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(source.batches(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(source.batches(), &QAbstractItemModel::modelReset);
    source.apply(full);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1); // batch 3's success rate
    QCOMPARE(reset.size(), 0);
    QCOMPARE(source.batches()->rowCount(), 5);
    QCOMPARE(source.batches()->rowsOfPhase(Phase::Expand), std::make_pair(1, 2));
    QCOMPARE(source.batches()->rowsOfPhase(Phase::Complete), std::make_pair(3, 2));
    QCOMPARE(source.batches()->index(3, BatchMetricsModel::ProcessingMinutes).data().toDouble(), 6.0);
    QCOMPARE(source.batches()->index(1, 0).data(BatchMetricsModel::SuccessStatusRole).toInt(),
             int(KpiStatus::Bad));
    QCOMPARE(source.kpis()->index(int(Kpi::SuccessRate)).data(KpiModel::ValueRole).toDouble(), 81.25);
    QCOMPARE(source.kpis()->index(int(Kpi::SuccessRate)).data(KpiModel::StatusRole).toInt(),
             int(KpiStatus::Bad));
    QCOMPARE(source.phases()->index(int(Phase::Expand), PhaseMetricsModel::P95Seconds).data().toDouble(), 4.0);
    QCOMPARE(source.phases()->index(0, PhaseMetricsModel::DecidedBy).data().toString(), u"Ada"_s);
    QCOMPARE(source.failureCauses()->rowCount(), 5);
    QCOMPARE(source.qualityTrend()->rowCount(), 2);
    QCOMPARE(source.qualityTrend()->index(1, 1).data().toDouble(), 15.0);
    QCOMPARE(source.throughput()->index(0, 2).data().toDouble(), 40.0);
    // Applying the same snapshot again changes nothing.
    changed.clear();
    source.apply(full);
    QCOMPARE(changed.size(), 0);
    // Another journal: a reset.
    source.apply(MetricsSnapshot{});
    QCOMPARE(source.batches()->rowCount(), 0);
}

void tst_Metrics::liveSource()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    QVERIFY(MetricsFixture::build(path));
    MetricsSource source;
    QSignalSpy finished(&source, &MetricsSource::refreshFinished);
    QSignalSpy changed(&source, &MetricsSource::snapshotChanged);
    source.setJournalPath(path);
    QVERIFY(finished.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(source.snapshot().totals.migrated, 13);
    QCOMPARE(source.batches()->rowCount(), 5);

    // Unchanged journal: the worker does not recompute.
    source.refresh();
    QVERIFY(finished.wait(5000));
    QCOMPARE(changed.size(), 1);

    // The runner (another connection) sends the fixed record: the next refresh sees it.
    {
        auto writer = Journal::open(path, Journal::OpenMode::Existing);
        QVERIFY2(writer.hasValue(), qPrintable(writer.error()));
        QVERIFY(MetricsFixture::sendBatch(**writer, Phase::Expand, {3}, 1500, {}, 0, 0));
    }
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QCOMPARE(source.snapshot().totals.migrated, 14);
    QCOMPARE(source.batches()->rowCount(), 6);

    // A journal that is not there: a message, no crash.
    QSignalSpy failed(&source, &MetricsSource::refreshFailed);
    source.setJournalPath(dir.filePath(u"missing.journal"_s));
    QVERIFY(failed.wait(5000));
}

void tst_Metrics::emptyJournal()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"e.journal"_s), Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    Result<MetricsSnapshot> s = MetricsCalculator::compute(**journal);
    QVERIFY2(s.hasValue(), qPrintable(s.error()));
    QCOMPARE(s->totals.records, 0);
    QVERIFY(s->batches.isEmpty());
    for (const KpiValue &kpi : s->kpis)
        QCOMPARE(kpi.status, KpiStatus::NoData);
    QCOMPARE(s->etaSeconds, 0);
}

void tst_Metrics::refreshReadsOnlyChangedBatches()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    QVERIFY(MetricsFixture::build(path));
    auto writer = Journal::open(path, Journal::OpenMode::Existing);
    auto reader = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(writer.hasValue() && reader.hasValue());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    BatchFates fates;
    // The figures kept between refreshes are the figures read afresh, exactly.
    const auto sameAsFresh = [&] {
        const Result<MetricsSnapshot> kept = MetricsCalculator::compute(**reader, now, &fates);
        const Result<MetricsSnapshot> fresh = MetricsCalculator::compute(**reader, now);
        QVERIFY(kept.hasValue() && fresh.hasValue());
        QCOMPARE(kept->batches.size(), fresh->batches.size());
        for (qsizetype i = 0; i < kept->batches.size(); ++i) {
            const BatchMetrics &a = kept->batches.at(i), &b = fresh->batches.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.migrated, b.migrated);
            QCOMPARE(a.failed, b.failed);
            QCOMPARE(a.mismatch, b.mismatch);
            QCOMPARE(a.pendingFate, b.pendingFate);
        }
        QCOMPARE(kept->failureCauses.size(), fresh->failureCauses.size());
        for (qsizetype i = 0; i < kept->failureCauses.size(); ++i) {
            QCOMPARE(kept->failureCauses.at(i).label, fresh->failureCauses.at(i).label);
            QCOMPARE(kept->failureCauses.at(i).count, fresh->failureCauses.at(i).count);
        }
    };

    sameAsFresh(); // the first refresh reads every batch
    QVERIFY(fates.lastReadAll());
    sameAsFresh(); // nothing changed: no batch is read
    QVERIFY(!fates.lastReadAll());
    QCOMPARE(fates.lastBatchesRead(), 0);

    // A new batch answered (row 3, fixed and pending again): only that batch is read.
    const Result<QList<JournalRecord>> pending
        = (*writer)->records(std::nullopt, RecordState::Pending, 10);
    QVERIFY(pending.hasValue() && !pending->isEmpty());
    const JournalRecord &fixed = pending->constFirst();
    QVERIFY(MetricsFixture::sendBatch(**writer, fixed.phase, {fixed.row}, 1500,
                                      {u"HTTP 502 bad gateway"_s}, 0, 0));
    sameAsFresh();
    QVERIFY(!fates.lastReadAll());
    QCOMPARE(fates.lastBatchesRead(), 1);
    QVERIFY(fates.causes().contains(u"HTTP <n> bad gateway"_s));

    // The verification moves a migrated record without touching its batch: the check against the
    // counts by state notices, and every batch is read again.
    const Result<QList<JournalRecord>> migrated
        = (*writer)->records(Phase::Pilot, RecordState::Migrated, 1);
    QVERIFY(migrated.hasValue() && migrated->size() == 1);
    QVERIFY((*writer)->applyOutcomes({{migrated->constFirst().row, RecordState::Mismatch, {},
                                       u"not found on the server"_s, {}}}).hasValue());
    sameAsFresh();
    QVERIFY(fates.lastReadAll());
}

void tst_Metrics::ceilingOfTheEnvironment_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<double>("pacing");
    QTest::addColumn<double>("limit"); // -1: as RunSettings::of tells from the address
    QTest::addColumn<double>("ceiling");
    const QString embedded = u"http://127.0.0.1:34441"_s;
    // The demo before: paced at 120 against the embedded sandbox's 120, batches of 25.
    QTest::newRow("embedded sandbox with limits") << embedded << 120.0 << 120.0 << 3000.0;
    // A sandbox started with no limits has no ceiling, whatever the pacing (the journal's
    // missing "rate" setting made it 10 calls × 25 = 250 while the run went at 54,522).
    QTest::newRow("embedded sandbox without limits") << embedded << 600.0 << 0.0 << 0.0;
    // Peere's own environments: the documented 10 a minute, even paced slower or faster.
    QTest::newRow("live, paced slower") << u"https://api.peere.network"_s << 5.0 << -1.0 << 250.0;
    QTest::newRow("hosted sandbox, paced faster")
        << u"https://sandbox-api.peere.network"_s << 60.0 << -1.0 << 250.0;
    // Another server: its limit is not known, the pacing stands for it; unpaced, no ceiling.
    QTest::newRow("local sandbox") << u"http://127.0.0.1:8080"_s << 20.0 << -1.0 << 500.0;
    QTest::newRow("local sandbox, unpaced") << u"http://127.0.0.1:8080"_s << 0.0 << -1.0 << 0.0;
}

void tst_Metrics::ceilingOfTheEnvironment()
{
    QFETCH(QString, url);
    QFETCH(double, pacing);
    QFETCH(double, limit);
    QFETCH(double, ceiling);
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"c.peere"_s), Journal::OpenMode::Create);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QVERIFY(MetricsFixture::pacedRun(**journal, 4, 25, 2000, 150));
    ApiClientOptions client;
    client.baseUrl = QUrl(url);
    client.batchPerMinute = pacing;
    RunnerOptions runner;
    runner.batchSize = 25;
    RunSettings settings = RunSettings::of(client, runner);
    if (limit >= 0)
        settings.batchLimitPerMinute = limit;
    QVERIFY(settings.write(**journal));
    const Result<MetricsSnapshot> s = MetricsCalculator::compute(**journal);
    QVERIFY2(s.hasValue(), qPrintable(s.error()));
    QCOMPARE(s->ceilingPerMinute, ceiling);
    QCOMPARE(s->hasCeiling(), ceiling > 0);
    // 3 batches of 25 after the first in 6.15 s: 732 a minute, over a ceiling of 250 or 500 and
    // said to be.
    QVERIFY2(qAbs(s->recordsPerMinute - 731.7) < 0.1, qPrintable(QString::number(s->recordsPerMinute)));
    QCOMPARE(s->aboveCeiling(), ceiling > 0 && ceiling < 700);
}

void tst_Metrics::paceAtTheCeilingIsNotOverIt()
{
    // 10 batches of 25 at exactly 10 a minute (one every 6 s), answered in 150 ms: the run goes
    // at its ceiling of 250 records a minute, never over it (counting the first batch's records
    // over 9 intervals read 277: "277 of 250").
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"p.peere"_s), Journal::OpenMode::Create);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QVERIFY(MetricsFixture::pacedRun(**journal, 10, 25, 6000, 150));
    QVERIFY((*journal)->setSetting(u"batchSize"_s, u"25"_s));
    const Result<MetricsSnapshot> s = MetricsCalculator::compute(**journal);
    QVERIFY2(s.hasValue(), qPrintable(s.error()));
    QCOMPARE(s->ceilingPerMinute, 250.0);
    QVERIFY2(s->recordsPerMinute <= 250 && s->recordsPerMinute > 245,
             qPrintable(QString::number(s->recordsPerMinute)));
    QVERIFY(!s->aboveCeiling());
}

void tst_Metrics::shortRunHasSeveralIntervals()
{
    // The demo's run: 13 batches of 25, one every 1.5 s, in 18 s. In minutes it was one point (a
    // line of one point draws nothing); in 5 s intervals it is four, each with its pace.
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"s.peere"_s), Journal::OpenMode::Create);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QVERIFY(MetricsFixture::pacedRun(**journal, 13, 25, 1500, 150));
    const Result<MetricsSnapshot> s = MetricsCalculator::compute(**journal);
    QVERIFY2(s.hasValue(), qPrintable(s.error()));
    QCOMPARE(s->throughputSeconds, 5);
    QCOMPARE(s->throughputUnit(), 1);
    QCOMPARE(s->throughput.size(), 4);
    qint64 records = 0;
    for (const ThroughputPoint &point : s->throughput) {
        records += point.records;
        QVERIFY2(point.perMinute >= 900 && point.perMinute <= 1500,
                 qPrintable(QString::number(point.perMinute)));
    }
    QCOMPARE(records, 13 * 25);
    QCOMPARE(s->throughput.at(0).seconds, 5.0);
    QCOMPARE(s->throughput.at(0).records, 4 * 25); // sent at 0, 1.5, 3 and 4.5 s
    QCOMPARE(s->throughput.at(0).perMinute, 1200.0);
    QCOMPARE(s->throughput.at(1).perMinute, 900.0); // 6, 7.5 and 9 s
    // The last interval ends at the last answer: 18 s + 150 ms.
    QCOMPARE(s->throughput.constLast().seconds, 18.15);
}

void tst_Metrics::throughputIntervals_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("interval");
    QTest::newRow("one batch") << 0.15 << 1 << 1;
    QTest::newRow("instant run") << 0.8 << 13 << 1;
    QTest::newRow("demo") << 18.15 << 13 << 5;
    QTest::newRow("documented pace, 10 minutes") << 600.0 << 100 << 15;
    QTest::newRow("1,000,000 at 5,000 a minute") << 12000.0 << 2000 << 300;
    QTest::newRow("a weekend") << 200000.0 << 20000 << 7200;
}

void tst_Metrics::throughputIntervals()
{
    QFETCH(double, span);
    QFETCH(int, batches);
    QFETCH(int, interval);
    QCOMPARE(MetricsCalculator::throughputInterval(span, batches), interval);
    QVERIFY(span / interval <= MetricsCalculator::maxThroughputPoints);
}

// `peere-migrate status` reads the targets and the throughput from aggregates only
// (computeSummary); they are the dashboard's (the full MetricsCalculator) at every stage.
void tst_Metrics::statusTargetsAreTheDashboards()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    const auto same = [&](const char *stage) {
        auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
        QVERIFY(journal.hasValue());
        const Result<QJsonObject> status = Cli::journalStatus(**journal);
        QVERIFY2(status.hasValue(), qPrintable(status.error()));
        const Result<MetricsSnapshot> snapshot = MetricsCalculator::compute(**journal);
        QVERIFY(snapshot.hasValue());
        QCOMPARE(status->value(u"throughput"_s).toObject(), Cli::throughputJson(*snapshot));
        QCOMPARE(status->value(u"records"_s).toInteger(), snapshot->totals.records);
        QCOMPARE(status->value(u"pending"_s).toInteger(), snapshot->totals.pending);
        const QJsonObject kpis = status->value(u"kpis"_s).toObject();
        QVERIFY2(kpis == Cli::kpisJson(*snapshot),
                 qPrintable(u"%1: status %2, dashboard %3"_s.arg(
                     QLatin1StringView(stage),
                     QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(
                         QJsonDocument(Cli::kpisJson(*snapshot)).toJson(QJsonDocument::Compact)))));
    };
    QVERIFY(Journal::open(path, Journal::OpenMode::Create).hasValue());
    same("empty");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(MetricsFixture::build(path));
    same("the fixture");
    if (QTest::currentTestFailed())
        return;
    {
        auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
        const QJsonObject kpis = Cli::journalStatus(**journal)->value(u"kpis"_s).toObject();
        QCOMPARE(kpis.value(u"batchTime"_s)[u"value"_s].toDouble(), 6.0); // batch 4: 360 s
        QCOMPARE(kpis.value(u"batchTime"_s)[u"status"_s].toString(), u"bad"_s);
        QVERIFY(kpis.value(u"postMigrationErrors"_s)[u"value"_s].isNull());
    }
    {
        // A batch still in flight, one that got no answer (slower than any), and the verify
        // phase's findings: none of them may set the two apart.
        auto journal = Journal::open(path, Journal::OpenMode::Existing);
        QVERIFY(journal.hasValue());
        const Result<QList<JournalRecord>> pending
            = (*journal)->records(std::nullopt, RecordState::Pending, 1);
        QVERIFY(pending.hasValue() && !pending->isEmpty());
        QVERIFY((*journal)->beginBatch(pending->first().phase, {pending->first().row}).hasValue());
        const Result<qint64> lost = (*journal)->beginBatch(Phase::Pilot, {});
        QVERIFY(lost.hasValue());
        BatchAnswer noAnswer;
        noAnswer.state = u"unknown"_s;
        noAnswer.latencyMs = 900000;
        QVERIFY((*journal)->finishBatch(*lost, noAnswer, {}).hasValue());
        QVERIFY((*journal)
                    ->applyOutcomes({{1, RecordState::Verified, u"created"_s, {}, u"id"_s},
                                     {2, RecordState::Mismatch, {}, u"not found"_s, {}}})
                    .hasValue());
    }
    same("in flight, unanswered, verified");
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    const QJsonObject kpis = Cli::journalStatus(**journal)->value(u"kpis"_s).toObject();
    QCOMPARE(kpis.value(u"batchTime"_s)[u"value"_s].toDouble(), 6.0);
    QCOMPARE(kpis.value(u"postMigrationErrors"_s)[u"value"_s].toDouble(), 50.0);
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
