// The devices file through the import dialog (issue 7), on the offscreen platform, against a
// real journal: headers that the automatic match misses, mapped by hand in the dialog (several
// columns feeding device), then read in the background and validated in the Devices tab; a
// mapping template saved and applied to the next file; bad input said in the dialog with nothing
// lost in the tab; Cancel during a big read.
#include "../support/testfile.h"
#include "aftercreation/aftercreationpage.h"
#include "aftercreation/devicestab.h"
#include "application.h"
#include "import/importdialog.h"
#include "import/mappingeditor.h"
#include "journal/journal.h"
#include "migration/devicelinkmodel.h"
#include "semanticcolors.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_DevicesImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mappedByHandThenValidated();
    void templateSavedAndApplied();
    void badInputLosesNothing_data();
    void badInputLosesNothing();
    void brokenFileFoundDuringTheRead();
    void cancelDuringABigRead();

private:
    QString write(const QString &name, const QByteArray &bytes);
    // The dialog of the tab, on `path`.
    ImportDialog *open(const QString &path);
    // Imports through the dialog as it is; true when the dialog accepted.
    bool import(ImportDialog *dialog);
    // Chooses `field` (DeviceFile::Field, -1: not imported) in the column's combo box, as a
    // pick from its list does.
    void choose(ImportDialog *dialog, int column, int field);

    QTemporaryDir m_dir;
    QString m_journal;
    std::unique_ptr<AfterCreationPage> m_page;
};

namespace {

// The devices file of the tests: a customer number and two handsets, semicolons. The automatic
// match knows none of these headers.
const QByteArray handsets = "Cust No;Handset 1;Handset 2\n"
                            "C1;h-1a;h-1b\n" // two devices
                            "C1;h-1c;\n"     // a second row for C1
                            "C2;h-2;h-2\n"   // the same device twice: both duplicate
                            "NOPE;h-x;\n"    // unknown customer
                            "C5;h-5;\n"      // C5 is not migrated
                            "C3;;\n"         // no device
                            "C4;h-4;\n";

} // namespace

void tst_DevicesImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QVERIFY(m_dir.isValid());
    // Customers C1-C6; C1-C4 and C6 on the server, C5 still pending.
    m_journal = m_dir.filePath(u"customers.peere"_s);
    auto journal = Journal::open(m_journal, Journal::OpenMode::Create);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 6, [](qint64 i) {
        ImportedRecord record;
        record.line = i + 2;
        record.values.resize(CustomerField::Count);
        const QByteArray n = QByteArray::number(i + 1);
        record.values[CustomerField::ClientRef] = "C" + n;
        record.values[CustomerField::AccountName] = "Ada " + n;
        record.values[CustomerField::Email] = "c" + n + "@example.com";
        return record;
    }));
    QList<RecordOutcome> outcomes;
    for (const qint64 row : {1, 2, 3, 4, 6})
        outcomes.append({row, RecordState::Migrated, u"created"_s, {}, u"id%1"_s.arg(row)});
    QVERIFY((*journal)->applyOutcomes(outcomes));
}

void tst_DevicesImport::init()
{
    m_page = std::make_unique<AfterCreationPage>();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setJournalPath(m_journal);
}

QString tst_DevicesImport::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir.filePath(name), bytes);
}

