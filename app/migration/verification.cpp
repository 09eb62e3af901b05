#include "verification.h"

#include "batchpayload.h"

namespace Peere::Verification {

using namespace Qt::Literals::StringLiterals;

namespace {

const QLatin1StringView trustedKey("trusted");
const QLatin1StringView levelKey("trustLevel");
const QLatin1StringView deviceLookupKey("deviceLookupEnabled");

// A JSON value as the readable text of a difference.
QString textOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

// A trust field the server answered with a value (null says nothing).
bool holds(const QJsonObject &server, QLatin1StringView key)
{
    const QJsonValue value = server.value(key);
    return !value.isUndefined() && !value.isNull();
}

QString difference(const QString &name, const QString &sent, const QString &held)
{
    return u"%1: sent '%2', server '%3'"_s.arg(name, sent, held);
}

void compareTrust(const TrustSetting &expected, const QJsonObject &server, QStringList *found)
{
    // Levels and flags as the API spells them; a level's case does not matter.
    const auto compare = [&](QLatin1StringView key, const QString &sent) {
        if (!holds(server, key))
            return;
        const QString held = textOf(server.value(key));
        if (held.trimmed().compare(sent, Qt::CaseInsensitive) != 0)
            found->append(difference(key, sent, held));
    };
    const auto flag = [](bool on) { return on ? u"true"_s : u"false"_s; };
    compare(trustedKey, flag(expected.trusted));
    compare(levelKey, trustLevelName(expected.level));
    compare(deviceLookupKey, flag(expected.deviceLookupEnabled));
}

} // namespace

QList<int> comparedFields(RecordKind kind)
{
    if (kind == RecordKind::Customers)
        return {CustomerField::AccountName, CustomerField::Country, CustomerField::Gender};
    return {MerchantField::Name, MerchantField::Email};
}

bool carriesTrust(const QJsonObject &server)
{
    return holds(server, trustedKey) || holds(server, levelKey)
           || holds(server, deviceLookupKey);
}

QJsonObject withTrust(const QJsonObject &server, const QJsonObject &trust)
{
    QJsonObject merged = server;
    for (const QLatin1StringView key : {trustedKey, levelKey, deviceLookupKey}) {
        if (trust.contains(key))
            merged.insert(key, trust.value(key));
    }
    return merged;
}

QStringList differences(RecordKind kind, const QByteArrayList &values, const QJsonObject &server,
                        const std::optional<TrustSetting> &expectedTrust)
{
    QStringList found;
    for (const int field : comparedFields(kind)) {
        const QString name = fieldName(kind, field);
        if (!server.contains(name))
            continue;
        const QString sent
            = QString::fromUtf8(BatchPayload::sentValue(kind, field, values.value(field)));
        const QJsonValue value = server.value(name);
        const QString held = value.isString() || value.isDouble() ? textOf(value) : QString();
        // E-mail addresses are compared case-insensitively, like the server does.
        const Qt::CaseSensitivity cs
            = kind == RecordKind::Merchants && field == MerchantField::Email ? Qt::CaseInsensitive
                                                                             : Qt::CaseSensitive;
        if (sent.compare(held.trimmed(), cs) != 0)
            found.append(difference(name, sent, held));
    }
    if (kind == RecordKind::Merchants && expectedTrust)
        compareTrust(*expectedTrust, server, &found);
    return found;
}

QString reason(const QStringList &differences)
{
    return differences.join(u"; "_s);
}

QString notFoundReason()
{
    return u"not found on the server by the verify phase"_s;
}

bool isNotFound(const QString &reason)
{
    return reason == notFoundReason();
}

} // namespace Peere::Verification
