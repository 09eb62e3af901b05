// The record store: values through the mapping, issues and counts after validation, edits that
// re-validate at once (duplicates elsewhere included), undoable bulk edits, exclusion, filters.
#include "csv/csvparser.h"
#include "records/recordstore.h"

#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_RecordStore : public QObject
{
    Q_OBJECT

private slots:
    void valuesThroughTheMapping();
    void issuesAndCounts();
    void editFixesAnError();
    void editUpdatesDuplicatesElsewhere();
    void editBackToTheOriginalDropsTheOverlay();
    void bulkEditsUndo();
    void exclusionLeavesTheUniquenessIndex();
    void filters();
    void missingColumnFailsRequiredOnEveryRow();
    void parallelValidationMatchesSingleThread();

private:
    static std::unique_ptr<RecordStore> store(const QByteArray &csv, int threads = 2);
    static QByteArray customers();
    static QList<Rule> rules(const RecordStore &store, qint32 row, int field = -2);
};

// Row 0 valid; row 1 bad e-mail; rows 2 and 3 share a reference (errors) and row 4 shares an
// account number with row 0 (warnings on both); row 5 is ragged; row 6 valid, over two lines.
QByteArray tst_RecordStore::customers()
{
    return "clientRef,firstname,lastname,accountName,email,country,accountNumber,reference,"
           "phone,trustLevel\n"
           "C1,Ada,Eze,Ada Eze,ada@example.com,NG,0123456789,R1,+2348031234567,basic\n"
           "C2,Bola,Ige,Bola Ige,bola-at-example.com,NG,1111111111,R2,,premium\n"
           "C3,Chidi,Obi,Chidi Obi,chidi@example.com,NG,2222222222,R3,,\n"
           "C4,Dayo,Ade,Dayo Ade,dayo@example.com,NG,3333333333,R3,,\n"
           "C5,Efe,Uche,Efe Uche,efe@example.com,NG,0123456789,R5,,\n"
           "C6,Femi,Ola,Femi Ola,femi@example.com,NG,4444444444,R6\n"
           "C7,Gbenga,Ojo,\"Gbenga\nOjo\",gbenga@example.com,ng,5555555555,R7,,enhanced\n";
}

std::unique_ptr<RecordStore> tst_RecordStore::store(const QByteArray &csv, int threads)
{
    Result<CsvTable> table = CsvParser::parse(csv, {}, u"test.csv"_s);
    if (!table)
        return nullptr;
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, table->header());
    auto result = std::make_unique<RecordStore>(RecordKind::Customers, std::move(*table), mapping);
    if (!result->validateAll(threads))
        return nullptr;
    return result;
}

QList<Rule> tst_RecordStore::rules(const RecordStore &store, qint32 row, int field)
{
    QList<Rule> result;
    for (const ValidationIssue &issue : store.issues(row)) {
        if (field == -2 || issue.field == field)
            result.append(issue.rule);
    }
    return result;
}

void tst_RecordStore::valuesThroughTheMapping()
{
    const auto s = store(customers());
    QVERIFY(s);
    QCOMPARE(s->rowCount(), 7);
    QCOMPARE(s->fieldCount(), fieldCount(RecordKind::Customers));
    QCOMPARE(s->value(0, F::AccountNumber), "0123456789"); // leading zero kept
    QCOMPARE(s->value(6, F::AccountName), "Gbenga\nOjo");
    QVERIFY(s->value(0, F::Address).isEmpty()); // not in the file
    QCOMPARE(s->line(6), 8u);
    // The unmapped column stays readable.
    QCOMPARE(s->sourceColumnCount(), 10);
    QCOMPARE(s->sourceColumnName(9), u"trustLevel"_s);
    QCOMPARE(s->sourceValue(1, 9), "premium");
    QCOMPARE(s->mapping().unmappedColumnNames(), QStringList{u"trustLevel"_s});
    QVERIFY(s->isRagged(5));
    QVERIFY(!s->isRagged(6));
    QVERIFY(s->memoryBytes() > customers().size());
}

void tst_RecordStore::issuesAndCounts()
{
    const auto s = store(customers());
    QVERIFY(s);
    QVERIFY(s->issues(0).size() == 1); // the account number shared with row 4
    QCOMPARE(rules(*s, 0), QList<Rule>{Rule::DuplicateAccountNumber});
    QCOMPARE(rules(*s, 1, F::Email), QList<Rule>{Rule::FormatEmail});
    QCOMPARE(rules(*s, 2, F::Reference), QList<Rule>{Rule::DuplicateReference});
    QCOMPARE(rules(*s, 3, F::Reference), QList<Rule>{Rule::DuplicateReference});
    QCOMPARE(rules(*s, 5), QList<Rule>{Rule::RowShape});
    QVERIFY(s->issues(6).empty());

    const IssueCounts &counts = s->counts();
    QCOMPARE(counts.rows, 7);
    QCOMPARE(counts.invalidRows, 4);  // rows 1, 2, 3, 5
    QCOMPARE(counts.warningRows, 2);  // rows 0 and 4
    QCOMPARE(counts.validRows(), 3);
    QCOMPARE(counts.errors, 4);
    QCOMPARE(counts.warnings, 2);
    QCOMPARE(counts.rule(Rule::DuplicateReference), 2);
    QCOMPARE(counts.field(F::Reference), 2);
    QCOMPARE(counts.field(-1), 1);
    QCOMPARE(s->allIssues().size(), 6);

    QCOMPARE(s->cellSeverity(1, F::Email), Severity::Error);
    QCOMPARE(s->cellSeverity(0, F::AccountNumber), Severity::Warning);
    QVERIFY(!s->cellSeverity(1, F::Firstname));
    QCOMPARE(s->cellSeverity(5, F::Firstname), Severity::Error); // the whole row is wrong
}

