#include "deviceapi.h"

#include "passphrase.h"
#include "requestparsing.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

DeviceApi::DeviceApi(SandboxContext &context)
    : m_context(context)
{}

std::optional<ApiReply> DeviceApi::target(const QByteArray &body, Target *out) const
{
    QJsonObject object;
    if (std::optional<ApiReply> error = parseObject(body, &object))
        return error;
    QString customerId;
    QString phrase;
    if (std::optional<ApiReply> error = stringMember(object, u"customerId"_s, true, &customerId))
        return error;
    if (std::optional<ApiReply> error = stringMember(object, u"phrase"_s, true, &phrase))
        return error;
    if (std::optional<ApiReply> error = stringMember(object, u"deviceId"_s, true, &out->deviceId))
        return error;
    out->customer = m_context.customers.findById(customerId);
    if (out->customer == CustomerStore::npos)
        return ApiReply::error(404, u"Customer not found"_s);
    const std::optional<quint64> key = Passphrase::key(phrase);
    if (!key || *key != m_context.customers.phraseKey(out->customer))
        return ApiReply::error(400, u"The phrase does not belong to this customer"_s);
    return std::nullopt;
}

ApiReply DeviceApi::link(const ApiCall &call)
{
    Target t;
    if (std::optional<ApiReply> error = target(call.body, &t))
        return *error;
    if (m_context.devices.isLinked(t.customer, t.deviceId))
        return ApiReply::error(409, u"Device already linked to this customer"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const quint64 sequence = m_context.devices.link(t.customer, t.deviceId, now);
    if (m_context.state)
        m_context.state->saveDevice(sequence, Device{t.deviceId, t.customer, now});
    return ApiReply::success(200, u"Device linked successfully"_s,
                             QJsonObject{{u"customerId"_s, m_context.customers.id(t.customer)},
                                         {u"deviceId"_s, t.deviceId}});
}

ApiReply DeviceApi::unlink(const ApiCall &call)
{
    Target t;
    if (std::optional<ApiReply> error = target(call.body, &t))
        return *error;
    if (!m_context.devices.unlink(t.customer, t.deviceId))
        return ApiReply::error(404, u"Device not linked to this customer"_s);
    if (m_context.state)
        m_context.state->removeDevice(t.customer, t.deviceId);
    return ApiReply::success(200, u"Device unlinked successfully"_s,
                             QJsonObject{{u"customerId"_s, m_context.customers.id(t.customer)},
                                         {u"deviceId"_s, t.deviceId}});
}

ApiReply DeviceApi::list(const ApiCall &call)
{
    int page = 1;
    int limit = 20;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"page"_s, 1, 1, 1000000000, &page))
        return *error;
    if (std::optional<ApiReply> error = queryNumber(call.query, u"limit"_s, 20, 1, 1000, &limit))
        return *error;
    const QString search = call.query.queryItemValue(u"search"_s, QUrl::FullyDecoded).trimmed();
    const QString sortBy = call.query.queryItemValue(u"sortBy"_s, QUrl::FullyDecoded);
    const QString sortOrder = call.query.queryItemValue(u"sortOrder"_s, QUrl::FullyDecoded);
    if (!sortOrder.isEmpty() && sortOrder != u"asc" && sortOrder != u"desc")
        return ApiReply::error(400, u"sortOrder must be asc or desc"_s);

    struct Row
    {
        QString deviceId;
        QString customerId;
        QString phrase;
        qint64 linkedMs;
    };
    QList<Row> rows;
    const CustomerStore &customers = m_context.customers;
    for (const Device &device : m_context.devices.all()) {
        Row row{device.deviceId, customers.id(device.customer),
                Passphrase::text(customers.phraseKey(device.customer)), device.linkedMs};
        if (search.isEmpty() || row.deviceId.contains(search, Qt::CaseInsensitive)
            || row.customerId.contains(search, Qt::CaseInsensitive) || row.phrase == search)
            rows.append(std::move(row));
    }
    // Link order is the natural order (linkedAt); other keys sort stably.
    if (sortBy == u"deviceId")
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.deviceId < b.deviceId; });
    else if (sortBy == u"customerId")
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.customerId < b.customerId; });
    if (sortOrder == u"desc")
        std::reverse(rows.begin(), rows.end());

    QJsonArray devices;
    const qint64 first = qint64(page - 1) * limit;
    for (qint64 i = first; i < std::min<qint64>(rows.size(), first + limit); ++i) {
        const Row &row = rows.at(i);
        devices.append(QJsonObject{
            {u"deviceId"_s, row.deviceId},
            {u"customerId"_s, row.customerId},
            {u"phrase"_s, row.phrase},
            {u"linkedAt"_s, QDateTime::fromMSecsSinceEpoch(row.linkedMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    }
    return ApiReply::success(200, u"Devices retrieved"_s,
                             QJsonObject{{u"devices"_s, devices},
                                         {u"total"_s, rows.size()},
                                         {u"page"_s, page}});
}

} // namespace Peere::Sandbox
