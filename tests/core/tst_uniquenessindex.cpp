// Whole-file uniqueness (the duplicate.* rules): every row sharing a value is flagged, e-mail is
// case-insensitive, empty values never count, and edits update the index incrementally.
#include "validation/uniquenessindex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

namespace {

using Rows = QList<QList<QByteArray>>;

// A customer record with the four indexed fields set; the rest stays empty (not indexed).
QList<QByteArray> customer(const QByteArray &clientRef, const QByteArray &email,
                           const QByteArray &accountNumber, const QByteArray &reference)
{
    QList<QByteArray> values(CustomerField::Count);
    values[CustomerField::ClientRef] = clientRef;
    values[CustomerField::Email] = email;
    values[CustomerField::AccountNumber] = accountNumber;
    values[CustomerField::Reference] = reference;
    return values;
}

void addAll(UniquenessIndex &index, const Rows &rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QList<QByteArrayView> views(rows.at(i).cbegin(), rows.at(i).cend());
        index.add(qint32(i), views);
    }
}

// "row:rule" of every issue, as appendIssues orders them.
QStringList issueList(const UniquenessIndex &index)
{
    QList<ValidationIssue> issues;
    index.appendIssues(issues);
    QStringList out;
    for (const ValidationIssue &issue : issues)
        out << u"%1:%2"_s.arg(issue.row).arg(ruleId(issue.rule));
    return out;
}

// The duplicate issues computed from scratch, the reference for incremental updates.
QStringList rebuilt(RecordKind kind, const Rows &rows)
{
    UniquenessIndex index(kind);
    addAll(index, rows);
    return issueList(index);
}

} // namespace

class tst_UniquenessIndex : public QObject
{
    Q_OBJECT

private slots:
    void duplicates_data();
    void duplicates();
    void merchantsEmail();
    void rowsSharingAndIsDuplicate();
    void update_data();
    void update();
    void editAwayAndBack();
    void removeRow();
    void randomEditsMatchRebuild();
    void growsWithoutReserve();
};

void tst_UniquenessIndex::duplicates_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QStringList>("issues");

    QTest::newRow("none") << Rows{customer("C1", "a@x.io", "0000000001", "R1"),
                                  customer("C2", "b@x.io", "0000000002", "R2")}
                          << QStringList();
    QTest::newRow("clientRef, every row flagged")
        << Rows{customer("C1", "a@x.io", "01", "R1"), customer("C2", "b@x.io", "02", "R2"),
                customer("C1", "c@x.io", "03", "R3"), customer("C1", "d@x.io", "04", "R4")}
        << QStringList{u"0:duplicate.clientRef"_s, u"2:duplicate.clientRef"_s,
                       u"3:duplicate.clientRef"_s};
    QTest::newRow("email case-insensitive and trimmed")
        << Rows{customer("C1", "Ada@Example.com", "01", "R1"),
                customer("C2", " ada@example.COM ", "02", "R2"),
                customer("C3", "ada2@example.com", "03", "R3")}
        << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s};
    QTest::newRow("email non-ASCII case-insensitive")
        << Rows{customer("C1", "ÉLODIE@x.io", "01", "R1"), customer("C2", "élodie@x.io", "02", "R2")}
        << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s};
    QTest::newRow("reference is case-sensitive")
        << Rows{customer("C1", "a@x.io", "01", "REF-1"), customer("C2", "b@x.io", "02", "ref-1")}
        << QStringList();
    QTest::newRow("reference trimmed")
        << Rows{customer("C1", "a@x.io", "01", "REF-1"), customer("C2", "b@x.io", "02", "REF-1\t")}
        << QStringList{u"0:duplicate.reference"_s, u"1:duplicate.reference"_s};
    QTest::newRow("accountNumber keeps leading zeros")
        << Rows{customer("C1", "a@x.io", "0012345678", "R1"),
                customer("C2", "b@x.io", "12345678", "R2"),
                customer("C3", "c@x.io", "0012345678", "R3")}
        << QStringList{u"0:duplicate.accountNumber"_s, u"2:duplicate.accountNumber"_s};
    QTest::newRow("empty never duplicate")
        << Rows{customer("", "", "", ""), customer("", "", "", ""), customer(" ", "  ", "\t", "")}
        << QStringList();
    QTest::newRow("several fields in one row")
        << Rows{customer("C1", "a@x.io", "01", "R1"), customer("C1", "A@X.IO", "01", "R1")}
        << QStringList{u"0:duplicate.clientRef"_s, u"0:duplicate.email"_s,
                       u"0:duplicate.accountNumber"_s, u"0:duplicate.reference"_s,
                       u"1:duplicate.clientRef"_s, u"1:duplicate.email"_s,
                       u"1:duplicate.accountNumber"_s, u"1:duplicate.reference"_s};
}

