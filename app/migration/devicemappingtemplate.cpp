#include "devicemappingtemplate.h"

#include "csv/mappingtemplate.h"

#include <QJsonArray>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {
const auto devicesKind = "devices"_L1;
} // namespace

DeviceMappingTemplate DeviceMappingTemplate::fromColumns(const DeviceFile::Columns &columns,
                                                         const QStringList &headers)
{
    DeviceMappingTemplate result;
    for (int field = 0; field < DeviceFile::FieldCount; ++field)
        result.m_fieldHeaders.insert(field, {}); // every field said, unmapped unless a column is
    for (int column = 0; column < headers.size(); ++column) {
        if (const int field = columns.field(column); field >= 0)
            result.m_fieldHeaders[field].append(headers.at(column));
    }
    return result;
}

bool DeviceMappingTemplate::addHeader(const QString &fieldName, const QString &header)
{
    const int field = DeviceFile::fieldIndex(fieldName);
    if (field < 0)
        return false;
    QStringList &said = m_fieldHeaders[field];
    if (field != DeviceFile::Device)
        said.clear();
    if (!header.isEmpty())
        said.append(header);
    return true;
}

DeviceFile::Columns DeviceMappingTemplate::apply(const QStringList &headers) const
{
    DeviceFile::Columns columns = DeviceFile::mapColumns(headers);
    for (auto it = m_fieldHeaders.cbegin(); it != m_fieldHeaders.cend(); ++it) {
        QList<int> found;
        for (const QString &header : it.value()) {
            if (const int column = MappingTemplate::findHeader(headers, header); column >= 0)
                found.append(column);
        }
        if (!it.value().isEmpty() && found.isEmpty())
            continue; // none of its headers here: the automatic guess stands
        // The field's old columns go, then its template columns come.
        for (int column = 0; column < headers.size(); ++column) {
            if (columns.field(column) == it.key())
                columns.setField(column, -1);
        }
        for (const int column : std::as_const(found))
            columns.setField(column, it.key());
    }
    return columns;
}

QStringList DeviceMappingTemplate::absentHeaders(const QStringList &headers) const
{
    QStringList absent;
    for (const QStringList &said : m_fieldHeaders) {
        for (const QString &header : said) {
            if (MappingTemplate::findHeader(headers, header) < 0)
                absent.append(header);
        }
    }
    return absent;
}

QJsonObject DeviceMappingTemplate::toJson() const
{
    QJsonObject fields;
    for (auto it = m_fieldHeaders.cbegin(); it != m_fieldHeaders.cend(); ++it) {
        const QString name = DeviceFile::fieldName(it.key());
        if (it.key() == DeviceFile::Device)
            fields.insert(name, QJsonArray::fromStringList(it.value()));
        else
            fields.insert(name, it.value().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(it.value().first()));
    }
    QJsonObject object = MappingTemplate::newObject(devicesKind);
    object.insert(u"fields"_s, fields);
    return object;
}

Result<DeviceMappingTemplate> DeviceMappingTemplate::fromJson(const QJsonObject &object)
{
    if (VoidResult checked = MappingTemplate::checkObject(object); !checked)
        return failure(checked.error());
    if (object.value(u"kind"_s).toString() != devicesKind)
        return failure(tr("This column mapping is for customers or merchants, not for a devices "
                          "file."));
    DeviceMappingTemplate result;
    const QJsonObject fields = object.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const int field = DeviceFile::fieldIndex(it.key());
        if (field < 0)
            continue; // a field this version does not know: ignore it rather than refuse
        QStringList headers;
        if (it.value().isArray()) {
            for (const QJsonValue &header : it.value().toArray()) {
                if (header.isString() && !header.toString().isEmpty())
                    headers.append(header.toString());
            }
        } else if (it.value().isString() && !it.value().toString().isEmpty()) {
            headers.append(it.value().toString());
        }
        result.m_fieldHeaders.insert(field, headers);
    }
    return result;
}

VoidResult DeviceMappingTemplate::save(const QString &path) const
{
    return MappingTemplate::writeObject(path, toJson());
}

Result<DeviceMappingTemplate> DeviceMappingTemplate::load(const QString &path)
{
    Result<QJsonObject> object = MappingTemplate::readObject(path);
    if (!object)
        return failure(object.error());
    return fromJson(*object);
}

} // namespace Peere
