// A missing, locked, in-use, read-only, damaged or full journal: a clear message, nothing lost.
#include "journal/journal.h"

#include <QFile>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_JournalErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void missing();
    void garbage();
    void notAJournal();
    void readOnly();
    void lockedByAnotherConnection();
    void inUseByAnotherRun();
    void staleLockIsTaken();
    void full();

private:
    static QString makeJournal(const QTemporaryDir &dir, qint64 records = 10);
};

static ImportedRecord record(qint64 index)
{
    return ImportedRecord{index + 2, QByteArrayList(12, "v" + QByteArray::number(index)), false, {}};
}

QString tst_JournalErrors::makeJournal(const QTemporaryDir &dir, qint64 records)
{
    const QString path = dir.filePath(u"m.journal"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (journal)
        (void)(*journal)->importRecords(RecordKind::Customers, records, record);
    return path;
}

void tst_JournalErrors::missing()
{
    QTemporaryDir dir;
    for (Journal::OpenMode mode : {Journal::OpenMode::Existing, Journal::OpenMode::ReadOnly}) {
        auto journal = Journal::open(dir.filePath(u"nope.journal"_s), mode);
        QVERIFY(!journal.hasValue());
        QVERIFY2(journal.error().contains(u"There is no migration journal"_s), qPrintable(journal.error()));
    }
    QVERIFY(!QFile::exists(dir.filePath(u"nope.journal"_s)));
}

void tst_JournalErrors::garbage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(!journal.hasValue());
    QVERIFY2(journal.error().contains(u"damaged"_s), qPrintable(journal.error()));
    QCOMPARE(QFileInfo(path).size(), 4096); // untouched

    // A real journal whose pages were overwritten in the middle.
    QTemporaryDir other;
    const QString damaged = makeJournal(other, 2000);
    QFile pages(damaged);
    QVERIFY(pages.open(QIODevice::ReadWrite));
    pages.seek(100);
    pages.write(QByteArray(8192, '\xff'));
    pages.close();
    auto broken = Journal::open(damaged, Journal::OpenMode::Existing);
    QVERIFY(!broken.hasValue());
    QVERIFY2(broken.error().contains(u"damaged"_s), qPrintable(broken.error()));
}

void tst_JournalErrors::notAJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE t(x)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(!journal.hasValue());
    QVERIFY2(journal.error().contains(u"not a migration journal"_s), qPrintable(journal.error()));
}

void tst_JournalErrors::readOnly()
{
    QTemporaryDir dir;
    const QString path = makeJournal(dir);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(!journal.hasValue());
    QVERIFY2(journal.error().contains(u"read-only"_s), qPrintable(journal.error()));
    // Reading it still works: status and the failure list need no write.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto reader = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY2(reader.hasValue(), qPrintable(reader.error()));
    QCOMPARE((*reader)->counts()->records, 10);
}

void tst_JournalErrors::lockedByAnotherConnection()
{
    QTemporaryDir dir;
    const QString path = makeJournal(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
        QVERIFY2(query.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO settings VALUES ('x', 'y')"_s));

        auto journal = Journal::open(path, Journal::OpenMode::Existing, 200);
        QVERIFY(!journal.hasValue());
        QVERIFY2(journal.error().contains(u"locked"_s), qPrintable(journal.error()));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
    QCOMPARE((*journal)->counts()->records, 10);
}

void tst_JournalErrors::inUseByAnotherRun()
{
    QTemporaryDir dir;
    const QString path = makeJournal(dir);
    auto first = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(first.hasValue());
    auto second = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY(!second.hasValue());
    QVERIFY2(second.error().contains(u"in use by another run"_s), qPrintable(second.error()));
    // Readers are welcome meanwhile.
    auto reader = Journal::open(path, Journal::OpenMode::ReadOnly);
    QVERIFY2(reader.hasValue(), qPrintable(reader.error()));
}

void tst_JournalErrors::staleLockIsTaken()
{
    QTemporaryDir dir;
    const QString path = makeJournal(dir);
    // A lock file left by a process that was killed (pid that cannot exist).
    QFile lock(path + u".lock"_s);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\npeere-migrate\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto journal = Journal::open(path, Journal::OpenMode::Existing);
    QVERIFY2(journal.hasValue(), qPrintable(journal.error()));
}

void tst_JournalErrors::full()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.journal"_s);
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    // A disk that is full: SQLite may not grow the file beyond its current size.
    QSqlQuery query((*journal)->database());
    QVERIFY(query.exec(u"PRAGMA page_count"_s) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(u"PRAGMA max_page_count=%1"_s.arg(pages + 2)));
    query.finish();
    const VoidResult imported = (*journal)->importRecords(RecordKind::Customers, 5000, record);
    QVERIFY(!imported.hasValue());
    QVERIFY2(imported.error().contains(u"full"_s), qPrintable(imported.error()));
    // All or nothing: no half import.
    QCOMPARE((*journal)->counts()->records, 0);
    QVERIFY(query.exec(u"PRAGMA max_page_count=1000000"_s));
    query.finish();
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 5000, record).hasValue());
    QCOMPARE((*journal)->counts()->records, 5000);
}

QTEST_GUILESS_MAIN(tst_JournalErrors)
#include "tst_journalerrors.moc"
