// peere-migrate status --journal PATH [--json]
#include "commands.h"
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
        const QCommandLineOption journalOption(u"journal"_s, u"The migration journal."_s, u"PATH"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalOption, jsonOption});
        switch (parseArguments(parser, command, arguments, io)) {
        case ParseOutcome::HelpShown: return int(Success);
        case ParseOutcome::Failed: return int(BadUsage);
        case ParseOutcome::Proceed: break;
        }
        if (!parser.isSet(journalOption))
            return fail(io, BadUsage, u"--journal PATH is required"_s);
        if (!parser.positionalArguments().isEmpty())
            return fail(io, BadUsage, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
        auto journal = Journal::open(parser.value(journalOption), Journal::OpenMode::ReadOnly);
        if (!journal)
            return fail(io, journalOpenExitCode(journal.error()), journal.error());
        const Result<QJsonObject> status = journalStatus(**journal);
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
