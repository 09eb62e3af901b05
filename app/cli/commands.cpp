#include "commands.h"

#include "common/version.h"

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

QList<Command> commands()
{
    // Each command lives in its own file and adds itself here.
    return {validateCommand(), inspectCommand(), runCommand(), statusCommand(),
            failuresCommand(), reportCommand(), verifyCommand(), linkDevicesCommand(),
            trustCommand(), notifyCommand()};
}

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: peere-migrate COMMAND [options]\n\n"
              "Moves a bank's customers and merchants onto the Peere Network, headless.\n"
              "The API key is read from the PEERE_API_KEY environment variable.\n\n"
              "Commands:\n";
    for (const Command &command : commands())
        stream << "  " << command.name.leftJustified(14) << command.summary << "\n";
    stream << "\nOptions:\n"
              "  -h, --help     Show this help; COMMAND --help shows a command's options.\n"
              "  -v, --version  Show the version.\n\n"
              "Exit codes: 0 success, 1 problems found, 2 bad usage or unusable input,\n"
              "3 the job could not run to the end.\n";
    stream.flush();
}

} // namespace

int runMigrate(const QStringList &arguments, Io &io)
{
    if (arguments.size() < 2) {
        printUsage(io.err);
        return BadUsage;
    }
    const QString &first = arguments.at(1);
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        if (first == u"help"_s && arguments.size() > 2)
            return runMigrate({arguments.at(0), arguments.at(2), u"--help"_s}, io);
        printUsage(io.out);
        return Success;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        io.out << "peere-migrate " << Peere::version() << Qt::endl;
        return Success;
    }
    for (const Command &command : commands()) {
        if (command.name == first)
            return command.run(arguments.mid(2), io);
    }
    if (first.startsWith(u'-'))
        return fail(io, BadUsage, u"unknown option '%1' (see peere-migrate --help)"_s.arg(first));
    return fail(io, BadUsage, u"unknown command '%1' (see peere-migrate --help)"_s.arg(first));
}

} // namespace Peere::Cli
