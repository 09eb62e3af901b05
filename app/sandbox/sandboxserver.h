#pragma once

#include "apireply.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QJsonObject>

#include <memory>

namespace Peere::Sandbox {

class ApiDispatcher;
class FaultInjector;
class RateLimiter;
class Router;
struct SandboxContext;

// The emulated Peere server (../shared/peere-api.md). Lives in the thread that created it; all
// work happens in that thread's event loop. Each API request goes: route (404/405), body size
// (413), key (401/403), rate limit (429), injected faults, the endpoint's handler.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the state file (when --state) and starts listening on options().bind and
    // options().port; returns the port in use.
    Result<quint16> start();
    QUrl baseUrl() const;
    const SandboxOptions &options() const { return m_options; }

    // What GET /_sandbox/stats and POST /_sandbox/reset do, for in-process users.
    QJsonObject stats() const;
    void reset();

    static constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleAdmin(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &method);
    // The 401/403 answer when the request's key is not the role's, else nothing.
    std::optional<ApiReply> checkKey(const QHttpServerRequest &request, bool bankRole) const;
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply);
    // Answers (or, when `abort`, closes the connection) after `delayMs`, if the client is still
    // there; at once when the delay is 0.
    void finish(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply,
                int delayMs, bool abort);
    void writeError(const QHttpServerRequest &request, QTcpSocket *socket, int statusCode,
                    const QString &message);

    SandboxOptions m_options;
    quint16 m_port = 0;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<ApiDispatcher> m_dispatcher;
};

} // namespace Peere::Sandbox
