// peere-migrate failures --journal PATH --out FILE.csv [--json]
#include "commands.h"
#include "journalstatus.h"

#include "journal/journal.h"
#include "migration/failurelist.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Command failuresCommand()
{
    Command command;
    command.name = u"failures"_s;
    command.synopsis = u"failures --journal PATH --out FILE.csv|FILE.json [--json]"_s;
    command.summary = u"Write every invalid or failed record of a migration to a file."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const QCommandLineOption journalOption(u"journal"_s, u"The migration journal."_s, u"PATH"_s);
        const QCommandLineOption outOption(
            u"out"_s, u"The failure list to write: CSV (UTF-8 with BOM), or JSON for a .json name."_s,
            u"FILE"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalOption, outOption, jsonOption});
        switch (parseArguments(parser, command, arguments, io)) {
        case ParseOutcome::HelpShown: return int(Success);
        case ParseOutcome::Failed: return int(BadUsage);
        case ParseOutcome::Proceed: break;
        }
        if (!parser.isSet(journalOption))
            return fail(io, BadUsage, u"--journal PATH is required"_s);
        if (!parser.isSet(outOption))
            return fail(io, BadUsage, u"--out FILE is required"_s);
        auto journal = Journal::open(parser.value(journalOption), Journal::OpenMode::ReadOnly);
        if (!journal)
            return fail(io, journalOpenExitCode(journal.error()), journal.error());
        const QString out = parser.value(outOption);
        const Result<FailureList::Summary> written = FailureList::write(**journal, out);
        if (!written)
            return fail(io, BadUsage, written.error());
        if (parser.isSet(jsonOption)) {
            io.out << QJsonDocument(QJsonObject{{u"out"_s, out},
                                                {u"records"_s, written->invalid + written->failed + written->trustFailed},
                                                {u"invalid"_s, written->invalid},
                                                {u"failed"_s, written->failed},
                                                {u"trustFailed"_s, written->trustFailed}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        } else {
            io.err << written->invalid + written->failed << " records (" << written->invalid
                   << " invalid, " << written->failed << " failed) written to " << out << Qt::endl;
        }
        return int(Success);
    };
    return command;
}

} // namespace Peere::Cli