void tst_RecordStore::editFixesAnError()
{
    const auto s = store(customers());
    QVERIFY(s);
    const QList<qint32> affected = s->setValue(1, F::Email, "bola@example.com");
    QCOMPARE(affected, QList<qint32>{1});
    QVERIFY(s->issues(1).empty());
    QVERIFY(!s->hasErrors(1));
    QCOMPARE(s->counts().invalidRows, 3);
    QCOMPARE(s->counts().rule(Rule::FormatEmail), 0);
    QCOMPARE(s->value(1, F::Email), "bola@example.com");
    QCOMPARE(s->originalValue(1, F::Email), "bola-at-example.com");
    QVERIFY(s->isEdited(1, F::Email));
    QVERIFY(s->isRowEdited(1));
    QCOMPARE(s->rows(RecordStore::RowFilter::Edited), QList<qint32>{1});

    // An edit that breaks a row.
    s->setValue(6, F::Country, "Narnia");
    QCOMPARE(rules(*s, 6, F::Country), QList<Rule>{Rule::FormatCountry});
    QCOMPARE(s->counts().invalidRows, 4);
}

void tst_RecordStore::editUpdatesDuplicatesElsewhere()
{
    const auto s = store(customers());
    QVERIFY(s);
    QList<qint32> affected = s->setValue(3, F::Reference, "R4");
    QCOMPARE(affected, (QList<qint32>{2, 3}));
    QVERIFY(rules(*s, 2).isEmpty());
    QVERIFY(rules(*s, 3).isEmpty());
    QCOMPARE(s->counts().invalidRows, 2);

    // Now make row 6 share a reference with row 0 (compared trimmed).
    affected = s->setValue(6, F::Reference, " R1 ");
    QCOMPARE(affected, (QList<qint32>{0, 6}));
    QCOMPARE(rules(*s, 0, F::Reference), QList<Rule>{Rule::DuplicateReference});
    QCOMPARE(rules(*s, 6, F::Reference), QList<Rule>{Rule::DuplicateReference});
    // Row 0 keeps its account-number warning alongside.
    QCOMPARE(rules(*s, 0, F::AccountNumber), QList<Rule>{Rule::DuplicateAccountNumber});

    // Duplicates of e-mails are case-insensitive.
    affected = s->setValue(4, F::Email, "ADA@example.com");
    QCOMPARE(affected, (QList<qint32>{0, 4}));
    QCOMPARE(rules(*s, 4, F::Email), QList<Rule>{Rule::DuplicateEmail});
}

void tst_RecordStore::editBackToTheOriginalDropsTheOverlay()
{
    const auto s = store(customers());
    QVERIFY(s);
    const QList<ValidationIssue> before = s->allIssues();
    s->setValue(2, F::Reference, "R2b");
    QCOMPARE(s->editedCellCount(), 1);
    QVERIFY(s->setValue(2, F::Reference, "R2b").isEmpty()); // no change, nothing to do
    s->setValue(2, F::Reference, "R3");
    QCOMPARE(s->editedCellCount(), 0);
    QVERIFY(!s->isRowEdited(2));
    QCOMPARE(s->allIssues(), before);
}

void tst_RecordStore::bulkEditsUndo()
{
    const auto s = store(customers());
    QVERIFY(s);
    const QList<ValidationIssue> before = s->allIssues();
    const IssueCounts countsBefore = s->counts();

    // A bulk fix: upper-case every country, then fix two cells.
    QList<RecordStore::CellEdit> edits;
    for (qint32 row = 0; row < s->rowCount(); ++row)
        edits.append({row, F::Country, s->value(row, F::Country).toByteArray().toUpper()});
    edits.append({1, F::Email, "bola@example.com"});
    edits.append({3, F::Reference, "R4"});
    QList<qint32> affected;
    const QList<RecordStore::CellEdit> undo = s->setValues(edits, &affected);
    QCOMPARE(undo.size(), edits.size());
    QCOMPARE(s->value(6, F::Country), "NG");
    QVERIFY(affected.contains(1) && affected.contains(2) && affected.contains(3));
    QVERIFY(std::is_sorted(affected.cbegin(), affected.cend()));
    QCOMPARE(s->counts().invalidRows, 1); // only the ragged row

    // Undo restores values, issues and counts exactly; the returned edits redo.
    const QList<RecordStore::CellEdit> redo = s->setValues(undo);
    QCOMPARE(s->value(6, F::Country), "ng");
    QCOMPARE(s->value(1, F::Email), "bola-at-example.com");
    QCOMPARE(s->allIssues(), before);
    QCOMPARE(s->counts().invalidRows, countsBefore.invalidRows);
    QCOMPARE(s->counts().byRule, countsBefore.byRule);
    QCOMPARE(s->editedCellCount(), 0);
    s->setValues(redo);
    QCOMPARE(s->value(1, F::Email), "bola@example.com");
    QCOMPARE(s->counts().invalidRows, 1);
}

