// The issues panel's model: groups by rule and by field with counts that follow edits, checked by
// QAbstractItemModelTester.
#include "csv/csvparser.h"
#include "records/issuegroupmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_IssueGroupModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsAndCounts();
    void countsFollowEdits();
};

static std::shared_ptr<RecordStore> makeStore()
{
    const QByteArray csv =
        "clientRef,firstname,lastname,accountName,email,country,accountNumber,reference\n"
        "C1,Ada,Eze,Ada Eze,ada@example,NG,0123456789,R1\n"
        "C2,Bola,Ige,Bola Ige,bola-at-example.com,NG,1111111111,R1\n"
        "C3,Chidi,Obi,Chidi Obi,chidi@example.com,Nigeria,2222222222,R3\n";
    Result<CsvTable> table = CsvParser::parse(csv, {}, u"test.csv"_s);
    if (!table)
        return nullptr;
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, table->header());
    auto store = std::make_shared<RecordStore>(RecordKind::Customers, std::move(*table), mapping);
    store->validateAll(1);
    return store;
}

static qint64 countAt(const QModelIndex &index)
{
    return index.siblingAtColumn(1).data().toLongLong();
}

void tst_IssueGroupModel::groupsAndCounts()
{
    IssueGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(makeStore());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex byRule = model.index(0, 0);
    const QModelIndex byField = model.index(1, 0);
    QCOMPARE(byRule.data().toString(), u"By rule"_s);
    QCOMPARE(countAt(byRule), 5); // 2 e-mails, 2 duplicate references, 1 country

    QStringList rules;
    for (int row = 0; row < model.rowCount(byRule); ++row)
        rules.append(model.index(row, 0, byRule).data().toString());
    QCOMPARE(rules, (QStringList{u"format.email"_s, u"format.country"_s,
                                 u"duplicate.reference"_s}));
    const QModelIndex email = model.ruleIndex(Rule::FormatEmail);
    QCOMPARE(countAt(email), 2);
    QCOMPARE(model.ruleAt(email), std::optional<Rule>(Rule::FormatEmail));
    QCOMPARE(email.data(IssueGroupModel::SeverityRole).toInt(), int(Severity::Error));
    QCOMPARE(model.fieldAt(email), -2);

    QStringList fields;
    for (int row = 0; row < model.rowCount(byField); ++row)
        fields.append(model.index(row, 0, byField).data().toString());
    QCOMPARE(fields, (QStringList{u"email"_s, u"country"_s, u"reference"_s}));
    const QModelIndex reference = model.fieldIndex(F::Reference);
    QCOMPARE(countAt(reference), 2);
    QCOMPARE(model.fieldAt(reference), int(F::Reference));
    QVERIFY(!model.ruleAt(reference));
}

void tst_IssueGroupModel::countsFollowEdits()
{
    IssueGroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::shared_ptr<RecordStore> store = makeStore();
    model.setStore(store);

    // One of two e-mails fixed: the group stays, its count drops, no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    store->setValue(0, F::Email, "ada@example.com");
    model.refresh();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(countAt(model.ruleIndex(Rule::FormatEmail)), 1);

    // The last duplicate fixed: the group goes.
    store->setValue(1, F::Reference, "R2");
    model.refresh();
    QCOMPARE(reset.size(), 1);
    QVERIFY(!model.ruleIndex(Rule::DuplicateReference).isValid());
    QCOMPARE(countAt(model.index(0, 0)), 2);
}

QTEST_GUILESS_MAIN(tst_IssueGroupModel)
#include "tst_issuegroupmodel.moc"
