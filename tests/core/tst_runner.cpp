// The runner against the in-process sandbox over loopback: phases and gate, exactly once with
// lost answers, the documented fallback, splitting, 401, pause/resume/cancel, 202 polling.
#include "../support/exclusionedit.h"
#include "migration/runner.h"
#include "sandbox/sandboxserver.h"
#include "../support/sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

// Customer i: valid in the journal unless i % 13 == 5; the server refuses it (bad country) when
// i % serverBadEvery == 1.
ImportedRecord customer(qint64 i, int serverBadEvery)
{
    ImportedRecord record;
    record.line = i + 2;
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "CR" + n;
    v[CustomerField::Firstname] = "Ada";
    v[CustomerField::Lastname] = "Lovelace";
    v[CustomerField::AccountName] = "Ada Lovelace " + n;
    v[CustomerField::Email] = " ada" + n + "@example.com ";
    v[CustomerField::Country] = serverBadEvery > 0 && i % serverBadEvery == 1 ? "XX" : "ng";
    v[CustomerField::AccountNumber] = QByteArray::number(1000000000 + i);
    v[CustomerField::Reference] = "REF" + n;
    v[CustomerField::Gender] = "Female";
    record.values = v;
    record.hasErrors = i % 13 == 5;
    if (record.hasErrors)
        record.firstIssue = u"format.email"_s;
    return record;
}

ImportedRecord merchant(qint64 i)
{
    ImportedRecord record;
    record.line = i + 2;
    QByteArrayList v(fieldCount(RecordKind::Merchants));
    const QByteArray n = QByteArray::number(i);
    v[MerchantField::Name] = "Shop " + n;
    v[MerchantField::Email] = "shop" + n + "@example.com";
    v[MerchantField::Phone] = "+2348012345678";
    v[MerchantField::Address] = "1 Market Road";
    v[MerchantField::Website] = "https://shop" + n + ".example.com";
    record.values = v;
    return record;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ApiClient> client;
    qint64 valid = 0;
};

} // namespace

class tst_Runner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void allPhasesExactlyOnce();
    void excludedRecordsAreNeverSent();
    void gateStopsForADecision_data();
    void gateStopsForADecision();
    void signOffAfterEachPhase();
    void exactlyOnceWithLostAnswers_data();
    void exactlyOnceWithLostAnswers();
    void docsOnlyFindsTheFailures();
    void splitsWhatTheServerRejectsWhole();
    void asyncBatchesArePolled();
    void wrongKeyStopsAndFailsNothing();
    void pauseResumeCancel();
    void merchants();
    void latencyLeavesOutThePacingWait();

private:
    static bool prepare(Fixture &f, SandboxOptions sandbox, qint64 count, int serverBadEvery = 0,
                        RecordKind kind = RecordKind::Customers, QString key = {},
                        double batchPerMinute = 0);
    static QJsonObject stats(const Fixture &f);
    static bool runToEnd(Runner &runner, int timeoutMs = 60000);
};

