#pragma once
// Shared by the tst_sandbox_*.cpp tests: one blocking call to a sandbox over loopback with
// QNetworkAccessManager, and valid records to send.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <optional>

namespace SandboxTest {

using namespace Qt::Literals::StringLiterals;

inline const QString bankKey = u"sandbox-bank-key"_s;
inline const QString providerKey = u"sandbox-provider-key"_s;

struct Response
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QByteArray retryAfter;
    QByteArray allow;

    QJsonObject object() const { return json.object(); }
    QJsonObject data() const { return json.object().value(u"data"_s).toObject(); }
    QString message() const { return json.object().value(u"message"_s).toString(); }
    // The documented error envelope: statusCode, success false, a message, no data.
    bool isErrorEnvelope() const
    {
        const QJsonObject o = json.object();
        return json.isObject() && o.value(u"statusCode"_s).toInt() == status
               && o.value(u"success"_s) == QJsonValue(false)
               && !o.value(u"message"_s).toString().isEmpty() && !o.contains(u"data"_s);
    }
};

class Client
{
public:
    explicit Client(QUrl base, QString key = bankKey)
        : m_base(std::move(base))
        , m_key(std::move(key))
    {}

    void setKey(const QString &key) { m_key = key; }

    Response send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                  std::optional<QString> key = std::nullopt)
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        const QString useKey = key.value_or(m_key);
        if (!useKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + useKey.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(20000))
            qWarning("no answer from the sandbox in 20 s");
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body);
        r.retryAfter = reply->rawHeader("Retry-After");
        r.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return r;
    }
    Response get(const QString &path) { return send("GET", path); }
    Response post(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response patch(const QString &path, const QJsonObject &body)
    {
        return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Response stats() { return send("GET", u"/_sandbox/stats"_s, {}, QString()); }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_key;
};

// A customer that passes every rule of peere-api.md §3.
inline QJsonObject customer(int n)
{
    return {{u"clientRef"_s, u"client-%1"_s.arg(n)},
            {u"firstname"_s, u"Ada"_s},
            {u"lastname"_s, u"Okafor"_s},
            {u"accountName"_s, u"Ada Okafor"_s},
            {u"email"_s, u"customer%1@example.com"_s.arg(n)},
            {u"country"_s, u"NG"_s},
            {u"accountNumber"_s, u"%1"_s.arg(n, 10, 10, QChar(u'0'))},
            {u"reference"_s, u"ref-%1"_s.arg(n)}};
}

inline QJsonObject customers(int first, int count)
{
    QJsonArray array;
    for (int i = first; i < first + count; ++i)
        array.append(customer(i));
    return {{u"customers"_s, array}};
}

inline QJsonObject merchant(int n)
{
    return {{u"name"_s, u"Shop %1"_s.arg(n)}, {u"email"_s, u"shop%1@example.com"_s.arg(n)}};
}

// Starts the built peere-sandbox with `--port 0` and `arguments`; returns the URL it prints on
// its first line, or an invalid URL when it does not start.
inline QUrl startProgram(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(PEERE_BIN_DIR) + u"/peere-sandbox"_s,
                  QStringList{u"--port"_s, u"0"_s} + arguments);
    if (!process.waitForStarted(10000) || !process.waitForReadyRead(10000))
        return {};
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    if (!line.startsWith(u"listening on "_s))
        return {};
    return QUrl(line.mid(13));
}

inline void stopProgram(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

inline int storedCustomers(Client &client)
{
    return client.stats().object().value(u"customers"_s).toInt(-1);
}

} // namespace SandboxTest
