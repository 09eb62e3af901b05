// peere-migrate trust --journal PATH [--rules FILE] [--source FILE] [--base-url URL] [--preview]
//                     [--json]
#include "commands.h"
#include "journalargument.h"

#include "api/apiclient.h"
#include "api/environment.h"
#include "journal/journal.h"
#include "migration/trustapplier.h"
#include "migration/trustplan.h"
#include "migration/trustsource.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject previewObject(const TrustPlan::Preview &p)
{
    return {{u"merchants"_s, p.merchants},
            {u"notOnServer"_s, p.notOnServer},
            {u"levels"_s, QJsonObject{{u"basic"_s, p.level(TrustLevel::Basic)},
                                      {u"enhanced"_s, p.level(TrustLevel::Enhanced)},
                                      {u"premium"_s, p.level(TrustLevel::Premium)}}},
            {u"trusted"_s, p.trusted},
            {u"deviceLookup"_s, p.deviceLookup},
            {u"fromColumn"_s, p.fromColumn},
            {u"defaulted"_s, p.defaulted},
            {u"unreadable"_s, p.unreadable}};
}

void printPreview(QTextStream &err, const TrustPlan::Preview &p)
{
    err << p.merchants << " merchants on the server (" << p.notOnServer << " records are not): "
        << p.level(TrustLevel::Basic) << " basic, " << p.level(TrustLevel::Enhanced)
        << " enhanced, " << p.level(TrustLevel::Premium) << " premium; " << p.trusted
        << " trusted, " << p.deviceLookup << " with device lookup";
    if (p.unreadable > 0)
        err << "; " << p.unreadable << " unreadable values got the default level";
    err << Qt::endl;
}

} // namespace

