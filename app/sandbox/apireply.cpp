#include "apireply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

QJsonObject successEnvelope(int statusCode, const QString &message, const QJsonValue &data)
{
    return {{u"statusCode"_s, statusCode},
            {u"success"_s, true},
            {u"message"_s, message},
            {u"data"_s, data}};
}

QJsonObject errorEnvelope(int statusCode, const QString &message)
{
    return {{u"statusCode"_s, statusCode}, {u"success"_s, false}, {u"message"_s, message}};
}

ApiReply ApiReply::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}, {}};
}

ApiReply ApiReply::json(int status, const QJsonArray &array)
{
    return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), {}, {}};
}

ApiReply ApiReply::success(int status, const QString &message, const QJsonValue &data)
{
    return json(status, successEnvelope(status, message, data));
}

ApiReply ApiReply::successJson(int status, const QString &message, const QByteArray &dataJson)
{
    QByteArray head = QJsonDocument(successEnvelope(status, message, QJsonValue::Null))
                          .toJson(QJsonDocument::Compact);
    // Fill the placeholder: keys are sorted, so {"data":null,... comes first.
    const QByteArray placeholder = "\"data\":null";
    const qsizetype at = head.indexOf(placeholder);
    head.replace(at, placeholder.size(), QByteArray("\"data\":" + dataJson));
    return {status, head, {}, {}};
}

ApiReply ApiReply::error(int status, const QString &message)
{
    return json(status, errorEnvelope(status, message));
}

} // namespace Peere::Sandbox
