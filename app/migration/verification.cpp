#include "verification.h"

#include "batchpayload.h"

namespace Peere::Verification {

using namespace Qt::Literals::StringLiterals;

QList<int> comparedFields(RecordKind kind)
{
    if (kind == RecordKind::Customers)
        return {CustomerField::AccountName, CustomerField::Country, CustomerField::Gender};
    return {MerchantField::Name, MerchantField::Email};
}

QStringList differences(RecordKind kind, const QByteArrayList &values, const QJsonObject &server)
{
    QStringList found;
    for (const int field : comparedFields(kind)) {
        const QString name = fieldName(kind, field);
        if (!server.contains(name))
            continue;
        const QString sent
            = QString::fromUtf8(BatchPayload::sentValue(kind, field, values.value(field)));
        const QJsonValue value = server.value(name);
        const QString held = value.isString()   ? value.toString()
                             : value.isDouble() ? QString::number(value.toDouble())
                                                : QString();
        // E-mail addresses are compared case-insensitively, like the server does.
        const Qt::CaseSensitivity cs
            = kind == RecordKind::Merchants && field == MerchantField::Email ? Qt::CaseInsensitive
                                                                             : Qt::CaseSensitive;
        if (sent.compare(held.trimmed(), cs) != 0)
            found.append(u"%1: sent '%2', server '%3'"_s.arg(name, sent, held));
    }
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
