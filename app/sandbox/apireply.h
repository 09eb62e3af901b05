#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Peere::Sandbox {

// One answer of the emulated API before it is written to the socket: the status code, the JSON
// body and the few extra headers the contract uses (Retry-After on 429, Allow on 405).
struct ApiReply
{
    int status = 200;
    QByteArray body;
    QByteArray headerName; // empty: no extra header
    QByteArray headerValue;

    static ApiReply json(int status, const QJsonObject &object);
    static ApiReply json(int status, const QJsonArray &array);
    static ApiReply success(int status, const QString &message, const QJsonValue &data);
    static ApiReply error(int status, const QString &message);
    // A success envelope around `data` that is compact JSON already.
    static ApiReply successJson(int status, const QString &message, const QByteArray &dataJson);
};

// The documented envelopes (peere-api.md §1).
QJsonObject successEnvelope(int statusCode, const QString &message, const QJsonValue &data);
QJsonObject errorEnvelope(int statusCode, const QString &message);

} // namespace Peere::Sandbox