void tst_UniquenessIndex::duplicates()
{
    QFETCH(Rows, rows);
    QFETCH(QStringList, issues);
    UniquenessIndex index(RecordKind::Customers);
    index.reserve(rows.size());
    addAll(index, rows);
    QCOMPARE(issueList(index), issues);
    for (const ValidationIssue &issue : [&] {
             QList<ValidationIssue> list;
             index.appendIssues(list);
             return list;
         }()) {
        QVERIFY(isDuplicateRule(issue.rule));
        QCOMPARE(severity(issue), issue.rule == Rule::DuplicateAccountNumber ? Severity::Warning
                                                                              : Severity::Error);
    }
}

void tst_UniquenessIndex::merchantsEmail()
{
    UniquenessIndex index(RecordKind::Merchants);
    QCOMPARE(index.indexedFields(), QList<int>{MerchantField::Email});
    QVERIFY(!index.isIndexed(MerchantField::Name));
    Rows rows(3, QList<QByteArray>(MerchantField::Count));
    rows[0][MerchantField::Email] = "Billing@Shop.example.com";
    rows[1][MerchantField::Email] = "billing@shop.example.com";
    rows[2][MerchantField::Email] = "other@shop.example.com";
    for (auto &row : rows)
        row[MerchantField::Name] = "Same name"; // names are not unique
    addAll(index, rows);
    QCOMPARE(issueList(index), (QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s}));
}

void tst_UniquenessIndex::rowsSharingAndIsDuplicate()
{
    UniquenessIndex index(RecordKind::Customers);
    addAll(index, {customer("C1", "a@x.io", "01", "R1"), customer("C2", "A@x.io", "02", "R2"),
                   customer("C3", "c@x.io", "03", "R3"), customer("C4", "a@X.io", "04", "R4")});
    QCOMPARE(index.rowsSharing(CustomerField::Email, " a@x.IO"), (QList<qint32>{0, 1, 3}));
    QCOMPARE(index.rowsSharing(CustomerField::Email, "c@x.io"), QList<qint32>{2});
    QCOMPARE(index.rowsSharing(CustomerField::Email, "z@x.io"), QList<qint32>());
    QCOMPARE(index.rowsSharing(CustomerField::Firstname, "x"), QList<qint32>());
    QVERIFY(index.isDuplicate(0, CustomerField::Email, "a@x.io"));
    QVERIFY(!index.isDuplicate(2, CustomerField::Email, "c@x.io"));
    // Would row 2 clash if it took row 0's clientRef? Yes; with its own, no.
    QVERIFY(index.isDuplicate(2, CustomerField::ClientRef, "C1"));
    QVERIFY(!index.isDuplicate(2, CustomerField::ClientRef, "C3"));
    QVERIFY(!index.isDuplicate(2, CustomerField::ClientRef, ""));
    QVERIFY(!index.isDuplicate(0, CustomerField::Firstname, "C1"));
}

