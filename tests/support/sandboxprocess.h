#pragma once

// A real peere-sandbox program on loopback, for the tests and benchmarks that run the built
// programs: started on a free port, its address read from the line it prints ("listening on
// http://127.0.0.1:PORT"), its JSON routes and its /_sandbox/stats read by blocking GETs. Killed
// when it goes out of scope.
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// The JSON object a GET of `url` answers (empty when there is none within `timeoutMs`), with the
// API key as bearer token when one is given.
inline QJsonObject getJsonObject(const QUrl &url, const QString &apiKey = {}, int timeoutMs = 10000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

class SandboxProcess
{
public:
    ~SandboxProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    // Starts PEERE_BIN_DIR/peere-sandbox --port 0 with `arguments`; false when it did not say
    // where it listens within ten seconds (listeningLine() holds what it said).
    bool start(const QStringList &arguments = {})
    {
        m_process.start(QStringLiteral(PEERE_BIN_DIR) + QStringLiteral("/peere-sandbox"),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        m_line = QString::fromUtf8(m_process.readLine()).trimmed();
        const QString prefix = QStringLiteral("listening on ");
        if (!m_line.startsWith(prefix))
            return false;
        m_baseUrl = QUrl(m_line.mid(prefix.size()));
        return m_baseUrl.isValid();
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QString listeningLine() const { return m_line; }
    QProcess &process() { return m_process; }

    // GET `path` (with its query) on the sandbox, as the bank when `apiKey` is given.
    QJsonObject get(const QString &path, const QString &apiKey = {}) const
    {
        return getJsonObject(m_baseUrl.resolved(QUrl(path)), apiKey);
    }
    // What the sandbox has done: records held, requests by route and status, faults injected.
    QJsonObject stats() const { return get(QStringLiteral("/_sandbox/stats")); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_line;
};
