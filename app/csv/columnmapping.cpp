#include "columnmapping.h"

#include <QHash>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Synonym
{
    const char16_t *header; // normalised
    int field;
};

// What bank and payment exports call the API's fields, normalised (normalizedHeader()).
const QHash<QString, int> &synonyms(RecordKind kind)
{
    static const QHash<QString, int> customers = [] {
        using namespace CustomerField;
        static const Synonym table[] = {
            {u"clientref", ClientRef}, {u"clientreference", ClientRef}, {u"clientid", ClientRef},
            {u"clientno", ClientRef}, {u"clientnumber", ClientRef}, {u"customerid", ClientRef},
            {u"customerref", ClientRef}, {u"customerreference", ClientRef},
            {u"customerno", ClientRef}, {u"customernumber", ClientRef}, {u"custid", ClientRef},
            {u"custno", ClientRef}, {u"cif", ClientRef}, {u"cifid", ClientRef},
            {u"cifno", ClientRef}, {u"cifnumber", ClientRef},
            {u"firstname", Firstname}, {u"fname", Firstname}, {u"givenname", Firstname},
            {u"forename", Firstname}, {u"first", Firstname},
            {u"lastname", Lastname}, {u"surname", Lastname}, {u"lname", Lastname},
            {u"familyname", Lastname}, {u"last", Lastname},
            {u"middlename", Middlename}, {u"mname", Middlename}, {u"middle", Middlename},
            {u"othername", Middlename}, {u"othernames", Middlename},
            {u"accountname", AccountName}, {u"acctname", AccountName},
            {u"accname", AccountName}, {u"fullname", AccountName}, {u"name", AccountName},
            {u"customername", AccountName}, {u"accountholder", AccountName},
            {u"email", Email}, {u"emailaddress", Email}, {u"mail", Email}, {u"eaddress", Email},
            {u"country", Country}, {u"countrycode", Country}, {u"countryiso", Country},
            {u"accountnumber", AccountNumber}, {u"accountno", AccountNumber},
            {u"acctnumber", AccountNumber}, {u"acctno", AccountNumber},
            {u"accno", AccountNumber}, {u"accountnum", AccountNumber},
            {u"nuban", AccountNumber}, {u"nubanno", AccountNumber}, {u"account", AccountNumber},
            {u"bankaccount", AccountNumber}, {u"bankaccountnumber", AccountNumber},
            {u"reference", Reference}, {u"ref", Reference}, {u"referenceid", Reference},
            {u"referenceno", Reference}, {u"referencenumber", Reference},
            {u"migrationreference", Reference}, {u"externalreference", Reference},
            {u"phone", Phone}, {u"phonenumber", Phone}, {u"phoneno", Phone},
            {u"mobile", Phone}, {u"mobilenumber", Phone}, {u"mobileno", Phone},
            {u"msisdn", Phone}, {u"telephone", Phone}, {u"tel", Phone}, {u"cell", Phone},
            {u"cellphone", Phone}, {u"gsm", Phone}, {u"gsmno", Phone},
            {u"address", Address}, {u"streetaddress", Address}, {u"homeaddress", Address},
            {u"residentialaddress", Address}, {u"address1", Address},
            {u"addressline1", Address}, {u"postaladdress", Address},
            {u"gender", Gender}, {u"sex", Gender},
        };
        QHash<QString, int> map;
        for (const Synonym &s : table)
            map.insert(QString::fromUtf16(s.header), s.field);
        return map;
    }();
    static const QHash<QString, int> merchants = [] {
        using namespace MerchantField;
        static const Synonym table[] = {
            {u"name", Name}, {u"businessname", Name}, {u"merchantname", Name},
            {u"companyname", Name}, {u"tradingname", Name}, {u"company", Name},
            {u"business", Name}, {u"merchant", Name},
            {u"email", Email}, {u"emailaddress", Email}, {u"mail", Email},
            {u"businessemail", Email}, {u"eaddress", Email},
            {u"phone", Phone}, {u"phonenumber", Phone}, {u"phoneno", Phone}, {u"mobile", Phone},
            {u"mobilenumber", Phone}, {u"msisdn", Phone}, {u"telephone", Phone}, {u"tel", Phone},
            {u"businessphone", Phone},
            {u"address", Address}, {u"businessaddress", Address}, {u"streetaddress", Address},
            {u"officeaddress", Address}, {u"address1", Address}, {u"addressline1", Address},
            {u"website", Website}, {u"url", Website}, {u"web", Website}, {u"site", Website},
            {u"homepage", Website}, {u"websiteurl", Website}, {u"webaddress", Website},
            {u"description", Description}, {u"desc", Description}, {u"about", Description},
            {u"businessdescription", Description},
            {u"icon", Icon}, {u"logo", Icon}, {u"logourl", Icon}, {u"iconurl", Icon},
            {u"image", Icon},
            {u"registrationnumber", RegistrationNumber}, {u"registrationno", RegistrationNumber},
            {u"regno", RegistrationNumber}, {u"regnumber", RegistrationNumber},
            {u"rcnumber", RegistrationNumber}, {u"rcno", RegistrationNumber},
            {u"rc", RegistrationNumber}, {u"cacnumber", RegistrationNumber},
            {u"companyregistrationnumber", RegistrationNumber},
            {u"businessregistrationnumber", RegistrationNumber},
            {u"industry", Industry}, {u"sector", Industry}, {u"category", Industry},
            {u"businesscategory", Industry}, {u"businesstype", Industry},
            {u"country", Country}, {u"countrycode", Country}, {u"countryiso", Country},
            {u"state", State}, {u"region", State}, {u"province", State},
        };
        QHash<QString, int> map;
        for (const Synonym &s : table)
            map.insert(QString::fromUtf16(s.header), s.field);
        return map;
    }();
    return kind == RecordKind::Customers ? customers : merchants;
}

} // namespace

