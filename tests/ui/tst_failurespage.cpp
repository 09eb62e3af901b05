// Failure triage on the offscreen platform: the real page over a journal made by a real run
// against the in-process sandbox; pick a group, fix cells (undo and redo included, every edit in
// the journal), re-send the group and see its records migrated; export filtered and masked; the
// side bar's count in the console. After creation: device links that failed and merchants whose
// trust could not be set (planted against the sandbox) in their groups with the CLI's counts, a
// refused link's phrase fixed in place, each group re-sent with progress until it is gone, and
// the export of both, masked.
#include "../support/aftercreationfixture.h"
#include "application.h"
#include "console.h"
#include "embeddedsandbox.h"
#include "failures/failureexportdialog.h"
#include "failures/failurespage.h"
#include "fileactions.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "migration/runner.h"
#include "settings/memorysecretstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_FailuresPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixUndoRedoAndResend();
    void exportFilteredAndMasked();
    void sideBarCountsFailures();
    void deviceLinksInTriage();
    void trustInTriage();
    void sideBarCountsDeviceLinks();

private:
    QString makeMigration(const QString &name);
    ApiClientOptions clientOptions() const;

    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
};

// 30 customers: rows 3 and 13 invalid at import (bad e-mail); rows 5, 10, 15 and 20 pass the
// import but the server refuses their e-mail.
static ImportedRecord customer(qint64 i)
{
    const qint64 row = i + 1;
    QByteArrayList v(fieldCount(RecordKind::Customers));
    const QByteArray n = QByteArray::number(i);
    v[CustomerField::ClientRef] = "C" + n;
    v[CustomerField::Firstname] = "Ada";
    v[CustomerField::Lastname] = "Obi";
    v[CustomerField::AccountName] = "Ada Obi";
    const QByteArray domain = row % 5 == 0 && row <= 20 ? "-at-example.com"
                              : row == 3 || row == 13  ? "@"
                                                       : "@example.com";
    v[CustomerField::Email] = "ada" + n + domain;
    v[CustomerField::Country] = "NG";
    v[CustomerField::AccountNumber] = "00123456" + n.rightJustified(2, '0');
    v[CustomerField::Reference] = "REF" + n;
    v[CustomerField::Phone] = "+23480312345" + n.rightJustified(2, '0');
    const bool invalid = row == 3 || row == 13;
    return ImportedRecord{i + 2, v, invalid, invalid ? u"format.email (email)"_s : QString()};
}

void tst_FailuresPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    m_sandbox = std::make_unique<EmbeddedSandbox>();
    Sandbox::SandboxOptions options = EmbeddedSandbox::demoOptions();
    options.noLimits = true;
    options.latencyMs = 0; // the demo's realistic latency would only slow the test
    m_sandbox->setOptions(options);
    QVERIFY(m_sandbox->ensureStarted().hasValue());
}

ApiClientOptions tst_FailuresPage::clientOptions() const
{
    ApiClientOptions options;
    options.baseUrl = m_sandbox->baseUrl();
    options.apiKey = m_sandbox->bankKey();
    options.batchPerMinute = 120;
    options.standardPerMinute = options.statusPerMinute = 0;
    return options;
}

// Imports the customers and runs pilot, expand and complete against the sandbox.
QString tst_FailuresPage::makeMigration(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (!journal || !(*journal)->importRecords(RecordKind::Customers, 30, customer))
        return {};
    (void)(*journal)->setSetting(u"batchSize"_s, u"5"_s);
    auto client = ApiClient::create(clientOptions());
    if (!client)
        return {};
    std::unique_ptr<ApiClient> owned(*client);
    RunnerOptions options;
    options.batchSize = 5;
    options.lastPhase = Phase::Complete;
    options.gatePercent = 0;
    Runner runner(**journal, *owned, options);
    QSignalSpy finished(&runner, &Runner::finished);
    runner.start();
    if (finished.isEmpty() && !finished.wait(60000))
        return {};
    if (finished.first().at(0).value<RunnerState>() != RunnerState::Finished)
        return {};
    return path;
}

static JournalRecord journalRecord(const QString &path, qint64 row)
{
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    if (!journal)
        return {};
    return (*journal)->record(row).value();
}

