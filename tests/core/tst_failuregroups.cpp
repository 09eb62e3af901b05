// Failure triage in the core: a known set of failures grouped into the expected causes (exact
// counts), the group and record models, masking, the filtered failure list, the CLI options, and
// a retry through the runner that sends only what may be sent. After creation: device links and
// trust levels that failed (planted against the sandbox) in their groups, with the same counts
// as peere-migrate failures, and a retry of one group through the DeviceLinker / TrustApplier.
#include "../support/aftercreationfixture.h"
#include "../support/inprocesscli.h"
#include "../support/metricsfixture.h"

#include "cli/command.h"
#include "cli/commands.h"
#include "metrics/failurecause.h"
#include "metrics/failuregroupmodel.h"
#include "metrics/failuregroups.h"
#include "metrics/failurelinkmodel.h"
#include "metrics/failurerecordmodel.h"
#include "metrics/failuretrustmodel.h"
#include "migration/devicelinker.h"
#include "migration/failurelist.h"
#include "migration/trustapplier.h"
#include "migration/runner.h"
#include "records/recordstore.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_FailureGroups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsKnownFailures();
    void groupModel();
    void recordModelAndStore();
    void maskDigits_data();
    void maskDigits();
    void causeMatching();
    void filteredAndMaskedList();
    void cliOptions();
    void cliBadOptions_data();
    void cliBadOptions();
    void requeueOnlyFailed();
    void retrySendsOnlyWhatMayBeSent();
    void deviceLinkGroups();
    void trustGroups();
    void retryDeviceLinksOfOneGroup();
    void retryTrustOfOneGroup();

private:
    QString buildJournal();
    int migrate(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
    static QList<QByteArrayList> readCsv(const QString &path);

    QTemporaryDir m_dir;
    int m_journals = 0;
    qsizetype m_lastBatches = 0;
};

static const QString exists = u"customer '<value>' already exists (ref <n>)"_s;
static const QString internal = u"HTTP <n> internal error id <id>"_s;
static const QString notFound = u"not found on the server by the verify phase"_s;

void tst_FailureGroups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

// The metrics fixture (two "already exists", one internal error; rows 7, 11 and 15 invalid,
// row 3 fixed), plus two migrated records the verify phase could not find.
QString tst_FailureGroups::buildJournal()
{
    const QString path = m_dir.filePath(u"triage-%1.peere"_s.arg(++m_journals));
    if (!MetricsFixture::build(path))
        return {};
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    if (!journal)
        return {};
    const Result<QList<JournalRecord>> migrated
        = (*journal)->records(Phase::Expand, RecordState::Migrated, 2);
    if (!migrated || migrated->size() != 2)
        return {};
    QList<RecordOutcome> outcomes;
    for (const JournalRecord &record : *migrated)
        outcomes.append({record.row, RecordState::Mismatch, record.outcome, notFound, {}});
    if (!(*journal)->applyOutcomes(outcomes))
        return {};
    return path;
}

void tst_FailureGroups::groupsKnownFailures()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const Result<QList<FailureGroup>> groups = FailureGroups::collect(**journal);
    QVERIFY2(groups.hasValue(), qPrintable(groups.error()));
    QList<std::tuple<RecordState, QString, qsizetype>> found;
    for (const FailureGroup &group : *groups)
        found.append({group.state, group.cause, group.records.size()});
    const QList<std::tuple<RecordState, QString, qsizetype>> expected{
        {RecordState::Failed, exists, 2},
        {RecordState::Mismatch, notFound, 2},
        {RecordState::Invalid, u"duplicate.reference (reference)"_s, 1},
        {RecordState::Invalid, u"format.email (email)"_s, 1},
        {RecordState::Invalid, u"required (phone)"_s, 1},
        {RecordState::Pending, FailureGroups::fixedCause(), 1},
        {RecordState::Failed, internal, 1},
    };
    QCOMPARE(found, expected);
    // The records of a group, in row order, with what the journal keeps.
    QCOMPARE(groups->at(3).records.size(), 1);
    QCOMPARE(groups->at(3).records.first().row, 7);
    QCOMPARE(groups->at(3).records.first().values.at(CustomerField::Email), "still wrong");
    QCOMPARE(groups->at(5).records.first().row, 3);
    for (const JournalRecord &record : groups->at(0).records) {
        QCOMPARE(record.state, RecordState::Failed);
        QVERIFY(record.batch == 2 || record.batch == 4);
    }
}

