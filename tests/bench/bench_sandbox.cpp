// Round trips to the in-process sandbox over loopback: the floor under every API benchmark.
#include "benchsupport.h"

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Sandbox::SandboxOptions options;
    options.noLimits = true;
    Sandbox::SandboxServer server(options);
    if (!server.start())
        return 1;

    QNetworkAccessManager network;
    const int total = 4000;
    const int clients = 8;
    int sent = 0;
    int done = 0;
    Bench::Stopwatch watch;
    std::function<void()> sendOne = [&] {
        if (sent >= total)
            return;
        ++sent;
        QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/v1/unknown"_s)));
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            if (++done == total)
                app.quit();
            else
                sendOne();
        });
    };
    for (int i = 0; i < clients; ++i)
        sendOne();
    app.exec();
    Bench::printFigure(u"sandbox.roundtrips_per_second"_s, total / watch.elapsedSeconds(), u"req/s"_s);
    Bench::printFigure(u"sandbox.peak_memory"_s, Bench::peakMemoryMiB(), u"MiB"_s);
    return 0;
}