void tst_FailuresPage::fixUndoRedoAndResend()
{
    const QString path = makeMigration(u"resend.peere"_s);
    QVERIFY(!path.isEmpty());
    FailuresPage page;
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    int provided = 0;
    page.setClientProvider([&](RecordKind kind, QObject *, auto done) {
        ++provided;
        QCOMPARE(kind, RecordKind::Customers);
        done(clientOptions());
    });
    QSignalSpy counts(&page, &FailuresPage::failureCountChanged);
    page.setJournalPath(path);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toLongLong(), 6);

    // Two groups: the server's refusal (4) and the import's rule (2).
    FailureGroupModel *groups = page.groupModel();
    QCOMPARE(groups->rowCount(), 2);
    QCOMPARE(groups->index(0, 0).data(FailureGroupModel::StateRole).toInt(),
             int(RecordState::Failed));
    QCOMPARE(groups->index(0, 0).data(FailureGroupModel::CountRole).toLongLong(), 4);
    QVERIFY2(groups->index(0, 0).data().toString().startsWith(u"email: "_s),
             qPrintable(groups->index(0, 0).data().toString()));
    QCOMPARE(groups->index(1, 0).data(FailureGroupModel::CauseRole).toString(),
             u"format.email (email)"_s);
    QCOMPARE(groups->index(1, 0).data(FailureGroupModel::CountRole).toLongLong(), 2);

    // Picking a group in the list shows its records, in the list and in the editor.
    QTableView *groupView = page.groupView();
    QTest::mouseClick(groupView->viewport(), Qt::LeftButton, {},
                      groupView->visualRect(groups->index(1, 0)).center());
    QCOMPARE(page.currentGroup(), 1);
    QCOMPARE(page.recordModel()->rowCount(), 2);
    QTest::mouseClick(groupView->viewport(), Qt::LeftButton, {},
                      groupView->visualRect(groups->index(0, 0)).center());
    QCOMPARE(page.currentGroup(), 0);
    FailureRecordModel *records = page.recordModel();
    RecordTableModel *edit = page.editModel();
    QCOMPARE(records->rowCount(), 4);
    QCOMPARE(edit->rowCount(), 4);
    QList<qint64> rows;
    for (int i = 0; i < 4; ++i)
        rows.append(records->index(i, 0).data(FailureRecordModel::JournalRowRole).toLongLong());
    QCOMPARE(rows, (QList<qint64>{5, 10, 15, 20}));
    // The editor shows the problem the server had, as the review table does.
    const QModelIndex email0 = edit->index(0, CustomerField::Email);
    QCOMPARE(email0.data(RecordTableModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(records->fixedCount(), 0);

    // Fix a cell: typed into the editor, written to the journal, one undo step.
    QTableView *table = page.editTable();
    table->setFocus();
    table->setCurrentIndex(email0);
    QTest::keyClick(table, Qt::Key_F2);
    auto editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"ada4@example.com"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(page.undoStack()->count(), 1);
    QCOMPARE(edit->index(0, CustomerField::Email).data().toString(), u"ada4@example.com"_s);
    QCOMPARE(journalRecord(path, 5).values.at(CustomerField::Email), "ada4@example.com");
    QCOMPARE(journalRecord(path, 5).state, RecordState::Failed); // the server's fate until sent
    QVERIFY(!email0.data(RecordTableModel::SeverityRole).isValid());
    QCOMPARE(records->fixedCount(), 1);
    QCOMPARE(records->index(0, records->keyColumn(CustomerField::Email)).data().toString(),
             u"ada4@example.com"_s);

    // Undo puts the old value back, in the journal too; redo again.
    page.undoStack()->undo();
    QCOMPARE(edit->index(0, CustomerField::Email).data().toString(), u"ada4-at-example.com"_s);
    QCOMPARE(journalRecord(path, 5).values.at(CustomerField::Email), "ada4-at-example.com");
    QCOMPARE(records->fixedCount(), 0);
    page.undoStack()->redo();
    QCOMPARE(journalRecord(path, 5).values.at(CustomerField::Email), "ada4@example.com");
    QCOMPARE(records->fixedCount(), 1);
    {
        auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
        QVERIFY(journal.hasValue());
        QSqlQuery query((*journal)->database());
        QVERIFY(query.exec(u"SELECT count(*) FROM edits WHERE row = 5"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 3); // the edit, its undo, its redo
    }
    // A second record fixed through the model (the same path as a typed cell).
    QVERIFY(edit->setData(edit->index(1, CustomerField::Email), u"ada9@example.com"_s));
    QCOMPARE(page.undoStack()->count(), 2);
    QCOMPARE(records->fixedCount(), 2);
    QVERIFY2(page.statusText().contains(u"4 records, 2 fixed"_s), qPrintable(page.statusText()));

    {
        // While a run holds the journal a cell is not changed: it would differ from the journal.
        auto held = Journal::open(path, Journal::OpenMode::Existing);
        QVERIFY(held.hasValue());
        QVERIFY(!edit->setData(edit->index(2, CustomerField::Email), u"ada14@example.com"_s));
        QCOMPARE(edit->index(2, CustomerField::Email).data().toString(),
                 u"ada14-at-example.com"_s);
        QVERIFY2(page.message().contains(u"in use by another run"_s), qPrintable(page.message()));
        QCOMPARE(page.undoStack()->count(), 2);
    }

    // Re-send the group: only the two fixed ones go; the page says the other two did not.
    QSignalSpy resent(&page, &FailuresPage::resendFinished);
    page.resendAction()->trigger();
    QCOMPARE(provided, 1);
    QVERIFY(page.isResending());
    QVERIFY(!page.resendAction()->isEnabled());
    QVERIFY(resent.wait(60000));
    QVERIFY(!page.isResending());
    QCOMPARE(resent.first().at(0).toBool(), true);
    const QString said = resent.first().at(1).toString();
    QVERIFY2(said.contains(u"2 records sent again are now on the server."_s), qPrintable(said));
    QVERIFY2(said.contains(u"2 records of this group are still invalid and were not sent."_s),
             qPrintable(said));
    QCOMPARE(journalRecord(path, 5).state, RecordState::Migrated);
    QCOMPARE(journalRecord(path, 10).state, RecordState::Migrated);
    QCOMPARE(journalRecord(path, 15).state, RecordState::Failed);
    QCOMPARE(journalRecord(path, 20).state, RecordState::Failed);
    QCOMPARE(page.undoStack()->count(), 0);
    // The page read the journal again: that group has the two left.
    QCOMPARE(groups->index(0, 0).data(FailureGroupModel::CountRole).toLongLong(), 2);
    QCOMPARE(counts.last().at(0).toLongLong(), 4);

    // The invalid group: one fixed becomes pending in the journal, and is sent.
    const int invalid = groups->indexOf(RecordState::Invalid, u"format.email (email)"_s);
    QVERIFY(page.selectGroup(invalid));
    QCOMPARE(records->rowCount(), 2);
    const qint64 first = records->index(0, 0).data(FailureRecordModel::JournalRowRole).toLongLong();
    QCOMPARE(first, 3);
    QVERIFY(edit->setData(edit->index(0, CustomerField::Email), u"ada2@example.com"_s));
    QCOMPARE(journalRecord(path, 3).state, RecordState::Pending);
    QCOMPARE(records->fixedCount(), 1);
    resent.clear();
    page.resendGroup();
    QVERIFY(resent.wait(60000));
    QVERIFY2(resent.first().at(1).toString().contains(u"1 record sent again is now on the "
                                                       "server."_s)
                 || resent.first().at(1).toString().contains(u"1 records sent again"_s),
             qPrintable(resent.first().at(1).toString()));
    QCOMPARE(journalRecord(path, 3).state, RecordState::Migrated);
    QCOMPARE(journalRecord(path, 13).state, RecordState::Invalid);
    QCOMPARE(counts.last().at(0).toLongLong(), 3);
}

static QString groupCauseOfFailed(const FailuresPage &page)
{
    const FailureGroupModel *groups = page.groupModel();
    for (int row = 0; row < groups->rowCount(); ++row) {
        const QModelIndex index = groups->index(row, 0);
        if (index.data(FailureGroupModel::StateRole).toInt() == int(RecordState::Failed))
            return index.data(FailureGroupModel::CauseRole).toString();
    }
    return {};
}

void tst_FailuresPage::exportFilteredAndMasked()
{
    const QString path = makeMigration(u"export.peere"_s);
    QVERIFY(!path.isEmpty());
    FailuresPage page;
    page.show();
    page.setJournalPath(path);
    QVERIFY(page.exportAction()->isEnabled());
    page.exportAction()->trigger();
    auto dialog = page.findChild<FailureExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The causes of the groups are offered.
    QVERIFY(dialog->causeCombo()->findText(u"format.email (email)"_s) >= 0);
    const QString out = m_dir.filePath(u"failures-complete.csv"_s);
    dialog->phaseCombo()->setCurrentIndex(dialog->phaseCombo()->findData(int(Phase::Complete)));
    dialog->causeCombo()->setCurrentText(groupCauseOfFailed(page));
    dialog->maskCheck()->setChecked(true);
    dialog->pathEdit()->setText(out);
    dialog->accept();
    QVERIFY2(page.message().contains(u"written to"_s), qPrintable(page.message()));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBFrow,line,state,reason,phase,batch"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    // Of the four the server refused, those in the complete phase; never an invalid one.
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    int expected = 0;
    for (qint64 row : {5, 10, 15, 20})
        expected += (*journal)->record(row)->phase == Phase::Complete;
    QVERIFY(expected > 0);
    QCOMPARE(lines.size(), 1 + expected);
    for (const QByteArray &line : lines.mid(1)) {
        QVERIFY(line.contains(",failed,"));
        QVERIFY(line.contains(",complete,"));
        QVERIFY2(line.contains(",******56"), line.constData());       // the account number
        static const QRegularExpression phone(u",'\\+\\*{9}[0-9]{4}\\b"_s);
        QVERIFY2(phone.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QVERIFY(!line.contains("00123456"));
        QVERIFY(!line.contains("+2348031"));
    }

    // The same export from the command line's code, unmasked: the numbers are there.
    FailureList::Options options;
    options.phase = Phase::Complete;
    const Result<FailureList::Summary> plain
        = page.exportFailures(m_dir.filePath(u"plain.csv"_s), options);
    QVERIFY(plain.hasValue());
    QCOMPARE(plain->failed, expected);
    QFile plainFile(m_dir.filePath(u"plain.csv"_s));
    QVERIFY(plainFile.open(QIODevice::ReadOnly));
    QVERIFY(plainFile.readAll().contains("00123456"));
}

void tst_FailuresPage::sideBarCountsFailures()
{
    const QString path = makeMigration(u"sidebar.peere"_s);
    QVERIFY(!path.isEmpty());
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    QCOMPARE(console.window()->page(WorkflowStep::Failures), console.failuresPage());
    console.fileActions()->setPathPrompt([&](FileActions::Ask) { return path; });
    console.fileActions()->openAction()->trigger();
    QCOMPARE(console.failuresPage()->journalPath(), path);
    QCOMPARE(console.window()->stepSummary(WorkflowStep::Failures), u"Failures: 6"_s);
    QCOMPARE(console.failuresPage()->groupModel()->rowCount(), 2);
}

namespace {

// The counts of peere-migrate failures --json (with --devices-out) for `journal`.
QJsonObject cliCounts(const QString &journal, const QString &dir)
{
    QString out;
    if (runPeereMigrate({u"failures"_s, u"--journal"_s, journal, u"--out"_s,
                         dir + u"/cli-failures.csv"_s, u"--devices-out"_s,
                         dir + u"/cli-devices.csv"_s, u"--json"_s},
                        &out)
        != 0)
        return {};
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

// The page's failures of `subject` and `state` (any state when nullopt).
qint64 pageCount(const FailureGroupModel *groups, FailureSubject subject,
                 std::optional<RecordState> state = std::nullopt)
{
    qint64 count = 0;
    for (const FailureGroup &group : groups->groups()) {
        if (group.subject == subject && (!state || group.state == *state))
            count += group.size();
    }
    return count;
}

} // namespace

void tst_FailuresPage::deviceLinksInTriage()
{
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::customers(dir.path(), m_sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    FailuresPage page;
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setClientProvider([&](RecordKind kind, QObject *, auto done) {
        QCOMPARE(kind, RecordKind::Customers);
        done(clientOptions());
    });
    QSignalSpy counts(&page, &FailuresPage::failureCountChanged);
    page.setJournalPath(path);
    QCOMPARE(counts.last().at(0).toLongLong(), 8);

    // The groups by cause, with exact counts, and the same counts as peere-migrate failures.
    FailureGroupModel *groups = page.groupModel();
    QCOMPARE(groups->rowCount(), 6);
    const int unknown = groups->indexOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                                        u"device.unknownCustomer"_s);
    const int empty = groups->indexOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                                      u"device.empty"_s);
    const int wrongPhrase = groups->indexOf(FailureSubject::DeviceLinks, RecordState::Failed,
                                            AfterCreationFixture::wrongPhraseCause);
    const int gone = groups->indexOf(FailureSubject::DeviceLinks, RecordState::Failed,
                                     AfterCreationFixture::goneCustomerCause);
    const int notMigrated = groups->indexOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                                            AfterCreationFixture::notMigratedCause);
    QVERIFY(unknown >= 0 && empty >= 0 && wrongPhrase >= 0 && gone >= 0 && notMigrated >= 0);
    QCOMPARE(groups->index(notMigrated, 0).data(FailureGroupModel::CountRole).toLongLong(), 1);
    QCOMPARE(groups->index(unknown, 0).data(FailureGroupModel::CountRole).toLongLong(), 2);
    QCOMPARE(groups->index(empty, 0).data(FailureGroupModel::CountRole).toLongLong(), 1);
    QCOMPARE(groups->index(wrongPhrase, 0).data(FailureGroupModel::CountRole).toLongLong(), 2);
    QCOMPARE(groups->index(gone, 0).data(FailureGroupModel::CountRole).toLongLong(), 1);
    QCOMPARE(groups->index(unknown, FailureGroupModel::Kind).data().toString(), u"Devices file"_s);
    QCOMPARE(groups->index(gone, FailureGroupModel::Kind).data().toString(), u"Device link"_s);
    QJsonObject cli = cliCounts(path, dir.path());
    QCOMPARE(cli[u"deviceInvalid"_s].toInteger(),
             pageCount(groups, FailureSubject::DeviceLinks, RecordState::Invalid));
    QCOMPARE(cli[u"deviceFailed"_s].toInteger(),
             pageCount(groups, FailureSubject::DeviceLinks, RecordState::Failed));
    QCOMPARE(cli[u"invalid"_s].toInteger(), pageCount(groups, FailureSubject::Records));
    QCOMPARE(cli[u"devices"_s].toInteger() + cli[u"records"_s].toInteger(), page.failureCount());

    // The devices file's problems were never sent: they are listed, not re-sent.
    QTableView *groupView = page.groupView();
    QTest::mouseClick(groupView->viewport(), Qt::LeftButton, {},
                      groupView->visualRect(groups->index(unknown, 0)).center());
    QCOMPARE(page.currentGroup(), unknown);
    QVERIFY(page.linkView()->isVisible());
    QVERIFY(!page.editTable()->isVisible());
    QCOMPARE(page.linkModel()->rowCount(), 2);
    QCOMPARE(page.linkModel()->index(1, FailureLinkModel::Customer).data().toString(), u"NOPE2"_s);
    QVERIFY(!page.resendAction()->isEnabled());
    QSignalSpy resent(&page, &FailuresPage::resendFinished);
    page.resendGroup();
    QCOMPARE(resent.count(), 1);
    QVERIFY2(resent.first().at(1).toString().contains(u"never sent"_s),
             qPrintable(resent.first().at(1).toString()));
    resent.clear();

    // The refused phrase, fixed in place: typed into the list (empty: the customer's own).
    QVERIFY(page.selectGroup(wrongPhrase));
    FailureLinkModel *links = page.linkModel();
    QCOMPARE(links->rowCount(), 2);
    QVERIFY(page.resendAction()->isEnabled());
    QVERIFY2(page.statusText().contains(u"This group: 2 device links."_s),
             qPrintable(page.statusText()));
    QTableView *linkView = page.linkView();
    linkView->setFocus();
    linkView->setCurrentIndex(links->index(0, FailureLinkModel::Phrase));
    QTest::keyClick(linkView, Qt::Key_F2);
    auto editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->clear();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(links->index(0, FailureLinkModel::Phrase).data(Qt::EditRole).toString(),
                 QString());
    QVERIFY(links->setData(links->index(1, FailureLinkModel::Phrase), QString()));
    {
        auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
        QVERIFY(journal.hasValue());
        // dev-2 and dev-4 had AFC3's phrase; dev-6 never had one.
        const Result<QList<DeviceLink>> refused = (*journal)->devices(DeviceState::Failed, 10);
        QVERIFY(refused.hasValue());
        QCOMPARE(refused->size(), 3);
        for (const DeviceLink &link : *refused)
            QVERIFY2(link.entry.phrase.isEmpty(), qPrintable(link.entry.deviceId));
    }

    // Re-send the group: the links go through the DeviceLinker, with progress; the group is gone.
    QSignalSpy progress(page.progressBar(), &QProgressBar::valueChanged);
    page.resendAction()->trigger();
    QVERIFY(page.isResending());
    QVERIFY(page.progressBar()->isVisible());
    QCOMPARE(page.progressBar()->maximum(), 2);
    QVERIFY(!page.resendAction()->isEnabled());
    QVERIFY(resent.wait(60000));
    QVERIFY(!page.isResending());
    QVERIFY(!page.progressBar()->isVisible());
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(resent.first().at(0).toBool(), true);
    QVERIFY2(resent.first().at(1).toString().contains(u"2 device links are linked now."_s),
             qPrintable(resent.first().at(1).toString()));
    QCOMPARE(groups->indexOf(FailureSubject::DeviceLinks, RecordState::Failed,
                             AfterCreationFixture::wrongPhraseCause),
             -1);
    QCOMPARE(groups->rowCount(), 5);
    QCOMPARE(counts.last().at(0).toLongLong(), 6);
    const QStringList held = AfterCreationFixture::serverDevices(m_sandbox->baseUrl());
    SandboxTest::Client api(m_sandbox->baseUrl());
    for (const auto &[email, device] : {std::pair{u"ngozi2@example.com"_s, u"dev-2"_s},
                                           std::pair{u"ngozi4@example.com"_s, u"dev-4"_s}}) {
        const QString id
            = api.get(u"/v1/bank/customer?email="_s + email).data()[u"id"_s].toString();
        QVERIFY2(held.contains(id + u'/' + device), qPrintable(held.join(u' ')));
    }
    cli = cliCounts(path, dir.path());
    QCOMPARE(cli[u"deviceFailed"_s].toInteger(),
             pageCount(groups, FailureSubject::DeviceLinks, RecordState::Failed));
    QCOMPARE(cli[u"devices"_s].toInteger(), 5);

    // A link whose customer was not migrated waits for it; fixed and re-sent from this page, the
    // customer is on the server, and the link goes.
    const auto groupOf = [&](FailureSubject subject, RecordState state, const QString &cause) {
        return groups->indexOf(subject, state, cause);
    };
    QVERIFY(page.selectGroup(groupOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                                     AfterCreationFixture::notMigratedCause)));
    QVERIFY(page.resendAction()->isEnabled());
    resent.clear();
    page.resendGroup();
    QVERIFY(resent.wait(60000));
    QVERIFY2(resent.first().at(1).toString().contains(u"still wait for their customer"_s),
             qPrintable(resent.first().at(1).toString()));
    QCOMPARE(resent.first().at(0).toBool(), false);
    QVERIFY(page.selectGroup(groupOf(FailureSubject::Records, RecordState::Invalid,
                                     u"format.email (email)"_s)));
    QVERIFY(page.editTable()->isVisible());
    RecordTableModel *edit = page.editModel();
    QVERIFY(edit->setData(edit->index(0, CustomerField::Email), u"ngozi7@example.com"_s));
    resent.clear();
    page.resendGroup();
    QVERIFY(resent.wait(60000));
    QCOMPARE(resent.first().at(0).toBool(), true);
    QCOMPARE(counts.last().at(0).toLongLong(), 5);
    QVERIFY(page.selectGroup(groupOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                                     AfterCreationFixture::notMigratedCause)));
    resent.clear();
    page.resendGroup();
    QVERIFY(resent.wait(60000));
    QVERIFY2(resent.first().at(1).toString().contains(u"1 device links are linked now."_s),
             qPrintable(resent.first().at(1).toString()));
    QCOMPARE(groupOf(FailureSubject::DeviceLinks, RecordState::Invalid,
                     AfterCreationFixture::notMigratedCause),
             -1);
    QCOMPARE(counts.last().at(0).toLongLong(), 4);
    QCOMPARE(cliCounts(path, dir.path())[u"devices"_s].toInteger(), 4);

    // The export: the device links to a file of their own, with the chosen cause.
    page.exportAction()->trigger();
    auto dialog = page.findChild<FailureExportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->devicesCheck()->isChecked());
    QVERIFY(dialog->causeCombo()->findText(u"device.unknownCustomer"_s) >= 0);
    const QString devicesOut = dir.filePath(u"links.csv"_s);
    dialog->devicesPathEdit()->setText(devicesOut);
    dialog->pathEdit()->setText(dir.filePath(u"records.csv"_s));
    dialog->causeCombo()->setCurrentText(u"device.unknownCustomer"_s);
    dialog->maskCheck()->setChecked(true);
    dialog->accept();
    QVERIFY2(page.message().contains(u"2 device links written to"_s), qPrintable(page.message()));
    QFile file(devicesOut);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith("4,5,NOPE1,dev-x,invalid,device.unknownCustomer,,"));
}

