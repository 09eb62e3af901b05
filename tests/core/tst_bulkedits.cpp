// Bulk fixes (suggested fixes per rule, find and replace, transforms) as edit lists that undo
// exactly, and the export of the corrected records.
#include "csv/csvparser.h"
#include "records/bulkedits.h"
#include "records/recordexport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_BulkEdits : public QObject
{
    Q_OBJECT

private slots:
    void suggestedFixesUndoExactly();
    void findReplace_data();
    void findReplace();
    void invalidRegex();
    void transforms_data();
    void transforms();
    void phonesToE164();
    void exportCsv();
};

static std::shared_ptr<RecordStore> makeStore()
{
    const QByteArray csv =
        "clientRef,firstname,lastname,accountName,email,country,accountNumber,reference,phone,"
        "gender\n"
        "C1,ada,EZE,Ada Eze,ada@example.com,NG,0123456789,R1,08031234567,M\n"
        "C2,  Bola ,Ige,Bola Ige,bola@example.com,NG,1111111111,R2,+2348031234568,f\n"
        "C3,chidi-obi,o'neil,Chidi Obi,chidi@example.com,NG,2222222222,R3,,Female\n"
        "C4,Dayo,Ade,=SUM(A1),dayo@example.org,NG,3333333333,R4,,m\n";
    Result<CsvTable> table = CsvParser::parse(csv, {}, u"test.csv"_s);
    if (!table)
        return nullptr;
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, table->header());
    auto store = std::make_shared<RecordStore>(RecordKind::Customers, std::move(*table), mapping);
    store->validateAll(1);
    return store;
}

static QByteArrayList column(const RecordStore &store, int field)
{
    QByteArrayList values;
    for (qint32 row = 0; row < store.rowCount(); ++row)
        values.append(store.value(row, field).toByteArray());
    return values;
}

void tst_BulkEdits::suggestedFixesUndoExactly()
{
    const std::shared_ptr<RecordStore> store = makeStore();
    const QByteArrayList before = column(*store, F::Gender);
    QCOMPARE(store->rowsWithIssue(Rule::FormatGender), (QList<qint32>{0, 1, 3}));

    const QList<BulkEdits::CellEdit> edits = BulkEdits::suggestedFixes(*store, Rule::FormatGender);
    QCOMPARE(edits.size(), 3);
    const QList<BulkEdits::CellEdit> undo = store->setValues(edits);
    QCOMPARE(column(*store, F::Gender),
             (QByteArrayList{"male", "female", "Female", "male"}));
    QVERIFY(store->rowsWithIssue(Rule::FormatGender).isEmpty());

    store->setValues(undo);
    QCOMPARE(column(*store, F::Gender), before);
    QCOMPARE(store->rowsWithIssue(Rule::FormatGender), (QList<qint32>{0, 1, 3}));
    QCOMPARE(store->editedCellCount(), 0);
}

void tst_BulkEdits::findReplace_data()
{
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("plain") << u"example.com"_s << u"bank.ng"_s << false << true
                           << QByteArrayList{"ada@bank.ng", "bola@bank.ng", "chidi@bank.ng",
                                             "dayo@example.org"};
    QTest::newRow("plain, any case") << u"ADA@"_s << u"a.eze@"_s << false << false
                                     << QByteArrayList{"a.eze@example.com", "bola@example.com",
                                                       "chidi@example.com", "dayo@example.org"};
    QTest::newRow("regex with groups")
        << u"^(\\w+)@example\\.(com|org)$"_s << u"\\1@peere.\\2"_s << true << true
        << QByteArrayList{"ada@peere.com", "bola@peere.com", "chidi@peere.com",
                          "dayo@peere.org"};
    QTest::newRow("no match") << u"nothing"_s << u"x"_s << false << true
                              << QByteArrayList{"ada@example.com", "bola@example.com",
                                                "chidi@example.com", "dayo@example.org"};
}

