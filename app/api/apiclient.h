#pragma once

#include "common/result.h"
#include "records/schema.h"
#include "tokenbucket.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Peere {

// The rate-limit classes of peere-api.md §2.
enum class CallClass { Batch = 0, Standard = 1, Status = 2 };

struct ApiClientOptions
{
    QUrl baseUrl;
    QString apiKey; // bank key for customers, provider key for merchants; kept in memory only
    RecordKind kind = RecordKind::Customers;
    // Calls per minute of each class (0: unlimited). The documented limits by default.
    double batchPerMinute = 10;
    double standardPerMinute = 100;
    double statusPerMinute = 300;
    // The client paces a little under the limit, so that network jitter never makes two calls
    // arrive closer together than the server's bucket allows.
    double paceFactor = 0.98;
    int timeoutMs = 120000;    // no byte for this long: the call is given up (fate unknown)
    int maxAttempts = 6;       // for calls that are safe to repeat (reads), and for 429s x3
    qint64 backoffBaseMs = 500;
    qint64 backoffMaxMs = 30000;
    quint64 seed = 0; // jitter seed for reproducible tests; 0 = random
};

// One answer of the API (or the lack of one).
struct ApiResponse
{
    int status = 0;        // HTTP status; 0 when no answer came (timeout, dropped connection)
    QString networkError;  // why there was no answer
    QString message;       // the envelope's message
    QJsonValue data;       // the envelope's data, or the bare JSON array of a list
    qint64 latencyMs = 0;  // from the first send to this answer, retries included
    int attempts = 0;
    bool notDelivered = false; // the request never reached the server (refused, no such host)
    bool answered() const { return status > 0; }
    bool succeeded() const { return status >= 200 && status < 300; }
    bool serverError() const { return status >= 500 || status == 0; }
};

// The Peere client: requests with the key, pacing per call class (token buckets at the documented
// limits), Retry-After, backoff with jitter, timeouts. Calls that are not safe to repeat (batch
// creates) are never repeated here except after a 429 (the server did nothing): when such a call
// gets no answer or a 5xx, the caller is told and looks the records' fate up.
//
// Lives in the thread that created it (QNetworkAccessManager is asynchronous); callbacks run in
// that thread. Refuses to send a key over cleartext to anything but loopback; TLS errors are
// never ignored.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse &)>;

    static Result<ApiClient *> create(const ApiClientOptions &options, QObject *parent = nullptr);
    ~ApiClient() override;

    const ApiClientOptions &options() const { return m_options; }
    RecordKind kind() const { return m_options.kind; }

    // POST /v1/bank/customers or /v1/provider/merchants with a prepared JSON body.
    void createBatch(const QByteArray &body, Callback done);
    // GET .../batches/{id}: the state of a batch answered 202.
    void pollBatch(const QString &batchId, Callback done);
    // GET /v1/bank/customer?email= (404: no such customer).
    void findCustomerByEmail(const QString &email, Callback done);
    // GET /v1/bank/customers?ids=...: the customers among `ids` that exist.
    void listCustomersByIds(const QStringList &ids, Callback done);
    // GET /v1/provider/merchants?limit=&offset= (data: {merchants, total}).
    void listMerchants(int offset, int limit, Callback done);
    // GET /v1/provider/merchants?ids=...
    void listMerchantsByIds(const QStringList &ids, Callback done);

    // Generic call, for the after-creation stages.
    void call(CallClass callClass, const QByteArray &verb, const QString &path,
              const QUrlQuery &query, const QByteArray &body, bool repeatable, Callback done);

    // Abandons every call: queued ones get status 0 "cancelled", sent ones are aborted.
    void abortAll();
    int pendingCalls() const;
    qint64 throttledCount() const { return m_throttled; } // 429 answers seen

signals:
    void throttled(int callClass, qint64 waitMs);
    void callFinished(int callClass, int status, qint64 latencyMs);

private:
    struct Call
    {
        CallClass callClass = CallClass::Standard;
        QByteArray verb;
        QUrl url;
        QByteArray body;
        bool repeatable = false;
        Callback done;
        int attempts = 0;
        qint64 firstSentMs = -1;
        qint64 notBeforeMs = 0;
    };

    explicit ApiClient(const ApiClientOptions &options, QObject *parent);
    QString rolePrefix() const;
    void enqueue(Call call);
    void dispatch();
    void send(Call call);
    void finished(QNetworkReply *reply, Call call);

    ApiClientOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    TokenBucket m_buckets[3];
    Backoff m_backoff;
    std::deque<Call> m_queue;
    QList<QNetworkReply *> m_inFlight;
    qint64 m_throttled = 0;
};

} // namespace Peere
