// peere-migrate link-devices --journal PATH DEVICES.csv [--map FIELD=COLUMN]... [--base-url URL]
//                            [--json]
#include "commands.h"
#include "csvoptions.h"
#include "journalstatus.h"

#include "api/apiclient.h"
#include "api/environment.h"
#include "journal/journal.h"
#include "migration/devicefile.h"
#include "migration/devicemappingtemplate.h"
#include "migration/devicelinker.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

struct LinkSetup
{
    QString file;
    QString journalPath;
    ApiClientOptions client;
    CsvReader::Options csv;
    DeviceMappingTemplate map; // --map: empty when the header is matched automatically
    bool json = false;
    bool checkOnly = false;
};

QJsonObject countsJson(const Journal &journal, const DeviceCounts &counts)
{
    qint64 already = 0;
    if (const auto linked = journal.devices(DeviceState::Linked, std::numeric_limits<int>::max()))
        for (const DeviceLink &link : *linked)
            already += link.outcome == u"alreadyLinked"_s ? 1 : 0;
    return {{u"devices"_s, counts.total},   {u"invalid"_s, counts.invalid},
            {u"pending"_s, counts.pending}, {u"unknown"_s, counts.unknown + counts.inFlight},
            {u"linked"_s, counts.linked},   {u"alreadyLinked"_s, already},
            {u"failed"_s, counts.failed}};
}

QJsonArray failuresJson(const Journal &journal)
{
    QJsonArray failures;
    (void)journal.forEachDeviceFailure([&](const DeviceLink &link) {
        failures.append(QJsonObject{
            {u"row"_s, link.entry.row},
            {u"line"_s, link.entry.line},
            {u"customer"_s, link.entry.customerRef},
            {u"deviceId"_s, link.entry.deviceId},
            {u"state"_s, deviceStateName(link.state)},
            {u"rule"_s, link.entry.rule.isEmpty() ? QJsonValue() : QJsonValue(link.entry.rule)},
            {u"httpStatus"_s, link.httpStatus > 0 ? QJsonValue(link.httpStatus) : QJsonValue()},
            {u"message"_s, link.message}});
    });
    return failures;
}

int linkDevices(const LinkSetup &setup, Io &io)
{
    auto opened = Journal::open(setup.journalPath, Journal::OpenMode::Existing);
    if (!opened)
        return fail(io, journalOpenExitCode(opened.error()), opened.error());
    Journal &journal = **opened;
    std::optional<DeviceFile::Columns> columns;
    if (!setup.map.isEmpty()) {
        const Result<CsvDocument> head = CsvReader::preview(setup.file, setup.csv, 1);
        if (!head)
            return fail(io, BadUsage, head.error());
        const QStringList &header = head->table.header();
        if (const QStringList absent = setup.map.absentHeaders(header); !absent.isEmpty())
            return fail(io, BadUsage, u"--map: %1 has no column %2"_s
                                          .arg(setup.file, absent.join(u", "_s)));
        columns = setup.map.apply(header);
    }
    const Result<DeviceFile::Contents> contents
        = DeviceFile::read(setup.file, journal, setup.csv, columns);
    if (!contents)
        return fail(io, BadUsage, contents.error());
    const DeviceFile::Summary summary = DeviceFile::summarise(*contents);
    io.err << summary.rows << " rows, " << summary.devices << " devices, " << summary.invalid
           << " invalid" << Qt::endl;
    if (VoidResult imported = journal.importDevices(contents->entries); !imported)
        return fail(io, Incomplete, imported.error());
    (void)journal.setSetting(u"devicesFile"_s, QFileInfo(setup.file).absoluteFilePath());

    int code = Success;
    QString message;
    if (!setup.checkOnly) {
        auto created = ApiClient::create(setup.client);
        if (!created)
            return fail(io, BadUsage, created.error());
        std::unique_ptr<ApiClient> client(*created);
        DeviceLinker linker(journal, *client);
        QEventLoop loop;
        QObject::connect(&linker, &DeviceLinker::progressChanged, &loop,
                         [&](const DeviceCounts &c) {
                             if (io.errIsTerminal)
                                 io.err << "\rdevices: " << c.linked << " linked, " << c.failed
                                        << " failed, " << c.open() << " to do   " << Qt::flush;
                         });
        QObject::connect(&linker, &DeviceLinker::finished, &loop,
                         [&](RunnerState state, const QString &text) {
                             if (state != RunnerState::Finished) {
                                 code = Incomplete;
                                 message = text;
                             }
                             loop.quit();
                         });
        linker.start();
        if (linker.state() == RunnerState::Running)
            loop.exec();
        if (io.errIsTerminal)
            io.err << "\n";
    }
    const Result<DeviceCounts> counts = journal.deviceCounts();
    if (!counts)
        return fail(io, Incomplete, counts.error());
    if (code == Success && (counts->invalid > 0 || counts->failed > 0))
        code = Problems;
    if (!message.isEmpty())
        fail(io, code, message + u"; rerun the same command to resume"_s);
    QJsonObject result = countsJson(journal, *counts);
    result.insert(u"file"_s, setup.file);
    result.insert(u"rows"_s, summary.rows);
    QJsonObject byRule;
    for (auto it = summary.byRule.cbegin(); it != summary.byRule.cend(); ++it)
        byRule.insert(it.key(), it.value());
    result.insert(u"byRule"_s, byRule);
    result.insert(u"failures"_s, failuresJson(journal));
    if (setup.json) {
        io.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        io.err << counts->linked << " linked (" << result.value(u"alreadyLinked"_s).toInt()
               << " already), " << counts->failed << " failed, " << counts->invalid
               << " invalid, " << counts->open() << " to do" << Qt::endl;
        for (const QJsonValue &value : result.value(u"failures"_s).toArray()) {
            const QJsonObject f = value.toObject();
            io.err << "  row " << f.value(u"row"_s).toInteger() << ": "
                   << f.value(u"deviceId"_s).toString() << " (" << f.value(u"customer"_s).toString()
                   << "): " << f.value(u"message"_s).toString() << Qt::endl;
        }
    }
    return code;
}

} // namespace