void tst_UniquenessIndex::update_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QByteArray>("newEmail");
    QTest::addColumn<QList<qint32>>("changed");
    QTest::addColumn<QStringList>("issues");
    // Start: rows 0 and 1 share a@x.io, rows 2, 3 and 4 share b@x.io, row 5 is c@x.io, row 6 empty.
    QTest::newRow("pair broken") << 0 << "z@x.io"_ba << QList<qint32>{0, 1}
                                 << QStringList{u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                                u"4:duplicate.email"_s};
    QTest::newRow("triple stays") << 2 << "z@x.io"_ba << QList<qint32>{2}
                                  << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s,
                                                 u"3:duplicate.email"_s, u"4:duplicate.email"_s};
    QTest::newRow("joins a single") << 2 << "C@X.IO"_ba << QList<qint32>{5}
                                    << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s,
                                                   u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                                   u"4:duplicate.email"_s, u"5:duplicate.email"_s};
    QTest::newRow("single joins a pair") << 5 << "a@x.io"_ba << QList<qint32>{5}
                                         << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s,
                                                        u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                                        u"4:duplicate.email"_s, u"5:duplicate.email"_s};
    QTest::newRow("single meets single") << 6 << "c@x.io"_ba << QList<qint32>{5, 6}
                                         << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s,
                                                        u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                                        u"4:duplicate.email"_s, u"5:duplicate.email"_s,
                                                        u"6:duplicate.email"_s};
    QTest::newRow("emptied") << 1 << "  "_ba << QList<qint32>{0, 1}
                             << QStringList{u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                            u"4:duplicate.email"_s};
    QTest::newRow("same value other case") << 0 << "A@X.IO "_ba << QList<qint32>()
                                           << QStringList{u"0:duplicate.email"_s, u"1:duplicate.email"_s,
                                                          u"2:duplicate.email"_s, u"3:duplicate.email"_s,
                                                          u"4:duplicate.email"_s};
}

void tst_UniquenessIndex::update()
{
    QFETCH(int, row);
    QFETCH(QByteArray, newEmail);
    QFETCH(QList<qint32>, changed);
    QFETCH(QStringList, issues);
    Rows rows = {customer("C0", "a@x.io", "", "R0"), customer("C1", "a@x.io", "", "R1"),
                 customer("C2", "b@x.io", "", "R2"), customer("C3", "b@x.io", "", "R3"),
                 customer("C4", "b@x.io", "", "R4"), customer("C5", "c@x.io", "", "R5"),
                 customer("C6", "", "", "R6")};
    UniquenessIndex index(RecordKind::Customers);
    addAll(index, rows);
    const QByteArray old = rows[row][CustomerField::Email];
    QCOMPARE(index.update(row, CustomerField::Email, old, newEmail), changed);
    rows[row][CustomerField::Email] = newEmail;
    QCOMPARE(issueList(index), issues);
    QCOMPARE(issueList(index), rebuilt(RecordKind::Customers, rows));
    // An unindexed field changes nothing.
    QCOMPARE(index.update(row, CustomerField::Firstname, "a", "b"), QList<qint32>());
}

void tst_UniquenessIndex::editAwayAndBack()
{
    Rows rows = {customer("C1", "a@x.io", "", "R1"), customer("C2", "b@x.io", "", "R2")};
    UniquenessIndex index(RecordKind::Customers);
    addAll(index, rows);
    const QStringList clean = issueList(index);
    QVERIFY(clean.isEmpty());
    // Row 1 takes row 0's reference: both become duplicates; back again: both clean.
    QCOMPARE(index.update(1, CustomerField::Reference, "R2", "R1"), (QList<qint32>{0, 1}));
    QCOMPARE(issueList(index),
             (QStringList{u"0:duplicate.reference"_s, u"1:duplicate.reference"_s}));
    QCOMPARE(index.update(1, CustomerField::Reference, "R1", "R2"), (QList<qint32>{0, 1}));
    QCOMPARE(issueList(index), clean);
    // Twice more, to catch a table that leaks slots or stale links.
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(index.update(0, CustomerField::Email, "a@x.io", "B@x.io"), (QList<qint32>{0, 1}));
        QCOMPARE(index.update(0, CustomerField::Email, "B@x.io", "a@x.io"), (QList<qint32>{0, 1}));
    }
    QCOMPARE(issueList(index), clean);
    QCOMPARE(index.rowsSharing(CustomerField::Email, "b@x.io"), QList<qint32>{1});
}

