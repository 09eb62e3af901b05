#include "sandboxstats.h"

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

void SandboxStats::countRequest(const QString &routeKey, const QString &outcome)
{
    ++m_requests[routeKey][outcome];
}

void SandboxStats::clear()
{
    *this = SandboxStats();
}

QJsonObject SandboxStats::toJson(qint64 customers, qint64 merchants, qint64 devices) const
{
    QJsonObject requests;
    for (auto route = m_requests.cbegin(); route != m_requests.cend(); ++route) {
        QJsonObject byOutcome;
        for (auto it = route->cbegin(); it != route->cend(); ++it)
            byOutcome.insert(it.key(), it.value());
        requests.insert(route.key(), byOutcome);
    }
    return {{u"customers"_s, customers},
            {u"merchants"_s, merchants},
            {u"devices"_s, devices},
            {u"duplicatesRejected"_s, m_duplicatesRejected},
            {u"throttled"_s, m_throttled},
            {u"injectedFaults"_s, m_injectedFaults},
            {u"requests"_s, requests}};
}

} // namespace Peere::Sandbox
