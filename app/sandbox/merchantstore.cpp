#include "merchantstore.h"
#include "serverid.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

QString trustLevelName(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Basic: return u"basic"_s;
    case TrustLevel::Enhanced: return u"enhanced"_s;
    case TrustLevel::Premium: return u"premium"_s;
    }
    return u"basic"_s;
}

std::optional<TrustLevel> trustLevelFromName(QStringView name)
{
    for (TrustLevel level : {TrustLevel::Basic, TrustLevel::Enhanced, TrustLevel::Premium}) {
        if (name.compare(trustLevelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

MerchantStore::MerchantStore()
    : m_generation(QRandomGenerator::global()->generate())
{}

void MerchantStore::clear()
{
    m_merchants = {};
    m_byEmail = {};
    m_generation = QRandomGenerator::global()->generate();
}

quint32 MerchantStore::add(const Merchant &merchant)
{
    const auto index = quint32(m_merchants.size());
    m_merchants.push_back(merchant);
    m_byEmail.insert(merchant.fields[MerchantField::Email].toLower(), index);
    return index;
}

void MerchantStore::replace(quint32 index, const Merchant &merchant)
{
    m_byEmail.remove(m_merchants[index].fields[MerchantField::Email].toLower());
    m_merchants[index] = merchant;
    m_byEmail.insert(merchant.fields[MerchantField::Email].toLower(), index);
}

quint32 MerchantStore::findByEmail(const QString &email) const
{
    return email.isEmpty() ? npos : m_byEmail.value(email.toLower(), npos);
}

QString MerchantStore::id(quint32 index) const
{
    return serverId(u"mer_", m_generation, index);
}

quint32 MerchantStore::findById(QStringView id) const
{
    return indexOfServerId(id, u"mer_", m_generation, m_merchants.size(), npos);
}

static QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                   .toString(Qt::ISODateWithMs))
                  : QJsonValue(QJsonValue::Null);
}

QJsonObject MerchantStore::toJson(quint32 index, bool withTrust) const
{
    const Merchant &m = m_merchants[index];
    QJsonObject out{{u"id"_s, id(index)}, {u"entityId"_s, id(index)}};
    for (int f = 0; f < MerchantField::Count; ++f) {
        if (!m.fields[f].isEmpty())
            out.insert(fieldName(RecordKind::Merchants, f), m.fields[f]);
    }
    if (withTrust) {
        out.insert(u"trusted"_s, m.trusted);
        out.insert(u"trustLevel"_s, trustLevelName(m.trustLevel));
        out.insert(u"deviceLookupEnabled"_s, m.deviceLookupEnabled);
    }
    out.insert(u"createdAt"_s, timeOrNull(m.createdMs));
    return out;
}

QJsonObject MerchantStore::toState(quint32 index) const
{
    QJsonObject out = toJson(index);
    out.insert(u"createdMs"_s, m_merchants[index].createdMs);
    out.insert(u"lastVerifiedMs"_s, m_merchants[index].lastVerifiedMs);
    return out;
}

Merchant MerchantStore::fromState(const QJsonObject &state)
{
    Merchant m;
    for (int f = 0; f < MerchantField::Count; ++f)
        m.fields[f] = state.value(fieldName(RecordKind::Merchants, f)).toString();
    m.trusted = state.value(u"trusted"_s).toBool();
    m.trustLevel = trustLevelFromName(state.value(u"trustLevel"_s).toString()).value_or(TrustLevel::Basic);
    m.deviceLookupEnabled = state.value(u"deviceLookupEnabled"_s).toBool();
    m.createdMs = qint64(state.value(u"createdMs"_s).toDouble());
    m.lastVerifiedMs = qint64(state.value(u"lastVerifiedMs"_s).toDouble());
    return m;
}

} // namespace Peere::Sandbox