Command trustCommand()
{
    Command command;
    command.name = u"trust"_s;
    command.synopsis = u"trust --journal PATH [--rules FILE] [--source FILE] [--base-url URL] "
                       "[--preview] [--json]"_s;
    command.summary = u"Set the trust level of every migrated merchant, then check it."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        QCommandLineParser parser;
        const JournalArgument journalArgument;
        const QCommandLineOption rulesOption(u"rules"_s, u"Trust rules (JSON, see README); default: the source's trustLevel column, else basic."_s, u"FILE"_s);
        const QCommandLineOption sourceOption(u"source"_s, u"The CSV file the migration was imported from (default: the one the journal names)."_s, u"FILE"_s);
        const QCommandLineOption baseUrlOption(u"base-url"_s, u"The API's base URL (default: the journal's)."_s, u"URL"_s);
        const QCommandLineOption rateOption(u"standard-rate"_s, u"Standard calls per minute (default 100; 0 = unlimited)."_s, u"N"_s);
        const QCommandLineOption previewOption(u"preview"_s, u"Only count the merchants of each level; send nothing."_s);
        const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
        parser.addOptions({journalArgument.option(), rulesOption, sourceOption, baseUrlOption, rateOption,
                           previewOption, jsonOption});
        if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
            return *stop;
        if (!parser.positionalArguments().isEmpty())
            return fail(io, BadUsage, u"trust takes no FILE (see peere-migrate trust --help)"_s);
        const bool preview = parser.isSet(previewOption);
        TrustRules rules;
        if (parser.isSet(rulesOption)) {
            Result<TrustRules> loaded = TrustRules::fromFile(parser.value(rulesOption));
            if (!loaded)
                return fail(io, BadUsage, u"--rules "_s + loaded.error());
            rules = *loaded;
        }
        double rate = 100;
        if (parser.isSet(rateOption)) {
            bool ok = false;
            rate = parser.value(rateOption).toDouble(&ok);
            if (!ok || rate < 0)
                return fail(io, BadUsage, u"--standard-rate must be a number, 0 or more, not '%1'"_s.arg(parser.value(rateOption)));
        }
        const QString apiKey = QProcessEnvironment::systemEnvironment().value(u"PEERE_API_KEY"_s);
        if (!preview && apiKey.isEmpty())
            return fail(io, BadUsage, u"set the provider's API key in the PEERE_API_KEY environment variable"_s);

        int exitCode = 0;
        const std::unique_ptr<Journal> opened = journalArgument.open(
            parser, preview ? Journal::OpenMode::ReadOnly : Journal::OpenMode::Existing, io, &exitCode);
        if (!opened)
            return exitCode;
        Journal &journal = *opened;
        if (journal.kind() != RecordKind::Merchants)
            return fail(io, BadUsage, u"%1 holds customers; trust levels are for merchants"_s.arg(journal.path()));

        const QString sourcePath = parser.isSet(sourceOption) ? parser.value(sourceOption)
                                                              : journal.setting(u"sourceFile"_s);
        TrustSource source;
        if (parser.isSet(sourceOption) || QFileInfo(sourcePath).isFile()) {
            Result<TrustSource> loaded = TrustSource::fromFile(sourcePath);
            if (!loaded)
                return fail(io, BadUsage, loaded.error());
            source = *loaded;
        }
        const Result<TrustPlan> plan = TrustPlan::build(journal, rules, source);
        if (!plan)
            return fail(io, BadUsage, plan.error());
        QJsonObject result = previewObject(plan->preview);
        result.insert(u"preview"_s, preview);
        if (!parser.isSet(jsonOption) || preview)
            printPreview(io.err, plan->preview);
        if (preview) {
            if (parser.isSet(jsonOption))
                io.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
            return int(Success);
        }

        ApiClientOptions options;
        options.kind = RecordKind::Merchants;
        options.baseUrl = QUrl(parser.isSet(baseUrlOption) ? parser.value(baseUrlOption)
                                                           : journal.setting(u"baseUrl"_s));
        options.apiKey = apiKey;
        options.standardPerMinute = rate;
        if (!options.baseUrl.isValid() || options.baseUrl.host().isEmpty())
            return fail(io, BadUsage, u"--base-url: '%1' is not a URL"_s.arg(options.baseUrl.toString()));
        auto created = ApiClient::create(options);
        if (!created)
            return fail(io, BadUsage, created.error());
        std::unique_ptr<ApiClient> client(*created);

        if (VoidResult planned = journal.planTrust(plan->entries); !planned)
            return fail(io, Incomplete, planned.error());
        (void)journal.setSetting(u"trustRules"_s, QString::fromUtf8(rules.toJson()));
        TrustApplier applier(journal, *client);
        QEventLoop loop;
        TrustApplier::Outcome outcome = TrustApplier::Outcome::Completed;
        QString message;
        QObject::connect(&applier, &TrustApplier::progressed, &loop, [&](qint64 done, qint64 total) {
            if (io.errIsTerminal)
                io.err << "\rtrust: " << done << " of " << total << "   " << Qt::flush;
        });
        QObject::connect(&applier, &TrustApplier::finished, &loop,
                         [&](TrustApplier::Outcome o, const QString &text) {
                             outcome = o;
                             message = text;
                             loop.quit();
                         });
        if (VoidResult started = applier.start(); !started)
            return fail(io, Incomplete, started.error());
        loop.exec();
        if (io.errIsTerminal)
            io.err << "\n";
        const Result<TrustCounts> counts = journal.trustCounts();
        if (!counts)
            return fail(io, Incomplete, counts.error());
        result.insert(u"validated"_s, counts->state(TrustState::Validated));
        result.insert(u"failed"_s, counts->state(TrustState::Failed));
        result.insert(u"open"_s, counts->open());
        int code = counts->state(TrustState::Failed) > 0 ? Problems : Success;
        if (outcome != TrustApplier::Outcome::Completed) {
            code = Incomplete;
            fail(io, code, message);
        }
        if (parser.isSet(jsonOption))
            io.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            io.err << counts->state(TrustState::Validated) << " validated, "
                   << counts->state(TrustState::Failed) << " failed, " << counts->open()
                   << " still to do" << Qt::endl;
        return code;
    };
    return command;
}

} // namespace Peere::Cli
