// Column mapping: headers matched ignoring case, spaces and punctuation, synonyms, unmapped and
// missing columns, and templates saved and applied to the next file.
#include "csv/columnmapping.h"
#include "csv/mappingtemplate.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_ColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void matchField_data();
    void matchField();
    void customersExport();
    void merchantsFileAsCustomers();
    void firstColumnWinsAndSetColumnMovesIt();
    void templateRoundTrip();
    void templateFailures();
};

void tst_ColumnMapping::matchField_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // empty: no match

    const RecordKind c = RecordKind::Customers;
    const RecordKind m = RecordKind::Merchants;
    const QList<std::tuple<RecordKind, QString, QString>> rows = {
        {c, u"clientRef"_s, u"clientRef"_s},      {c, u"Customer ID"_s, u"clientRef"_s},
        {c, u"CUSTOMER_ID"_s, u"clientRef"_s},    {c, u"First Name"_s, u"firstname"_s},
        {c, u"first_name"_s, u"firstname"_s},     {c, u"Given name"_s, u"firstname"_s},
        {c, u"Surname"_s, u"lastname"_s},         {c, u"last-name"_s, u"lastname"_s},
        {c, u"Other Names"_s, u"middlename"_s},   {c, u"Account Name"_s, u"accountName"_s},
        {c, u"E-mail"_s, u"email"_s},             {c, u"mail"_s, u"email"_s},
        {c, u"Email Address"_s, u"email"_s},      {c, u"Phone Number"_s, u"phone"_s},
        {c, u"mobile"_s, u"phone"_s},             {c, u"MSISDN"_s, u"phone"_s},
        {c, u"Account No."_s, u"accountNumber"_s}, {c, u"acct number"_s, u"accountNumber"_s},
        {c, u"NUBAN"_s, u"accountNumber"_s},      {c, u"Country Code"_s, u"country"_s},
        {c, u"Sex"_s, u"gender"_s},               {c, u" reference "_s, u"reference"_s},
        {c, u"Ref."_s, u"reference"_s},           {c, u"Home Address"_s, u"address"_s},
        {c, u"legacy_id"_s, QString()},           {c, u"trustLevel"_s, QString()},
        {c, u"website"_s, QString()},
        {m, u"Business Name"_s, u"name"_s},       {m, u"URL"_s, u"website"_s},
        {m, u"Web Site"_s, u"website"_s},         {m, u"RC Number"_s, u"registrationNumber"_s},
        {m, u"registration_number"_s, u"registrationNumber"_s},
        {m, u"Logo URL"_s, u"icon"_s},            {m, u"Sector"_s, u"industry"_s},
        {m, u"E-Mail"_s, u"email"_s},             {m, u"firstname"_s, QString()},
    };
    for (const auto &[kind, header, field] : rows)
        QTest::addRow("%s %s", qPrintable(kindName(kind)), qPrintable(header)) << kind << header << field;
}

void tst_ColumnMapping::matchField()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(fieldName(kind, ColumnMapping::matchField(kind, header)), field);
}

void tst_ColumnMapping::customersExport()
{
    const QStringList headers{u"Customer ID"_s, u"First Name"_s, u"Surname"_s, u"legacy_id"_s,
                              u"Account Name"_s, u"E-mail"_s, u"Country"_s, u"NUBAN"_s,
                              u"Reference"_s, u"Mobile"_s, u"trustLevel"_s};
    const ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers, headers);
    QCOMPARE(mapping.column(CustomerField::ClientRef), 0);
    QCOMPARE(mapping.column(CustomerField::Lastname), 2);
    QCOMPARE(mapping.column(CustomerField::Phone), 9);
    QCOMPARE(mapping.column(CustomerField::Address), -1);
    QCOMPARE(mapping.field(7), int(CustomerField::AccountNumber));
    QCOMPARE(mapping.field(3), -1);
    QCOMPARE(mapping.unmappedColumns(), (QList<int>{3, 10}));
    QCOMPARE(mapping.unmappedColumnNames(), (QStringList{u"legacy_id"_s, u"trustLevel"_s}));
    QVERIFY(mapping.missingFields().isEmpty()); // address, middlename, gender are optional
}