void tst_BulkEdits::findReplace()
{
    QFETCH(QString, find);
    QFETCH(QString, replacement);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    QFETCH(QByteArrayList, expected);
    const std::shared_ptr<RecordStore> store = makeStore();
    const Result<QList<BulkEdits::CellEdit>> edits = BulkEdits::findReplace(
        *store, F::Email, find, replacement, regex,
        caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
    QVERIFY2(edits.hasValue(), qPrintable(edits.error()));
    store->setValues(*edits);
    QCOMPARE(column(*store, F::Email), expected);
    // Only the given rows.
    const std::shared_ptr<RecordStore> other = makeStore();
    const qint32 rows[] = {1};
    const auto limited = BulkEdits::findReplace(*other, F::Email, find, replacement, regex,
                                                caseSensitive ? Qt::CaseSensitive
                                                              : Qt::CaseInsensitive,
                                                rows);
    for (const BulkEdits::CellEdit &edit : *limited)
        QCOMPARE(edit.row, 1);
}

void tst_BulkEdits::invalidRegex()
{
    const std::shared_ptr<RecordStore> store = makeStore();
    const auto edits = BulkEdits::findReplace(*store, F::Email, u"(unclosed"_s, u"x"_s, true,
                                              Qt::CaseSensitive);
    QVERIFY(!edits.hasValue());
    QVERIFY(edits.error().contains(u"regular expression"_s));
    QVERIFY(!BulkEdits::findReplace(*store, F::Email, QString(), u"x"_s, false,
                                    Qt::CaseSensitive).hasValue());
}

void tst_BulkEdits::transforms_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("transform");
    QTest::addColumn<QByteArrayList>("expected");
    using T = BulkEdits::Transform;
    QTest::newRow("trim") << int(F::Firstname) << int(T::Trim)
                          << QByteArrayList{"ada", "Bola", "chidi-obi", "Dayo"};
    QTest::newRow("upper") << int(F::Firstname) << int(T::UpperCase)
                           << QByteArrayList{"ADA", "  BOLA ", "CHIDI-OBI", "DAYO"};
    QTest::newRow("lower") << int(F::Lastname) << int(T::LowerCase)
                           << QByteArrayList{"eze", "ige", "o'neil", "ade"};
    QTest::newRow("title") << int(F::Lastname) << int(T::TitleCase)
                           << QByteArrayList{"Eze", "Ige", "O'Neil", "Ade"};
    QTest::newRow("title, hyphen") << int(F::Firstname) << int(T::TitleCase)
                                   << QByteArrayList{"Ada", "  Bola ", "Chidi-Obi", "Dayo"};
}

void tst_BulkEdits::transforms()
{
    QFETCH(int, field);
    QFETCH(int, transform);
    QFETCH(QByteArrayList, expected);
    const std::shared_ptr<RecordStore> store = makeStore();
    store->setValues(BulkEdits::transform(*store, field, BulkEdits::Transform(transform)));
    QCOMPARE(column(*store, field), expected);
}

void tst_BulkEdits::phonesToE164()
{
    const std::shared_ptr<RecordStore> store = makeStore();
    QVERIFY(store->cellSeverity(0, F::Phone).has_value());
    const auto edits = BulkEdits::transform(*store, F::Phone, BulkEdits::Transform::PhoneE164);
    QCOMPARE(edits.size(), 1); // row 1 is already E.164; rows 2 and 3 are empty
    store->setValues(edits);
    QCOMPARE(store->value(0, F::Phone), "+2348031234567");
    QVERIFY(!store->cellSeverity(0, F::Phone).has_value());
}

void tst_BulkEdits::exportCsv()
{
    const std::shared_ptr<RecordStore> store = makeStore();
    store->setValue(0, F::Email, "ada.eze@example.com");
    store->setExcluded(2, true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    const Result<qint64> written = RecordExport::writeCsv(*store, path);
    QVERIFY2(written.hasValue(), qPrintable(written.error()));
    QCOMPARE(*written, 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArrayList lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 5); // header, 3 records, the empty rest after the last line break
    QCOMPARE(lines.at(0), "clientRef,firstname,lastname,middlename,accountName,email,country,"
                          "accountNumber,reference,phone,address,gender\r");
    QCOMPARE(lines.at(1), "C1,ada,EZE,,Ada Eze,ada.eze@example.com,NG,0123456789,R1,08031234567,,"
                          "M\r");
    QCOMPARE(lines.at(2), "C2,\"  Bola \",Ige,,Bola Ige,bola@example.com,NG,1111111111,R2,"
                          "+2348031234568,,f\r");
    // The formula is neutralised; the excluded row 3 is left out.
    QCOMPARE(lines.at(3), "C4,Dayo,Ade,,'=SUM(A1),dayo@example.org,NG,3333333333,R4,,,m\r");

    RecordExport::Options options;
    options.includeExcluded = true;
    QCOMPARE(*RecordExport::writeCsv(*store, path, options), 4);
    QVERIFY(!RecordExport::writeCsv(*store, dir.filePath(u"missing/dir/out.csv"_s)).hasValue());
}

QTEST_GUILESS_MAIN(tst_BulkEdits)
#include "tst_bulkedits.moc"
