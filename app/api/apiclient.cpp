#include "apiclient.h"

#include "api/environment.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// The documented burst of each class (peere-api.md §2): 10/min -> 2, 100/min -> 10, 300/min -> 30.
double burstFor(CallClass callClass, double perMinute)
{
    const double ratio = callClass == CallClass::Batch ? 0.2 : 0.1;
    return std::max(1.0, std::floor(perMinute * ratio));
}

} // namespace

Result<ApiClient *> ApiClient::create(const ApiClientOptions &options, QObject *parent)
{
    if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty())
        return failure(QCoreApplication::translate("Peere::ApiClient",
                                                   "The server address %1 is not a valid URL.")
                           .arg(options.baseUrl.toString()));
    if (VoidResult transport = Environment::checkKeyTransport(options.baseUrl); !transport)
        return Failure{transport.error()};
    if (options.apiKey.trimmed().isEmpty())
        return failure(QCoreApplication::translate("Peere::ApiClient", "No API key was given."));
    return new ApiClient(options, parent);
}

ApiClient::ApiClient(const ApiClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_backoff(options.backoffBaseMs, options.backoffMaxMs, options.seed)
{
    m_clock.start();
    const double rates[3] = {options.batchPerMinute, options.standardPerMinute,
                             options.statusPerMinute};
    for (int i = 0; i < 3; ++i) {
        if (rates[i] > 0)
            // One token less than the server's burst: arrival jitter (the server counts when
            // a request arrives, not when it left) then never meets an empty bucket.
            m_buckets[i] = TokenBucket(rates[i] * options.paceFactor,
                                       std::max(1.0, burstFor(CallClass(i), rates[i]) - 1), 0);
    }
    m_network->setAutoDeleteReplies(false);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ApiClient::dispatch);
}

ApiClient::~ApiClient()
{
    // Replies die with the manager; their callbacks are not run.
    for (QNetworkReply *reply : std::as_const(m_inFlight))
        reply->disconnect(this);
}

QString ApiClient::rolePrefix() const
{
    return m_options.kind == RecordKind::Customers ? u"/v1/bank/"_s : u"/v1/provider/"_s;
}

void ApiClient::createBatch(const QByteArray &body, Callback done)
{
    call(CallClass::Batch, "POST", rolePrefix() + kindName(m_options.kind), {}, body, false,
         std::move(done));
}

void ApiClient::pollBatch(const QString &batchId, Callback done)
{
    call(CallClass::Status, "GET",
         rolePrefix() + kindName(m_options.kind) + u"/batches/"_s
             + QString::fromLatin1(QUrl::toPercentEncoding(batchId)),
         {}, {}, true, std::move(done));
}

void ApiClient::findCustomerByEmail(const QString &email, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email)));
    call(CallClass::Standard, "GET", u"/v1/bank/customer"_s, query, {}, true, std::move(done));
}

void ApiClient::listCustomersByIds(const QStringList &ids, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"ids"_s, ids.join(u','));
    query.addQueryItem(u"limit"_s, QString::number(ids.size()));
    call(CallClass::Standard, "GET", u"/v1/bank/customers"_s, query, {}, true, std::move(done));
}

void ApiClient::listMerchants(int offset, int limit, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    call(CallClass::Standard, "GET", u"/v1/provider/merchants"_s, query, {}, true, std::move(done));
}

void ApiClient::listMerchantsByIds(const QStringList &ids, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"ids"_s, ids.join(u','));
    query.addQueryItem(u"limit"_s, QString::number(ids.size()));
    call(CallClass::Standard, "GET", u"/v1/provider/merchants"_s, query, {}, true, std::move(done));
}

void ApiClient::call(CallClass callClass, const QByteArray &verb, const QString &path,
                     const QUrlQuery &query, const QByteArray &body, bool repeatable,
                     Callback done)
{
    Call call;
    call.callClass = callClass;
    call.verb = verb;
    QUrl url = m_options.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    call.url = url;
    call.body = body;
    call.repeatable = repeatable;
    call.done = std::move(done);
    enqueue(std::move(call));
}

void ApiClient::enqueue(Call call)
{
    m_queue.push_back(std::move(call));
    dispatch();
}