void tst_ColumnMapping::merchantsFileAsCustomers()
{
    const QStringList merchants{u"name"_s, u"email"_s, u"phone"_s, u"address"_s, u"website"_s,
                                u"description"_s, u"icon"_s, u"registrationNumber"_s,
                                u"industry"_s, u"country"_s, u"state"_s};
    const ColumnMapping asCustomers = ColumnMapping::automatic(RecordKind::Customers, merchants);
    QCOMPARE(asCustomers.missingFieldNames(),
             (QStringList{u"clientRef"_s, u"firstname"_s, u"lastname"_s, u"accountNumber"_s,
                          u"reference"_s}));
    QVERIFY(asCustomers.unmappedColumnNames().contains(u"website"_s));

    const ColumnMapping asMerchants = ColumnMapping::automatic(RecordKind::Merchants, merchants);
    QVERIFY(asMerchants.missingFields().isEmpty());
    QVERIFY(asMerchants.unmappedColumns().isEmpty());
    for (int field = 0; field < fieldCount(RecordKind::Merchants); ++field)
        QCOMPARE(asMerchants.column(field), field);
}

void tst_ColumnMapping::firstColumnWinsAndSetColumnMovesIt()
{
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers,
                                                     {u"phone"_s, u"mobile"_s, u"email"_s});
    QCOMPARE(mapping.column(CustomerField::Phone), 0);
    QCOMPARE(mapping.unmappedColumns(), QList<int>{1});
    mapping.setColumn(CustomerField::Phone, 1);
    QCOMPARE(mapping.column(CustomerField::Phone), 1);
    mapping.setColumn(CustomerField::Address, 2); // takes email's column away
    QCOMPARE(mapping.column(CustomerField::Email), -1);
    QCOMPARE(mapping.column(CustomerField::Address), 2);
    QVERIFY(mapping.missingFieldNames().contains(u"email"_s));
    mapping.setColumn(CustomerField::Address, -1);
    QCOMPARE(mapping.unmappedColumns(), (QList<int>{0, 2}));
}

void tst_ColumnMapping::templateRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The user maps "Given" (not a known synonym) to firstname and unmaps middlename.
    const QStringList first{u"Given"_s, u"Surname"_s, u"Middle Name"_s, u"Email"_s};
    ColumnMapping edited = ColumnMapping::automatic(RecordKind::Customers, first);
    QCOMPARE(edited.column(CustomerField::Firstname), -1);
    QCOMPARE(edited.column(CustomerField::Middlename), 2);
    edited.setColumn(CustomerField::Firstname, 0);
    edited.setColumn(CustomerField::Middlename, -1);

    const QString path = dir.filePath(u"bank.mapping.json"_s);
    const VoidResult saved = MappingTemplate::fromMapping(edited).save(path);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<MappingTemplate> loaded = MappingTemplate::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->kind(), RecordKind::Customers);
    QCOMPARE(loaded->apply(first), edited);

    // The next month's file: columns reordered, a header spelt differently, a new column.
    const QStringList next{u"EMAIL"_s, u"extra"_s, u"given"_s, u"Middle Name"_s, u"Surname"_s};
    const ColumnMapping applied = loaded->apply(next);
    QCOMPARE(applied.column(CustomerField::Firstname), 2);
    QCOMPARE(applied.column(CustomerField::Lastname), 4);
    QCOMPARE(applied.column(CustomerField::Email), 0);
    QCOMPARE(applied.column(CustomerField::Middlename), -1);
    QCOMPARE(applied.unmappedColumnNames(), (QStringList{u"extra"_s, u"Middle Name"_s}));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json[u"kind"_s].toString(), u"customers"_s);
    QCOMPARE(json[u"fields"_s][u"firstname"_s].toString(), u"Given"_s);
    QVERIFY(json[u"fields"_s][u"middlename"_s].isNull());
}

void tst_ColumnMapping::templateFailures()
{
    QTemporaryDir dir;
    QVERIFY(!MappingTemplate::load(dir.filePath(u"missing.json"_s)));
    const QString path = dir.filePath(u"other.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "something-else"})");
    file.close();
    const Result<MappingTemplate> other = MappingTemplate::load(path);
    QVERIFY(!other);
    QVERIFY(!other.error().isEmpty());
    QVERIFY(!MappingTemplate().save(dir.filePath(u"no/such/dir/x.json"_s)));
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
