// peere-migrate status --journal PATH [--json]
#include "commands.h"
#include "journalargument.h"
#include "journalstatus.h"

#include "journal/journal.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Command statusCommand()
{
    Command command;
    command.name = u"status"_s;
    command.synopsis = u"status --journal PATH [--json]"_s;
    command.summary = u"Show where a migration stands, from its journal."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalArgument.option(), jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.positionalArguments().isEmpty())
            return fail(io, BadUsage, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
        int exitCode = 0;
        const std::unique_ptr<Journal> journal =
            journalArgument.open(parser, Journal::OpenMode::ReadOnly, io, &exitCode);
        if (!journal)
            return exitCode;
        const Result<QJsonObject> status = journalStatus(*journal);
        if (!status)
            return fail(io, Incomplete, status.error());
        if (parser.isSet(jsonOption))
            io.out << QJsonDocument(*status).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            io.out << journalStatusText(*status) << Qt::flush;
        return int(Success);
    };
    return command;
}

} // namespace Peere::Cli