void tst_FailureGroups::groupModel()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    FailureGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setGroups(*FailureGroups::collect(**journal));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(FailureGroupModel::ColumnCount));
    QCOMPARE(model.totalRecords(), 9);
    const QModelIndex first = model.index(0, FailureGroupModel::Cause);
    QCOMPARE(first.data().toString(), exists);
    QCOMPARE(first.data(FailureGroupModel::CauseRole).toString(), exists);
    QCOMPARE(first.data(FailureGroupModel::StateRole).toInt(), int(RecordState::Failed));
    QCOMPARE(first.data(FailureGroupModel::CountRole).toLongLong(), 2);
    QCOMPARE(model.index(0, FailureGroupModel::Records).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, FailureGroupModel::Kind).data().toString(), u"Server"_s);
    QCOMPARE(model.index(1, FailureGroupModel::Kind).data().toString(), u"Verification"_s);
    QCOMPARE(model.index(2, FailureGroupModel::Kind).data().toString(), u"Validation"_s);
    const QModelIndex fixed = model.index(5, FailureGroupModel::Cause);
    QCOMPARE(fixed.data().toString(), u"Fixed, not sent yet"_s);
    QCOMPARE(fixed.data(FailureGroupModel::RowsRole).value<QList<qint64>>(), QList<qint64>{3});
    QCOMPARE(model.indexOf(RecordState::Invalid, u"format.email (email)"_s), 3);
    QCOMPARE(model.indexOf(RecordState::Failed, u"format.email (email)"_s), -1);
    model.setGroups({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_FailureGroups::recordModelAndStore()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const QList<FailureGroup> groups = *FailureGroups::collect(**journal);
    FailureRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords(RecordKind::Customers, groups.at(0).records);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 1 + 5 + 4);
    QCOMPARE(model.headerData(model.keyColumn(CustomerField::Email), Qt::Horizontal).toString(),
             u"email"_s);
    const JournalRecord &first = groups.at(0).records.first();
    QCOMPARE(model.index(0, 0).data(FailureRecordModel::JournalRowRole).toLongLong(), first.row);
    QCOMPARE(model.index(0, model.keyColumn(CustomerField::Email)).data().toString(),
             QString::fromUtf8(first.values.at(CustomerField::Email)));
    QCOMPARE(model.index(0, model.keyColumn(CustomerField::Email))
                 .data(FailureRecordModel::FieldRole).toInt(),
             int(CustomerField::Email));
    QCOMPARE(model.index(0, model.causeColumn()).data().toString(), first.reason);
    QCOMPARE(model.index(0, 0).data(FailureRecordModel::CauseRole).toString(), exists);
    QCOMPARE(model.index(0, 0).data(FailureRecordModel::PhaseRole).toInt(), int(first.phase));
    QCOMPARE(model.index(0, model.phaseColumn()).data().toString(), u"Expand"_s);
    QCOMPARE(model.index(0, model.batchColumn()).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, 0).data(FailureRecordModel::BatchRole).toLongLong(), 2);
    QCOMPARE(model.index(1, 0).data(FailureRecordModel::BatchRole).toLongLong(), 4);
    QCOMPARE(model.fixedCount(), 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setFixed(1, true);
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.index(1, 0).data(FailureRecordModel::FixedRole).toBool());
    QCOMPARE(model.index(1, model.fixedColumn()).data().toString(), u"Fixed"_s);
    QCOMPARE(model.fixedCount(), 1);
    JournalRecord edited = first;
    edited.values[CustomerField::Email] = "new@example.com";
    model.setRecord(0, edited);
    QCOMPARE(model.index(0, model.keyColumn(CustomerField::Email)).data().toString(),
             u"new@example.com"_s);

    // The group as a store for the review table's editing: same values, same issues.
    const FailureGroup &invalid = groups.at(3);
    std::shared_ptr<RecordStore> store = FailureGroups::storeOf(RecordKind::Customers,
                                                                invalid.records);
    QVERIFY(store);
    QCOMPARE(store->rowCount(), 1);
    QCOMPARE(store->value(0, CustomerField::Email).toByteArray(), "still wrong");
    QVERIFY(store->hasErrors(0));
    QVERIFY(store->cellSeverity(0, CustomerField::Email).has_value());
    // Values that need quoting and a record with every field empty survive the trip.
    JournalRecord odd;
    odd.values = QByteArrayList(fieldCount(RecordKind::Customers));
    odd.values[CustomerField::Address] = "1 \"Main\" Road,\nLagos ";
    JournalRecord empty;
    empty.values = QByteArrayList(fieldCount(RecordKind::Customers));
    store = FailureGroups::storeOf(RecordKind::Customers, {odd, empty});
    QVERIFY(store);
    QCOMPARE(store->rowCount(), 2);
    QCOMPARE(store->value(0, CustomerField::Address).toByteArray(), "1 \"Main\" Road,\nLagos ");
}