bool tst_Runner::prepare(Fixture &f, SandboxOptions sandbox, qint64 count, int serverBadEvery,
                         RecordKind kind, QString key, double batchPerMinute)
{
    f.server = std::make_unique<SandboxServer>(sandbox);
    if (!f.server->start().hasValue())
        return false;
    auto journal = Journal::open(f.dir.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    if (!journal)
        return false;
    f.journal = std::move(*journal);
    const auto source = [&](qint64 i) {
        return kind == RecordKind::Customers ? customer(i, serverBadEvery) : merchant(i);
    };
    if (!f.journal->importRecords(kind, count, source))
        return false;
    f.valid = f.journal->counts()->pending;
    ApiClientOptions options;
    options.baseUrl = f.server->baseUrl();
    options.kind = kind;
    options.apiKey = !key.isEmpty() ? key
                     : kind == RecordKind::Customers ? sandbox.bankKey : sandbox.providerKey;
    options.standardPerMinute = options.statusPerMinute = 0;
    options.batchPerMinute = batchPerMinute;
    options.timeoutMs = 5000;
    options.backoffBaseMs = 20;
    options.backoffMaxMs = 200;
    options.seed = 11;
    auto client = ApiClient::create(options);
    if (!client)
        return false;
    f.client.reset(*client);
    return true;
}

QJsonObject tst_Runner::stats(const Fixture &f)
{
    return getJsonObject(f.server->baseUrl().resolved(QUrl(u"/_sandbox/stats"_s)), {}, 5000);
}

bool tst_Runner::runToEnd(Runner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

void tst_Runner::allPhasesExactlyOnce()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 400));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 25;
    options.concurrency = 3;
    Runner runner(*f.journal, *f.client, options);
    QSignalSpy phases(&runner, &Runner::phaseFinished);
    QSignalSpy batches(&runner, &Runner::batchFinished);
    QSignalSpy gates(&runner, &Runner::gateReached);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(gates.count(), 0);
    QCOMPARE(phases.count(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(phases.at(i).at(0).value<Phase>(), Phase(i));
    const JournalCounts counts = *f.journal->counts();
    QCOMPARE(counts.migrated, f.valid);
    QCOMPARE(counts.verified, f.valid);
    QCOMPARE(counts.pending + counts.inFlight + counts.unknown + counts.failed, 0);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), f.valid);
    // The pilot's batches came first and held only pilot members.
    const auto first = batches.first().at(0).value<BatchFigures>();
    QCOMPARE(first.phase, Phase::Pilot);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(f.journal->phaseStatus(Phase(i)), PhaseStatus::Done);
    // Values went out trimmed, with the case rules.
    QCOMPARE(f.journal->record(1)->state, RecordState::Verified);
}

void tst_Runner::excludedRecordsAreNeverSent()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 200));
    // The review page writes into the journal beside the run (a connection of its own).
    auto review = Journal::open(f.journal->path(), Journal::OpenMode::Review);
    QVERIFY(review.hasValue());
    const auto exclusion = [](qint64 row, bool exclude) {
        return ExclusionEdit::of(row, exclude, false);
    };
    // Before the run: two records out, one out and back in.
    QVERIFY(
        (*review)
            ->appendEdits(
                {exclusion(1, true), exclusion(2, true), exclusion(3, true), exclusion(3, false)},
                u"ada"_s)
            .hasValue());
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 10;
    options.concurrency = 1;
    options.gatePercent = 0;
    Runner runner(*f.journal, *f.client, options);
    // During the run: the last pending records (the complete phase's) are excluded as soon as
    // the first batch leaves.
    QList<qint64> late;
    connect(&runner, &Runner::batchStarted, this, [&] {
        if (!late.isEmpty())
            return;
        const Result<QList<JournalRecord>> pending
            = f.journal->records(Phase::Complete, RecordState::Pending, 1000);
        QVERIFY(pending.hasValue() && pending->size() > 5);
        QList<JournalEdit> edits;
        for (qsizetype i = pending->size() - 5; i < pending->size(); ++i) {
            late.append(pending->at(i).row);
            edits.append(exclusion(pending->at(i).row, true));
        }
        QList<RefusedExclusion> refused;
        QVERIFY((*review)->appendEdits(edits, u"ada"_s, &refused).hasValue());
        QVERIFY(refused.isEmpty());
    });
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(late.size(), 5);
    const JournalCounts counts = *f.journal->counts();
    QCOMPARE(counts.excluded, 7);
    QCOMPARE(counts.pending, 0);
    QCOMPARE(counts.migrated, f.valid - 7);
    // Never sent: still excluded, in no batch, and not on the server.
    for (const qint64 row : QList<qint64>{1, 2} + late) {
        const JournalRecord record = *f.journal->record(row);
        QCOMPARE(record.state, RecordState::Excluded);
        QCOMPARE(record.batch, 0);
    }
    QCOMPARE(f.journal->record(3)->state, RecordState::Verified);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), counts.migrated);
    // Sent: no longer excludable.
    QList<RefusedExclusion> refused;
    QVERIFY((*review)->appendEdits({exclusion(3, true)}, u"ada"_s, &refused).hasValue());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().state, RecordState::Verified);
}

