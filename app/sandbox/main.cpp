// peere-sandbox: the local server that emulates the Peere API (../shared/cli.md).
#include "sandbox/sandboxserver.h"

#include "common/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Peere;
using namespace Peere::Sandbox;
using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"peere-sandbox"_s);
    QCoreApplication::setApplicationVersion(Peere::version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        out << SandboxOptions::helpText();
        return 0;
    }
    if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
        out << "peere-sandbox " << Peere::version() << Qt::endl;
        return 0;
    }

    Result<SandboxOptions> options = SandboxOptions::fromArguments(arguments);
    if (!options) {
        err << "peere-sandbox: " << options.error() << Qt::endl;
        return 2;
    }

    SandboxServer server(*options);
    const Result<quint16> port = server.start();
    if (!port) {
        err << "peere-sandbox: " << port.error() << Qt::endl;
        return 2;
    }
    if (!options->bind.isLoopback())
        err << "peere-sandbox: warning: listening on " << options->bind.toString()
            << ", reachable from other machines" << Qt::endl;
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
