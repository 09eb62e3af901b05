#pragma once

#include "secretstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
#include <QNetworkReply>

namespace Peere::Ui {

// "Test connection": one cheap authenticated call (GET /v1/bank/customers?limit=1 with the bank
// key, GET /v1/provider/merchants?limit=1 with the provider key) and a clear verdict. Refuses to
// send a key in clear text to a non-loopback host. GUI thread.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Connected, Unauthorized, Forbidden, NetworkError, Refused, Unexpected };
    Q_ENUM(Outcome)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const QUrl &baseUrl, KeyRole role, const QString &key);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    static QUrl probeUrl(const QUrl &baseUrl, KeyRole role);

signals:
    void finished(Peere::Ui::ConnectionTester::Outcome outcome, const QString &message);

private:
    void onReplyFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    KeyRole m_role = KeyRole::Bank;
};

} // namespace Peere::Ui
