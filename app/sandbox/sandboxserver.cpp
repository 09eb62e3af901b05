#include "sandboxserver.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrl>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

QJsonObject successEnvelope(int statusCode, const QString &message, const QJsonValue &data)
{
    return {{u"statusCode"_s, statusCode},
            {u"success"_s, true},
            {u"message"_s, message},
            {u"data"_s, data}};
}

QJsonObject errorEnvelope(int statusCode, const QString &message)
{
    return {{u"statusCode"_s, statusCode}, {u"success"_s, false}, {u"message"_s, message}};
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::start()
{
    m_port = listen(m_options.bind, m_options.port);
    if (m_port == 0) {
        return failure(QCoreApplication::translate("Peere::Sandbox",
                                                   "Cannot listen on %1 port %2.")
                           .arg(m_options.bind.toString())
                           .arg(m_options.port));
    }
    if (!m_options.bind.isLoopback())
        qCWarning(lcSandbox, "listening on %s, which is not a loopback address",
                  qPrintable(m_options.bind.toString()));
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.bind.isLoopback() || m_options.bind == QHostAddress::Any
                    ? u"127.0.0.1"_s
                    : m_options.bind.toString());
    url.setPort(m_port);
    return url;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // No route is known yet: every request falls through to missingHandler.
    Q_UNUSED(request);
    Q_UNUSED(socket);
    return false;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeError(request, socket, 404,
               u"No route for %1 %2"_s
                   .arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>()
                                                .valueToKey(int(request.method()))),
                        request.url().path()));
}

void SandboxServer::writeError(const QHttpServerRequest &request,
                               QTcpSocket *socket,
                               int statusCode,
                               const QString &message)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(errorEnvelope(statusCode, message)),
                    QHttpServerResponder::StatusCode(statusCode));
}

} // namespace Peere::Sandbox
