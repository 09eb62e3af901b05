// The edit log: every edit durable on disk as it is made, replayed on reopen, set aside when the
// file changed.
#include "csv/csvparser.h"
#include "records/editlog.h"
#include "records/recordtablemodel.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_EditLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editsAreWrittenAndReplayed();
    void anotherVersionOfTheFileIsSetAside();
    void defaultPathAndFingerprint();
};

static const QByteArray csv =
    "clientRef,firstname,lastname,accountName,email,country,accountNumber,reference\n"
    "C1,Ada,Eze,Ada Eze,ada@example,NG,0123456789,R1\n"
    "C2,Bola,Ige,Bola Ige,bola@example.com,NG,1111111111,R1\n";

static std::shared_ptr<RecordStore> makeStore()
{
    Result<CsvTable> table = CsvParser::parse(csv, {}, u"test.csv"_s);
    if (!table)
        return nullptr;
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, table->header());
    auto store = std::make_shared<RecordStore>(RecordKind::Customers, std::move(*table), mapping);
    store->validateAll(1);
    return store;
}

void tst_EditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_EditLog::editsAreWrittenAndReplayed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edits.sqlite"_s);
    {
        auto log = EditLog::open(path, "v1");
        QVERIFY2(log.hasValue(), qPrintable(log.error()));
        RecordTableModel model;
        model.setStore(makeStore());
        model.setEditLog(log->get());
        model.applyEdits({{0, F::Email, "ada@example.com"}, {1, F::Reference, "R2"}});
        model.setRowsExcluded({1}, true);
        // On disk already, seen through another connection, before the log is closed.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(u"SELECT row, field, before, after, who FROM edits ORDER BY id"_s, db);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QCOMPARE(query.value(1).toInt(), int(F::Email));
        QCOMPARE(query.value(2).toByteArray(), "ada@example"_ba);
        QCOMPARE(query.value(3).toByteArray(), "ada@example.com"_ba);
        QVERIFY(!query.value(4).toString().isEmpty());
        QVERIFY(query.next());
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toInt(), EditLog::ExclusionField);
        QVERIFY(!query.next());
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
        QCOMPARE(*(*log)->count(), 3);
    }
    // Reopened: the edits come back into a fresh store.
    auto log = EditLog::open(path, "v1");
    QVERIFY(log.hasValue());
    QVERIFY((*log)->setAsidePath().isEmpty());
    const std::shared_ptr<RecordStore> store = makeStore();
    QCOMPARE(*(*log)->replay(*store), 3);
    QCOMPARE(store->value(0, F::Email), "ada@example.com");
    QCOMPARE(store->value(1, F::Reference), "R2");
    QVERIFY(store->isExcluded(1));
    QVERIFY(!store->hasErrors(0));
}

void tst_EditLog::anotherVersionOfTheFileIsSetAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edits.sqlite"_s);
    {
        auto log = EditLog::open(path, "v1");
        QVERIFY(log.hasValue());
        QVERIFY((*log)->append({{0, F::Email, "a", "b", std::nullopt, std::nullopt, 0}}).hasValue());
    }
    auto log = EditLog::open(path, "v2");
    QVERIFY2(log.hasValue(), qPrintable(log.error()));
    QVERIFY(!(*log)->setAsidePath().isEmpty());
    QVERIFY(QFile::exists((*log)->setAsidePath()));
    QCOMPARE(*(*log)->count(), 0);
}

void tst_EditLog::defaultPathAndFingerprint()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"customers.csv"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    QCOMPARE(EditLog::defaultPath(file), file + u".peere-edits.sqlite"_s);
    const QByteArray first = EditLog::fingerprint(file);
    QVERIFY(first.startsWith(QByteArray(QByteArray::number(csv.size()) + ':')));
    QVERIFY(out.open(QIODevice::Append));
    out.write("C3,x,y,z,c@example.com,NG,2222222222,R3\n");
    out.close();
    QVERIFY(EditLog::fingerprint(file) != first);
    QVERIFY(EditLog::fingerprint(dir.filePath(u"none.csv"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(tst_EditLog)
#include "tst_editlog.moc"
