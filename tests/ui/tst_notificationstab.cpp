// After creation › Notifications, offscreen: the default message in English and French, editing
// with placeholders, the preview with a real verified record, the export of the list (verified
// records only) and the message into a folder.
#include "aftercreation/notificationstab.h"
#include "journal/journal.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_NotificationsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void previewEditAndExport();
    void nothingVerifiedYet();

private:
    template<typename T>
    static T *child(const NotificationsTab &tab, const char *name)
    {
        return tab.findChild<T *>(QString::fromLatin1(name));
    }
};

void tst_NotificationsTab::previewEditAndExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.peere"_s);
    {
        // Six customers: 2, 3 and 5 verified; 1 mismatch, 4 failed, 6 migrated only.
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal);
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 6, [](qint64 i) {
            const QByteArray n = QByteArray::number(i + 1);
            QByteArrayList values(CustomerField::Count);
            values[CustomerField::Firstname] = "Ngozi" + n;
            values[CustomerField::Lastname] = "Eze";
            values[CustomerField::AccountName] = "Savings " + n;
            values[CustomerField::Email] = "n" + n + "@example.com";
            values[CustomerField::Reference] = "REF-" + n;
            return ImportedRecord{i + 2, values, false, {}};
        }));
        QVERIFY((*journal)->applyOutcomes({{1, RecordState::Mismatch, u"created"_s, {}, u"id-1"_s},
                                           {2, RecordState::Verified, u"created"_s, {}, u"id-2"_s},
                                           {3, RecordState::Verified, u"created"_s, {}, u"id-3"_s},
                                           {4, RecordState::Failed, {}, u"refused"_s, {}},
                                           {5, RecordState::Verified, u"created"_s, {}, u"id-5"_s},
                                           {6, RecordState::Migrated, u"created"_s, {}, u"id-6"_s}}));
    }
    NotificationsTab tab;
    tab.setJournalPath(path);
    tab.resize(1000, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    // English by default, previewed with the first verified record (row 2).
    QCOMPARE(tab.language(), u"en"_s);
    QVERIFY(child<QLabel>(tab, "notificationPreviewTitle")->text().contains(u"row 2"_s));
    QCOMPARE(tab.previewSubject(), u"Your account Savings 2 is now on the Peere Network"_s);
    QVERIFY(tab.previewBody().startsWith(u"Dear Ngozi2,"_s));

    // French.
    auto *language = child<QComboBox>(tab, "notificationLanguage");
    language->setCurrentIndex(language->findData(u"fr"_s));
    QCOMPARE(tab.previewSubject(), u"Votre compte Savings 2 est désormais sur le réseau Peere"_s);
    QVERIFY(tab.previewBody().startsWith(u"Bonjour Ngozi2,"_s));

    // Edited: typed, with a placeholder inserted from the list.
    auto *subject = child<QLineEdit>(tab, "notificationSubject");
    subject->clear();
    QTest::keyClicks(subject, u"Hello {name}"_s);
    QCOMPARE(tab.previewSubject(), u"Hello Ngozi2 Eze"_s);
    auto *body = child<QPlainTextEdit>(tab, "notificationBody");
    body->clear();
    QTest::keyClicks(body, u"Your reference: "_s);
    auto *placeholders = child<QListWidget>(tab, "notificationPlaceholders");
    const QList<QListWidgetItem *> reference = placeholders->findItems(u"reference"_s, Qt::MatchExactly);
    QCOMPARE(reference.size(), 1);
    placeholders->setCurrentItem(reference.first());
    emit placeholders->itemActivated(reference.first()); // what a double-click does
    QCOMPARE(body->toPlainText(), u"Your reference: {reference}"_s);
    QCOMPARE(tab.previewBody(), u"Your reference: REF-2"_s);

    // An unknown placeholder is flagged at once.
    QTest::keyClicks(body, u" {balance}"_s);
    QVERIFY(child<QLabel>(tab, "notificationStatus")->text().contains(u"balance"_s));
    QSignalSpy failed(&tab, &NotificationsTab::exportFailed);
    tab.setOutputFolder(dir.filePath(u"lists"_s));
    QTest::mouseClick(child<QPushButton>(tab, "notificationExport"), Qt::LeftButton);
    QVERIFY(failed.wait(10000));
    QVERIFY(!QFile::exists(dir.filePath(u"lists/customers-notifications.csv"_s)));
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(body, Qt::Key_Backspace);
    QCOMPARE(body->toPlainText(), u"Your reference: {reference}"_s);

    // Exported: the verified records only, and the message as edited.
    QSignalSpy exported(&tab, &NotificationsTab::exported);
    QTRY_VERIFY(child<QPushButton>(tab, "notificationExport")->isEnabled());
    QTest::mouseClick(child<QPushButton>(tab, "notificationExport"), Qt::LeftButton);
    QVERIFY(exported.wait(10000));
    QVERIFY(child<QLabel>(tab, "notificationStatus")->text().startsWith(u"3 verified records"_s));
    QFile list(dir.filePath(u"lists/customers-notifications.csv"_s));
    QVERIFY(list.open(QIODevice::ReadOnly));
    QCOMPARE(list.readAll(), QByteArray("\xEF\xBB\xBF"
                                        "name,email,reference\r\n"
                                        "Ngozi2 Eze,n2@example.com,REF-2\r\n"
                                        "Ngozi3 Eze,n3@example.com,REF-3\r\n"
                                        "Ngozi5 Eze,n5@example.com,REF-5\r\n"));
    QFile message(dir.filePath(u"lists/customers-message-fr.txt"_s));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QCOMPARE(message.readAll(), QByteArray("Subject: Hello {name}\n\nYour reference: {reference}\n"));

    // Back to the default message.
    QTest::mouseClick(child<QPushButton>(tab, "notificationReset"), Qt::LeftButton);
    QVERIFY(tab.previewBody().startsWith(u"Bonjour Ngozi2,"_s));
}

void tst_NotificationsTab::nothingVerifiedYet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.peere"_s);
    {
        auto journal = Journal::open(path, Journal::OpenMode::Create);
        QVERIFY(journal);
        QVERIFY((*journal)->importRecords(RecordKind::Merchants, 2, [](qint64 i) {
            return ImportedRecord{i + 2, QByteArrayList(MerchantField::Count), false, {}};
        }));
    }
    NotificationsTab tab;
    tab.setJournalPath(path);
    tab.show();
    QVERIFY(child<QLabel>(tab, "notificationPreviewTitle")->text().contains(u"no record is verified"_s));
    QVERIFY(tab.previewSubject().isEmpty());
    // The merchants' placeholders, trustLevel among them; the merchants' message.
    auto *placeholders = child<QListWidget>(tab, "notificationPlaceholders");
    QCOMPARE(placeholders->findItems(u"trustLevel"_s, Qt::MatchExactly).size(), 1);
    QVERIFY(child<QPlainTextEdit>(tab, "notificationBody")->toPlainText().contains(u"{trustLevel}"_s));
}

QTEST_MAIN(tst_NotificationsTab)
#include "tst_notificationstab.moc"