void tst_RecordStore::exclusionLeavesTheUniquenessIndex()
{
    const auto s = store(customers());
    QVERIFY(s);
    QList<qint32> affected = s->setExcluded(3, true);
    QCOMPARE(affected, (QList<qint32>{2, 3}));
    QVERIFY(s->isExcluded(3));
    QVERIFY(rules(*s, 2).isEmpty()); // its duplicate left
    QVERIFY(rules(*s, 3).isEmpty());
    QCOMPARE(s->counts().excludedRows, 1);
    QCOMPARE(s->rows(RecordStore::RowFilter::Excluded), QList<qint32>{3});

    affected = s->setExcluded(3, false);
    QCOMPARE(affected, (QList<qint32>{2, 3}));
    QCOMPARE(rules(*s, 2, F::Reference), QList<Rule>{Rule::DuplicateReference});
    QCOMPARE(rules(*s, 3, F::Reference), QList<Rule>{Rule::DuplicateReference});
    QCOMPARE(s->counts().excludedRows, 0);
    QVERIFY(s->setExcluded(3, false).isEmpty());
}

void tst_RecordStore::filters()
{
    const auto s = store(customers());
    QVERIFY(s);
    using Filter = RecordStore::RowFilter;
    QCOMPARE(s->rows(Filter::WithErrors), (QList<qint32>{1, 2, 3, 5}));
    QCOMPARE(s->rows(Filter::WarningsOnly), (QList<qint32>{0, 4}));
    QCOMPARE(s->rows(Filter::WithIssues), (QList<qint32>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(s->rows(Filter::All).size(), 7);
    QCOMPARE(s->rowsWithIssue(Rule::DuplicateReference), (QList<qint32>{2, 3}));
    QCOMPARE(s->rowsWithIssue(std::nullopt, F::Email), QList<qint32>{1});
    QCOMPARE(s->rowsWithIssue(std::nullopt, -1), QList<qint32>{5});
    QCOMPARE(s->nextProblemRow(-1), 0);
    QCOMPARE(s->nextProblemRow(1), 2);
    QCOMPARE(s->nextProblemRow(5), 0); // wraps
    // A suggested fix for a lower-case country, from the validator.
    s->setValue(6, F::Country, "Nigeria");
    const QList<ValidationIssue> country = s->issues(6, F::Country);
    QCOMPARE(country.size(), 1);
    QCOMPARE(s->suggestedFix(country.first()), u"NG"_s);
}

void tst_RecordStore::missingColumnFailsRequiredOnEveryRow()
{
    const auto s = store("name,email\nShop,shop@example.com\nOther,other@example.com\n");
    QVERIFY(s);
    QCOMPARE(s->counts().invalidRows, 2);
    QCOMPARE(rules(*s, 0, F::ClientRef), QList<Rule>{Rule::Required});
    QCOMPARE(s->counts().field(F::Reference), 2);
    // Typing a value into a missing column is an edit like any other.
    s->setValue(0, F::ClientRef, "C1");
    QVERIFY(rules(*s, 0, F::ClientRef).isEmpty());
    QCOMPARE(s->value(0, F::ClientRef), "C1");
}

void tst_RecordStore::parallelValidationMatchesSingleThread()
{
    QByteArray csv = customers();
    for (int i = 0; i < 20000; ++i) {
        csv += "X" + QByteArray::number(i) + ",Name" + (i % 7 ? "" : "1") + ",Last,Acc,x"
               + QByteArray::number(i % 15000) + "@example.com,NG,0000000000,Q"
               + QByteArray::number(i) + ",+23480312345" + QByteArray::number(i % 100) + ",\n";
    }
    const auto one = store(csv, 1);
    const auto two = store(csv, 2);
    QVERIFY(one && two);
    QCOMPARE(one->allIssues(), two->allIssues());
    QCOMPARE(one->counts().invalidRows, two->counts().invalidRows);
    QVERIFY(one->counts().rule(Rule::DuplicateEmail) > 0);
    QVERIFY(one->counts().rule(Rule::FormatName) > 0);
}

QTEST_GUILESS_MAIN(tst_RecordStore)
#include "tst_recordstore.moc"