void tst_FailureGroups::maskDigits_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("account") << QByteArray("0123456789") << QByteArray("******6789");
    QTest::newRow("phone") << QByteArray("+2348012345678") << QByteArray("+*********5678");
    QTest::newRow("spaced") << QByteArray("+234 801 234 5678") << QByteArray("+*** *** *** 5678");
    QTest::newRow("four digits") << QByteArray("1234") << QByteArray("1234");
    QTest::newRow("five digits") << QByteArray("12345") << QByteArray("*2345");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_FailureGroups::maskDigits()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(Peere::maskDigits(value), expected);
}

void tst_FailureGroups::causeMatching()
{
    QVERIFY(failureCauseMatches({}, RecordState::Failed, u"anything"_s));
    QVERIFY(failureCauseMatches(u"format.email"_s, RecordState::Invalid, u"format.email (email)"_s));
    QVERIFY(failureCauseMatches(u"format.email (email)"_s, RecordState::Invalid,
                                u"format.email (email)"_s));
    QVERIFY(!failureCauseMatches(u"format.email"_s, RecordState::Invalid, u"required (phone)"_s));
    QVERIFY(failureCauseMatches(exists, RecordState::Failed,
                                u"customer 'x@y.z' already exists (ref 4)"_s));
    QVERIFY(!failureCauseMatches(u"customer"_s, RecordState::Failed,
                                 u"customer 'x@y.z' already exists (ref 4)"_s));
    QCOMPARE(failureCauseOf(RecordState::Failed, {}), u"refused by the server"_s);
}

QList<QByteArrayList> tst_FailureGroups::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = file.readAll();
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QList<QByteArrayList> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed().split(','));
    }
    return lines;
}

void tst_FailureGroups::filteredAndMaskedList()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const QString out = m_dir.filePath(u"filtered.csv"_s);

    // Everything: 3 invalid (row 3 was fixed), 3 failed and the 2 the verify phase did not find.
    Result<FailureList::Summary> written = FailureList::write(**journal, out);
    QVERIFY(written.hasValue());
    QCOMPARE(written->invalid, 3);
    QCOMPARE(written->failed, 3);
    QCOMPARE(written->mismatch, 2);

    FailureList::Options options;
    options.phase = Phase::Complete;
    written = FailureList::write(**journal, out, FailureList::Format::Csv, options);
    QVERIFY(written.hasValue());
    QCOMPARE(written->invalid, 1); // row 7
    QCOMPARE(written->failed, 2);
    QCOMPARE(readCsv(out).size(), 4);

    options = {};
    options.batch = 2;
    written = FailureList::write(**journal, out, FailureList::Format::Csv, options);
    QCOMPARE(written->failed, 1);
    QCOMPARE(written->invalid, 0);

    options = {};
    options.cause = u"format.email"_s;
    written = FailureList::write(**journal, out, FailureList::Format::Csv, options);
    QCOMPARE(written->invalid, 1);
    QCOMPARE(written->failed, 0);
    options.cause = internal;
    written = FailureList::write(**journal, out, FailureList::Format::Csv, options);
    QCOMPARE(written->failed, 1);

    // Masked: every account and phone number keeps its last 4 digits only.
    options = {};
    options.mask = true;
    written = FailureList::write(**journal, out, FailureList::Format::Csv, options);
    QCOMPARE(written->total(), 8);
    const QList<QByteArrayList> lines = readCsv(out);
    QCOMPARE(lines.size(), 9);
    const qsizetype account = lines.first().indexOf("accountNumber");
    const qsizetype phone = lines.first().indexOf("phone");
    QVERIFY(account > 0 && phone > 0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).at(account), "******6789");
        const QByteArray shown = lines.at(i).at(phone);
        QVERIFY2(shown.isEmpty() || shown == "'+*********5678", shown.constData());
    }
    QFile raw(out);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(!text.contains("0123456789"));
    QVERIFY(!text.contains("2348012345678"));

    // JSON too.
    const QString json = m_dir.filePath(u"filtered.json"_s);
    options.phase = Phase::Expand;
    written = FailureList::write(**journal, json, FailureList::formatOf(json), options);
    QVERIFY(written.hasValue());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(file.readAll()).object()[u"records"_s].toArray();
    QCOMPARE(records.size(), 4); // row 15 invalid, one "already exists", the 2 not found
    for (const QJsonValue &record : records) {
        QCOMPARE(record[u"phase"_s].toString(), u"expand"_s);
        QCOMPARE(record[u"values"_s][u"accountNumber"_s].toString(), u"******6789"_s);
    }
}

int tst_FailureGroups::migrate(const QStringList &arguments, QString *out, QString *err)
{
    return runPeereMigrate(arguments, out, err);
}

