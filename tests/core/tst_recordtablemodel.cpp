// The review table's model over the record store: roles, filters (errors, warnings, issue
// groups, search), sort, next problem, edits that re-validate and notify duplicates elsewhere,
// exclusion; checked by QAbstractItemModelTester throughout.
#include "csv/csvparser.h"
#include "records/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_RecordTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rolesOfCells();
    void editRevalidatesAndNotifiesDuplicates();
    void filters_data();
    void filters();
    void issueGroupAndSearch();
    void sortByColumn();
    void nextProblem();
    void exclusion();
    void readOnlyPreview();
    void largeStoreSortsOffTheGuiThread();

private:
    static std::shared_ptr<RecordStore> makeStore(const QByteArray &csv);
    std::shared_ptr<RecordStore> m_store;
    std::unique_ptr<RecordTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// Row 0 valid; row 1 bad e-mail and gender "M"; rows 2 and 3 share reference R3 (errors);
// row 4 a local phone number; row 5 only a warning (account number shared with row 0).
static const char customersCsv[] =
    "clientRef,firstname,lastname,accountName,email,country,accountNumber,reference,phone,gender\n"
    "C1,Ada,Eze,Ada Eze,ada@example.com,NG,0123456789,R1,+2348031234567,female\n"
    "C2,Bola,Ige,Bola Ige,bola-at-example.com,NG,1111111111,R2,,M\n"
    "C3,Chidi,Obi,Chidi Obi,chidi@example.com,NG,2222222222,R3,,\n"
    "C4,Dayo,Ade,Dayo Ade,dayo@example.com,NG,3333333333,R3,,\n"
    "C5,Efe,Uche,Efe Uche,efe@example.com,NG,4444444444,R5,08031234567,\n"
    "C6,Femi,Ola,Femi Ola,femi@example.com,NG,0123456789,R6,,male\n";

std::shared_ptr<RecordStore> tst_RecordTableModel::makeStore(const QByteArray &csv)
{
    Result<CsvTable> table = CsvParser::parse(csv, {}, u"test.csv"_s);
    if (!table)
        return nullptr;
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, table->header());
    auto store = std::make_shared<RecordStore>(RecordKind::Customers, std::move(*table), mapping);
    store->validateAll(2);
    return store;
}

void tst_RecordTableModel::init()
{
    m_store = makeStore(customersCsv);
    QVERIFY(m_store);
    m_model = std::make_unique<RecordTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setStore(m_store);
}

void tst_RecordTableModel::rolesOfCells()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), fieldCount(RecordKind::Customers));
    QCOMPARE(m_model->headerData(F::Email, Qt::Horizontal).toString(), u"email"_s);
    QCOMPARE(m_model->headerData(1, Qt::Vertical).toInt(), 2);

    const QModelIndex badEmail = m_model->index(1, F::Email);
    QCOMPARE(badEmail.data().toString(), u"bola-at-example.com"_s);
    QCOMPARE(badEmail.data(RecordTableModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(badEmail.data(Qt::ToolTipRole).toString().contains(u"e-mail"_s));
    QCOMPARE(badEmail.data(RecordTableModel::RowStateRole).toInt(),
             int(RecordTableModel::RowState::Errors));

    const QModelIndex fine = m_model->index(0, F::Email);
    QVERIFY(fine.data(RecordTableModel::SeverityRole).isNull());
    QVERIFY(fine.data(Qt::ToolTipRole).isNull());
    QCOMPARE(fine.data(RecordTableModel::RowStateRole).toInt(),
             int(RecordTableModel::RowState::Warnings)); // shares its account number with row 5
    QCOMPARE(m_model->index(0, F::AccountNumber).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Warning));
    QVERIFY(m_model->flags(fine) & Qt::ItemIsEditable);
    // An unmapped field is empty and still editable.
    QCOMPARE(m_model->index(0, F::Middlename).data().toString(), QString());
}

