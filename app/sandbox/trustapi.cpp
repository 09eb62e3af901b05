#include "trustapi.h"

#include "merchantapi.h"
#include "requestparsing.h"

#include <QDateTime>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

TrustApi::TrustApi(SandboxContext &context)
    : m_context(context)
{}

QJsonObject TrustApi::trustStatus(quint32 index) const
{
    const Merchant &m = m_context.merchants.at(index);
    return {{u"trusted"_s, m.trusted},
            {u"trustLevel"_s, trustLevelName(m.trustLevel)},
            {u"deviceLookupEnabled"_s, m.deviceLookupEnabled}};
}

ApiReply TrustApi::get(const ApiCall &call)
{
    quint32 index = 0;
    const QString id = call.query.queryItemValue(u"entityId"_s, QUrl::FullyDecoded).trimmed();
    if (std::optional<ApiReply> error = MerchantApi::findMerchant(m_context, id, &index))
        return *error;
    const Merchant &m = m_context.merchants.at(index);
    QJsonObject data = trustStatus(index);
    data.insert(u"entityId"_s, m_context.merchants.id(index));
    data.insert(u"lastVerified"_s,
                m.lastVerifiedMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(m.lastVerifiedMs, Qt::UTC)
                                                      .toString(Qt::ISODateWithMs))
                                     : QJsonValue(QJsonValue::Null));
    return ApiReply::success(200, u"Trust retrieved"_s, data);
}

ApiReply TrustApi::patch(const ApiCall &call)
{
    QJsonObject body;
    if (std::optional<ApiReply> error = parseObject(call.body, &body))
        return *error;
    QString id;
    if (std::optional<ApiReply> error = stringMember(body, u"entityId"_s, true, &id))
        return *error;
    quint32 index = 0;
    if (std::optional<ApiReply> error = MerchantApi::findMerchant(m_context, id, &index))
        return *error;
    Merchant merchant = m_context.merchants.at(index);
    for (const QString &flag : {u"trusted"_s, u"deviceLookupEnabled"_s}) {
        const QJsonValue value = body.value(flag);
        if (value.isUndefined())
            continue;
        if (!value.isBool())
            return ApiReply::error(400, u"%1 must be true or false"_s.arg(flag));
        (flag == u"trusted" ? merchant.trusted : merchant.deviceLookupEnabled) = value.toBool();
    }
    const QJsonValue level = body.value(u"trustLevel"_s);
    if (!level.isUndefined()) {
        const std::optional<TrustLevel> parsed = trustLevelFromName(level.toString());
        if (!level.isString() || !parsed)
            return ApiReply::error(400, u"trustLevel must be basic, enhanced or premium"_s);
        merchant.trustLevel = *parsed;
    }
    merchant.lastVerifiedMs = QDateTime::currentMSecsSinceEpoch();
    m_context.merchants.replace(index, merchant);
    if (m_context.state)
        m_context.state->saveMerchants(m_context.merchants, {index});
    return ApiReply::success(200, u"Trust updated"_s, trustStatus(index));
}

ApiReply TrustApi::validate(const ApiCall &call)
{
    QJsonObject body;
    if (std::optional<ApiReply> error = parseObject(call.body, &body))
        return *error;
    QString id;
    QString required;
    if (std::optional<ApiReply> error = stringMember(body, u"entityId"_s, true, &id))
        return *error;
    if (std::optional<ApiReply> error = stringMember(body, u"requiredTrustLevel"_s, true, &required))
        return *error;
    const std::optional<TrustLevel> requiredLevel = trustLevelFromName(required);
    if (!requiredLevel)
        return ApiReply::error(400, u"requiredTrustLevel must be basic, enhanced or premium"_s);
    quint32 index = 0;
    if (std::optional<ApiReply> error = MerchantApi::findMerchant(m_context, id, &index))
        return *error;
    const Merchant &m = m_context.merchants.at(index);
    const bool valid = m.trusted && m.trustLevel >= *requiredLevel;
    return ApiReply::success(200, u"Trust validated"_s,
                             QJsonObject{{u"currentTrustLevel"_s, trustLevelName(m.trustLevel)},
                                         {u"valid"_s, valid}});
}

ApiReply TrustApi::devicePermission(const ApiCall &call)
{
    quint32 index = 0;
    const QString id = call.query.queryItemValue(u"entityId"_s, QUrl::FullyDecoded).trimmed();
    if (std::optional<ApiReply> error = MerchantApi::findMerchant(m_context, id, &index))
        return *error;
    const Merchant &m = m_context.merchants.at(index);
    QString reason;
    if (!m.trusted)
        reason = u"Merchant is not trusted"_s;
    else if (!m.deviceLookupEnabled)
        reason = u"Device lookup is not enabled for this merchant"_s;
    else if (m.trustLevel < TrustLevel::Enhanced)
        reason = u"Device lookup needs the enhanced trust level or higher"_s;
    else
        reason = u"Device lookup allowed"_s;
    const bool allowed = m.trusted && m.deviceLookupEnabled && m.trustLevel >= TrustLevel::Enhanced;
    // Documented without the usual envelope: {statusCode, allowed, reason, trustStatus}.
    return ApiReply::json(200, QJsonObject{{u"statusCode"_s, 200},
                                           {u"allowed"_s, allowed},
                                           {u"reason"_s, reason},
                                           {u"trustStatus"_s, trustStatus(index)}});
}

} // namespace Peere::Sandbox