void tst_FailureGroups::cliOptions()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(u"cli.csv"_s);
    QString printed;
    // Without the new options: everything, as before.
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--json"_s}, &printed),
             0);
    QCOMPARE(QJsonDocument::fromJson(printed.toUtf8()).object()[u"records"_s].toInt(), 8);
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--phase"_s,
                      u"complete"_s, u"--json"_s},
                     &printed),
             0);
    QJsonObject summary = QJsonDocument::fromJson(printed.toUtf8()).object();
    QCOMPARE(summary[u"records"_s].toInt(), 3);
    QCOMPARE(summary[u"failed"_s].toInt(), 2);
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--batch"_s, u"4"_s,
                      u"--cause"_s, internal, u"--json"_s},
                     &printed),
             0);
    summary = QJsonDocument::fromJson(printed.toUtf8()).object();
    QCOMPARE(summary[u"records"_s].toInt(), 1);
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--cause"_s,
                      u"required"_s, u"--mask"_s},
                     nullptr, &printed),
             0);
    QVERIFY2(printed.contains(u"1 records (1 invalid, 0 failed, 0 mismatched)"_s), qPrintable(printed));
    const QList<QByteArrayList> lines = readCsv(out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).at(lines.first().indexOf("accountNumber")), "******6789");
    QCOMPARE(lines.at(1).at(0), "15");
}

void tst_FailureGroups::cliBadOptions_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("phase") << QStringList{u"--phase"_s, u"pliot"_s} << u"--phase must be"_s;
    QTest::newRow("batch") << QStringList{u"--batch"_s, u"two"_s} << u"--batch must be"_s;
    QTest::newRow("batch zero") << QStringList{u"--batch"_s, u"0"_s} << u"--batch must be"_s;
}

void tst_FailureGroups::cliBadOptions()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    QString err;
    QCOMPARE(migrate(QStringList{u"failures"_s, u"--journal"_s, path, u"--out"_s,
                                 m_dir.filePath(u"bad.csv"_s)}
                         + extra,
                     nullptr, &err),
             2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.csv"_s)));
}

void tst_FailureGroups::requeueOnlyFailed()
{
    const QString path = buildJournal();
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(journal.hasValue());
    QList<FailureGroup> groups = *FailureGroups::collect(**journal);
    const qint64 failedRow = groups.at(0).records.at(0).row;
    const qint64 otherFailed = groups.at(0).records.at(1).row;
    const qint64 mismatch = groups.at(1).records.at(0).row;
    // Edited after its batch: fixed since the server refused it.
    QVERIFY((*journal)->editedSinceSent({failedRow, otherFailed, 7}).value().isEmpty());
    QTest::qWait(5); // the edit's time must come after the batch's
    QVERIFY((*journal)->editRecord(failedRow, CustomerField::Email, "ok@example.com", u"Bea"_s,
                                   true));
    QCOMPARE((*journal)->editedSinceSent({failedRow, otherFailed, 7}).value(),
             QList<qint64>{failedRow});
    QCOMPARE((*journal)->record(failedRow)->state, RecordState::Failed); // the server's fate
    // Only a failed record goes back to pending; migrated, mismatch and invalid stay.
    const Result<QList<qint64>> moved = (*journal)->requeueFailed({failedRow, mismatch, 7, 1});
    QVERIFY(moved.hasValue());
    QCOMPARE(*moved, QList<qint64>{failedRow});
    QCOMPARE((*journal)->record(failedRow)->state, RecordState::Pending);
    QCOMPARE((*journal)->record(mismatch)->state, RecordState::Mismatch);
    QCOMPARE((*journal)->record(7)->state, RecordState::Invalid);
    // An invalid record made invalid again by an edit names its rule.
    QVERIFY((*journal)->editRecord(3, CustomerField::Email, "bad", u"Bea"_s, false,
                                   u"format.email (email)"_s));
    QCOMPARE((*journal)->record(3)->state, RecordState::Invalid);
    QCOMPARE((*journal)->record(3)->reason, u"format.email (email)"_s);
}

static ImportedRecord sandboxCustomer(qint64 i)
{
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "H" + n;
    v[CustomerField::Firstname] = "Alan";
    v[CustomerField::Lastname] = "Turing";
    v[CustomerField::AccountName] = "Alan Turing";
    // Rows 5, 10, 15 and 20 pass the console's import but the server refuses their e-mail.
    v[CustomerField::Email] = "alan" + n + ((i + 1) % 5 == 0 ? "-at-example.com" : "@example.com");
    v[CustomerField::Country] = "GB";
    v[CustomerField::AccountNumber] = "12345678";
    v[CustomerField::Reference] = "HREF" + n;
    return ImportedRecord{i + 2, v, false, {}};
}

