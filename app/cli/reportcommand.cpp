// peere-migrate report --journal PATH --out report.pdf [--json]
#include "commands.h"
#include "journalargument.h"
#include "journalstatus.h"

#include "journal/journal.h"
#include "metrics/metricscalculator.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

Command reportCommand()
{
    Command command;
    command.name = u"report"_s;
    command.synopsis = u"report --journal PATH --out report.pdf [--json]"_s;
    command.summary = u"Write the manager report (PDF) of a migration, from its journal."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption outOption(u"out"_s, u"The PDF file to write."_s, u"FILE"_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalArgument.option(), outOption, jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
            return fail(io, BadUsage, u"--out FILE is required"_s);
        if (!parser.positionalArguments().isEmpty())
            return fail(io, BadUsage, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
        // Fonts need a QGuiApplication; main() makes one (offscreen) for this command.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(io, Incomplete, u"report needs the Qt GUI library (run peere-migrate)"_s);
        const QString out = parser.value(outOption);
        const QFileInfo outInfo(out);
        if (outInfo.isDir())
            return fail(io, BadUsage, u"--out %1 is a folder, not a file"_s.arg(QDir::toNativeSeparators(out)));
        int exitCode = 0;
        const std::unique_ptr<Journal> journal =
            journalArgument.open(parser, Journal::OpenMode::ReadOnly, io, &exitCode);
        if (!journal)
            return exitCode;
        const Result<MetricsSnapshot> snapshot = MetricsCalculator::compute(*journal);
        if (!snapshot)
            return fail(io, Incomplete, snapshot.error());
        const Result<int> pages = Report::ReportWriter::writePdf(*snapshot, out);
        if (!pages)
            return fail(io, BadUsage, u"--out: %1"_s.arg(pages.error()));
        if (parser.isSet(jsonOption)) {
            const QJsonObject result{{u"out"_s, outInfo.absoluteFilePath()},
                                     {u"pages"_s, *pages},
                                     {u"kpis"_s, kpisJson(*snapshot)}};
            io.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            io.err << "report written to " << QDir::toNativeSeparators(out) << " (" << *pages
                   << " pages)" << Qt::endl;
        }
        return int(Success);
    };
    return command;
}

} // namespace Peere::Cli
