#pragma once

#include "records/schema.h"

#include <QList>
#include <QStringList>

namespace Peere {

// Which source column feeds each of the API's fields (records/schema.h), for one file's header.
// automatic() matches headers ignoring case, spaces and punctuation, and knows the usual
// synonyms of bank exports ("First Name", "surname", "E-mail", "msisdn", "nuban"...). A plain
// value: copy it, edit it, compare it.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    // Every field unmapped.
    ColumnMapping(RecordKind kind, QStringList headers);

    static ColumnMapping automatic(RecordKind kind, const QStringList &headers);
    // The field a header names (exactly, by normalised name, or by synonym), or -1.
    static int matchField(RecordKind kind, QStringView header);
    // Lower case, letters and digits only: "E-Mail Address" -> "emailaddress".
    static QString normalizedHeader(QStringView header);

    RecordKind kind() const { return m_kind; }
    const QStringList &headers() const { return m_headers; }

    // The source column of `field`, or -1.
    int column(int field) const { return m_fieldColumns.value(field, -1); }
    // The field that `column` feeds, or -1.
    int field(int column) const { return int(m_fieldColumns.indexOf(column)); }
    const QList<int> &fieldColumns() const { return m_fieldColumns; }
    // Maps `field` to `column` (-1 unmaps it); a column feeds one field at most, so whichever
    // field had `column` before loses it.
    void setColumn(int field, int column);

    // Source columns that feed no field, in file order.
    QList<int> unmappedColumns() const;
    QStringList unmappedColumnNames() const;
    // Required fields (fieldSpecs) that no column feeds, in schema order.
    QList<int> missingFields() const;
    QStringList missingFieldNames() const;

    bool operator==(const ColumnMapping &other) const = default;

private:
    RecordKind m_kind = RecordKind::Customers;
    QStringList m_headers;
    QList<int> m_fieldColumns; // per field
};

} // namespace Peere
