// peere-migrate failures --journal PATH --out FILE.csv [--phase P] [--batch N] [--cause C] [--mask]
//                        [--json]
#include "commands.h"
#include "journalargument.h"

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
    command.synopsis = u"failures --journal PATH --out FILE.csv|FILE.json [--phase P] [--batch N] "
                       "[--cause C] [--mask] [--devices-out FILE] [--json]"_s;
    command.summary = u"Write every invalid or failed record of a migration to a file."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption outOption(
            u"out"_s, u"The failure list to write: CSV (UTF-8 with BOM), or JSON for a .json name."_s,
            u"FILE"_s);
        const QCommandLineOption devicesOption(
            u"devices-out"_s, u"Also write the device links that failed (link-devices) to this file, with the same "
                "cause filter and masking."_s,
            u"FILE"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        const QCommandLineOption phaseOption(
            u"phase"_s, u"Only the records of this phase: pilot, expand, complete or verify."_s,
            u"P"_s);
        const QCommandLineOption batchOption(
            u"batch"_s, u"Only the records sent in batch N."_s, u"N"_s);
        const QCommandLineOption causeOption(
            u"cause"_s,
            u"Only the records of this cause: a rule id (format.email), a rule with its field "
            "(\"format.email (email)\") or a server message as grouped (numbers as <n>)."_s,
            u"C"_s);
        const QCommandLineOption maskOption(
            u"mask"_s,
            u"Mask account and phone numbers (all but the last 4 digits), for a list that leaves "
            "the operations team."_s);
        parser.addOptions({journalArgument.option(), outOption, phaseOption, batchOption,
                           causeOption, maskOption, devicesOption, jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.isSet(outOption))
            return fail(io, BadUsage, u"--out FILE is required"_s);
        FailureList::Options filter;
        if (parser.isSet(phaseOption)) {
            filter.phase = phaseFromName(parser.value(phaseOption));
            if (!filter.phase)
                return fail(io, BadUsage,
                            u"--phase must be pilot, expand, complete or verify, not \"%1\""_s.arg(
                                parser.value(phaseOption)));
        }
        if (parser.isSet(batchOption)) {
            bool ok = false;
            filter.batch = parser.value(batchOption).toLongLong(&ok);
            if (!ok || filter.batch < 1)
                return fail(io, BadUsage,
                            u"--batch must be a batch number (1 or more), not \"%1\""_s.arg(
                                parser.value(batchOption)));
        }
        filter.cause = parser.value(causeOption);
        filter.mask = parser.isSet(maskOption);
        int exitCode = 0;
        const std::unique_ptr<Journal> journal =
            journalArgument.open(parser, Journal::OpenMode::ReadOnly, io, &exitCode);
        if (!journal)
            return exitCode;
        const QString out = parser.value(outOption);
        const Result<FailureList::Summary> written
            = FailureList::write(*journal, out, FailureList::formatOf(out), filter);
        if (!written)
            return fail(io, BadUsage, written.error());
        std::optional<FailureList::DeviceSummary> devices;
        if (parser.isSet(devicesOption)) {
            // The same filters and masking as the failure list (the Failures page's export).
            const Result<FailureList::DeviceSummary> links
                = FailureList::writeDevices(*journal, parser.value(devicesOption), filter);
            if (!links)
                return fail(io, BadUsage, links.error());
            devices = *links;
        }
        if (parser.isSet(jsonOption)) {
            QJsonObject result{{u"out"_s, out},
                               {u"records"_s, written->total()},
                               {u"invalid"_s, written->invalid},
                               {u"failed"_s, written->failed},
                               {u"mismatch"_s, written->mismatch},
                               {u"trustFailed"_s, written->trustFailed}};
            if (devices) {
                result.insert(u"devices"_s, devices->total());
                result.insert(u"deviceInvalid"_s, devices->invalid);
                result.insert(u"deviceFailed"_s, devices->failed);
            }
            io.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            if (devices)
                io.err << devices->total() << " device links (" << devices->invalid
                       << " invalid, " << devices->failed << " refused) written to "
                       << parser.value(devicesOption) << Qt::endl;
            io.err << written->total() << " records (" << written->invalid << " invalid, "
                   << written->failed << " failed, " << written->mismatch << " mismatched"
                   << (written->trustFailed > 0
                           ? u", %1 trust failed"_s.arg(written->trustFailed)
                           : QString())
                   << ") written to " << out << Qt::endl;
        }
        return int(Success);
    };
    return command;
}

} // namespace Peere::Cli