void tst_FailureGroups::retrySendsOnlyWhatMayBeSent()
{
    const QString path = m_dir.filePath(u"retry.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal.hasValue());
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 20, sandboxCustomer));
    }
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.noLimits = true;
    Sandbox::SandboxServer sandbox(sandboxOptions);
    QVERIFY(sandbox.start().hasValue());
    ApiClientOptions clientOptions;
    clientOptions.baseUrl = sandbox.baseUrl();
    clientOptions.apiKey = sandboxOptions.bankKey;
    clientOptions.batchPerMinute = clientOptions.standardPerMinute = 0;
    clientOptions.statusPerMinute = 0;

    const auto run = [&](const RunnerOptions &options) -> RunnerState {
        auto journal = Journal::open(path, Journal::OpenMode::Existing);
        if (!journal)
            return RunnerState::Failed;
        auto client = ApiClient::create(clientOptions);
        if (!client)
            return RunnerState::Failed;
        std::unique_ptr<ApiClient> owned(*client);
        Runner runner(**journal, *owned, options);
        QSignalSpy finished(&runner, &Runner::finished);
        QSignalSpy started(&runner, &Runner::batchStarted);
        runner.start();
        if (finished.isEmpty() && !finished.wait(30000))
            return RunnerState::Failed;
        m_lastBatches = started.count();
        return finished.first().at(0).value<RunnerState>();
    };
    RunnerOptions options;
    options.batchSize = 5;
    options.lastPhase = Phase::Complete;
    options.gatePercent = 0;
    QCOMPARE(run(options), RunnerState::Finished);
    QList<qint64> failed, migrated;
    {
        auto journal = Journal::open(path, Journal::OpenMode::Existing);
        QVERIFY(journal.hasValue());
        QCOMPARE((*journal)->counts()->failed, 4);
        QCOMPARE((*journal)->counts()->migrated, 16);
        QVERIFY((*journal)->forEachRecordIn({RecordState::Failed}, [&](const JournalRecord &record) {
            failed.append(record.row);
        }));
        const Result<QList<JournalRecord>> done
            = (*journal)->records(std::nullopt, RecordState::Migrated, 2);
        for (const JournalRecord &record : *done)
            migrated.append(record.row);
        // Two of the four are fixed.
        for (qint64 row : failed.first(2)) {
            QByteArrayList values = (*journal)->record(row)->values;
            QVERIFY((*journal)->editRecord(
                row, CustomerField::Email,
                QByteArray(values.at(CustomerField::Email)).replace("-at-", "@"), u"Bea"_s,
                true));
        }
    }
    const qint64 createdBefore = sandbox.stats()[u"customers"_s].toInteger();

    // The retry: the two fixed ones and two migrated ones; only the failed ones are sent.
    options.retryRows = failed.first(2) + migrated;
    QCOMPARE(run(options), RunnerState::Finished);
    QVERIFY(m_lastBatches >= 1 && m_lastBatches <= 2); // one batch per phase of the two
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    for (qint64 row : failed.first(2))
        QCOMPARE((*journal)->record(row)->state, RecordState::Migrated);
    for (qint64 row : failed.mid(2))
        QCOMPARE((*journal)->record(row)->state, RecordState::Failed);
    QCOMPARE((*journal)->counts()->migrated, 18);
    QCOMPARE(qint64(sandbox.stats()[u"customers"_s].toInteger()), createdBefore + 2);
}

namespace {

using GroupKey = std::tuple<FailureSubject, RecordState, QString, qsizetype>;

QList<GroupKey> keysOf(const QList<FailureGroup> &groups)
{
    QList<GroupKey> keys;
    for (const FailureGroup &group : groups)
        keys.append({group.subject, group.state, group.cause, group.size()});
    return keys;
}

const FailureGroup *findGroup(const QList<FailureGroup> &groups, const QString &cause)
{
    for (const FailureGroup &group : groups) {
        if (group.cause == cause)
            return &group;
    }
    return nullptr;
}

std::unique_ptr<Sandbox::SandboxServer> startSandbox()
{
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    auto sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    return sandbox->start() ? std::move(sandbox) : nullptr;
}

ApiClientOptions clientFor(const Sandbox::SandboxServer &sandbox, const QString &key)
{
    ApiClientOptions options;
    options.baseUrl = sandbox.baseUrl();
    options.apiKey = key;
    options.batchPerMinute = options.standardPerMinute = options.statusPerMinute = 0;
    return options;
}

} // namespace