Command linkDevicesCommand()
{
    Command command;
    command.name = u"link-devices"_s;
    command.synopsis = u"link-devices --journal PATH DEVICES.csv [--map FIELD=COLUMN]... [--base-url URL] [--json]"_s;
    command.summary = u"Link the devices of a devices file to the migrated customers."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const QCommandLineOption journal(u"journal"_s, u"The migration journal (of customers)."_s, u"PATH"_s);
        const QCommandLineOption baseUrl(u"base-url"_s, u"The API's base URL (default: the one the journal's run used)."_s, u"URL"_s);
        const QCommandLineOption standardRate(u"standard-rate"_s, u"Standard calls per minute (default 100; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption timeout(u"timeout"_s, u"Seconds without an answer before a call is given up (default 120)."_s, u"S"_s);
        const QCommandLineOption check(u"check"_s, u"Only read and validate the devices file; link nothing."_s);
        const QCommandLineOption json(u"json"_s, u"Print one JSON object (the counts and failures) on stdout."_s);
        const QCommandLineOption map(u"map"_s, u"The column that feeds a field (clientRef, reference, email, phrase, device; repeat device for several columns; FIELD= leaves it unmapped). Fields not given are matched by header."_s, u"FIELD=COLUMN"_s);
        CsvOptions csv;
        parser.addOptions({journal, baseUrl, standardRate, timeout, check, json, map});
        csv.addTo(parser);
        parser.addPositionalArgument(u"DEVICES.csv"_s, u"The devices file: a customer (clientRef, reference or email) and deviceId columns."_s);
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        LinkSetup setup;
        if (!singleFile(parser, command.name, io, &setup.file))
            return int(BadUsage);
        if (!parser.isSet(journal))
            return fail(io, BadUsage, u"--journal PATH is required"_s);
        if (!csv.read(parser, io))
            return int(BadUsage);
        setup.csv.encoding = csv.encoding;
        setup.csv.delimiter = csv.delimiter;
        setup.journalPath = parser.value(journal);
        setup.json = parser.isSet(json);
        setup.checkOnly = parser.isSet(check);
        for (const QString &value : parser.values(map)) {
            const qsizetype equals = value.indexOf(u'=');
            if (equals < 0 || !setup.map.addHeader(value.left(equals), value.mid(equals + 1)))
                return fail(io, BadUsage, u"--map takes FIELD=COLUMN, FIELD one of clientRef, reference, email, phrase, device; not '%1'"_s.arg(value));
        }
        bool ok = true;
        const double rate = parser.isSet(standardRate) ? parser.value(standardRate).toDouble(&ok) : 100;
        if (!ok || rate < 0)
            return fail(io, BadUsage, u"--standard-rate must be a number from 0, not '%1'"_s.arg(parser.value(standardRate)));
        const double seconds = parser.isSet(timeout) ? parser.value(timeout).toDouble(&ok) : 120;
        if (!ok || seconds < 1 || seconds > 3600)
            return fail(io, BadUsage, u"--timeout must be a number from 1 to 3600, not '%1'"_s.arg(parser.value(timeout)));
        if (!QFileInfo(setup.file).isFile())
            return fail(io, BadUsage, u"%1: no such file"_s.arg(setup.file));
        if (!QFileInfo(setup.journalPath).isFile())
            return fail(io, BadUsage, u"there is no migration journal at %1"_s.arg(setup.journalPath));
        QString url = parser.value(baseUrl);
        if (url.isEmpty()) {
            // The address the journal's run used.
            auto readOnly = Journal::open(setup.journalPath, Journal::OpenMode::ReadOnly);
            if (readOnly)
                url = (*readOnly)->setting(u"baseUrl"_s);
        }
        setup.client.kind = RecordKind::Customers;
        setup.client.baseUrl = QUrl(url);
        setup.client.standardPerMinute = rate;
        setup.client.timeoutMs = int(seconds * 1000);
        setup.client.apiKey = QProcessEnvironment::systemEnvironment().value(u"PEERE_API_KEY"_s);
        if (!setup.checkOnly) {
            if (url.isEmpty())
                return fail(io, BadUsage, u"--base-url URL is required (the journal has none)"_s);
            if (setup.client.apiKey.isEmpty())
                return fail(io, BadUsage, u"set the API key in the PEERE_API_KEY environment variable"_s);
            if (!setup.client.baseUrl.isValid() || setup.client.baseUrl.host().isEmpty())
                return fail(io, BadUsage, u"--base-url: '%1' is not a URL"_s.arg(url));
            if (VoidResult transport = Environment::checkKeyTransport(setup.client.baseUrl); !transport)
                return fail(io, BadUsage, transport.error());
        }
        return linkDevices(setup, io);
    };
    return command;
}

} // namespace Peere::Cli