void tst_Runner::gateStopsForADecision_data()
{
    QTest::addColumn<bool>("approve");
    QTest::newRow("approved") << true;
    QTest::newRow("stopped") << false;
}

void tst_Runner::gateStopsForADecision()
{
    QFETCH(bool, approve);
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 300, 4)); // a quarter refused by the server
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 20;
    Runner runner(*f.journal, *f.client, options);
    QSignalSpy gates(&runner, &Runner::gateReached);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    QVERIFY(gates.wait(30000));
    QCOMPARE(gates.first().at(0).value<Phase>(), Phase::Pilot);
    const auto figures = gates.first().at(1).value<PhaseFigures>();
    QVERIFY(!figures.passed);
    QVERIFY(figures.successRate < 95);
    // The reason names the phase as the user knows it, not by the journal's id.
    QCOMPARE(figures.reason, u"The Pilot phase's success rate is %1%, below the gate of 95.0%"_s
                                 .arg(figures.successRate, 0, 'f', 1));
    QCOMPARE(runner.lastMessage(), figures.reason);
    QCOMPARE(runner.state(), RunnerState::AwaitingDecision);
    QCOMPARE(f.journal->phaseStatus(Phase::Pilot), PhaseStatus::AwaitingDecision);
    // Nothing of the next phase was sent while waiting.
    QCOMPARE(f.journal->counts(Phase::Expand)->pending, f.journal->counts(Phase::Expand)->records
                                                            - f.journal->counts(Phase::Expand)->invalid);
    if (approve)
        runner.approve(u"Ada Lovelace"_s);
    else
        runner.stop(u"Ada Lovelace"_s);
    QSqlQuery query(f.journal->database());
    QVERIFY(query.exec(u"SELECT decision, decided_by FROM phases WHERE phase = 0"_s) && query.next());
    QCOMPARE(query.value(0).toString(), approve ? u"approved"_s : u"stopped"_s);
    QCOMPARE(query.value(1).toString(), u"Ada Lovelace"_s);
    if (!approve) {
        QCOMPARE(runner.state(), RunnerState::Stopped);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toString(),
                 u"Ada Lovelace stopped the migration after the Pilot phase."_s);
        return;
    }
    // Later gates fail too (same share); approve each.
    while (runner.state() != RunnerState::Finished) {
        if (runner.state() == RunnerState::AwaitingDecision)
            runner.approve(u"Ada Lovelace"_s);
        else
            QVERIFY(finished.wait(30000) || runner.state() == RunnerState::AwaitingDecision);
    }
    const JournalCounts counts = *f.journal->counts();
    QVERIFY(counts.failed > 0);
    QCOMPARE(counts.migrated + counts.failed, f.valid);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), counts.migrated);
}

