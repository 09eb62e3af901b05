// The per-record rules of peere-api.md §3 and §5: one data-driven test per rule id, with valid
// and invalid examples for customers and merchants, plus suggested fixes and JSON input.
#include "validation/recordvalidator.h"
#include "validation/uniquenessindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

namespace {

using Overrides = QList<std::pair<QString, QByteArray>>;

QList<QByteArray> validRecord(RecordKind kind)
{
    if (kind == RecordKind::Customers) {
        return {"CUST00000001", "Adaeze", "Okafor", "", "Adaeze Okafor",
                "adaeze.okafor.1@example.com", "NG", "0123456789", "REF-000000001",
                "+2348031234567", "12 Awolowo Road, Ikoyi, Lagos", "female"};
    }
    return {"Okafor Retail 1", "billing@okafor-retail-1.example.com", "+2348031234567",
            "12 Awolowo Road, Ikoyi, Lagos", "https://okafor-retail-1.example.com",
            "Retail business", "", "RC1234567", "retail", "NG", "Lagos"};
}

QList<QByteArray> record(RecordKind kind, const Overrides &overrides)
{
    QList<QByteArray> values = validRecord(kind);
    for (const auto &[name, value] : overrides) {
        const int field = fieldIndex(kind, name);
        Q_ASSERT(field >= 0);
        values[field] = value;
    }
    return values;
}

QList<ValidationIssue> validate(RecordKind kind, const QList<QByteArray> &values, qint32 row = 7)
{
    const QList<QByteArrayView> views(values.cbegin(), values.cend());
    QList<ValidationIssue> issues;
    RecordValidator(kind).validate(row, views, issues);
    return issues;
}

QString describe(RecordKind kind, const QList<ValidationIssue> &issues)
{
    QStringList parts;
    for (const ValidationIssue &issue : issues)
        parts << fieldName(kind, issue.field) + u':' + ruleId(issue.rule);
    return parts.join(u", "_s);
}

} // namespace

class tst_RecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsHaveNoIssues();
    void ruleIds();

    void required_data();
    void required() { checkRule(Rule::Required); }
    void length_data();
    void length() { checkRule(Rule::Length); }
    void formatName_data();
    void formatName() { checkRule(Rule::FormatName); }
    void formatEmail_data();
    void formatEmail() { checkRule(Rule::FormatEmail); }
    void formatCountry_data();
    void formatCountry() { checkRule(Rule::FormatCountry); }
    void formatAccountNumber_data();
    void formatAccountNumber() { checkRule(Rule::FormatAccountNumber); }
    void formatGender_data();
    void formatGender() { checkRule(Rule::FormatGender); }
    void formatPhone_data();
    void formatPhone() { checkRule(Rule::FormatPhone); }
    void phoneUnassigned_data();
    void phoneUnassigned() { checkRule(Rule::PhoneUnassigned); }
    void formatUrl_data();
    void formatUrl() { checkRule(Rule::FormatUrl); }
    void formatType_data();
    void formatType();
    void rowShape();
    // The duplicate.* rules need the whole file: RecordValidator leaves them to UniquenessIndex.
    void duplicateClientRef_data() { addDuplicateColumns(Rule::DuplicateClientRef); }
    void duplicateClientRef() { checkDuplicate(Rule::DuplicateClientRef); }
    void duplicateEmail_data() { addDuplicateColumns(Rule::DuplicateEmail); }
    void duplicateEmail() { checkDuplicate(Rule::DuplicateEmail); }
    void duplicateReference_data() { addDuplicateColumns(Rule::DuplicateReference); }
    void duplicateReference() { checkDuplicate(Rule::DuplicateReference); }
    void duplicateAccountNumber_data() { addDuplicateColumns(Rule::DuplicateAccountNumber); }
    void duplicateAccountNumber() { checkDuplicate(Rule::DuplicateAccountNumber); }

    void suggestedFix_data();
    void suggestedFix();
    void apiValue_data();
    void apiValue();
    void messages();
    void missingColumnsAreEmpty();

private:
    void addColumns();
    void checkRule(Rule rule);
    void addDuplicateColumns(Rule rule);
    void checkDuplicate(Rule rule);
};

