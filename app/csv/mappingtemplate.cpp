#include "mappingtemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {
const auto formatName = "peere-column-mapping"_L1;
constexpr int formatVersion = 1;
} // namespace

MappingTemplate MappingTemplate::fromMapping(const ColumnMapping &mapping)
{
    MappingTemplate result;
    result.m_kind = mapping.kind();
    for (int field = 0; field < fieldCount(mapping.kind()); ++field) {
        const int column = mapping.column(field);
        // A deliberately unmapped field is an empty (not null) string.
        result.m_fieldHeaders.insert(field, column >= 0 ? mapping.headers().at(column) : u""_s);
    }
    return result;
}

ColumnMapping MappingTemplate::apply(const QStringList &headers) const
{
    ColumnMapping mapping = ColumnMapping::automatic(m_kind, headers);
    for (auto it = m_fieldHeaders.cbegin(); it != m_fieldHeaders.cend(); ++it) {
        const QString &wanted = it.value();
        if (wanted.isEmpty()) {
            mapping.setColumn(it.key(), -1);
            continue;
        }
        if (const int column = findHeader(headers, wanted); column >= 0)
            mapping.setColumn(it.key(), column);
    }
    return mapping;
}

int MappingTemplate::findHeader(const QStringList &headers, const QString &wanted)
{
    qsizetype column = headers.indexOf(wanted);
    if (column < 0) {
        const QString key = ColumnMapping::normalizedHeader(wanted);
        for (qsizetype i = 0; i < headers.size() && column < 0; ++i) {
            if (ColumnMapping::normalizedHeader(headers.at(i)) == key)
                column = i;
        }
    }
    return int(column);
}

QJsonObject MappingTemplate::toJson() const
{
    QJsonObject fields;
    for (auto it = m_fieldHeaders.cbegin(); it != m_fieldHeaders.cend(); ++it) {
        fields.insert(fieldName(m_kind, it.key()),
                      it.value().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(it.value()));
    }
    QJsonObject object = newObject(kindName(m_kind));
    object.insert(u"fields"_s, fields);
    return object;
}

QJsonObject MappingTemplate::newObject(const QString &kind)
{
    return {{u"format"_s, QString(formatName)}, {u"version"_s, formatVersion}, {u"kind"_s, kind}};
}

VoidResult MappingTemplate::checkObject(const QJsonObject &object)
{
    if (object.value(u"format"_s).toString() != formatName)
        return failure(tr("This is not a column mapping template."));
    if (object.value(u"version"_s).toInt() > formatVersion)
        return failure(tr("This column mapping template was written by a newer version."));
    return {};
}

Result<MappingTemplate> MappingTemplate::fromJson(const QJsonObject &object)
{
    if (VoidResult checked = checkObject(object); !checked)
        return failure(checked.error());
    const QString kindText = object.value(u"kind"_s).toString();
    if (kindText == u"devices")
        return failure(tr("This column mapping is for a devices file, not for customers or "
                          "merchants."));
    const std::optional<RecordKind> kind = kindFromName(kindText);
    if (!kind)
        return failure(tr("The column mapping template names no record kind."));
    MappingTemplate result;
    result.m_kind = *kind;
    const QJsonObject fields = object.value(u"fields"_s).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const int field = fieldIndex(*kind, it.key());
        if (field < 0)
            continue; // a field this version does not know: ignore it rather than refuse
        result.m_fieldHeaders.insert(field, it.value().isString() ? it.value().toString() : u""_s);
    }
    return result;
}

VoidResult MappingTemplate::save(const QString &path) const
{
    return writeObject(path, toJson());
}

Result<MappingTemplate> MappingTemplate::load(const QString &path)
{
    Result<QJsonObject> object = readObject(path);
    if (!object)
        return failure(object.error());
    return fromJson(*object);
}

VoidResult MappingTemplate::writeObject(const QString &path, const QJsonObject &object)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failure(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return failure(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Result<QJsonObject> MappingTemplate::readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return failure(tr("This is not a column mapping template."));
    return document.object();
}

} // namespace Peere
