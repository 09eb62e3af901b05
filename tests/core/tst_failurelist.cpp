// The failure list: CSV with BOM and neutralised formula cells, JSON, every invalid or failed
// record with its row, values, reason, phase and batch.
#include "journal/journal.h"
#include "migration/failurelist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_FailureList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void neutralised_data();
    void neutralised();
    void csvAndJson();
};

void tst_FailureList::neutralised_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("formula") << QByteArray("=HYPERLINK(\"x\")") << QByteArray("'=HYPERLINK(\"x\")");
    QTest::newRow("phone stays readable") << QByteArray("+2348031234567") << QByteArray("'+2348031234567");
    QTest::newRow("minus") << QByteArray("-1+2") << QByteArray("'-1+2");
    QTest::newRow("at") << QByteArray("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QByteArray("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QByteArray("\r=1") << QByteArray("'\r=1");
    QTest::newRow("plain") << QByteArray("Ada") << QByteArray("Ada");
    QTest::newRow("inner equals") << QByteArray("a=b") << QByteArray("a=b");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_FailureList::neutralised()
{
    QFETCH(QByteArray, cell);
    QFETCH(QByteArray, expected);
    QCOMPARE(FailureList::neutralised(cell), expected);
    QCOMPARE(FailureList::csvCell("a,\"b\""), QByteArray("\"a,\"\"b\"\"\""));
}

static ImportedRecord record(qint64 i)
{
    QByteArrayList v(fieldCount(RecordKind::Customers));
    v[CustomerField::Email] = i == 2 ? QByteArray("=cmd|' /C calc'!A0")
                                        : QByteArray("e" + QByteArray::number(i) + "@x.com");
    v[CustomerField::Phone] = "+2348031234567";
    v[CustomerField::Address] = "1 Road, Lagos";
    return ImportedRecord{i + 2, v, i == 2 || i == 5, i == 2 ? u"format.email (email)"_s : u"required (reference)"_s};
}

void tst_FailureList::csvAndJson()
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"m.journal"_s), Journal::OpenMode::Create);
    QVERIFY(journal.hasValue());
    QVERIFY((*journal)->importRecords(RecordKind::Customers, 30, record).hasValue());
    // One record refused by the server in a batch.
    const auto pending = *(*journal)->records(Phase::Expand, RecordState::Pending, 1);
    const qint64 row = pending.first().row;
    const qint64 batch = *(*journal)->beginBatch(Phase::Expand, {row});
    QVERIFY((*journal)->finishBatch(batch, BatchAnswer{},
                                    {{row, RecordState::Failed, {}, u"email: already taken"_s, {}}})
                .hasValue());

    const QString csvPath = dir.filePath(u"f.csv"_s);
    const auto csv = FailureList::write(**journal, csvPath);
    QVERIFY2(csv.hasValue(), qPrintable(csv.error()));
    QCOMPARE(csv->invalid, 2);
    QCOMPARE(csv->failed, 1);
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFrow,line,state,reason,phase,batch,clientRef,"));
    QByteArray third;
    for (const QByteArray &line : lines) {
        if (line.startsWith("3,4,"))
            third = line;
    }
    QVERIFY2(third.startsWith("3,4,invalid,format.email (email),"), third.constData());
    QVERIFY(third.contains(",'=cmd|' /C calc'!A0,"));
    QVERIFY(third.contains(",'+2348031234567,\"1 Road, Lagos\","));
    bool failedLine = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(QByteArray::number(row) + ","))) {
            failedLine = true;
            QVERIFY2(line.contains(QByteArray(",failed,email: already taken,expand,"
                                              + QByteArray::number(batch) + ",")),
                     line.constData());
        }
    }
    QVERIFY(failedLine);

    const QString jsonPath = dir.filePath(u"f.json"_s);
    QVERIFY(FailureList::write(**journal, jsonPath).hasValue());
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(json.value(u"kind"_s).toString(), u"customers"_s);
    const QJsonArray records = json.value(u"records"_s).toArray();
    QCOMPARE(records.size(), 3);
    QJsonObject first;
    for (const QJsonValue &value : records) {
        if (value.toObject().value(u"row"_s).toInt() == 3)
            first = value.toObject();
    }
    QCOMPARE(first.value(u"row"_s).toInt(), 3);
    QCOMPARE(first.value(u"reason"_s).toString(), u"format.email (email)"_s);
    QCOMPARE(first.value(u"values"_s).toObject().value(u"phone"_s).toString(), u"+2348031234567"_s);
    QVERIFY(first.value(u"batch"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_FailureList)
#include "tst_failurelist.moc"
