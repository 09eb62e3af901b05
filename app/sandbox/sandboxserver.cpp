#include "sandboxserver.h"

#include "apidispatcher.h"
#include "common/logging.h"
#include "faultinjector.h"
#include "ratelimiter.h"
#include "router.h"
#include "sandboxcontext.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_router(std::make_unique<Router>(m_options.docsOnly))
    , m_limiter(std::make_unique<RateLimiter>(m_options))
    , m_faults(std::make_unique<FaultInjector>(m_options))
    , m_context(std::make_unique<SandboxContext>(m_options))
    , m_dispatcher(std::make_unique<ApiDispatcher>(*m_context))
{
    connect(&m_context->batches, &BatchJobs::batchCompleted, this,
            [this](const QString &id, RecordKind kind, const QByteArray &data) {
                if (m_context->state)
                    m_context->state->saveBatch(id, kind, data);
            });
}

SandboxServer::~SandboxServer() = default;

Result<quint16> SandboxServer::start()
{
    if (!m_options.stateFile.isEmpty() && !m_context->state) {
        Result<std::unique_ptr<StateStore>> state = StateStore::open(m_options.stateFile);
        if (!state)
            return failure(state.error());
        m_context->state = std::move(*state);
        const VoidResult loaded = m_context->state->load(m_context->customers, m_context->merchants,
                                                         m_context->devices, m_context->batches);
        if (!loaded)
            return failure(loaded.error());
        const QList<StateStore::Pending> pending = m_context->state->pending();
        for (const StateStore::Pending &batch : pending)
            m_dispatcher->resume(batch.id, batch.kind, batch.records);
    }
    m_port = listen(m_options.bind, m_options.port);
    if (m_port == 0) {
        return failure(QCoreApplication::translate("Peere::Sandbox", "Cannot listen on %1 port %2.")
                           .arg(m_options.bind.toString())
                           .arg(m_options.port));
    }
    if (!m_options.bind.isLoopback())
        qCDebug(lcSandbox, "listening on %s, which is not a loopback address",
                  qPrintable(m_options.bind.toString()));
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    // Any address includes loopback: the URL to print and to use from this machine.
    const bool any = m_options.bind == QHostAddress::Any || m_options.bind == QHostAddress::AnyIPv4
                     || m_options.bind == QHostAddress::AnyIPv6;
    url.setHost(m_options.bind.isLoopback() || any
                    ? u"127.0.0.1"_s
                    : m_options.bind.toString());
    url.setPort(m_port);
    return url;
}

QJsonObject SandboxServer::stats() const
{
    return m_context->stats.toJson(m_context->customers.size(), m_context->merchants.size(),
                                   m_context->devices.size());
}

void SandboxServer::reset()
{
    m_context->customers.clear();
    m_context->merchants.clear();
    m_context->devices.clear();
    m_context->batches.clear();
    m_context->stats.clear();
    m_limiter->reset();
    m_faults->reset();
    if (m_context->state) {
        m_context->state->clear();
        m_context->state->saveGenerations(m_context->customers.generation(),
                                          m_context->merchants.generation());
    }
}