void tst_RecordTableModel::editRevalidatesAndNotifiesDuplicates()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy issues(m_model.get(), &RecordTableModel::issuesChanged);
    const QModelIndex reference = m_model->index(3, F::Reference);
    QCOMPARE(reference.data(RecordTableModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(m_model->index(2, F::Reference).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Error));

    QVERIFY(m_model->setData(reference, u"R4"_s));
    QCOMPARE(reference.data().toString(), u"R4"_s);
    QVERIFY(reference.data(RecordTableModel::SeverityRole).isNull());
    QVERIFY(reference.data(RecordTableModel::EditedRole).toBool());
    // The partner row is valid again too, and was announced.
    QVERIFY(m_model->index(2, F::Reference).data(RecordTableModel::SeverityRole).isNull());
    QList<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed))
        rows.append(signal.at(0).toModelIndex().row());
    QVERIFY(rows.contains(2));
    QVERIFY(rows.contains(3));
    QCOMPARE(issues.size(), 1);

    // Undoing by the returned edits restores the exact value and the duplicate.
    const QList<RecordTableModel::CellEdit> undo = m_model->applyEdits({{3, F::Reference, "R1"}});
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first().value, "R4"_ba);
    QCOMPARE(m_model->index(0, F::Reference).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Error));
    m_model->applyEdits(undo);
    QVERIFY(m_model->index(0, F::Reference).data(RecordTableModel::SeverityRole).isNull());
}

void tst_RecordTableModel::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("all") << int(RecordStore::RowFilter::All) << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("errors") << int(RecordStore::RowFilter::WithErrors) << QList<int>{1, 2, 3, 4};
    QTest::newRow("warnings only") << int(RecordStore::RowFilter::WarningsOnly)
                                   << QList<int>{0, 5};
}

void tst_RecordTableModel::filters()
{
    QFETCH(int, filter);
    QFETCH(QList<int>, rows);
    m_model->setRowFilter(RecordStore::RowFilter(filter));
    QList<int> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, 0).data(RecordTableModel::StoreRowRole).toInt());
    QCOMPARE(shown, rows);
    for (int view = 0; view < rows.size(); ++view)
        QCOMPARE(m_model->viewRow(rows.at(view)), view);
}

void tst_RecordTableModel::issueGroupAndSearch()
{
    m_model->setIssueGroup(Rule::DuplicateReference, -2);
    QCOMPARE(m_model->visibleRows(), (QList<qint32>{2, 3}));
    QCOMPARE(m_model->viewRow(1), -1);
    m_model->setIssueGroup(std::nullopt, F::Email);
    QCOMPARE(m_model->visibleRows(), (QList<qint32>{1}));
    m_model->clearIssueGroup();
    QCOMPARE(m_model->rowCount(), 6);

    m_model->setSearchText(u"DAYO"_s);
    QCOMPARE(m_model->visibleRows(), (QList<qint32>{3}));
    m_model->setSearchText(u"@EXAMPLE.com"_s);
    QCOMPARE(m_model->rowCount(), 5);
    m_model->setRowFilter(RecordStore::RowFilter::WarningsOnly);
    QCOMPARE(m_model->visibleRows(), (QList<qint32>{0, 5}));
    m_model->setSearchText(QString());
    m_model->setRowFilter(RecordStore::RowFilter::All);
    QCOMPARE(m_model->rowCount(), 6);
}

void tst_RecordTableModel::sortByColumn()
{
    m_model->sort(F::Firstname, Qt::DescendingOrder);
    QCOMPARE(m_model->index(0, F::Firstname).data().toString(), u"Femi"_s);
    QCOMPARE(m_model->index(5, F::Firstname).data().toString(), u"Ada"_s);
    QCOMPARE(m_model->viewRow(0), 5);
    // Edits land on the right record when sorted.
    QVERIFY(m_model->setData(m_model->index(4, F::Email), u"bola@example.com"_s));
    QCOMPARE(m_store->value(1, F::Email), "bola@example.com");
    m_model->sort(F::Reference, Qt::AscendingOrder);
    QCOMPARE(m_model->index(0, F::Reference).data().toString(), u"R1"_s);
}

