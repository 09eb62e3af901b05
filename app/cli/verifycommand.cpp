// peere-migrate verify --journal PATH [--base-url URL] [--standard-rate N] [--json]
#include "commands.h"
#include "journalargument.h"
#include "runnerloop.h"

#include "api/apiclient.h"
#include "api/environment.h"
#include "migration/runner.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Command verifyCommand()
{
    Command command;
    command.name = u"verify"_s;
    command.synopsis = u"verify --journal PATH [--base-url URL] [--standard-rate N] [--json]"_s;
    command.summary = u"Verify every migrated record again (after the trust step, say)."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption baseUrlOption(u"base-url"_s, u"The API's base URL (default: the journal's)."_s, u"URL"_s);
        const QCommandLineOption rateOption(u"standard-rate"_s, u"Standard calls per minute (default 100; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object (the status) on stdout."_s);
        parser.addOptions({journalArgument.option(), baseUrlOption, rateOption, jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.positionalArguments().isEmpty())
            return fail(io, BadUsage, u"verify takes no FILE (see peere-migrate verify --help)"_s);
        ApiClientOptions client;
        if (parser.isSet(rateOption)) {
            bool ok = false;
            client.standardPerMinute = parser.value(rateOption).toDouble(&ok);
            if (!ok || client.standardPerMinute < 0)
                return fail(io, BadUsage, u"--standard-rate must be a number, 0 or more, not '%1'"_s.arg(parser.value(rateOption)));
        }
        client.apiKey = QProcessEnvironment::systemEnvironment().value(u"PEERE_API_KEY"_s);
        if (client.apiKey.isEmpty())
            return fail(io, BadUsage, u"set the API key in the PEERE_API_KEY environment variable"_s);
        int exitCode = 0;
        const std::unique_ptr<Journal> journal
            = journalArgument.open(parser, Journal::OpenMode::Existing, io, &exitCode);
        if (!journal)
            return exitCode;
        if (!journal->kind())
            return fail(io, BadUsage, u"%1 holds no migration yet"_s.arg(journal->path()));
        client.kind = *journal->kind();
        client.baseUrl = QUrl(parser.isSet(baseUrlOption) ? parser.value(baseUrlOption)
                                                          : journal->setting(u"baseUrl"_s));
        if (!client.baseUrl.isValid() || client.baseUrl.host().isEmpty())
            return fail(io, BadUsage, u"--base-url: '%1' is not a URL"_s.arg(client.baseUrl.toString()));
        if (VoidResult transport = Environment::checkKeyTransport(client.baseUrl); !transport)
            return fail(io, BadUsage, transport.error());
        RunnerOptions options;
        options.verifyAgain = true;
        return driveRunner(*journal, client, options, parser.isSet(jsonOption), io);
    };
    return command;
}

} // namespace Peere::Cli
