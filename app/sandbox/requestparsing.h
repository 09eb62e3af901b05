#pragma once

#include "apireply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace Peere::Sandbox {

// Reading request bodies and query strings; every failure is the error reply to send.

// The body as a JSON object; 400 when it is not JSON or not an object.
std::optional<ApiReply> parseObject(const QByteArray &body, QJsonObject *out);

// A batch body {"<key>": [ ... ]}: 400 malformed JSON or not an object, 422 `key` missing, not an
// array or empty, 413 more than `maxBatch` records, 400 a record that is not an object or has a
// field of the wrong type (checked by the caller with RecordChecker::wrongTypeField).
std::optional<ApiReply> parseBatch(const QByteArray &body, const QString &key, int maxBatch,
                                   QJsonArray *out);

// A string member of a body; 400 when it is missing, empty or not a string (when required).
std::optional<ApiReply> stringMember(const QJsonObject &object, const QString &key, bool required,
                                     QString *out);

// Every value of a query key: repeated keys and comma-separated lists, empty items dropped.
QStringList queryList(const QUrlQuery &query, const QString &key);

// A whole number query value in [minimum, maximum], or `fallback` when absent; 400 otherwise.
std::optional<ApiReply> queryNumber(const QUrlQuery &query, const QString &key, int fallback,
                                    int minimum, int maximum, int *out);

} // namespace Peere::Sandbox