void tst_Runner::signOffAfterEachPhase()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 200)); // every record accepted: each gate passes
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 20;
    options.signOffEachPhase = true;
    Runner runner(*f.journal, *f.client, options);
    QSignalSpy gates(&runner, &Runner::gateReached);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    // After the pilot and after expand, not after complete (verify sends nothing).
    for (const Phase phase : {Phase::Pilot, Phase::Expand}) {
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RunnerState::AwaitingDecision, 30000);
        QCOMPARE(gates.last().at(0).value<Phase>(), phase);
        const auto figures = gates.last().at(1).value<PhaseFigures>();
        QVERIFY(figures.passed);
        QCOMPARE(figures.successRate, 100.0);
        QVERIFY2(figures.reason.contains(u"passed its gate"_s), qPrintable(figures.reason));
        QCOMPARE(f.journal->phaseStatus(phase), PhaseStatus::AwaitingDecision);
        // Nothing of the next phase leaves before the sign-off.
        const Phase next = Phase(int(phase) + 1);
        QCOMPARE(f.journal->counts(next)->migrated, 0);
        runner.approve(u"Grace Hopper"_s);
    }
    QVERIFY(finished.wait(30000));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(gates.count(), 2);
    QCOMPARE(f.journal->counts()->verified, f.valid);
    QSqlQuery query(f.journal->database());
    QVERIFY(query.exec(u"SELECT count(*) FROM phases WHERE decided_by = 'Grace Hopper'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);

    // Up to the pilot only: the last phase asked for needs no sign-off.
    Fixture g;
    QVERIFY(prepare(g, sandbox, 100));
    options.lastPhase = Phase::Pilot;
    Runner pilotOnly(*g.journal, *g.client, options);
    QSignalSpy pilotGates(&pilotOnly, &Runner::gateReached);
    QVERIFY(runToEnd(pilotOnly, 30000));
    QCOMPARE(pilotOnly.state(), RunnerState::Finished);
    QCOMPARE(pilotGates.count(), 0);
}

void tst_Runner::exactlyOnceWithLostAnswers_data()
{
    QTest::addColumn<bool>("docsOnly");
    QTest::newRow("conventions") << false;
    QTest::newRow("docs-only") << true;
}

void tst_Runner::exactlyOnceWithLostAnswers()
{
    QFETCH(bool, docsOnly);
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.docsOnly = docsOnly;
    sandbox.failRate = 0.1;
    sandbox.dropRate = 0.1;
    sandbox.loseResponseRate = 0.2;
    sandbox.seed = 7;
    QVERIFY(prepare(f, sandbox, 600));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 20;
    options.concurrency = 3;
    options.pauseErrorPercent = 101; // never pause by itself here
    Runner runner(*f.journal, *f.client, options);
    QVERIFY(runToEnd(runner, 120000));
    QCOMPARE(runner.state(), RunnerState::Finished);
    const JournalCounts counts = *f.journal->counts();
    QCOMPARE(counts.migrated, f.valid);
    QCOMPARE(counts.failed, 0);
    const QJsonObject s = stats(f);
    QCOMPARE(s.value(u"customers"_s).toInt(), f.valid); // each exactly once
    QVERIFY(s.value(u"injectedFaults"_s).toInt() > 0);
    QVERIFY2(f.journal->counts()->verified == f.valid, "every record found again by verify");
}

void tst_Runner::docsOnlyFindsTheFailures()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.docsOnly = true;
    QVERIFY(prepare(f, sandbox, 200, 9));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 15;
    options.gatePercent = 0;
    Runner runner(*f.journal, *f.client, options);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    const JournalCounts counts = *f.journal->counts();
    qint64 refused = 0;
    for (qint64 i = 0; i < 200; ++i)
        refused += (!customer(i, 9).hasErrors && i % 9 == 1) ? 1 : 0;
    QCOMPARE(counts.failed, refused);
    QCOMPARE(counts.migrated, f.valid - refused);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), f.valid - refused);
    // Exactly the records the server refused are failed.
    QVERIFY(f.journal->forEachFailure([&](const JournalRecord &record) {
                         if (record.state == RecordState::Failed)
                             QCOMPARE(record.values.at(CustomerField::Country), QByteArray("XX"));
                     }).hasValue());
}

void tst_Runner::splitsWhatTheServerRejectsWhole()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.maxBatch = 7;
    QVERIFY(prepare(f, sandbox, 200));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 30;
    Runner runner(*f.journal, *f.client, options);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(f.journal->counts()->migrated, f.valid);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), f.valid);
    bool split = false;
    const Result<QList<BatchInfo>> batches = f.journal->batches();
    QVERIFY(batches.hasValue());
    for (const BatchInfo &batch : batches.value())
        split = split || (batch.state == u"split"_s && batch.answer.httpStatus == 413);
    QVERIFY(split);
}

void tst_Runner::asyncBatchesArePolled()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.asyncThreshold = 5;
    QVERIFY(prepare(f, sandbox, 120));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 20;
    options.pollIntervalMs = 50;
    Runner runner(*f.journal, *f.client, options);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(f.journal->counts()->migrated, f.valid);
    const auto batches = *f.journal->batches();
    QVERIFY(!batches.first().answer.serverBatchId.isEmpty());
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), f.valid);
}

