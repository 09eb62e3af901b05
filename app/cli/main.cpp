// peere-migrate: the headless front end over the core library (../shared/cli.md).
#include "cli/commands.h"

#include "common/version.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"peere-migrate"_s);
    QCoreApplication::setApplicationVersion(Peere::version());
    QCoreApplication::setOrganizationName(Peere::organizationName());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Peere::Cli::Io io{out, err, bool(isatty(STDERR_FILENO))};
    return Peere::Cli::runMigrate(QCoreApplication::arguments(), io);
}