// Three records: the first two get `first` and `second` in the rule's field, the third keeps
// its own unique value. `flagged`: the rows expected to carry the rule.
void tst_RecordValidator::addDuplicateColumns(Rule rule)
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QList<qint32>>("flagged");
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    const QList<qint32> both = {0, 1};
    const QList<qint32> none;
    switch (rule) {
    case Rule::DuplicateClientRef:
        QTest::newRow("same") << C << "CUST1"_ba << "CUST1"_ba << both;
        QTest::newRow("trimmed") << C << "CUST1"_ba << " CUST1\t"_ba << both;
        QTest::newRow("case matters") << C << "cust1"_ba << "CUST1"_ba << none;
        QTest::newRow("different") << C << "CUST1"_ba << "CUST2"_ba << none;
        QTest::newRow("both empty") << C << ""_ba << "  "_ba << none;
        break;
    case Rule::DuplicateEmail:
        QTest::newRow("same") << C << "a@x.io"_ba << "a@x.io"_ba << both;
        QTest::newRow("case-insensitive") << C << "Ada@Example.COM"_ba << "ada@example.com "_ba << both;
        QTest::newRow("different") << C << "a@x.io"_ba << "b@x.io"_ba << none;
        QTest::newRow("both empty") << C << ""_ba << ""_ba << none;
        QTest::newRow("merchants") << M << "BILLING@shop.io"_ba << "billing@SHOP.io"_ba << both;
        QTest::newRow("merchants different") << M << "a@shop.io"_ba << "b@shop.io"_ba << none;
        break;
    case Rule::DuplicateReference:
        QTest::newRow("same") << C << "REF-1"_ba << "REF-1"_ba << both;
        QTest::newRow("trimmed") << C << " REF-1"_ba << "REF-1 "_ba << both;
        QTest::newRow("different") << C << "REF-1"_ba << "REF-2"_ba << none;
        QTest::newRow("both blank") << C << "\t"_ba << " "_ba << none;
        break;
    case Rule::DuplicateAccountNumber:
        QTest::newRow("same") << C << "0123456789"_ba << "0123456789"_ba << both;
        QTest::newRow("leading zeros are data") << C << "0123456789"_ba << "123456789"_ba << none;
        QTest::newRow("different") << C << "0123456789"_ba << "0123456780"_ba << none;
        QTest::newRow("both empty") << C << ""_ba << ""_ba << none;
        break;
    default:
        QFAIL("not a duplicate rule");
    }
}

void tst_RecordValidator::checkDuplicate(Rule rule)
{
    QFETCH(RecordKind, kind);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QList<qint32>, flagged);
    const int field = rule == Rule::DuplicateClientRef ? int(CustomerField::ClientRef)
                      : rule == Rule::DuplicateReference ? int(CustomerField::Reference)
                      : rule == Rule::DuplicateAccountNumber ? int(CustomerField::AccountNumber)
                      : kind == RecordKind::Customers ? int(CustomerField::Email)
                                                      : int(MerchantField::Email);
    QList<QList<QByteArray>> rows(3, validRecord(kind));
    rows[0][field] = first;
    rows[1][field] = second;
    rows[2][field] = "unique3@other.example.com";
    UniquenessIndex index(kind);
    QCOMPARE(index.duplicateRule(field), rule);
    for (qint32 row = 0; row < 3; ++row) {
        // Make the other indexed fields unique so that only `field` can clash.
        for (const int other : index.indexedFields()) {
            if (other != field)
                rows[row][other] = "u" + QByteArray::number(row) + "@x.io";
        }
        const QList<QByteArrayView> views(rows[row].cbegin(), rows[row].cend());
        // RecordValidator never reports a duplicate rule.
        QList<ValidationIssue> issues;
        RecordValidator(kind).validate(row, views, issues);
        QVERIFY(std::none_of(issues.cbegin(), issues.cend(),
                             [](const auto &issue) { return isDuplicateRule(issue.rule); }));
        index.add(row, views);
    }
    QList<ValidationIssue> issues;
    index.appendIssues(issues);
    QList<qint32> rowsWithRule;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        QCOMPARE(issue.rule, rule);
        QCOMPARE(issue.field, field);
        rowsWithRule.append(issue.row);
    }
    QCOMPARE(rowsWithRule, flagged);
    QCOMPARE(severity(rule), rule == Rule::DuplicateAccountNumber ? Severity::Warning
                                                                   : Severity::Error);
}

void tst_RecordValidator::addColumns()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Overrides>("others");
    QTest::addColumn<bool>("fails");
}

// Sets `field` to `value` (and the `others`) in an otherwise valid record: the rule must fire on
// that field when `fails`, and no rule at all may fire on it otherwise.
void tst_RecordValidator::checkRule(Rule rule)
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(Overrides, others);
    QFETCH(bool, fails);
    Overrides overrides = others;
    overrides.append({field, value});
    const QList<ValidationIssue> issues = validate(kind, record(kind, overrides));
    const int index = fieldIndex(kind, field);
    const bool fired = issues.contains(ValidationIssue{7, qint16(index), rule});
    const bool anyOnField = std::any_of(issues.cbegin(), issues.cend(), [&](const auto &issue) {
        return issue.field == index;
    });
    QVERIFY2(fails ? fired : !anyOnField, qPrintable(describe(kind, issues)));
}

void tst_RecordValidator::validRecordsHaveNoIssues()
{
    QCOMPARE(describe(RecordKind::Customers, validate(RecordKind::Customers,
                                                      validRecord(RecordKind::Customers))),
             QString());
    QCOMPARE(describe(RecordKind::Merchants, validate(RecordKind::Merchants,
                                                      validRecord(RecordKind::Merchants))),
             QString());
}