std::optional<ApiReply> SandboxServer::checkKey(const QHttpServerRequest &request, bool bankRole) const
{
    const QByteArray authorization = header(request, "Authorization").trimmed();
    if (authorization.isEmpty())
        return ApiReply::error(401, u"Missing API key: send Authorization: Bearer <key>"_s);
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return ApiReply::error(401, u"Invalid authorization header: expected a Bearer key"_s);
    const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
    const QString &own = bankRole ? m_options.bankKey : m_options.providerKey;
    const QString &other = bankRole ? m_options.providerKey : m_options.bankKey;
    if (key == own)
        return std::nullopt;
    if (key == other) {
        return ApiReply::error(403, bankRole ? u"This endpoint needs a bank key"_s
                                             : u"This endpoint needs a provider key"_s);
    }
    return ApiReply::error(401, u"Invalid API key"_s);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    if (path == u"/_sandbox" || path.startsWith(u"/_sandbox/")) {
        handleAdmin(request, socket, method);
        return true;
    }

    const Router::Match match = m_router->match(method, path);
    if (match.kind == Router::Match::Kind::NotFound) {
        m_context->stats.countRequest(QString::fromLatin1(method) + u" (unknown route)"_s, u"404"_s);
        write(request, socket, ApiReply::error(404, u"No route for %1 %2"_s.arg(QString::fromLatin1(method), path)));
        return true;
    }
    if (match.kind == Router::Match::Kind::WrongMethod) {
        ApiReply reply = ApiReply::error(405, u"%1 is not allowed on %2; use %3"_s.arg(
            QString::fromLatin1(method), path, QString::fromLatin1(match.allowMethods)));
        reply.headerName = "Allow";
        reply.headerValue = match.allowMethods;
        m_context->stats.countRequest(QString::fromLatin1(method) + u' ' + match.pathTemplate, u"405"_s);
        write(request, socket, reply);
        return true;
    }

    const RouteSpec &spec = *match.spec;
    const QString routeKey = QString::fromLatin1(spec.method) + u' ' + spec.pathTemplate;
    const auto answer = [&](const ApiReply &reply) {
        m_context->stats.countRequest(routeKey, QString::number(reply.status));
        write(request, socket, reply);
        return true;
    };
    if (request.body().size() > maxBodyBytes)
        return answer(ApiReply::error(413, u"The request body is larger than 16 MB"_s));
    if (std::optional<ApiReply> denied = checkKey(request, spec.role == Role::Bank))
        return answer(*denied);
    if (const int retryAfter = m_limiter->acquire(spec.role, spec.callClass)) {
        m_context->stats.countThrottled();
        // Retry-After is a [convention]: under --docs-only the client must back off by itself.
        if (m_options.docsOnly)
            return answer(ApiReply::error(429, u"Too many requests"_s));
        ApiReply reply = ApiReply::error(429, u"Too many requests: retry after %1 s"_s.arg(retryAfter));
        reply.headerName = "Retry-After";
        reply.headerValue = QByteArray::number(retryAfter);
        return answer(reply);
    }

    const FaultInjector::Plan plan = m_faults->next();
    ApiReply reply;
    switch (plan.kind) {
    case FaultInjector::Kind::Drop:
        // Nothing done, no answer.
        m_context->stats.countInjectedFault();
        m_context->stats.countRequest(routeKey, u"dropped"_s);
        finish(request, socket, {}, plan.delayMs, true);
        return true;
    case FaultInjector::Kind::Fail:
        m_context->stats.countInjectedFault();
        reply = ApiReply::error(plan.failStatus, u"Injected server error (sandbox --fail-rate)"_s);
        break;
    case FaultInjector::Kind::None:
    case FaultInjector::Kind::LoseResponse:
        reply = m_dispatcher->dispatch(spec.route,
                                       ApiCall{match.parameter, request.query(), request.body()});
        break;
    }
    if (plan.kind == FaultInjector::Kind::LoseResponse) {
        // The work is done; the answer never arrives: the client must find out by itself.
        m_context->stats.countInjectedFault();
        m_context->stats.countRequest(routeKey, u"lost"_s);
        finish(request, socket, {}, plan.delayMs, true);
        return true;
    }
    m_context->stats.countRequest(routeKey, QString::number(reply.status));
    finish(request, socket, reply, plan.delayMs, false);
    return true;
}

void SandboxServer::handleAdmin(const QHttpServerRequest &request, QTcpSocket *socket,
                                const QByteArray &method)
{
    const QString path = request.url().path();
    if (!request.remoteAddress().isLoopback()) {
        write(request, socket, ApiReply::error(403, u"The sandbox administration is loopback only"_s));
        return;
    }
    const bool isStats = path == u"/_sandbox/stats";
    const bool isReset = path == u"/_sandbox/reset";
    if (!isStats && !isReset) {
        write(request, socket, ApiReply::error(404, u"No route for %1 %2"_s.arg(QString::fromLatin1(method), path)));
        return;
    }
    const QByteArray allowed = isStats ? "GET" : "POST";
    if (method != allowed) {
        ApiReply reply = ApiReply::error(405, u"%1 is not allowed on %2; use %3"_s.arg(
            QString::fromLatin1(method), path, QString::fromLatin1(allowed)));
        reply.headerName = "Allow";
        reply.headerValue = allowed;
        write(request, socket, reply);
        return;
    }
    if (isStats) {
        write(request, socket, ApiReply::json(200, stats()));
        return;
    }
    reset();
    write(request, socket, ApiReply::success(200, u"Sandbox reset"_s, QJsonObject()));
}

namespace {

void writeReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    if (reply.headerName.isEmpty()) {
        responder.write(reply.body, {{"Content-Type", "application/json"}}, status);
    } else {
        responder.write(reply.body,
                        {{"Content-Type", "application/json"}, {reply.headerName, reply.headerValue}},
                        status);
    }
}

} // namespace

void SandboxServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, reply);
}

void SandboxServer::finish(const QHttpServerRequest &request, QTcpSocket *socket,
                           const ApiReply &reply, int delayMs, bool abort)
{
    if (delayMs <= 0) {
        if (abort)
            socket->abort();
        else
            write(request, socket, reply);
        return;
    }
    // The responder keeps the request's reference: it is made now, while the request is alive,
    // and used only while the connection (which owns the request) still exists.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(delayMs, this, [responder, reply, abort, guard = QPointer<QTcpSocket>(socket)] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (abort) {
            guard->abort();
            return;
        }
        writeReply(*responder, reply);
    });
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    writeError(request, socket, 404, u"No route for %1"_s.arg(request.url().path()));
}

void SandboxServer::writeError(const QHttpServerRequest &request, QTcpSocket *socket,
                               int statusCode, const QString &message)
{
    write(request, socket, ApiReply::error(statusCode, message));
}

} // namespace Peere::Sandbox
