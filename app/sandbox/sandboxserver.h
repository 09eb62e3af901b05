#pragma once

#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QJsonObject>

namespace Peere::Sandbox {

// The emulated Peere server (../shared/peere-api.md). Lives in the thread that created it; all
// work happens in that thread's event loop.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening on options().bind and options().port; returns the port in use.
    Result<quint16> start();
    QUrl baseUrl() const;
    const SandboxOptions &options() const { return m_options; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void writeError(const QHttpServerRequest &request,
                    QTcpSocket *socket,
                    int statusCode,
                    const QString &message);

    SandboxOptions m_options;
    quint16 m_port = 0;
};

// The documented envelopes (peere-api.md §1).
QJsonObject successEnvelope(int statusCode, const QString &message, const QJsonValue &data);
QJsonObject errorEnvelope(int statusCode, const QString &message);

} // namespace Peere::Sandbox
