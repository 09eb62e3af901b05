// peere-migrate run FILE --journal PATH --base-url URL [options] [--json]
#include "commands.h"
#include "journalstatus.h"
#include "runnerloop.h"

#include "api/apiclient.h"
#include "api/environment.h"
#include "csv/csvdialect.h"
#include "journal/journal.h"
#include "migration/journalimport.h"
#include "migration/runner.h"
#include "migration/runsettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct RunSetup
{
    QString file;
    QString journalPath;
    ApiClientOptions client;
    RunnerOptions runner;
    JournalImport::Options import;
    bool json = false;
};

// A number option: its value, or a one-line failure naming it.
Result<double> number(const QCommandLineParser &parser, const QCommandLineOption &option,
                      double fallback, double min, double max)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < min || value > max)
        return failure(u"--%1 must be a number from %2 to %3, not '%4'"_s.arg(
            option.names().first()).arg(min).arg(max).arg(parser.value(option)));
    return value;
}

int migrate(const RunSetup &setup, Io &io)
{
    auto opened = Journal::open(setup.journalPath, Journal::OpenMode::Create);
    if (!opened)
        return fail(io, journalOpenExitCode(opened.error()), opened.error());
    Journal &journal = **opened;
    const Result<qint64> existing = journal.recordCount();
    if (!existing)
        return fail(io, Incomplete, existing.error());
    if (*existing == 0) {
        io.err << "importing " << setup.file << Qt::endl;
        const auto imported = JournalImport::importFile(journal, setup.file, setup.import);
        if (!imported)
            return fail(io, BadUsage, imported.error());
        io.err << imported->rows << " rows, " << imported->invalid << " invalid" << Qt::endl;
        (void)journal.setSetting(u"sourceFile"_s, QFileInfo(setup.file).absoluteFilePath());
    } else {
        if (journal.kind() != setup.import.kind)
            return fail(io, BadUsage, u"the journal %1 holds %2, not %3"_s.arg(
                                          setup.journalPath,
                                          kindName(journal.kind().value_or(RecordKind::Customers)),
                                          kindName(setup.import.kind)));
        io.err << "resuming the migration in " << setup.journalPath << Qt::endl;
    }
    // The settings of the run, never the key.
    (void)RunSettings::of(setup.client, setup.runner).write(journal);

    return driveRunner(journal, setup.client, setup.runner, setup.json, io);
}

} // namespace