void tst_FailureGroups::deviceLinkGroups()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::customers(dir.path(), sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const Result<QList<FailureGroup>> groups = FailureGroups::collect(**journal);
    QVERIFY2(groups.hasValue(), qPrintable(groups.error()));
    // The largest first; records before device links; the devices file's problems before the
    // server's refusals.
    QCOMPARE(groups->size(), 6);
    QCOMPARE(groups->at(2).subject, FailureSubject::Records);
    QCOMPARE(groups->at(2).records.first().values.at(CustomerField::ClientRef), "AFC7");
    const QList<GroupKey> expected{
        {FailureSubject::DeviceLinks, RecordState::Invalid, u"device.unknownCustomer"_s, 2},
        {FailureSubject::DeviceLinks, RecordState::Failed, AfterCreationFixture::wrongPhraseCause, 2},
        {FailureSubject::Records, RecordState::Invalid, u"format.email (email)"_s, 1},
        {FailureSubject::DeviceLinks, RecordState::Invalid, u"device.empty"_s, 1},
        {FailureSubject::DeviceLinks, RecordState::Invalid, AfterCreationFixture::notMigratedCause, 1},
        {FailureSubject::DeviceLinks, RecordState::Failed, AfterCreationFixture::goneCustomerCause, 1},
    };
    QCOMPARE(keysOf(*groups), expected);
    const FailureGroup &wrongPhrase = groups->at(1);
    QCOMPARE(wrongPhrase.links.size(), 2);
    QCOMPARE(wrongPhrase.links.at(0).entry.row, 2);
    QCOMPARE(wrongPhrase.links.at(0).entry.deviceId, u"dev-2"_s);
    QCOMPARE(wrongPhrase.links.at(1).entry.deviceId, u"dev-4"_s);
    QCOMPARE(wrongPhrase.links.at(1).httpStatus, 400);
    QVERIFY(wrongPhrase.records.isEmpty());

    // The group model: the kinds, the counts, the links' ids.
    FailureGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups(*groups);
    QCOMPARE(model.totalRecords(), 8);
    QCOMPARE(model.index(0, FailureGroupModel::Kind).data().toString(), u"Devices file"_s);
    QCOMPARE(model.index(1, FailureGroupModel::Kind).data().toString(), u"Device link"_s);
    QCOMPARE(model.index(1, 0).data(FailureGroupModel::SubjectRole).toInt(),
             int(FailureSubject::DeviceLinks));
    QCOMPARE(model.index(1, FailureGroupModel::Records).data().toString(), u"2"_s);
    QCOMPARE(model.index(1, 0).data(FailureGroupModel::RowsRole).value<QList<qint64>>(),
             (QList<qint64>{wrongPhrase.links.at(0).id, wrongPhrase.links.at(1).id}));
    QCOMPARE(model.indexOf(FailureSubject::DeviceLinks, RecordState::Failed,
                           AfterCreationFixture::goneCustomerCause),
             5);
    QCOMPARE(model.indexOf(RecordState::Failed, AfterCreationFixture::goneCustomerCause), -1);

    // The links of a group; only a refused link's phrase is edited, through the handler.
    FailureLinkModel links;
    QAbstractItemModelTester linkTester(&links,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<std::pair<qint64, QString>> written;
    links.setPhraseHandler([&](qint64 id, const QString &phrase) {
        written.append({id, phrase});
        return true;
    });
    links.setLinks(wrongPhrase.links);
    QCOMPARE(links.rowCount(), 2);
    const QModelIndex phrase = links.index(0, FailureLinkModel::Phrase);
    QVERIFY(phrase.flags() & Qt::ItemIsEditable);
    QCOMPARE(links.index(0, FailureLinkModel::Status).data().toInt(), 400);
    QCOMPARE(links.index(0, 0).data(FailureLinkModel::CauseRole).toString(),
             AfterCreationFixture::wrongPhraseCause);
    QVERIFY(links.setData(phrase, QString()));
    QCOMPARE(written, (QList<std::pair<qint64, QString>>{{wrongPhrase.links.at(0).id, {}}}));
    QCOMPARE(phrase.data().toString(), u"(the server's)"_s);
    links.setLinks(groups->at(0).links);
    QVERIFY(!(links.index(0, FailureLinkModel::Phrase).flags() & Qt::ItemIsEditable));
    QCOMPARE(links.index(0, FailureLinkModel::Customer).data().toString(), u"NOPE1"_s);

    // peere-migrate failures counts the same links, by state and by cause.
    const QString out = dir.filePath(u"failures.csv"_s);
    const QString devicesOut = dir.filePath(u"devices.json"_s);
    QString printed;
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--devices-out"_s,
                      devicesOut, u"--json"_s},
                     &printed),
             0);
    QJsonObject summary = QJsonDocument::fromJson(printed.toUtf8()).object();
    qint64 invalid = 0, refused = 0, records = 0;
    for (const FailureGroup &group : *groups) {
        if (group.subject == FailureSubject::Records)
            records += group.size();
        else
            (group.state == RecordState::Invalid ? invalid : refused) += group.size();
    }
    QCOMPARE(summary[u"devices"_s].toInteger(), invalid + refused);
    QCOMPARE(summary[u"deviceInvalid"_s].toInteger(), invalid);
    QCOMPARE(summary[u"deviceFailed"_s].toInteger(), refused);
    QCOMPARE(summary[u"records"_s].toInteger(), records);
    QCOMPARE(invalid + refused + records, model.totalRecords());
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--devices-out"_s,
                      devicesOut, u"--cause"_s, AfterCreationFixture::wrongPhraseCause,
                      u"--json"_s},
                     &printed),
             0);
    summary = QJsonDocument::fromJson(printed.toUtf8()).object();
    QCOMPARE(summary[u"devices"_s].toInteger(), wrongPhrase.size());
    QFile file(devicesOut);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray listed = QJsonDocument::fromJson(file.readAll()).object()[u"devices"_s].toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(1)[u"deviceId"_s].toString(), u"dev-4"_s);
    // A phase filter leaves the links out: they belong to no phase.
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--devices-out"_s,
                      devicesOut, u"--phase"_s, u"pilot"_s, u"--json"_s},
                     &printed),
             0);
    QCOMPARE(QJsonDocument::fromJson(printed.toUtf8()).object()[u"devices"_s].toInt(), 0);
}