ImportDialog *tst_DevicesImport::open(const QString &path)
{
    ImportDialog *dialog = m_page->devicesTab()->importDevicesFile(path);
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

bool tst_DevicesImport::import(ImportDialog *dialog)
{
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
    return (finished.count() > 0 || finished.wait(20000)) && finished.first().first().toBool();
}

void tst_DevicesImport::choose(ImportDialog *dialog, int column, int field)
{
    auto combo = dialog->findChild<QComboBox *>(u"fieldCombo%1"_s.arg(column));
    QVERIFY(combo);
    QVERIFY(combo->isEnabled());
    combo->setCurrentIndex(combo->findData(field));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(dialog->mappingEditor()->fieldOfColumn(column), field);
}

void tst_DevicesImport::mappedByHandThenValidated()
{
    DevicesTab *tab = m_page->devicesTab();
    const QString path = write(u"handsets.csv"_s, handsets);
    QPointer<ImportDialog> dialog = open(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->content(), ImportDialog::Content::Devices);
    QVERIFY(!dialog->findChild<QComboBox *>(u"kindCombo"_s)->isVisible());
    // The preview as detected: semicolons, three columns, seven rows.
    QCOMPARE(dialog->delimiter(), std::optional<char>(';'));
    QCOMPARE(dialog->findChild<QComboBox *>(u"delimiterCombo"_s)->currentData().toInt(), int(';'));
    QCOMPARE(dialog->previewModel()->columnCount(), 3);
    QCOMPARE(dialog->previewModel()->rowCount(), 7);
    // The delimiter can be changed, and the preview and the mapping follow.
    dialog->setDelimiter(',');
    QCOMPARE(dialog->previewModel()->columnCount(), 1);
    dialog->setDelimiter(';');
    QCOMPARE(dialog->previewModel()->columnCount(), 3);

    // Nothing matched: the dialog says what is missing and does not import.
    auto importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
    QCOMPARE(dialog->deviceColumns(), DeviceFile::Columns{});
    QVERIFY2(dialog->message().contains(u"No column names the customer"_s),
             qPrintable(dialog->message()));
    QVERIFY(!importButton->isEnabled());

    // Mapped by hand: the customer number as clientRef, both handsets as device.
    choose(dialog, 0, DeviceFile::ClientRef);
    QVERIFY2(dialog->message().contains(u"No column holds device ids"_s),
             qPrintable(dialog->message()));
    QVERIFY(!importButton->isEnabled());
    choose(dialog, 1, DeviceFile::Device);
    choose(dialog, 2, DeviceFile::Device);
    QCOMPARE(dialog->deviceColumns().clientRef, 0);
    QCOMPARE(dialog->deviceColumns().devices, (QList<int>{1, 2}));
    QVERIFY2(dialog->message().startsWith(u"Ready to import"_s), qPrintable(dialog->message()));
    QVERIFY(dialog->mappingEditor()->unmappedText().contains(u"Every column"_s));
    QVERIFY(importButton->isEnabled());

    QVERIFY2(import(dialog), qPrintable(dialog->message()));
    QTRY_VERIFY(!dialog); // accepted, closed and deleted
    QCOMPARE(tab->devicesFile(), path);
    QCOMPARE(tab->summary().rows, 7);
    QCOMPARE(tab->summary().devices, 9);
    QCOMPARE(tab->summary().valid, 4); // h-1a h-1b h-1c h-4
    QCOMPARE(tab->summary().invalid, 5);
    const QMap<QString, qint64> expected = {{u"device.unknownCustomer"_s, 1},
                                            {u"device.notMigrated"_s, 1},
                                            {u"device.empty"_s, 1},
                                            {u"duplicate.deviceId"_s, 2}};
    QCOMPARE(tab->summary().byRule, expected);
    QCOMPARE(tab->validationText(),
             u"Rows: 7 · Devices: 9 · Ready to link: 4 · With problems: 5"_s);
    QCOMPARE(tab->model()->rowCount(), 5);
    QVERIFY(tab->findChild<QPushButton *>(u"devicesLink"_s)->isEnabled());
}

void tst_DevicesImport::templateSavedAndApplied()
{
    const QString templatePath = m_dir.filePath(u"devices-mapping.json"_s);
    {
        QPointer<ImportDialog> dialog = open(write(u"handsets.csv"_s, handsets));
        QVERIFY(dialog);
        choose(dialog, 0, DeviceFile::ClientRef);
        choose(dialog, 1, DeviceFile::Device);
        choose(dialog, 2, DeviceFile::Device);
        QVERIFY(dialog->saveTemplate(templatePath).hasValue());
        QVERIFY(dialog->message().contains(u"saved"_s));
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }
    QFile saved(templatePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json[u"kind"_s].toString(), u"devices"_s);
    QCOMPARE(json[u"fields"_s][u"clientRef"_s].toString(), u"Cust No"_s);
    QCOMPARE(json[u"fields"_s][u"device"_s].toArray(),
             (QJsonArray{u"Handset 1"_s, u"Handset 2"_s}));
    QVERIFY(json[u"fields"_s][u"email"_s].isNull());

    // The next export: the columns in another order, commas. The template finds them by name.
    QByteArray next = "Handset 2,cust no,Handset 1,Notes\n";
    for (const QByteArray &line : handsets.split('\n').mid(1)) {
        const QList<QByteArray> cells = line.split(';');
        if (cells.size() == 3)
            next += cells[2] + ',' + cells[0] + ',' + cells[1] + ",-\n";
    }
    QPointer<ImportDialog> dialog = open(write(u"handsets-next.csv"_s, next));
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    // A customers template is refused with a word, and changes nothing.
    ImportDialog records;
    records.openFile(write(u"customers.csv"_s, "clientRef,firstname\nC1,Ada\n"));
    const QString customersTemplate = m_dir.filePath(u"customers-mapping.json"_s);
    QVERIFY(records.saveTemplate(customersTemplate).hasValue());
    const VoidResult refused = dialog->loadTemplate(customersTemplate);
    QVERIFY(!refused.hasValue());
    QVERIFY2(refused.error().contains(u"not for a devices file"_s), qPrintable(refused.error()));
    QCOMPARE(dialog->deviceColumns(), DeviceFile::Columns{});
    // And a devices template in the records' dialog likewise.
    QVERIFY(records.loadTemplate(templatePath).error().contains(u"devices file"_s));

    QVERIFY(dialog->loadTemplate(templatePath).hasValue());
    QCOMPARE(dialog->deviceColumns().clientRef, 1);
    QCOMPARE(dialog->deviceColumns().devices, (QList<int>{0, 2}));
    QCOMPARE(dialog->mappingEditor()->fieldOfColumn(3), -1);
    QVERIFY2(import(dialog), qPrintable(dialog->message()));
    QTRY_VERIFY(!dialog);
    DevicesTab *tab = m_page->devicesTab();
    QCOMPARE(tab->summary().devices, 9);
    QCOMPARE(tab->summary().valid, 4);
    QCOMPARE(tab->summary().byRule.value(u"duplicate.deviceId"_s), 2);
}

void tst_DevicesImport::badInputLosesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)
                            << u"binary"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("no customer column") << QByteArray("name,deviceId\nAda,d1\n")
                                        << u"No column names the customer"_s;
    QTest::newRow("no device column") << QByteArray("clientRef,handset\nC1,d1\n")
                                      << u"No column holds device ids"_s;
    QTest::newRow("no such file") << QByteArray() << u"no-such-file.csv"_s;
}

