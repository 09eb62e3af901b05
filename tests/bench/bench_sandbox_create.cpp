// Customers created per second by the in-process sandbox (its own thread) for 8 concurrent
// QNetworkAccessManager clients sending synchronous batches of 500 with no limits; the server
// thread's CPU time; the memory the server holds afterwards for the customers created (measure it
// with 1000000); and the memory a CustomerStore alone holds for 1,000,000 customers.
// Usage: bench_sandbox_create [total customers, default 200000] [--no-memory]
#include "benchsupport.h"

#include "sandbox/customerstore.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <malloc.h>

#include <memory>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int batchSize = 500;
constexpr int clients = 8;

// A realistic customer (about 250 bytes of JSON), as UTF-8 fields in schema order.
Sandbox::CustomerStore::Fields customerFields(int n)
{
    const QByteArray number = QByteArray::number(n);
    Sandbox::CustomerStore::Fields f;
    f[CustomerField::ClientRef] = "CL-" + number;
    f[CustomerField::Firstname] = "Chiamaka";
    f[CustomerField::Lastname] = "Okonkwo-Adeyemi";
    f[CustomerField::Middlename] = "Ngozi";
    f[CustomerField::AccountName] = "Chiamaka N. Okonkwo-Adeyemi";
    f[CustomerField::Email] = "chiamaka.okonkwo" + number + "@example-bank.com.ng";
    f[CustomerField::Country] = "NG";
    f[CustomerField::AccountNumber] = number.rightJustified(10, '0');
    f[CustomerField::Reference] = "REF-2026-" + number.rightJustified(8, '0');
    f[CustomerField::Phone] = "+23480" + QByteArray::number(n % 100000000).rightJustified(8, '0');
    f[CustomerField::Address] = QByteArray::number(n % 500) + " Adeola Odeku Street, Victoria Island, Lagos";
    f[CustomerField::Gender] = n % 2 ? "female" : "male";
    return f;
}

// A batch body as the console sends it, written directly as bytes: cheap enough to make each
// body when it is sent, so that the client holds no prebuilt bodies while the server's memory
// is measured.
QByteArray batchBody(int first)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> names;
        for (int f = 0; f < CustomerField::Count; ++f)
            names.append('"' + fieldName(RecordKind::Customers, f).toLatin1() + "\":\"");
        return names;
    }();
    QByteArray body;
    body.reserve(batchSize * 450);
    body += "{\"customers\":[";
    for (int n = first; n < first + batchSize; ++n) {
        const Sandbox::CustomerStore::Fields fields = customerFields(n);
        body += n == first ? "{" : ",{";
        for (int f = 0; f < CustomerField::Count; ++f) {
            body += (f ? "," : "") + keys.at(f) + fields[f] + '"';
        }
        body += '}';
    }
    body += "]}";
    return body;
}

// The store's own footprint for a million customers: resident memory before and after.
void measureStore(int count)
{
    malloc_trim(0);
    const double before = Bench::currentMemoryMiB();
    auto store = std::make_unique<Sandbox::CustomerStore>();
    for (int n = 0; n < count; ++n)
        store->add(customerFields(n), store->unusedPhraseKey(), 0);
    malloc_trim(0);
    const double after = Bench::currentMemoryMiB();
    Bench::printFigure(u"sandbox.store_memory_1M_customers"_s, (after - before) * 1000000.0 / count,
                       u"MiB"_s);
    Bench::printFigure(u"sandbox.store_bytes_per_customer"_s,
                       (after - before) * 1024 * 1024 / count, u"B"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() / batchSize * batchSize : 200000;
    const int batches = total / batchSize;

    // The server in a thread of its own, as in a real run (the clients use the main thread).
    malloc_trim(0);
    const double memoryBefore = Bench::currentMemoryMiB();
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    Sandbox::SandboxServer *server = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(&anchor, [&] {
        Sandbox::SandboxOptions options;
        options.noLimits = true;
        options.maxBatch = batchSize;
        options.asyncThreshold = batchSize; // synchronous batches
        server = new Sandbox::SandboxServer(options);
        if (server->start())
            base = server->baseUrl();
    }, Qt::BlockingQueuedConnection);
    double serverCpuBefore = 0;
    QMetaObject::invokeMethod(&anchor, [&] { serverCpuBefore = Bench::threadCpuSeconds(); },
                              Qt::BlockingQueuedConnection);
    if (!base.isValid())
        return 1;

    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    int sent = 0;
    int done = 0;
    int failures = 0;
    const QUrl url = base.resolved(QUrl(u"/v1/bank/customers"_s));
    Bench::Stopwatch watch;
    std::function<void(QNetworkAccessManager *)> sendNext = [&](QNetworkAccessManager *network) {
        if (sent >= batches)
            return;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer sandbox-bank-key");
        QNetworkReply *reply = network->post(request, batchBody(sent++ * batchSize));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, network] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201)
                ++failures;
            reply->readAll();
            reply->deleteLater();
            if (++done == batches)
                app.quit();
            else
                sendNext(network);
        });
    };
    for (int c = 0; c < clients; ++c) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        sendNext(managers.back().get());
    }
    app.exec();
    const double seconds = watch.elapsedSeconds();

    managers.clear();

    qint64 stored = 0;
    double serverCpu = 0;
    QMetaObject::invokeMethod(&anchor, [&] {
        serverCpu = Bench::threadCpuSeconds() - serverCpuBefore;
        stored = server->stats().value(u"customers"_s).toInteger();
    }, Qt::BlockingQueuedConnection);
    if (failures || stored != total) {
        QTextStream(stderr) << "failed batches: " << failures << ", stored " << stored << " of "
                            << total << Qt::endl;
        return 1;
    }
    Bench::printFigure(u"sandbox.customers_created_per_second"_s, total / seconds, u"customers/s"_s);
    Bench::printFigure(u"sandbox.create_cpu_seconds"_s, watch.cpuSecondsUsed(), u"s"_s);
    // What one core of the server can do: the ceiling on an idle machine.
    Bench::printFigure(u"sandbox.server_thread_cpu_seconds"_s, serverCpu, u"s"_s);
    Bench::printFigure(u"sandbox.customers_per_server_cpu_second"_s, total / serverCpu,
                       u"customers/s"_s);
    // Everything the running server holds for the customers it created (store, indexes, heap).
    malloc_trim(0);
    Bench::printFigure(u"sandbox.server_memory_for_%1_customers"_s.arg(total),
                       Bench::currentMemoryMiB() - memoryBefore, u"MiB"_s);

    QMetaObject::invokeMethod(&anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    if (!QCoreApplication::arguments().contains(u"--no-memory"_s))
        measureStore(1000000);
    return 0;
}
