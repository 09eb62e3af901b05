#pragma once

#include "common/result.h"
#include "devicefile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace Peere {

// A devices file's column mapping, kept to apply to the next devices file (the import dialog's
// "Save mapping"), or given on the command line (link-devices --map field=column). The file is
// a column mapping template (MappingTemplate's format) of the kind "devices":
//   {"format": "peere-column-mapping", "version": 1, "kind": "devices",
//    "fields": {"clientRef": "Cust No", "reference": null, "email": null, "phrase": null,
//               "device": ["Handset 1", "Handset 2"]}}
// A null (or empty list) is a field deliberately left unmapped; a field not named is left to the
// automatic guess (DeviceFile::mapColumns).
class DeviceMappingTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Peere::DeviceMappingTemplate)

public:
    DeviceMappingTemplate() = default;
    static DeviceMappingTemplate fromColumns(const DeviceFile::Columns &columns,
                                             const QStringList &headers);

    // `header` feeds the field called `fieldName` (device: one more device column). False when
    // there is no such field.
    bool addHeader(const QString &fieldName, const QString &header);
    bool isEmpty() const { return m_fieldHeaders.isEmpty(); }

    // The columns for a file with `headers`: the automatic guess, overridden by the template
    // wherever its headers are present (exactly, else ignoring case, spaces and punctuation) or
    // a field is deliberately unmapped. The device columns are those of the template when any
    // is present.
    DeviceFile::Columns apply(const QStringList &headers) const;
    // The template's headers that `headers` does not have.
    QStringList absentHeaders(const QStringList &headers) const;

    QJsonObject toJson() const;
    static Result<DeviceMappingTemplate> fromJson(const QJsonObject &object);
    VoidResult save(const QString &path) const;
    static Result<DeviceMappingTemplate> load(const QString &path);

private:
    QMap<int, QStringList> m_fieldHeaders; // per DeviceFile::Field
};

} // namespace Peere
