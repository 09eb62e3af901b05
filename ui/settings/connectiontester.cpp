#include "connectiontester.h"

#include "api/environment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int timeoutMs = 15000;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

QUrl ConnectionTester::probeUrl(const QUrl &baseUrl, KeyRole role)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    path += role == KeyRole::Bank ? u"/v1/bank/customers"_s : u"/v1/provider/merchants"_s;
    url.setPath(path);
    url.setQuery(u"limit=1"_s);
    return url;
}

void ConnectionTester::test(const QUrl &baseUrl, KeyRole role, const QString &key)
{
    cancel();
    m_role = role;
    const auto report = [this](Outcome outcome, const QString &message) {
        QTimer::singleShot(0, this, [this, outcome, message] { emit finished(outcome, message); });
    };
    if (const VoidResult allowed = Environment::checkKeyTransport(baseUrl); !allowed) {
        report(Outcome::Refused, allowed.error());
        return;
    }
    if (key.trimmed().isEmpty()) {
        report(Outcome::Refused, tr("Enter the key before testing the connection."));
        return;
    }
    QNetworkRequest request(probeUrl(baseUrl, role));
    request.setRawHeader("Authorization", "Bearer " + key.trimmed().toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onReplyFinished);
}

void ConnectionTester::cancel()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool bank = m_role == KeyRole::Bank;
    if (status == 0) {
        emit finished(Outcome::NetworkError,
                      tr("Could not reach %1: %2").arg(reply->url().host(), reply->errorString()));
    } else if (status >= 200 && status < 300) {
        emit finished(Outcome::Connected,
                      bank ? tr("Connected: the bank key is accepted (HTTP %1).").arg(status)
                           : tr("Connected: the provider key is accepted (HTTP %1).").arg(status));
    } else if (status == 401) {
        emit finished(Outcome::Unauthorized,
                      tr("The key was refused (HTTP 401): it is wrong, revoked or for another "
                         "environment."));
    } else if (status == 403) {
        emit finished(Outcome::Forbidden,
                      bank ? tr("The key is not allowed here (HTTP 403): is it a provider key in "
                                "place of the bank key?")
                           : tr("The key is not allowed here (HTTP 403): is it a bank key in "
                                "place of the provider key?"));
    } else {
        emit finished(Outcome::Unexpected,
                      tr("The server answered HTTP %1: %2").arg(status).arg(reply->errorString()));
    }
}

} // namespace Peere::Ui