void tst_RecordValidator::ruleIds()
{
    const QStringList expected = {
        u"required"_s, u"length"_s, u"format.name"_s, u"format.email"_s, u"format.country"_s,
        u"format.accountNumber"_s, u"format.gender"_s, u"format.phone"_s,
        u"phone.unassigned"_s, u"format.url"_s, u"duplicate.clientRef"_s, u"duplicate.email"_s,
        u"duplicate.reference"_s, u"duplicate.accountNumber"_s, u"row.shape"_s,
        u"format.type"_s};
    QStringList ids;
    for (const Rule rule : allRules()) {
        ids << ruleId(rule);
        QCOMPARE(ruleFromId(ruleId(rule)), rule);
        const bool warning = rule == Rule::PhoneUnassigned || rule == Rule::DuplicateAccountNumber;
        QCOMPARE(severity(rule), warning ? Severity::Warning : Severity::Error);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(ruleFromId(u"format.mail"), std::nullopt);
    QCOMPARE(ruleFromId(u"REQUIRED"), std::nullopt);
}

void tst_RecordValidator::required_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    const QStringList customerRequired = {u"clientRef"_s, u"firstname"_s, u"lastname"_s,
                                          u"accountName"_s, u"email"_s, u"country"_s,
                                          u"accountNumber"_s, u"reference"_s};
    for (const QString &field : customerRequired) {
        QTest::addRow("customers %s empty", qPrintable(field)) << C << field << QByteArray() << Overrides() << true;
        QTest::addRow("customers %s blank", qPrintable(field)) << C << field << " \t "_ba << Overrides() << true;
    }
    QTest::newRow("customers nbsp only") << C << u"firstname"_s << "\xC2\xA0\xE3\x80\x80"_ba << Overrides() << true;
    for (const QString &field : {u"middlename"_s, u"phone"_s, u"address"_s, u"gender"_s})
        QTest::addRow("customers optional %s", qPrintable(field)) << C << field << "  "_ba << Overrides() << false;
    QTest::newRow("customers padded value") << C << u"clientRef"_s << "  C1  "_ba << Overrides() << false;
    for (const QString &field : {u"name"_s, u"email"_s, u"phone"_s, u"address"_s, u"website"_s})
        QTest::addRow("merchants %s empty", qPrintable(field)) << M << field << QByteArray() << Overrides() << true;
    for (const QString &field : {u"description"_s, u"icon"_s, u"registrationNumber"_s,
                                 u"industry"_s, u"country"_s, u"state"_s})
        QTest::addRow("merchants optional %s", qPrintable(field)) << M << field << " "_ba << Overrides() << false;
}

void tst_RecordValidator::length_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    QTest::newRow("clientRef 64") << C << u"clientRef"_s << QByteArray(64, 'C') << Overrides() << false;
    QTest::newRow("clientRef 65") << C << u"clientRef"_s << QByteArray(65, 'C') << Overrides() << true;
    QTest::newRow("clientRef 64 plus spaces") << C << u"clientRef"_s << "  "_ba + QByteArray(64, 'C') + "  "_ba << Overrides() << false;
    QTest::newRow("reference 65") << C << u"reference"_s << QByteArray(65, 'R') << Overrides() << true;
    QTest::newRow("firstname 100") << C << u"firstname"_s << QByteArray(100, 'a') << Overrides() << false;
    QTest::newRow("firstname 101") << C << u"firstname"_s << QByteArray(101, 'a') << Overrides() << true;
    // 100 characters of two bytes each: characters count, not bytes.
    QByteArray e100;
    for (int i = 0; i < 100; ++i)
        e100 += "\xC3\xA9";
    QTest::newRow("firstname 100 non-ASCII") << C << u"firstname"_s << e100 << Overrides() << false;
    QTest::newRow("firstname 101 non-ASCII") << C << u"firstname"_s << e100 + "\xC3\xA9" << Overrides() << true;
    QTest::newRow("accountName 200") << C << u"accountName"_s << QByteArray(200, 'a') << Overrides() << false;
    QTest::newRow("accountName 201") << C << u"accountName"_s << QByteArray(201, 'a') << Overrides() << true;
    QTest::newRow("address 256") << C << u"address"_s << QByteArray(256, 'a') << Overrides() << true;
    QTest::newRow("email 255") << C << u"email"_s << QByteArray(243, 'a') + "@example.com"_ba << Overrides() << true;
    QTest::newRow("middlename 101") << C << u"middlename"_s << QByteArray(101, 'a') << Overrides() << true;
    QTest::newRow("merchant name 200") << M << u"name"_s << QByteArray(200, 'n') << Overrides() << false;
    QTest::newRow("merchant name 201") << M << u"name"_s << QByteArray(201, 'n') << Overrides() << true;
    QTest::newRow("merchant address 256") << M << u"address"_s << QByteArray(256, 'a') << Overrides() << true;
    QTest::newRow("merchant description 500") << M << u"description"_s << QByteArray(500, 'd') << Overrides() << false;
    QTest::newRow("merchant description 501") << M << u"description"_s << QByteArray(501, 'd') << Overrides() << true;
    QTest::newRow("merchant registrationNumber 101") << M << u"registrationNumber"_s << QByteArray(101, '1') << Overrides() << true;
    QTest::newRow("merchant industry 101") << M << u"industry"_s << QByteArray(101, 'i') << Overrides() << true;
    QTest::newRow("merchant state 101") << M << u"state"_s << QByteArray(101, 's') << Overrides() << true;
}