void tst_Runner::wrongKeyStopsAndFailsNothing()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 100, 0, RecordKind::Customers, u"not-the-key"_s));
    Runner runner(*f.journal, *f.client, RunnerOptions{});
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Failed);
    QVERIFY2(runner.lastMessage().contains(u"API key"_s), qPrintable(runner.lastMessage()));
    const JournalCounts counts = *f.journal->counts();
    QCOMPARE(counts.failed, 0);
    QCOMPARE(counts.pending, f.valid);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), 0);
}

void tst_Runner::pauseResumeCancel()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.latencyMs = 100;
    QVERIFY(prepare(f, sandbox, 600));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 10;
    auto runner = std::make_unique<Runner>(*f.journal, *f.client, options);
    QSignalSpy started(runner.get(), &Runner::batchStarted);
    QSignalSpy settled(runner.get(), &Runner::settled);
    runner->start();
    QVERIFY(started.wait(5000));
    runner->pause();
    QCOMPARE(runner->state(), RunnerState::Paused);
    QVERIFY(settled.count() > 0 || settled.wait(5000));
    const qint64 sent = started.count();
    QTest::qWait(400);
    QCOMPARE(started.count(), sent); // nothing new while paused
    QCOMPARE(f.journal->counts()->inFlight, 0);
    runner->resume();
    QVERIFY(started.wait(5000));
    QTRY_VERIFY(started.count() > sent + 3);
    runner->cancel();
    QCOMPARE(runner->state(), RunnerState::Cancelled);
    runner.reset();
    // A new run picks up where the cancelled one left, looking up what was in flight.
    Runner again(*f.journal, *f.client, options);
    QVERIFY(runToEnd(again));
    QCOMPARE(again.state(), RunnerState::Finished);
    QCOMPARE(f.journal->counts()->migrated, f.valid);
    QCOMPARE(stats(f).value(u"customers"_s).toInt(), f.valid);
}

void tst_Runner::merchants()
{
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    sandbox.loseResponseRate = 0.2;
    sandbox.seed = 3;
    QVERIFY(prepare(f, sandbox, 150, 0, RecordKind::Merchants));
    RunnerOptions options;
    options.lookupRetryMs = 100;
    options.batchSize = 10;
    options.pauseErrorPercent = 101;
    Runner runner(*f.journal, *f.client, options);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QCOMPARE(f.journal->counts()->migrated, f.valid);
    QCOMPARE(f.journal->counts()->verified, f.valid);
    QCOMPARE(stats(f).value(u"merchants"_s).toInt(), f.valid);
}

void tst_Runner::latencyLeavesOutThePacingWait()
{
    // 7 batches paced at 30 a minute (5 at once, then one every 2 s), 2 in flight, against a
    // server that answers at once: the 6th and 7th wait 2 and 4 s for their turn in the client.
    // That wait is not the server's processing time (the demo's Run page showed 4,070 ms for a
    // server answering in 150).
    Fixture f;
    SandboxOptions sandbox;
    sandbox.noLimits = true;
    QVERIFY(prepare(f, sandbox, 30, 0, RecordKind::Customers, {}, 30));
    RunnerOptions options;
    options.batchSize = 5;
    options.concurrency = 2;
    options.lastPhase = Phase::Complete;
    Runner runner(*f.journal, *f.client, options);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), RunnerState::Finished);
    QVERIFY2(clock.elapsed() >= 3000, qPrintable(QString::number(clock.elapsed())));
    const Result<QList<BatchInfo>> batches = f.journal->batches();
    QVERIFY(batches.hasValue());
    QVERIFY(batches->size() >= 7);
    for (const BatchInfo &batch : *batches)
        QVERIFY2(batch.answer.latencyMs < 1000, qPrintable(QString::number(batch.answer.latencyMs)));
    // Their sending times are when they left, at the pace: the last one about 4 s after the
    // first (they were begun within a few hundred ms, when a slot was free).
    const qint64 spread = batches->first().sentAt.msecsTo(batches->last().sentAt);
    QVERIFY2(spread >= 3500, qPrintable(QString::number(spread)));
}

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