void tst_FailuresPage::trustInTriage()
{
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::merchants(dir.path(), m_sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    FailuresPage page;
    page.show();
    page.setClientProvider([&](RecordKind kind, QObject *, auto done) {
        QCOMPARE(kind, RecordKind::Merchants);
        ApiClientOptions options = clientOptions();
        options.apiKey = m_sandbox->providerKey();
        done(options);
    });
    page.setJournalPath(path);
    FailureGroupModel *groups = page.groupModel();
    QCOMPARE(groups->rowCount(), 1);
    QCOMPARE(groups->index(0, 0).data(FailureGroupModel::CauseRole).toString(),
             AfterCreationFixture::goneMerchantCause);
    QCOMPARE(groups->index(0, FailureGroupModel::Kind).data().toString(), u"Trust level"_s);
    QCOMPARE(page.failureCount(), 2);
    QCOMPARE(cliCounts(path, dir.path())[u"trustFailed"_s].toInteger(), page.failureCount());
    QCOMPARE(page.currentGroup(), 0);
    QVERIFY(page.trustView()->isVisible());
    QCOMPARE(page.trustModel()->rowCount(), 2);
    QCOMPARE(page.trustModel()->index(1, FailureTrustModel::Name).data().toString(), u"Shop 4"_s);

    // Exported with the records' masking: the merchant's phone number.
    const QString out = dir.filePath(u"trust.csv"_s);
    FailureList::Options options;
    options.mask = true;
    const Result<FailureList::Summary> written = page.exportFailures(out, options);
    QVERIFY(written.hasValue());
    QCOMPARE(written->trustFailed, 2);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(",trustFailed,"));
    QVERIFY(text.contains("'+*********0002"));
    QVERIFY(!text.contains("+2348030010002"));

    // The cause removed (their ids are the server's again), the group re-sent: gone.
    QVERIFY(AfterCreationFixture::plant(path, u"row IN (2, 4)"_s, true));
    QSignalSpy resent(&page, &FailuresPage::resendFinished);
    page.resendAction()->trigger();
    QVERIFY(page.isResending());
    QVERIFY(page.progressBar()->isVisible());
    QVERIFY(resent.wait(60000));
    QVERIFY2(resent.first().at(1).toString().contains(u"2 merchants have their trust level now."_s),
             qPrintable(resent.first().at(1).toString()));
    QCOMPARE(groups->rowCount(), 0);
    QCOMPARE(page.failureCount(), 0);
    QCOMPARE(page.statusText(), u"No failures."_s);
    QCOMPARE(cliCounts(path, dir.path())[u"trustFailed"_s].toInt(), 0);
    auto journal = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    SandboxTest::Client provider(m_sandbox->baseUrl(), m_sandbox->providerKey());
    for (qint64 row : {2, 4}) {
        QCOMPARE((*journal)->trustEntry(row)->state, TrustState::Validated);
        const QJsonObject trust = provider.get(u"/v1/provider/merchant/trust?entityId="_s
                                               + (*journal)->record(row)->serverId)
                                      .data();
        QCOMPARE(trust[u"trustLevel"_s].toString(), u"premium"_s);
    }
}

void tst_FailuresPage::sideBarCountsDeviceLinks()
{
    QTemporaryDir dir;
    const QString path = AfterCreationFixture::customers(dir.path(), m_sandbox->baseUrl());
    QVERIFY(!path.isEmpty());
    MemorySecretStore secrets;
    Console console({}, &secrets);
    QVERIFY(console.start());
    console.fileActions()->setPathPrompt([&](FileActions::Ask) { return path; });
    console.fileActions()->openAction()->trigger();
    QCOMPARE(console.failuresPage()->groupModel()->rowCount(), 6);
    QCOMPARE(console.window()->stepSummary(WorkflowStep::Failures), u"Failures: 8"_s);
}

QTEST_MAIN(tst_FailuresPage)
#include "tst_failurespage.moc"