void tst_RecordValidator::formatName_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    QTest::newRow("plain") << C << u"firstname"_s << "Oluwaseun"_ba << Overrides() << false;
    QTest::newRow("hyphen apostrophe") << C << u"lastname"_s << "O'Neil-Adebayo"_ba << Overrides() << false;
    QTest::newRow("unicode") << C << u"firstname"_s << "Chidïnma Ọláolúwa"_ba << Overrides() << false;
    QTest::newRow("cjk") << C << u"lastname"_s << "王小明"_ba << Overrides() << false;
    QTest::newRow("arabic") << C << u"middlename"_s << "محمد"_ba << Overrides() << false;
    QTest::newRow("ascii digit") << C << u"firstname"_s << "Ad4eze"_ba << Overrides() << true;
    QTest::newRow("only digits") << C << u"lastname"_s << "12345"_ba << Overrides() << true;
    QTest::newRow("arabic-indic digit") << C << u"lastname"_s << "Bello\xD9\xA3"_ba << Overrides() << true;
    QTest::newRow("tab inside") << C << u"firstname"_s << "Ada\teze"_ba << Overrides() << true;
    QTest::newRow("newline inside") << C << u"lastname"_s << "Oka\nfor"_ba << Overrides() << true;
    QTest::newRow("C1 control") << C << u"firstname"_s << "Ada\xC2\x85x"_ba << Overrides() << true;
    QTest::newRow("DEL") << C << u"firstname"_s << "Ada\x7F"_ba << Overrides() << true;
    QTest::newRow("middlename digit") << C << u"middlename"_s << "J2"_ba << Overrides() << true;
    QTest::newRow("trailing newline trimmed") << C << u"firstname"_s << "Adaeze\r\n"_ba << Overrides() << false;
}

void tst_RecordValidator::formatEmail_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    QTest::newRow("plain") << C << u"email"_s << "ada@example.com"_ba << Overrides() << false;
    QTest::newRow("specials") << C << u"email"_s << "a.b+c!#$%&'*/=?^_`{|}~-@mail.example.ng"_ba << Overrides() << false;
    QTest::newRow("upper case") << C << u"email"_s << "ADA@EXAMPLE.COM"_ba << Overrides() << false;
    QTest::newRow("padded") << C << u"email"_s << "  ada@example.com "_ba << Overrides() << false;
    QTest::newRow("hyphen label") << C << u"email"_s << "ada@my-bank.com.ng"_ba << Overrides() << false;
    QTest::newRow("no at") << C << u"email"_s << "adaexample.com"_ba << Overrides() << true;
    QTest::newRow("two ats") << C << u"email"_s << "ada@b@example.com"_ba << Overrides() << true;
    QTest::newRow("no dot in domain") << C << u"email"_s << "ada@localhost"_ba << Overrides() << true;
    QTest::newRow("empty local") << C << u"email"_s << "@example.com"_ba << Overrides() << true;
    QTest::newRow("space inside") << C << u"email"_s << "ada okafor@example.com"_ba << Overrides() << true;
    QTest::newRow("label starts with hyphen") << C << u"email"_s << "ada@-example.com"_ba << Overrides() << true;
    QTest::newRow("label ends with hyphen") << C << u"email"_s << "ada@example-.com"_ba << Overrides() << true;
    QTest::newRow("empty label") << C << u"email"_s << "ada@example..com"_ba << Overrides() << true;
    QTest::newRow("trailing dot") << C << u"email"_s << "ada@example.com."_ba << Overrides() << true;
    QTest::newRow("label 64") << C << u"email"_s << "ada@"_ba + QByteArray(64, 'x') + ".com"_ba << Overrides() << true;
    QTest::newRow("label 63") << C << u"email"_s << "ada@"_ba + QByteArray(63, 'x') + ".com"_ba << Overrides() << false;
    QTest::newRow("unicode domain") << C << u"email"_s << "ada@exämple.com"_ba << Overrides() << true;
    QTest::newRow("quoted local") << C << u"email"_s << "\"ada\"@example.com"_ba << Overrides() << true;
    QTest::newRow("merchant valid") << M << u"email"_s << "billing@shop.example.com"_ba << Overrides() << false;
    QTest::newRow("merchant at word") << M << u"email"_s << "billing at shop.example.com"_ba << Overrides() << true;
}

