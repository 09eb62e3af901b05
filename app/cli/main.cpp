// peere-migrate: the headless front end over the core library (../shared/cli.md).
#include "cli/commands.h"

#include "common/version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QtMessageHandler previousHandler = nullptr;

// A headless QGuiApplication warns that XDG_RUNTIME_DIR is not set (servers, CI); stderr must
// stay one line per problem (cli.md), and the runtime directory is not used by `report`.
void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith("QStandardPaths: XDG_RUNTIME_DIR"_L1))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` draws a PDF and needs fonts, so a QGuiApplication; headless by default (no
    // display needed). Every other command stays a plain QCoreApplication.
    const bool gui = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui)
        previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
    const std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(u"peere-migrate"_s);
    QCoreApplication::setApplicationVersion(Peere::version());
    QCoreApplication::setOrganizationName(Peere::organizationName());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Peere::Cli::Io io{out, err, bool(isatty(STDERR_FILENO))};
    return Peere::Cli::runMigrate(QCoreApplication::arguments(), io);
}
