#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Peere::Sandbox {

// What GET /_sandbox/stats reports besides the store sizes (peere-api.md §7): requests per
// "METHOD /path-template" and status code, rejected duplicates, 429s and injected faults.
class SandboxStats
{
public:
    // `outcome` is the status code ("201"), or "dropped" / "lost" for injected faults that
    // leave the client without an answer.
    void countRequest(const QString &routeKey, const QString &outcome);
    void countDuplicates(qint64 n) { m_duplicatesRejected += n; }
    void countThrottled() { ++m_throttled; }
    void countInjectedFault() { ++m_injectedFaults; }
    void clear();

    QJsonObject toJson(qint64 customers, qint64 merchants, qint64 devices) const;

private:
    QMap<QString, QMap<QString, qint64>> m_requests;
    qint64 m_duplicatesRejected = 0;
    qint64 m_throttled = 0;
    qint64 m_injectedFaults = 0;
};

} // namespace Peere::Sandbox
