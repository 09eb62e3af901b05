#pragma once

#include "records/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace Peere::Sandbox {

// Trust levels of peere-api.md §5, in order.
enum class TrustLevel { Basic, Enhanced, Premium };
QString trustLevelName(TrustLevel level);
std::optional<TrustLevel> trustLevelFromName(QStringView name);

struct Merchant
{
    std::array<QString, MerchantField::Count> fields; // trimmed; empty when absent
    bool trusted = false;                              // a new merchant is not trusted,
    TrustLevel trustLevel = TrustLevel::Basic;         // basic,
    bool deviceLookupEnabled = false;                  // without device lookup
    qint64 createdMs = 0;
    qint64 lastVerifiedMs = 0; // 0: never
};

// The provider's merchants and their trust. Merchants are far fewer than customers, so they are
// kept plainly; they are unique by e-mail (case-insensitive). Server thread only.
class MerchantStore
{
public:
    static constexpr quint32 npos = 0xffffffffu;

    MerchantStore();

    qsizetype size() const { return qsizetype(m_merchants.size()); }
    quint32 generation() const { return m_generation; }
    void setGeneration(quint32 generation) { m_generation = generation; }
    void clear();

    quint32 add(const Merchant &merchant);
    void replace(quint32 index, const Merchant &merchant);
    const Merchant &at(quint32 index) const { return m_merchants[index]; }

    quint32 findByEmail(const QString &email) const;
    quint32 findById(QStringView id) const;
    QString id(quint32 index) const;

    // The merchant as the API shows it (GET merchant, list). Its trust (trusted, trustLevel,
    // deviceLookupEnabled) only `withTrust`: the documentation shows trust in the trust calls'
    // answers only, so --docs-only leaves it out [convention].
    QJsonObject toJson(quint32 index, bool withTrust = true) const;
    // For the state file: all fields and trust as one JSON object, and back.
    QJsonObject toState(quint32 index) const;
    static Merchant fromState(const QJsonObject &state);

private:
    quint32 m_generation = 0;
    std::vector<Merchant> m_merchants;
    QHash<QString, quint32> m_byEmail;
};

} // namespace Peere::Sandbox