void tst_RecordValidator::formatCountry_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    const Overrides kenya = {{u"accountNumber"_s, "123456"_ba}}; // 6-20 digits outside NG
    QTest::newRow("NG") << C << u"country"_s << "NG"_ba << Overrides() << false;
    QTest::newRow("lower case") << C << u"country"_s << "ng"_ba << Overrides() << false;
    QTest::newRow("mixed case padded") << C << u"country"_s << " gH "_ba << kenya << false;
    QTest::newRow("last code ZW") << C << u"country"_s << "ZW"_ba << kenya << false;
    QTest::newRow("alpha-3") << C << u"country"_s << "NGA"_ba << kenya << true;
    QTest::newRow("name") << C << u"country"_s << "Nigeria"_ba << kenya << true;
    QTest::newRow("reserved UK") << C << u"country"_s << "UK"_ba << kenya << true;
    QTest::newRow("user-assigned XK") << C << u"country"_s << "XK"_ba << kenya << true;
    QTest::newRow("withdrawn AN") << C << u"country"_s << "AN"_ba << kenya << true;
    QTest::newRow("digits") << C << u"country"_s << "12"_ba << kenya << true;
    QTest::newRow("one letter") << C << u"country"_s << "N"_ba << kenya << true;
    QTest::newRow("merchant valid") << M << u"country"_s << "ke"_ba << Overrides() << false;
    QTest::newRow("merchant name") << M << u"country"_s << "Nigeria"_ba << Overrides() << true;
}

void tst_RecordValidator::formatAccountNumber_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const Overrides ghana = {{u"country"_s, "GH"_ba}};
    QTest::newRow("NUBAN 10") << C << u"accountNumber"_s << "0123456789"_ba << Overrides() << false;
    QTest::newRow("leading zeros") << C << u"accountNumber"_s << "0000000001"_ba << Overrides() << false;
    QTest::newRow("NUBAN 9") << C << u"accountNumber"_s << "012345678"_ba << Overrides() << true;
    QTest::newRow("NUBAN 11") << C << u"accountNumber"_s << "01234567890"_ba << Overrides() << true;
    QTest::newRow("NUBAN lower-case country") << C << u"accountNumber"_s << "012345678"_ba << Overrides{{u"country"_s, " ng "_ba}} << true;
    QTest::newRow("padded NUBAN") << C << u"accountNumber"_s << " 0123456789 "_ba << Overrides() << false;
    QTest::newRow("letters") << C << u"accountNumber"_s << "01234567A9"_ba << Overrides() << true;
    QTest::newRow("spaces inside") << C << u"accountNumber"_s << "01234 56789"_ba << Overrides() << true;
    QTest::newRow("scientific") << C << u"accountNumber"_s << "1.23457E+09"_ba << Overrides() << true;
    QTest::newRow("negative") << C << u"accountNumber"_s << "-123456789"_ba << Overrides() << true;
    QTest::newRow("arabic-indic digits") << C << u"accountNumber"_s << "\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5\xD9\xA6"_ba << ghana << true;
    QTest::newRow("other 6") << C << u"accountNumber"_s << "000123"_ba << ghana << false;
    QTest::newRow("other 5") << C << u"accountNumber"_s << "00123"_ba << ghana << true;
    QTest::newRow("other 20") << C << u"accountNumber"_s << QByteArray(20, '7') << ghana << false;
    QTest::newRow("other 21") << C << u"accountNumber"_s << QByteArray(21, '7') << ghana << true;
    QTest::newRow("invalid country uses 6-20") << C << u"accountNumber"_s << "12345678"_ba << Overrides{{u"country"_s, "Nigeria"_ba}} << false;
}

void tst_RecordValidator::formatGender_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    QTest::newRow("male") << C << u"gender"_s << "male"_ba << Overrides() << false;
    QTest::newRow("Female") << C << u"gender"_s << "Female"_ba << Overrides() << false;
    QTest::newRow("OTHER") << C << u"gender"_s << "OTHER"_ba << Overrides() << false;
    QTest::newRow("padded") << C << u"gender"_s << " male "_ba << Overrides() << false;
    QTest::newRow("M") << C << u"gender"_s << "M"_ba << Overrides() << true;
    QTest::newRow("F") << C << u"gender"_s << "F"_ba << Overrides() << true;
    QTest::newRow("males") << C << u"gender"_s << "males"_ba << Overrides() << true;
    QTest::newRow("unknown") << C << u"gender"_s << "unknown"_ba << Overrides() << true;
    QTest::newRow("femme") << C << u"gender"_s << "femme"_ba << Overrides() << true;
}

