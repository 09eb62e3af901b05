// The counts of `peere-migrate validate --json` (cli.md): valid, invalid and warning rows, issues
// by rule and by field.
#include "validation/validationsummary.h"

#include <QJsonDocument>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_ValidationSummary : public QObject
{
    Q_OBJECT

private slots:
    void counts();
    void json();
    void empty();
};

void tst_ValidationSummary::counts()
{
    using namespace CustomerField;
    const QList<ValidationIssue> issues = {
        {4, Email, Rule::FormatEmail},           // row 4: two errors
        {4, Phone, Rule::PhoneUnassigned},       //        and a warning: invalid
        {4, Reference, Rule::DuplicateReference},
        {1, AccountNumber, Rule::DuplicateAccountNumber}, // row 1: warnings only
        {1, Phone, Rule::PhoneUnassigned},
        {7, -1, Rule::RowShape},                 // row 7: whole-row error
        {9, Email, Rule::Required},              // row 9
    };
    const ValidationSummary summary = ValidationSummary::of(RecordKind::Customers, 10, issues);
    QCOMPARE(summary.rows, 10);
    QCOMPARE(summary.invalidRows, 3);
    QCOMPARE(summary.validRows, 7);
    QCOMPARE(summary.warningRows, 1);
    QCOMPARE(summary.errors, 4);
    QCOMPARE(summary.warnings, 3);
    QCOMPARE(summary.byRule.value(u"phone.unassigned"_s), 2);
    QCOMPARE(summary.byRule.value(u"row.shape"_s), 1);
    QCOMPARE(summary.byRule.size(), 6);
    QCOMPARE(summary.byField.value(u"email"_s), 2);
    QCOMPARE(summary.byField.value(u"phone"_s), 2);
    QCOMPARE(summary.byField.size(), 4); // email, phone, reference, accountNumber
    QCOMPARE(summary.rows, summary.validRows + summary.invalidRows);
}

void tst_ValidationSummary::json()
{
    const QList<ValidationIssue> issues = {{0, MerchantField::Website, Rule::FormatUrl},
                                           {2, MerchantField::Website, Rule::FormatUrl}};
    const QJsonObject json = ValidationSummary::of(RecordKind::Merchants, 3, issues).toJson();
    const QByteArray expected = R"({"invalidRows":2,"issues":{"byField":{"website":2},)"
                                R"("byRule":{"format.url":2},"errors":2,"warnings":0},)"
                                R"("rows":3,"validRows":1,"warningRows":0})";
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact), expected);
}

void tst_ValidationSummary::empty()
{
    const ValidationSummary summary = ValidationSummary::of(RecordKind::Customers, 5, {});
    QCOMPARE(summary.validRows, 5);
    QCOMPARE(summary.invalidRows, 0);
    QVERIFY(summary.byRule.isEmpty());
    QCOMPARE(summary.toJson().value(u"issues"_s).toObject().value(u"byRule"_s).toObject(),
             QJsonObject());
}

QTEST_GUILESS_MAIN(tst_ValidationSummary)
#include "tst_validationsummary.moc"