void tst_UniquenessIndex::removeRow()
{
    Rows rows = {customer("C1", "a@x.io", "01", "R1"), customer("C1", "a@x.io", "02", "R2")};
    UniquenessIndex index(RecordKind::Customers);
    addAll(index, rows);
    const QList<QByteArrayView> views(rows[1].cbegin(), rows[1].cend());
    QCOMPARE(index.remove(1, views), (QList<qint32>{0, 1}));
    QCOMPARE(issueList(index), QStringList());
}

// Many random edits on a small value space (so groups form and break), each checked against an
// index rebuilt from scratch.
void tst_UniquenessIndex::randomEditsMatchRebuild()
{
    QRandomGenerator random(42);
    const int rowCount = 300;
    Rows rows;
    auto value = [&](const char *prefix) {
        const int n = random.bounded(40);
        return n < 4 ? QByteArray() : QByteArray(prefix) + QByteArray::number(n);
    };
    for (int i = 0; i < rowCount; ++i)
        rows.append(customer(value("C"), value("e@x.io"), value("0"), value("R")));
    UniquenessIndex index(RecordKind::Customers);
    addAll(index, rows);
    const QList<int> fields = index.indexedFields();
    for (int step = 0; step < 2000; ++step) {
        const int row = random.bounded(rowCount);
        const int field = fields.at(random.bounded(fields.size()));
        QByteArray next = value(field == CustomerField::Email ? "E@X.io" : "C");
        if (field == CustomerField::Email && random.bounded(2))
            next = next.toLower();
        // The rows whose state must change: compare the flagged rows of this field before/after.
        auto flagged = [&](const UniquenessIndex &idx) {
            QList<ValidationIssue> issues;
            idx.appendIssues(issues);
            QSet<qint32> out;
            for (const auto &issue : issues) {
                if (issue.field == field)
                    out.insert(issue.row);
            }
            return out;
        };
        const QSet<qint32> before = flagged(index);
        const QList<qint32> changed = index.update(row, field, rows[row][field], next);
        rows[row][field] = next;
        const QSet<qint32> after = flagged(index);
        QSet<qint32> expected = (before - after) + (after - before);
        QList<qint32> expectedList(expected.cbegin(), expected.cend());
        std::sort(expectedList.begin(), expectedList.end());
        QCOMPARE(changed, expectedList);
        if (step % 100 == 0)
            QCOMPARE(issueList(index), rebuilt(RecordKind::Customers, rows));
    }
    QCOMPARE(issueList(index), rebuilt(RecordKind::Customers, rows));
}

void tst_UniquenessIndex::growsWithoutReserve()
{
    UniquenessIndex index(RecordKind::Merchants);
    QList<QByteArray> values(MerchantField::Count);
    const int count = 20000;
    for (int i = 0; i < count; ++i) {
        values[MerchantField::Email] = "m" + QByteArray::number(i % (count / 2)) + "@x.io";
        const QList<QByteArrayView> views(values.cbegin(), values.cend());
        index.add(i, views);
    }
    QList<ValidationIssue> issues;
    index.appendIssues(issues);
    QCOMPARE(issues.size(), count); // every value twice
    QCOMPARE(index.rowsSharing(MerchantField::Email, "m7@x.io"), (QList<qint32>{7, 7 + count / 2}));
    QVERIFY(index.memoryBytes() > 0);
}

QTEST_GUILESS_MAIN(tst_UniquenessIndex)
#include "tst_uniquenessindex.moc"
