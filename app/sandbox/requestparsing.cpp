#include "requestparsing.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

std::optional<ApiReply> parseObject(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiReply::error(400, u"Malformed JSON at offset %1: %2"_s.arg(error.offset)
                                        .arg(error.errorString()));
    }
    if (!document.isObject())
        return ApiReply::error(400, u"The request body must be a JSON object"_s);
    *out = document.object();
    return std::nullopt;
}

std::optional<ApiReply> parseBatch(const QByteArray &body, const QString &key, int maxBatch,
                                   QJsonArray *out)
{
    QJsonObject object;
    if (std::optional<ApiReply> error = parseObject(body, &object))
        return error;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return ApiReply::error(422, u"%1 is required"_s.arg(key));
    if (!value.isArray())
        return ApiReply::error(422, u"%1 must be an array"_s.arg(key));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return ApiReply::error(422, u"%1 must not be empty"_s.arg(key));
    if (array.size() > maxBatch) {
        return ApiReply::error(413, u"A batch may hold at most %1 %2; this one has %3"_s
                                        .arg(maxBatch).arg(key).arg(array.size()));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return ApiReply::error(400, u"%1[%2] must be an object"_s.arg(key).arg(i));
    }
    *out = array;
    return std::nullopt;
}

std::optional<ApiReply> stringMember(const QJsonObject &object, const QString &key, bool required,
                                     QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return ApiReply::error(400, u"%1 is required"_s.arg(key));
        out->clear();
        return std::nullopt;
    }
    if (!value.isString())
        return ApiReply::error(400, u"%1 must be a string"_s.arg(key));
    *out = value.toString().trimmed();
    if (required && out->isEmpty())
        return ApiReply::error(400, u"%1 is required"_s.arg(key));
    return std::nullopt;
}

QStringList queryList(const QUrlQuery &query, const QString &key)
{
    QStringList values;
    const QStringList all = query.allQueryItemValues(key, QUrl::FullyDecoded);
    for (const QString &item : all) {
        const QStringList parts = item.split(u',');
        for (const QString &part : parts) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                values.append(trimmed);
        }
    }
    return values;
}

std::optional<ApiReply> queryNumber(const QUrlQuery &query, const QString &key, int fallback,
                                    int minimum, int maximum, int *out)
{
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty()) {
        *out = fallback;
        return std::nullopt;
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        return ApiReply::error(400, u"%1 must be a whole number from %2 to %3"_s.arg(key)
                                        .arg(minimum).arg(maximum));
    }
    *out = value;
    return std::nullopt;
}

} // namespace Peere::Sandbox