void tst_RecordValidator::formatPhone_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    QTest::newRow("NG mobile") << C << u"phone"_s << "+2348031234567"_ba << Overrides() << false;
    QTest::newRow("padded") << C << u"phone"_s << " +2347031234567\t"_ba << Overrides() << false;
    QTest::newRow("US") << C << u"phone"_s << "+12015550123"_ba << Overrides() << false;
    QTest::newRow("UK") << C << u"phone"_s << "+442071838750"_ba << Overrides() << false;
    QTest::newRow("Italy leading zero") << C << u"phone"_s << "+390612345678"_ba << Overrides() << false;
    QTest::newRow("local") << C << u"phone"_s << "08031234567"_ba << Overrides() << true;
    QTest::newRow("no plus") << C << u"phone"_s << "2348031234567"_ba << Overrides() << true;
    QTest::newRow("spaces") << C << u"phone"_s << "+234 803 123 4567"_ba << Overrides() << true;
    QTest::newRow("dashes") << C << u"phone"_s << "+234-803-123-4567"_ba << Overrides() << true;
    QTest::newRow("7 digits") << C << u"phone"_s << "+2348031"_ba << Overrides() << true;
    QTest::newRow("16 digits") << C << u"phone"_s << "+2348031234567890"_ba << Overrides() << true;
    QTest::newRow("unknown calling code") << C << u"phone"_s << "+99912345678"_ba << Overrides() << true;
    QTest::newRow("impossible length US") << C << u"phone"_s << "+1201555012345"_ba << Overrides() << true;
    QTest::newRow("impossible length UK") << C << u"phone"_s << "+4420718"_ba << Overrides() << true;
    QTest::newRow("letters") << C << u"phone"_s << "+23480312345AB"_ba << Overrides() << true;
    QTest::newRow("plus zero") << C << u"phone"_s << "+08031234567"_ba << Overrides() << true;
    QTest::newRow("plus zero then a code") << C << u"phone"_s << "+046707123456"_ba << Overrides() << true;
    QTest::newRow("merchant valid") << M << u"phone"_s << "+2348051234567"_ba << Overrides() << false;
    QTest::newRow("merchant local") << M << u"phone"_s << "0805 123 4567"_ba << Overrides() << true;
}

void tst_RecordValidator::phoneUnassigned_data()
{
    addColumns();
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    QTest::newRow("NG assigned") << C << u"phone"_s << "+2348031234567"_ba << Overrides() << false;
    QTest::newRow("NG unassigned range") << C << u"phone"_s << "+2341000000000"_ba << Overrides() << true;
    QTest::newRow("NG short mobile") << C << u"phone"_s << "+23480312345"_ba << Overrides() << true;
    QTest::newRow("US area code 200") << C << u"phone"_s << "+12005550100"_ba << Overrides() << true;
    QTest::newRow("UK one digit short") << C << u"phone"_s << "+44207183875"_ba << Overrides() << true;
    QTest::newRow("merchant unassigned") << M << u"phone"_s << "+2345551234567"_ba << Overrides() << true;
}

void tst_RecordValidator::formatUrl_data()
{
    addColumns();
    const auto M = RecordKind::Merchants;
    QTest::newRow("https") << M << u"website"_s << "https://shop.example.com"_ba << Overrides() << false;
    QTest::newRow("http path query") << M << u"website"_s << "http://shop.example.com/a/b?c=d#e"_ba << Overrides() << false;
    QTest::newRow("upper scheme") << M << u"website"_s << "HTTPS://Shop.Example.com"_ba << Overrides() << false;
    QTest::newRow("port") << M << u"website"_s << "https://shop.example.com:8443/"_ba << Overrides() << false;
    QTest::newRow("idn") << M << u"website"_s << "https://bücher.example/"_ba << Overrides() << false;
    QTest::newRow("no scheme") << M << u"website"_s << "shop.example.com"_ba << Overrides() << true;
    QTest::newRow("ftp") << M << u"website"_s << "ftp://shop.example.com"_ba << Overrides() << true;
    QTest::newRow("no dot") << M << u"website"_s << "https://localhost/"_ba << Overrides() << true;
    QTest::newRow("empty host") << M << u"website"_s << "https:///path"_ba << Overrides() << true;
    QTest::newRow("space") << M << u"website"_s << "https://shop example.com"_ba << Overrides() << true;
    QTest::newRow("bad port") << M << u"website"_s << "https://shop.example.com:80a"_ba << Overrides() << true;
    QTest::newRow("ipv6") << M << u"website"_s << "https://[::1]/"_ba << Overrides() << true;
    QTest::newRow("double dot") << M << u"website"_s << "https://shop..com"_ba << Overrides() << true;
    QTest::newRow("relative") << M << u"website"_s << "/logo.png"_ba << Overrides() << true;
    QTest::newRow("icon valid") << M << u"icon"_s << "https://cdn.example.com/logo.png"_ba << Overrides() << false;
    QTest::newRow("icon data url") << M << u"icon"_s << "data:image/png;base64,AAAA"_ba << Overrides() << true;
}

