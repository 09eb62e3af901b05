// peere-migrate notify --journal PATH --out DIR [--language en|fr] [--template FILE] [--json]
#include "commands.h"
#include "journalargument.h"

#include "journal/journal.h"
#include "migration/notificationlist.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Command notifyCommand()
{
    Command command;
    command.name = u"notify"_s;
    command.synopsis = u"notify --journal PATH --out DIR [--language en|fr] [--template FILE] [--json]"_s;
    command.summary = u"Write the notification list of the verified records and its message."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption outOption(u"out"_s, u"The folder to write the list and the message into (created if missing)."_s, u"DIR"_s);
        const QCommandLineOption languageOption(u"language"_s, u"The default message's language: en (default) or fr."_s, u"LANG"_s);
        const QCommandLineOption templateOption(u"template"_s, u"The message to use instead of the default (\"Subject: ...\", a blank line, the body)."_s, u"FILE"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalArgument.option(), outOption, languageOption, templateOption, jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.isSet(outOption))
            return fail(io, BadUsage, u"--out DIR is required"_s);
        const QString language = parser.value(languageOption).isEmpty() ? u"en"_s : parser.value(languageOption);
        if (!NotificationTemplate::languages().contains(language))
            return fail(io, BadUsage, u"--language must be en or fr, not '%1'"_s.arg(language));
        std::optional<NotificationTemplate> custom;
        if (parser.isSet(templateOption)) {
            Result<NotificationTemplate> loaded = NotificationTemplate::fromFile(parser.value(templateOption));
            if (!loaded)
                return fail(io, BadUsage, u"--template "_s + loaded.error());
            custom = *loaded;
        }
        int exitCode = 0;
        const std::unique_ptr<Journal> journal =
            journalArgument.open(parser, Journal::OpenMode::ReadOnly, io, &exitCode);
        if (!journal)
            return exitCode;
        const RecordKind kind = journal->kind().value_or(RecordKind::Customers);
        const NotificationTemplate message = custom.value_or(NotificationTemplate::standard(kind, language));
        const Result<NotificationList::Summary> written =
            NotificationList::write(*journal, parser.value(outOption), message, language);
        if (!written)
            return fail(io, BadUsage, written.error());
        if (parser.isSet(jsonOption)) {
            io.out << QJsonDocument(QJsonObject{{u"kind"_s, kindName(kind)},
                                                {u"language"_s, language},
                                                {u"recipients"_s, written->recipients},
                                                {u"notVerified"_s, written->notVerified},
                                                {u"list"_s, written->listPath},
                                                {u"message"_s, written->messagePath},
                                                {u"columns"_s, QJsonArray::fromStringList(written->columns)}})
                          .toJson(QJsonDocument::Compact)
                   << Qt::endl;
        } else {
            io.err << written->recipients << " verified " << kindName(kind) << " written to "
                   << written->listPath << " (" << written->notVerified
                   << " records are not verified and left out); the message is in "
                   << written->messagePath << Qt::endl;
        }
        if (written->recipients == 0)
            return fail(io, Problems, u"no record of this migration is verified yet: run the verify phase first"_s);
        return int(Success);
    };
    return command;
}

} // namespace Peere::Cli