void tst_DevicesImport::badInputLosesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    DevicesTab *tab = m_page->devicesTab();
    // A good file first.
    const QString good = write(u"good.csv"_s, "clientRef,deviceId\nC1,g-1\nC2,g-2\nNOPE,g-3\n");
    QPointer<ImportDialog> dialog = open(good);
    QVERIFY(dialog && import(dialog));
    QTRY_VERIFY(!dialog);
    const QString validation = tab->validationText();
    QCOMPARE(tab->summary().valid, 2);

    const QString path = QString::fromLatin1(QTest::currentDataTag()) == u"no such file"_s
                             ? m_dir.filePath(u"no-such-file.csv"_s)
                             : write(u"bad.csv"_s, bytes);
    dialog = open(path);
    QVERIFY(dialog);
    QVERIFY2(dialog->message().contains(expected), qPrintable(dialog->message()));
    QCOMPARE(dialog->findChild<QLabel *>(u"importMessage"_s)->palette().color(QPalette::WindowText),
             semanticColor(Semantic::Error, dialog->palette()));
    QVERIFY(!dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    dialog->startImport(); // even forced: nothing is read
    QVERIFY(!dialog->isImporting());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    // The tab still holds the good file.
    QCOMPARE(tab->devicesFile(), good);
    QCOMPARE(tab->validationText(), validation);
    QCOMPARE(tab->summary().valid, 2);
}

void tst_DevicesImport::brokenFileFoundDuringTheRead()
{
    // Larger than the preview: the broken quote at the end is only met by the full read.
    QByteArray bytes = "clientRef,deviceId\n";
    for (int i = 0; i < 30000; ++i)
        bytes += "C1,device-number-" + QByteArray::number(i) + "\n";
    bytes += "C2,\"broken\n";
    QPointer<ImportDialog> dialog = open(write(u"broken.csv"_s, bytes));
    QVERIFY(dialog);
    QVERIFY2(dialog->message().startsWith(u"Ready"_s), qPrintable(dialog->message()));
    QVERIFY(!import(dialog));
    QVERIFY2(dialog->message().contains(u"line 30002"_s), qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible()); // still open, ready for another try
    QVERIFY(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(!dialog->devicesResult());
    QCOMPARE(m_page->devicesTab()->summary().rows, 0); // nothing came into the tab
    dialog->reject();
}

void tst_DevicesImport::cancelDuringABigRead()
{
    QByteArray bytes = "Cust No;Handset 1;Handset 2\n";
    for (int i = 0; i < 600000; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "C" + QByteArray::number(i % 6 + 1) + ";big-handset-" + n + "-a;big-handset-" + n
                 + "-b\n";
    }
    QPointer<ImportDialog> dialog = open(write(u"big.csv"_s, bytes));
    QVERIFY(dialog);
    choose(dialog, 0, DeviceFile::ClientRef);
    choose(dialog, 1, DeviceFile::Device);
    // The window stays live during the read: a timer keeps firing and the progress bar moves.
    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] {
        ++ticks;
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
    });
    timer.start(5);
    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    auto progress = dialog->findChild<QProgressBar *>(u"importProgress"_s);
    dialog->startImport();
    QVERIFY(dialog->isImporting());
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0 || finished.count() > 0, 20000);
    QVERIFY(ticks > 0);
    // Cancel (Escape) stops the read and keeps the dialog open.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(finished.count() > 0 || finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog->message().contains(u"cancelled"_s), qPrintable(dialog->message()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isImporting());
    QVERIFY(!progress->isVisible());
    QVERIFY(!dialog->devicesResult());
    QCOMPARE(m_page->devicesTab()->summary().rows, 0);
    // Another try reads it all (only the first handset is mapped), and the window never stalls
    // for long while it does.
    QElapsedTimer read;
    read.start();
    sinceTick.restart();
    longestGapMs = 0;
    QVERIFY2(import(dialog), qPrintable(dialog->message()));
    const qint64 readMs = read.elapsed();
    QTest::qWait(50); // a tick after the tab took the result in, so that its time counts too
    qInfo("600,000 rows read and validated in %lld ms; longest GUI stall %lld ms", readMs,
          longestGapMs);
    QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));
    QTRY_VERIFY(!dialog);
    QCOMPARE(m_page->devicesTab()->summary().devices, 600000);
    QCOMPARE(m_page->devicesTab()->summary().valid, 500000); // C5 is not migrated
    QCOMPARE(m_page->devicesTab()->summary().byRule.value(u"device.notMigrated"_s), 100000);
}

QTEST_MAIN(tst_DevicesImport)
#include "tst_devicesimport.moc"