void tst_RecordValidator::formatType_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule"); // empty: the field has no issue

    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    auto customer = [](const QString &field, const QJsonValue &value) {
        QJsonObject object;
        const QList<QByteArray> values = validRecord(RecordKind::Customers);
        for (int i = 0; i < values.size(); ++i)
            object.insert(fieldName(RecordKind::Customers, i), QString::fromUtf8(values.at(i)));
        object.insert(field, value);
        return object;
    };
    QTest::newRow("string") << C << customer(u"clientRef"_s, u"C1"_s) << u"clientRef"_s << QString();
    QTest::newRow("number clientRef") << C << customer(u"clientRef"_s, 12345) << u"clientRef"_s << u"format.type"_s;
    QTest::newRow("bool reference") << C << customer(u"reference"_s, true) << u"reference"_s << u"format.type"_s;
    QTest::newRow("number accountNumber") << C << customer(u"accountNumber"_s, 123456789) << u"accountNumber"_s << u"format.accountNumber"_s;
    QTest::newRow("array email") << C << customer(u"email"_s, QJsonArray{u"a@b.c"_s}) << u"email"_s << u"format.email"_s;
    QTest::newRow("object phone") << C << customer(u"phone"_s, QJsonObject{{u"n"_s, 1}}) << u"phone"_s << u"format.phone"_s;
    QTest::newRow("null firstname") << C << customer(u"firstname"_s, QJsonValue::Null) << u"firstname"_s << u"required"_s;
    QTest::newRow("null gender") << C << customer(u"gender"_s, QJsonValue::Null) << u"gender"_s << QString();
    QTest::newRow("merchant number name") << M << QJsonObject{{u"name"_s, 1}} << u"name"_s << u"format.type"_s;
    QTest::newRow("merchant missing email") << M << QJsonObject{{u"name"_s, u"Shop"_s}} << u"email"_s << u"required"_s;
}

void tst_RecordValidator::formatType()
{
    QFETCH(RecordKind, kind);
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const QList<ValidationIssue> issues = RecordValidator(kind).validate(json);
    QStringList onField;
    for (const ValidationIssue &issue : issues) {
        QCOMPARE(issue.row, 0);
        if (issue.field == fieldIndex(kind, field))
            onField << ruleId(issue.rule);
    }
    QCOMPARE(onField, rule.isEmpty() ? QStringList() : QStringList{rule});
}

void tst_RecordValidator::rowShape()
{
    // The CSV reader produces row.shape; the validation engine defines it and its message.
    const ValidationIssue issue{3, -1, Rule::RowShape};
    QCOMPARE(ruleId(issue.rule), u"row.shape"_s);
    QCOMPARE(severity(issue), Severity::Error);
    QCOMPARE(issueMessageEnglish(RecordKind::Customers, issue),
             u"This row has more or fewer fields than the header."_s);
    QVERIFY(!RecordValidator(RecordKind::Customers).suggestedFix(issue, {}));
}

void tst_RecordValidator::suggestedFix_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Overrides>("others");
    QTest::addColumn<QString>("fix"); // null: none
    const auto C = RecordKind::Customers;
    const auto M = RecordKind::Merchants;
    QTest::newRow("M") << C << u"gender"_s << "M"_ba << Overrides() << u"male"_s;
    QTest::newRow("f padded") << C << u"gender"_s << " f "_ba << Overrides() << u"female"_s;
    QTest::newRow("femme") << C << u"gender"_s << "Femme"_ba << Overrides() << u"female"_s;
    QTest::newRow("gender unknown") << C << u"gender"_s << "x"_ba << Overrides() << QString();
    QTest::newRow("local NG phone") << C << u"phone"_s << "08031234567"_ba << Overrides() << u"+2348031234567"_s;
    QTest::newRow("local NG phone spaced") << C << u"phone"_s << "0803 123 4567"_ba << Overrides() << u"+2348031234567"_s;
    QTest::newRow("local phone lower-case country") << C << u"phone"_s << "08031234567"_ba << Overrides{{u"country"_s, "ng"_ba}} << u"+2348031234567"_s;
    QTest::newRow("local phone country name") << C << u"phone"_s << "08031234567"_ba << Overrides{{u"country"_s, "Nigeria"_ba}} << u"+2348031234567"_s;
    QTest::newRow("local GH phone") << C << u"phone"_s << "024 123 4567"_ba << Overrides{{u"country"_s, "GH"_ba}, {u"accountNumber"_s, "123456"_ba}} << u"+233241234567"_s;
    QTest::newRow("international spaced") << C << u"phone"_s << "+234 803-123-4567"_ba << Overrides() << u"+2348031234567"_s;
    QTest::newRow("00 prefix") << C << u"phone"_s << "002348031234567"_ba << Overrides() << u"+2348031234567"_s;
    QTest::newRow("phone garbage") << C << u"phone"_s << "call me"_ba << Overrides() << QString();
    QTest::newRow("phone too short") << C << u"phone"_s << "0803"_ba << Overrides() << QString();
    QTest::newRow("merchant phone") << M << u"phone"_s << "0805 123 4567"_ba << Overrides() << u"+2348051234567"_s;
    QTest::newRow("country alpha-3") << C << u"country"_s << "NGA"_ba << Overrides() << u"NG"_s;
    QTest::newRow("country name") << C << u"country"_s << "Nigeria"_ba << Overrides() << u"NG"_s;
    QTest::newRow("country French") << C << u"country"_s << "Royaume-Uni"_ba << Overrides() << u"GB"_s;
    QTest::newRow("country UK") << C << u"country"_s << "UK"_ba << Overrides() << u"GB"_s;
    QTest::newRow("country accents") << C << u"country"_s << "COTE D'IVOIRE"_ba << Overrides() << u"CI"_s;
    QTest::newRow("country unknown") << C << u"country"_s << "Atlantis"_ba << Overrides() << QString();
    QTest::newRow("merchant country") << M << u"country"_s << "Ghana"_ba << Overrides() << u"GH"_s;
    QTest::newRow("account separators") << C << u"accountNumber"_s << "0123-456 789"_ba << Overrides() << u"0123456789"_s;
    QTest::newRow("account too short") << C << u"accountNumber"_s << "012345678"_ba << Overrides() << QString();
    QTest::newRow("url scheme") << M << u"website"_s << "shop.example.com"_ba << Overrides() << u"https://shop.example.com"_s;
    QTest::newRow("url hopeless") << M << u"website"_s << "n/a"_ba << Overrides() << QString();
    QTest::newRow("email spaces") << C << u"email"_s << "ada @example.com"_ba << Overrides() << u"ada@example.com"_s;
    QTest::newRow("email no fix") << C << u"email"_s << "adaexample.com"_ba << Overrides() << QString();
}

