#include "sandboxoptions.h"

#include "common/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

struct OptionSpec
{
    QCommandLineOption option;
    std::function<bool(SandboxOptions &, const QString &)> apply;
};

bool toRate(const QString &text, double *out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *out = value;
    return true;
}

bool toCount(const QString &text, int *out, int minimum = 0)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

QList<OptionSpec> optionSpecs()
{
    using O = QCommandLineOption;
    return {
        {O(u"port"_s, u"Port to listen on (0 picks a free one)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) {
             int port = 0;
             if (!toCount(v, &port) || port > 65535)
                 return false;
             o.port = quint16(port);
             return true;
         }},
        {O(u"bind"_s, u"Address to listen on (default 127.0.0.1)."_s, u"ADDRESS"_s),
         [](SandboxOptions &o, const QString &v) {
             o.bind = QHostAddress(v);
             return !o.bind.isNull();
         }},
        {O(u"bank-key"_s, u"API key of the bank role."_s, u"KEY"_s),
         [](SandboxOptions &o, const QString &v) { o.bankKey = v; return !v.isEmpty(); }},
        {O(u"provider-key"_s, u"API key of the provider role."_s, u"KEY"_s),
         [](SandboxOptions &o, const QString &v) { o.providerKey = v; return !v.isEmpty(); }},
        {O(u"latency-ms"_s, u"Added latency per request, with jitter."_s, u"MS"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.latencyMs); }},
        {O(u"fail-rate"_s, u"Share of requests answered 5xx without doing anything."_s, u"F"_s),
         [](SandboxOptions &o, const QString &v) { return toRate(v, &o.failRate); }},
        {O(u"drop-rate"_s, u"Share of connections closed without an answer or any work."_s, u"F"_s),
         [](SandboxOptions &o, const QString &v) { return toRate(v, &o.dropRate); }},
        {O(u"lose-response-rate"_s, u"Share of requests done, then closed without an answer."_s, u"F"_s),
         [](SandboxOptions &o, const QString &v) { return toRate(v, &o.loseResponseRate); }},
        {O(u"seed"_s, u"Seed of the fault generator, for reproducible runs."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) {
             bool ok = false;
             o.seed = v.toULongLong(&ok);
             return ok;
         }},
        {O(u"batch-rate"_s, u"Batch creates per minute (default 10; 0 = unlimited)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.batchRate); }},
        {O(u"standard-rate"_s, u"Standard calls per minute (default 100; 0 = unlimited)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.standardRate); }},
        {O(u"status-rate"_s, u"Batch status checks per minute (default 300; 0 = unlimited)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.statusRate); }},
        {O(u"no-limits"_s, u"No rate limits at all."_s),
         [](SandboxOptions &o, const QString &) { o.noLimits = true; return true; }},
        {O(u"async-threshold"_s, u"Batches larger than this are answered 202 and polled (default 200)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.asyncThreshold); }},
        {O(u"max-batch"_s, u"Batches larger than this get 413 (default 1000)."_s, u"N"_s),
         [](SandboxOptions &o, const QString &v) { return toCount(v, &o.maxBatch, 1); }},
        {O(u"docs-only"_s, u"Only what Peere documents: no conventions."_s),
         [](SandboxOptions &o, const QString &) { o.docsOnly = true; return true; }},
        {O(u"strict-merchants"_s, u"Require every field the migration guide requires of merchants."_s),
         [](SandboxOptions &o, const QString &) { o.strictMerchants = true; return true; }},
        {O(u"state"_s, u"Keep the data in this SQLite file so that it survives restarts."_s, u"FILE"_s),
         [](SandboxOptions &o, const QString &v) { o.stateFile = v; return !v.isEmpty(); }},
    };
}

void addOptions(QCommandLineParser &parser, const QList<OptionSpec> &specs)
{
    parser.setApplicationDescription(
        u"Emulates the Peere Network API on this machine."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    for (const OptionSpec &spec : specs)
        parser.addOption(spec.option);
}

} // namespace

Result<SandboxOptions> SandboxOptions::fromArguments(const QStringList &arguments)
{
    const QList<OptionSpec> specs = optionSpecs();
    QCommandLineParser parser;
    addOptions(parser, specs);
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return failure(u"unexpected argument '%1'"_s
                           .arg(parser.positionalArguments().constFirst()));
    }
    SandboxOptions options;
    for (const OptionSpec &spec : specs) {
        const QString name = spec.option.names().constFirst();
        if (!parser.isSet(name))
            continue;
        const QString value = spec.option.valueName().isEmpty() ? QString() : parser.value(name);
        if (!spec.apply(options, value)) {
            return failure(u"invalid value '%1' for --%2"_s
                               .arg(value, name));
        }
    }
    return options;
}

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser, optionSpecs());
    return parser.helpText();
}

} // namespace Peere::Sandbox