Command runCommand()
{
    Command command;
    command.name = u"run"_s;
    command.synopsis = u"run FILE --journal PATH --base-url URL [options] [--json]"_s;
    command.summary = u"Import FILE into a journal and migrate its valid records in phases."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const QCommandLineOption journal(u"journal"_s, u"The migration journal (created if missing)."_s, u"PATH"_s);
        const QCommandLineOption baseUrl(u"base-url"_s, u"The API's base URL."_s, u"URL"_s);
        const QCommandLineOption kind(u"kind"_s, u"customers (default) or merchants."_s, u"KIND"_s);
        const QCommandLineOption phase(u"phase"_s, u"Run the phases up to this one: pilot, expand, complete, verify or all (default)."_s, u"PHASE"_s);
        const QCommandLineOption batchSize(u"batch-size"_s, u"Records per batch (default 500 customers, 100 merchants)."_s, u"N"_s);
        const QCommandLineOption concurrency(u"concurrency"_s, u"Batches in flight at most (default 2)."_s, u"N"_s);
        const QCommandLineOption rate(u"rate"_s, u"Batch calls per minute (default 10; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption standardRate(u"standard-rate"_s, u"Standard calls per minute (default 100; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption statusRate(u"status-rate"_s, u"Status checks per minute (default 300; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption gate(u"gate"_s, u"Minimum success rate in percent for a phase to unlock the next (default 95)."_s, u"P"_s);
        const QCommandLineOption approve(u"approve-gates"_s, u"Go on past a gate that does not pass, recorded in this name."_s, u"NAME"_s);
        const QCommandLineOption timeout(u"timeout"_s, u"Seconds without an answer before a call is given up (default 120)."_s, u"S"_s);
        const QCommandLineOption encoding(u"encoding"_s, u"The file's encoding, instead of detecting it."_s, u"NAME"_s);
        const QCommandLineOption delimiter(u"delimiter"_s, u"The file's delimiter, instead of detecting it."_s, u"C"_s);
        const QCommandLineOption json(u"json"_s, u"Print one JSON object (the status) on stdout."_s);
        parser.addOptions({journal, baseUrl, kind, phase, batchSize, concurrency, rate, standardRate,
                           statusRate, gate, approve, timeout, encoding, delimiter, json});
        parser.addPositionalArgument(u"FILE"_s, u"The CSV file to migrate."_s);
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        RunSetup setup;
        if (parser.positionalArguments().size() != 1)
            return fail(io, BadUsage, u"run takes exactly one FILE (see peere-migrate run --help)"_s);
        setup.file = parser.positionalArguments().first();
        if (!parser.isSet(journal))
            return fail(io, BadUsage, u"--journal PATH is required"_s);
        if (!parser.isSet(baseUrl))
            return fail(io, BadUsage, u"--base-url URL is required"_s);
        setup.journalPath = parser.value(journal);
        setup.json = parser.isSet(json);
        if (parser.isSet(kind)) {
            const auto parsed = kindFromName(parser.value(kind));
            if (!parsed)
                return fail(io, BadUsage, u"--kind must be customers or merchants, not '%1'"_s.arg(parser.value(kind)));
            setup.import.kind = *parsed;
        }
        if (parser.isSet(phase) && parser.value(phase) != u"all"_s) {
            const auto parsed = phaseFromName(parser.value(phase));
            if (!parsed)
                return fail(io, BadUsage, u"--phase must be pilot, expand, complete, verify or all, not '%1'"_s.arg(parser.value(phase)));
            setup.runner.lastPhase = *parsed;
        }
        if (parser.isSet(encoding)) {
            setup.import.encoding = encodingFromName(parser.value(encoding));
            if (!setup.import.encoding)
                return fail(io, BadUsage, u"--encoding: unknown encoding '%1'"_s.arg(parser.value(encoding)));
        }
        if (parser.isSet(delimiter)) {
            setup.import.delimiter = delimiterFromName(parser.value(delimiter));
            if (!setup.import.delimiter)
                return fail(io, BadUsage, u"--delimiter: not a delimiter '%1'"_s.arg(parser.value(delimiter)));
        }
        const Result<double> size = number(parser, batchSize, 0, 1, 100000);
        const Result<double> inFlight = number(parser, concurrency, 2, 1, 64);
        const Result<double> batchRate = number(parser, rate, 10, 0, 1e6);
        const Result<double> stdRate = number(parser, standardRate, 100, 0, 1e6);
        const Result<double> pollRate = number(parser, statusRate, 300, 0, 1e6);
        const Result<double> gatePercent = number(parser, gate, 95, 0, 100);
        const Result<double> timeoutSeconds = number(parser, timeout, 120, 1, 3600);
        for (const QString &error : {size.error(), inFlight.error(), batchRate.error(), stdRate.error(),
                                     pollRate.error(), gatePercent.error(), timeoutSeconds.error()}) {
            if (!error.isEmpty())
                return fail(io, BadUsage, error);
        }
        setup.runner.batchSize = int(*size);
        setup.runner.concurrency = int(*inFlight);
        setup.runner.gatePercent = *gatePercent;
        setup.runner.autoApprover = parser.value(approve);
        setup.client.kind = setup.import.kind;
        setup.client.baseUrl = QUrl(parser.value(baseUrl));
        setup.client.batchPerMinute = *batchRate;
        setup.client.standardPerMinute = *stdRate;
        setup.client.statusPerMinute = *pollRate;
        setup.client.timeoutMs = int(*timeoutSeconds * 1000);
        setup.client.apiKey = QProcessEnvironment::systemEnvironment().value(u"PEERE_API_KEY"_s);
        if (setup.client.apiKey.isEmpty())
            return fail(io, BadUsage, u"set the API key in the PEERE_API_KEY environment variable"_s);
        if (!setup.client.baseUrl.isValid() || setup.client.baseUrl.host().isEmpty())
            return fail(io, BadUsage, u"--base-url: '%1' is not a URL"_s.arg(parser.value(baseUrl)));
        if (VoidResult transport = Environment::checkKeyTransport(setup.client.baseUrl); !transport)
            return fail(io, BadUsage, transport.error());
        if (!QFileInfo(setup.file).isFile())
            return fail(io, BadUsage, u"%1: no such file"_s.arg(setup.file));
        return migrate(setup, io);
    };
    return command;
}

} // namespace Peere::Cli