void tst_RecordValidator::suggestedFix()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(Overrides, others);
    QFETCH(QString, fix);
    Overrides overrides = others;
    overrides.append({field, value});
    const QList<QByteArray> values = record(kind, overrides);
    const QList<QByteArrayView> views(values.cbegin(), values.cend());
    const RecordValidator validator(kind);
    QList<ValidationIssue> issues;
    validator.validate(0, views, issues);
    const int index = fieldIndex(kind, field);
    const auto issue = std::find_if(issues.cbegin(), issues.cend(), [&](const auto &i) {
        return i.field == index && i.rule != Rule::Length;
    });
    QVERIFY2(issue != issues.cend(), qPrintable(describe(kind, issues)));
    const std::optional<QString> suggested = validator.suggestedFix(*issue, views);
    QCOMPARE(suggested.value_or(QString()), fix);
    QCOMPARE(suggested.has_value(), !fix.isNull());
    if (suggested) {
        // The fix is a value that passes the rule.
        QList<QByteArray> fixedValues = values;
        fixedValues[index] = suggested->toUtf8();
        const QList<ValidationIssue> after = validate(kind, fixedValues);
        QVERIFY2(std::none_of(after.cbegin(), after.cend(),
                              [&](const auto &i) { return i.field == index; }),
                 qPrintable(describe(kind, after)));
    }
}

void tst_RecordValidator::apiValue_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trimmed") << u"clientRef"_s << "  C1 \t"_ba << u"C1"_s;
    QTest::newRow("country upper") << u"country"_s << " ng"_ba << u"NG"_s;
    QTest::newRow("gender lower") << u"gender"_s << "Female "_ba << u"female"_s;
    QTest::newRow("leading zeros kept") << u"accountNumber"_s << "0012345678"_ba << u"0012345678"_s;
    QTest::newRow("unicode") << u"firstname"_s << "\xC2\xA0" "Chidïnma"_ba << u"Chidïnma"_s;
}

void tst_RecordValidator::apiValue()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    const RecordValidator validator(RecordKind::Customers);
    QCOMPARE(validator.apiValue(fieldIndex(RecordKind::Customers, field), value), expected);
}

void tst_RecordValidator::messages()
{
    for (const RecordKind kind : {RecordKind::Customers, RecordKind::Merchants}) {
        for (const Rule rule : allRules()) {
            const ValidationIssue issue{0, rule == Rule::RowShape ? qint16(-1) : qint16(1), rule};
            const QString message = issueMessage(kind, issue);
            QVERIFY(!message.isEmpty());
            QVERIFY2(!message.contains(u'%'), qPrintable(message));
            if (rule != Rule::RowShape)
                QVERIFY2(message.contains(fieldName(kind, 1)), qPrintable(message));
        }
    }
    QCOMPARE(issueMessageEnglish(RecordKind::Customers, {0, CustomerField::Firstname, Rule::Length}),
             u"firstname is longer than 100 characters."_s);
    QCOMPARE(issueMessageEnglish(RecordKind::Customers, {0, CustomerField::Email, Rule::Required}),
             u"email is required."_s);
}

void tst_RecordValidator::missingColumnsAreEmpty()
{
    // Fewer values than fields: the missing ones are empty, so required fields fail.
    const QList<QByteArrayView> values = {"C1", "Ada"};
    QList<ValidationIssue> issues;
    RecordValidator(RecordKind::Customers).validate(41, values, issues);
    QCOMPARE(describe(RecordKind::Customers, issues),
             u"lastname:required, accountName:required, email:required, country:required, "
             "accountNumber:required, reference:required"_s);
    QCOMPARE(issues.constFirst().row, 41);
}

QTEST_GUILESS_MAIN(tst_RecordValidator)
#include "tst_recordvalidator.moc"