void ApiClient::dispatch()
{
    const qint64 now = m_clock.elapsed();
    qint64 wait = -1;
    // Calls leave in order within a class; a class waiting for tokens does not hold the others.
    bool blocked[3] = {false, false, false};
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const int cls = int(it->callClass);
        if (blocked[cls] || it->notBeforeMs > now) {
            if (!blocked[cls] && it->notBeforeMs > now)
                wait = wait < 0 ? it->notBeforeMs - now : std::min(wait, it->notBeforeMs - now);
            ++it;
            continue;
        }
        if (!m_buckets[cls].tryTake(now)) {
            blocked[cls] = true;
            const qint64 delay = std::max<qint64>(1, m_buckets[cls].delayMs(now));
            wait = wait < 0 ? delay : std::min(wait, delay);
            ++it;
            continue;
        }
        Call call = std::move(*it);
        it = m_queue.erase(it);
        send(std::move(call));
    }
    if (wait >= 0 && (!m_timer->isActive() || m_timer->remainingTime() > wait))
        m_timer->start(int(std::min<qint64>(wait, 3600000)));
}

void ApiClient::send(Call call)
{
    QNetworkRequest request(call.url);
    request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_options.timeoutMs);
    // Never redirected: a redirect could carry the key somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    ++call.attempts;
    if (call.firstSentMs < 0)
        call.firstSentMs = m_clock.elapsed();
    QNetworkReply *reply = call.body.isEmpty() && call.verb == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, call.verb, call.body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call = std::move(call)]() mutable { finished(reply, std::move(call)); });
}

void ApiClient::finished(QNetworkReply *reply, Call call)
{
    m_inFlight.removeOne(reply);
    reply->deleteLater();
    const qint64 now = m_clock.elapsed();
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.attempts = call.attempts;
    response.latencyMs = now - call.firstSentMs;
    if (response.status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        response.notDelivered = error == QNetworkReply::ConnectionRefusedError
                                || error == QNetworkReply::HostNotFoundError;
        response.networkError = error == QNetworkReply::OperationCanceledError
                                    ? u"no answer within the time limit"_s
                                    : reply->errorString();
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        if (document.isObject()) {
            const QJsonObject body = document.object();
            response.message = body.value(u"message"_s).toString();
            response.data = body.value(u"data"_s);
        } else if (document.isArray()) {
            response.data = document.array();
        }
    }
    const int cls = int(call.callClass);
    emit callFinished(cls, response.status, response.latencyMs);

    if (response.status == 429 && call.attempts < m_options.maxAttempts * 3) {
        // The server did nothing: always safe to send again, after Retry-After when given.
        ++m_throttled;
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        const qint64 wait = ok && retryAfter >= 0 ? qint64(retryAfter) * 1000
                                                  : m_backoff.delayMs(call.attempts);
        m_buckets[cls].holdUntil(now + wait);
        call.notBeforeMs = now + wait;
        qCInfo(lcApi) << "429 on" << call.url.path() << "retrying in" << wait << "ms";
        emit throttled(cls, wait);
        m_queue.push_front(std::move(call));
        dispatch();
        return;
    }
    const bool aborted = !reply->property("peere.aborted").isNull();
    if (call.repeatable && response.serverError() && !aborted
        && call.attempts < m_options.maxAttempts) {
        // A read: safe to repeat after a 5xx, a timeout or a dropped connection.
        call.notBeforeMs = now + m_backoff.delayMs(call.attempts);
        m_queue.push_back(std::move(call));
        dispatch();
        return;
    }
    if (aborted)
        response.networkError = u"cancelled"_s;
    if (call.done)
        call.done(response);
}

void ApiClient::abortAll()
{
    std::deque<Call> queued;
    queued.swap(m_queue);
    for (Call &call : queued) {
        ApiResponse response;
        response.networkError = u"cancelled"_s;
        if (call.done)
            call.done(response);
    }
    const QList<QNetworkReply *> sent = m_inFlight;
    for (QNetworkReply *reply : sent) {
        reply->setProperty("peere.aborted", true);
        reply->abort();
    }
}

int ApiClient::pendingCalls() const
{
    return int(m_queue.size() + m_inFlight.size());
}

} // namespace Peere