ColumnMapping::ColumnMapping(RecordKind kind, QStringList headers)
    : m_kind(kind)
    , m_headers(std::move(headers))
    , m_fieldColumns(fieldCount(kind), -1)
{}

QString ColumnMapping::normalizedHeader(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

int ColumnMapping::matchField(RecordKind kind, QStringView header)
{
    const int exact = fieldIndex(kind, header.trimmed());
    if (exact >= 0)
        return exact;
    const QString key = normalizedHeader(header);
    // Every API name, normalised, is its own synonym.
    for (int field = 0; field < fieldCount(kind); ++field) {
        if (normalizedHeader(fieldName(kind, field)) == key)
            return field;
    }
    return synonyms(kind).value(key, -1);
}

ColumnMapping ColumnMapping::automatic(RecordKind kind, const QStringList &headers)
{
    ColumnMapping mapping(kind, headers);
    // First come, first served: the first column that names a field feeds it.
    for (int column = 0; column < headers.size(); ++column) {
        const int field = matchField(kind, headers.at(column));
        if (field >= 0 && mapping.m_fieldColumns.at(field) < 0)
            mapping.m_fieldColumns[field] = column;
    }
    return mapping;
}

void ColumnMapping::setColumn(int field, int column)
{
    if (field < 0 || field >= m_fieldColumns.size())
        return;
    if (column >= m_headers.size())
        column = -1;
    if (column >= 0) {
        for (int &other : m_fieldColumns) {
            if (other == column)
                other = -1;
        }
    }
    m_fieldColumns[field] = column < 0 ? -1 : column;
}

QList<int> ColumnMapping::unmappedColumns() const
{
    QList<int> columns;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (!m_fieldColumns.contains(column))
            columns.append(column);
    }
    return columns;
}

QStringList ColumnMapping::unmappedColumnNames() const
{
    QStringList names;
    for (const int column : unmappedColumns())
        names.append(m_headers.at(column));
    return names;
}

QList<int> ColumnMapping::missingFields() const
{
    QList<int> fields;
    const QList<FieldSpec> &specs = fieldSpecs(m_kind);
    for (int field = 0; field < m_fieldColumns.size(); ++field) {
        if (m_fieldColumns.at(field) < 0 && specs.at(field).required)
            fields.append(field);
    }
    return fields;
}

QStringList ColumnMapping::missingFieldNames() const
{
    QStringList names;
    for (const int field : missingFields())
        names.append(fieldName(m_kind, field));
    return names;
}

} // namespace Peere