void tst_FailureGroups::trustGroups()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::merchants(dir.path(), sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const Result<QList<FailureGroup>> groups = FailureGroups::collect(**journal);
    QVERIFY2(groups.hasValue(), qPrintable(groups.error()));
    QCOMPARE(keysOf(*groups),
             (QList<GroupKey>{{FailureSubject::Trust, RecordState::Failed,
                               AfterCreationFixture::goneMerchantCause, 2}}));
    const FailureGroup &trust = groups->first();
    QCOMPARE(trust.records.size(), 2);
    QCOMPARE(trust.records.at(0).row, 2);
    QCOMPARE(trust.records.at(1).row, 4);
    QCOMPARE(trust.trust.at(1).setting.level, TrustLevel::Premium);

    FailureGroupModel model;
    model.setGroups(*groups);
    QCOMPARE(model.index(0, FailureGroupModel::Kind).data().toString(), u"Trust level"_s);
    FailureTrustModel merchants;
    QAbstractItemModelTester tester(&merchants,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    merchants.setMerchants(trust.records, trust.trust);
    QCOMPARE(merchants.rowCount(), 2);
    QCOMPARE(merchants.index(0, FailureTrustModel::Name).data().toString(), u"Shop 2"_s);
    QCOMPARE(merchants.index(0, FailureTrustModel::Level).data().toString(), u"premium"_s);
    QCOMPARE(merchants.index(1, 0).data(FailureTrustModel::JournalRowRole).toLongLong(), 4);
    QCOMPARE(merchants.index(1, 0).data(FailureTrustModel::CauseRole).toString(),
             AfterCreationFixture::goneMerchantCause);

    // peere-migrate failures: the same count; by cause; masked phone numbers.
    const QString out = dir.filePath(u"failures.csv"_s);
    QString printed;
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--cause"_s,
                      AfterCreationFixture::goneMerchantCause, u"--mask"_s, u"--json"_s},
                     &printed),
             0);
    const QJsonObject summary = QJsonDocument::fromJson(printed.toUtf8()).object();
    QCOMPARE(summary[u"trustFailed"_s].toInteger(), model.totalRecords());
    QCOMPARE(summary[u"records"_s].toInteger(), model.totalRecords());
    const QList<QByteArrayList> lines = readCsv(out);
    QCOMPARE(lines.size(), 3);
    const qsizetype phone = lines.first().indexOf("phone");
    QVERIFY(phone > 0);
    QCOMPARE(lines.at(1).at(2), "trustFailed");
    QCOMPARE(lines.at(1).at(phone), "'+*********0002"); // +2348030010002, neutralised
    QCOMPARE(migrate({u"failures"_s, u"--journal"_s, path, u"--out"_s, out, u"--cause"_s,
                      u"HTTP 400"_s, u"--json"_s},
                     &printed),
             0);
    QCOMPARE(QJsonDocument::fromJson(printed.toUtf8()).object()[u"trustFailed"_s].toInt(), 0);
}

