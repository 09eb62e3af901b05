#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Peere::Cli {

// The exit codes of ../shared/cli.md.
enum ExitCode : int {
    Success = 0,   // the job ran and found nothing wrong
    Problems = 1,  // the job ran and found problems (invalid rows, failed records)
    BadUsage = 2,  // bad usage or unusable input: one line on stderr naming the file/line/option
    Incomplete = 3 // the job could not run to the end (network, 401/403, journal locked)
};

// Where a command writes: JSON or human text on `out`, messages and progress on `err`.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    bool errIsTerminal = false;
};

// One subcommand of peere-migrate. `run` gets the arguments after the command's name.
struct Command
{
    QString name;
    QString synopsis; // e.g. "validate FILE [--kind customers|merchants] [--json]"
    QString summary;  // one line for the command list
    std::function<int(const QStringList &arguments, Io &io)> run;
};

// Parses `arguments` with `parser` (program name prepended). Gives the exit code when the command
// stops here: 2 after one line on io.err for a bad option, 0 after printing the command's help
// for --help; nothing when the command goes on.
std::optional<int> parseArguments(QCommandLineParser &parser,
                                  const Command &command,
                                  const QStringList &arguments,
                                  Io &io);

// Writes "peere-migrate: <message>" as one line on stderr and returns `code`.
int fail(Io &io, int code, const QString &message);

} // namespace Peere::Cli
