#pragma once

#include "columnmapping.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace Peere {

// A column mapping the user edited, kept to apply to the next file of the same export: for each
// field it names the source header that feeds it (or that the field is deliberately left
// unmapped). Saved as a small JSON file:
//   {"format": "peere-column-mapping", "version": 1, "kind": "customers",
//    "fields": {"firstname": "Given Name", "middlename": null, ...}}
class MappingTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MappingTemplate)

public:
    MappingTemplate() = default;
    static MappingTemplate fromMapping(const ColumnMapping &mapping);

    RecordKind kind() const { return m_kind; }
    // The header that feeds `field`: an empty string when the field is deliberately unmapped,
    // a null string when the template says nothing about it.
    QString header(int field) const { return m_fieldHeaders.value(field); }

    // The mapping for a file with `headers`: the automatic one, overridden by the template
    // wherever the template's header is present (matched exactly, then ignoring case, spaces and
    // punctuation) or the field is deliberately unmapped.
    ColumnMapping apply(const QStringList &headers) const;
    // The column of `headers` called `wanted` (exactly, else by normalised name), or -1.
    static int findHeader(const QStringList &headers, const QString &wanted);

    QJsonObject toJson() const;
    static Result<MappingTemplate> fromJson(const QJsonObject &object);

    // Written atomically (QSaveFile).
    VoidResult save(const QString &path) const;
    static Result<MappingTemplate> load(const QString &path);

    // The file format, shared with the devices file's template (DeviceMappingTemplate): a JSON
    // object with the format's name, its version and `kind` ("customers", "merchants",
    // "devices"), written atomically and read back.
    static QJsonObject newObject(const QString &kind);
    static VoidResult checkObject(const QJsonObject &object);
    static VoidResult writeObject(const QString &path, const QJsonObject &object);
    static Result<QJsonObject> readObject(const QString &path);

private:
    RecordKind m_kind = RecordKind::Customers;
    QMap<int, QString> m_fieldHeaders;
};

} // namespace Peere