void tst_FailureGroups::retryDeviceLinksOfOneGroup()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::customers(dir.path(), sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(journal.hasValue());
    const QList<FailureGroup> before = *FailureGroups::collect(**journal);
    const FailureGroup *wrongPhrase = findGroup(before, AfterCreationFixture::wrongPhraseCause);
    const FailureGroup *gone = findGroup(before, AfterCreationFixture::goneCustomerCause);
    QVERIFY(wrongPhrase && gone);
    // The fix: no phrase of the file's, the customer's own from the server.
    QList<qint64> ids;
    for (const DeviceLink &link : wrongPhrase->links) {
        QVERIFY((*journal)->setDevicePhrase(link.id, {}));
        ids.append(link.id);
    }
    const DeviceLink goneBefore = gone->links.first();
    const int linkedBefore = int(AfterCreationFixture::serverDevices(sandbox->baseUrl()).size());
    const auto notFound = [&] {
        return sandbox->stats()[u"requests"_s][u"GET /v1/bank/customer"_s].toObject()
            .value(u"404"_s)
            .toInt();
    };
    const int notFoundBefore = notFound();
    QCOMPARE(notFoundBefore, 1);

    std::unique_ptr<ApiClient> client(
        *ApiClient::create(clientFor(*sandbox, SandboxTest::bankKey)));
    DeviceLinkerOptions options;
    options.retryIds = ids;
    DeviceLinker linker(**journal, *client, options);
    QSignalSpy finished(&linker, &DeviceLinker::finished);
    linker.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(linker.state(), RunnerState::Finished);
    // Only the group's links were sent: the other refused one was not tried again.
    QCOMPARE(AfterCreationFixture::serverDevices(sandbox->baseUrl()).size(), linkedBefore + 2);
    const QList<DeviceLink> goneNow = *(*journal)->devices(DeviceState::Failed, 10);
    QCOMPARE(goneNow.size(), 1);
    QCOMPARE(goneNow.first().id, goneBefore.id);
    QCOMPARE(notFound(), notFoundBefore); // its customer was not looked up again
    const QList<FailureGroup> after = *FailureGroups::collect(**journal);
    QVERIFY(!findGroup(after, AfterCreationFixture::wrongPhraseCause));
    QVERIFY(findGroup(after, AfterCreationFixture::goneCustomerCause));
    QCOMPARE(after.size(), before.size() - 1);

    // A link whose customer was not migrated is not sent while its customer is not on the
    // server, and is once the customer's record is fixed and sent.
    const FailureGroup *notMigrated = findGroup(after, AfterCreationFixture::notMigratedCause);
    QVERIFY(notMigrated);
    const DeviceLink seven = notMigrated->links.first();
    QCOMPARE(*(*journal)->requeueDevices({seven.id}), QList<qint64>());
    QVERIFY((*journal)->editRecord(seven.entry.customerRow, CustomerField::Email,
                                   "ngozi7@example.com", u"Bea"_s, true));
    {
        RunnerOptions runnerOptions;
        runnerOptions.retryRows = {seven.entry.customerRow};
        Runner runner(**journal, *client, runnerOptions);
        QSignalSpy sent(&runner, &Runner::finished);
        runner.start();
        QVERIFY(!sent.isEmpty() || sent.wait(30000));
    }
    QCOMPARE((*journal)->record(seven.entry.customerRow)->state, RecordState::Migrated);
    options.retryIds = {seven.id};
    DeviceLinker again(**journal, *client, options);
    QSignalSpy linked(&again, &DeviceLinker::finished);
    again.start();
    QVERIFY(!linked.isEmpty() || linked.wait(30000));
    QCOMPARE(again.state(), RunnerState::Finished);
    QCOMPARE((*journal)->devices(DeviceState::Linked, 100)->last().entry.deviceId, u"dev-7"_s);
    QVERIFY(!findGroup(*FailureGroups::collect(**journal), AfterCreationFixture::notMigratedCause));
    QCOMPARE(AfterCreationFixture::serverDevices(sandbox->baseUrl()).size(), linkedBefore + 3);
    // A link already linked keeps its phrase.
    QVERIFY(!(*journal)->setDevicePhrase(ids.first(), u"x"_s));
}

void tst_FailureGroups::retryTrustOfOneGroup()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::merchants(dir.path(), sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    // The fix for one of the two: its id is the server's again.
    QVERIFY(AfterCreationFixture::plant(path, u"row = 2"_s, true));
    const auto patches = [&] {
        return sandbox->stats()[u"requests"_s][u"PATCH /v1/provider/merchant/trust"_s]
            .toObject()
            .value(u"200"_s)
            .toInt();
    };
    const int patchedBefore = patches();
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(journal.hasValue());
    std::unique_ptr<ApiClient> client(
        *ApiClient::create(clientFor(*sandbox, SandboxTest::providerKey)));
    TrustApplier applier(**journal, *client);
    QSignalSpy finished(&applier, &TrustApplier::finished);
    QVERIFY(applier.retry({2}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).value<TrustApplier::Outcome>(),
             TrustApplier::Outcome::Completed);
    QCOMPARE(applier.total(), 1);
    QCOMPARE(patches(), patchedBefore + 1);
    QCOMPARE((*journal)->trustEntry(2)->state, TrustState::Validated);
    QCOMPARE((*journal)->trustEntry(4)->state, TrustState::Failed);
    QCOMPARE((*journal)->trustEntry(4)->attempts, 1);
    const QList<FailureGroup> after = *FailureGroups::collect(**journal);
    QCOMPARE(keysOf(after), (QList<GroupKey>{{FailureSubject::Trust, RecordState::Failed,
                                              AfterCreationFixture::goneMerchantCause, 1}}));
}

QTEST_GUILESS_MAIN(tst_FailureGroups)
#include "tst_failuregroups.moc"