void tst_RecordTableModel::nextProblem()
{
    // Fixing row 4's phone leaves it without issues: the jump skips it.
    m_model->applyEdits({{4, F::Phone, "+2348031234567"}});
    QVERIFY(!m_store->hasErrors(4) && !m_store->hasWarnings(4));
    QCOMPARE(m_model->nextProblemRow(3), 5);
    QCOMPARE(m_model->nextProblemRow(5), 0); // wraps
    QCOMPARE(m_model->nextProblemRow(0, true), 5);
    QCOMPARE(m_model->nextProblemRow(5, true), 3);
    QCOMPARE(m_model->firstProblemColumn(1), int(F::Email));
    m_model->setRowFilter(RecordStore::RowFilter::WarningsOnly);
    QCOMPARE(m_model->nextProblemRow(0), 1); // view rows: store rows 0 and 5
}

void tst_RecordTableModel::exclusion()
{
    QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QCOMPARE(m_model->setRowsExcluded({2}, true), (QList<qint32>{2}));
    QCOMPARE(m_model->headerData(2, Qt::Vertical, RecordTableModel::RowStateRole).toInt(),
             int(RecordTableModel::RowState::Excluded));
    // Its duplicate partner is no longer a duplicate.
    QVERIFY(m_model->index(3, F::Reference).data(RecordTableModel::SeverityRole).isNull());
    QVERIFY(!header.isEmpty());
    QCOMPARE(m_model->setRowsExcluded({2}, true), QList<qint32>());
    m_model->setRowFilter(RecordStore::RowFilter::Excluded);
    QCOMPARE(m_model->visibleRows(), (QList<qint32>{2}));
    m_model->setRowsExcluded({2}, false);
    QCOMPARE(m_model->index(0, F::Reference).data(RecordTableModel::SeverityRole).toInt(),
             int(Severity::Error));
}

void tst_RecordTableModel::readOnlyPreview()
{
    m_model->setStore(m_store, true);
    const QModelIndex cell = m_model->index(1, F::Email);
    QVERIFY(!(m_model->flags(cell) & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(cell, u"x@example.com"_s));
    QVERIFY(m_model->applyEdits({{1, F::Email, "x@example.com"}}).isEmpty());
    QCOMPARE(m_store->value(1, F::Email), "bola-at-example.com");
}

void tst_RecordTableModel::largeStoreSortsOffTheGuiThread()
{
    QByteArray csv = "clientRef,firstname,lastname,accountName,email,country,accountNumber,"
                     "reference\n";
    const qint32 rows = RecordTableModel::AsyncThreshold + 10;
    for (qint32 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "C" + n + ",Ann,Lee,Ann Lee,a" + n + "@example.com,NG,"
               + QByteArray::number(1000000000 + i) + ",R" + n + "\n";
    }
    m_model->setStore(makeStore(csv));
    QSignalSpy recomputed(m_model.get(), &RecordTableModel::rowsRecomputed);
    m_model->sort(F::ClientRef, Qt::DescendingOrder);
    // The result may arrive before wait() starts (a quick sort): wait for the state instead.
    QTRY_VERIFY_WITH_TIMEOUT(!recomputed.isEmpty() && !m_model->isBusy(), 30000);
    // "C99999" sorts last of the byte-wise descending order's first entries.
    QCOMPARE(m_model->index(0, F::ClientRef).data().toString(), u"C99999"_s);
    QCOMPARE(m_model->rowCount(), rows);
    recomputed.clear();
    m_model->setSearchText(u"a100004@"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!recomputed.isEmpty() && !m_model->isBusy(), 30000);
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_RecordTableModel)
#include "tst_recordtablemodel.moc"
