// peere-migrate validate: import, map and validate a file; report counts and write the issues.
#include "commands.h"
#include "csvoptions.h"

#include "csv/csvwriter.h"
#include "records/importjob.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QString fieldLabel(RecordKind kind, int field)
{
    return field < 0 ? u"row"_s : fieldName(kind, field);
}

// Every issue as `row,line,field,rule,severity,value,message`, spreadsheet-safe.
VoidResult writeIssues(const RecordStore &store, const QString &path)
{
    QSaveFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(u"--issues-out %1: cannot write (%2)"_s.arg(name, file.errorString()));
    file.write("row,line,field,rule,severity,value,message\r\n");
    const RecordKind kind = store.kind();
    QByteArray buffer;
    for (const ValidationIssue &issue : store.allIssues()) {
        const QByteArray cells[] = {
            QByteArray::number(issue.row + 1),
            QByteArray::number(store.line(issue.row)),
            issue.field < 0 ? QByteArray() : fieldName(kind, issue.field).toUtf8(),
            ruleId(issue.rule).toUtf8(),
            severityName(severity(issue.rule)).toUtf8(),
            issue.field < 0 ? QByteArray() : store.value(issue.row, issue.field).toByteArray(),
            issueMessageEnglish(kind, issue).toUtf8(),
        };
        buffer += CsvWriter::line(cells);
        if (buffer.size() > 1 << 20) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return failure(u"--issues-out %1: cannot write (%2)"_s.arg(name, file.errorString()));
    return {};
}

QJsonObject report(const QString &file, const ImportResult &result)
{
    const RecordStore &store = *result.store;
    const IssueCounts &counts = store.counts();
    QJsonObject byRule;
    for (const Rule rule : allRules()) {
        if (counts.rule(rule) > 0)
            byRule.insert(ruleId(rule), counts.rule(rule));
    }
    QJsonObject byField;
    for (int field = -1; field < store.fieldCount(); ++field) {
        if (counts.field(field) > 0)
            byField.insert(fieldLabel(store.kind(), field), counts.field(field));
    }
    return {
        {u"file"_s, file},
        {u"kind"_s, kindName(store.kind())},
        {u"encoding"_s, encodingName(result.dialect.encoding)},
        {u"delimiter"_s, QString(QChar::fromLatin1(result.dialect.delimiter))},
        {u"rows"_s, counts.rows},
        {u"validRows"_s, counts.validRows()},
        {u"invalidRows"_s, counts.invalidRows},
        {u"warningRows"_s, counts.warningRows},
        {u"issues"_s, QJsonObject{{u"errors"_s, counts.errors},
                                 {u"warnings"_s, counts.warnings},
                                 {u"byRule"_s, byRule},
                                 {u"byField"_s, byField}}},
        {u"unmappedColumns"_s, QJsonArray::fromStringList(store.mapping().unmappedColumnNames())},
        {u"missingColumns"_s, QJsonArray::fromStringList(store.mapping().missingFieldNames())},
        {u"elapsedMs"_s, result.elapsedMs},
    };
}

void printHuman(QTextStream &out, const QJsonObject &json, const RecordStore &store)
{
    const QString delimiter = json[u"delimiter"_s].toString();
    out << json[u"file"_s].toString() << ": " << json[u"rows"_s].toInt() << " "
        << json[u"kind"_s].toString() << " rows (" << json[u"encoding"_s].toString() << ", "
        << (delimiter == u"\t"_s ? u"tab"_s : u"'"_s + delimiter + u"'"_s) << ")\n";
    out << "  valid: " << json[u"validRows"_s].toInt() << ", invalid: "
        << json[u"invalidRows"_s].toInt() << ", valid with warnings: "
        << json[u"warningRows"_s].toInt() << "\n";
    const QJsonObject issues = json[u"issues"_s].toObject();
    out << "  errors: " << issues[u"errors"_s].toInteger() << ", warnings: "
        << issues[u"warnings"_s].toInteger() << "\n";
    const QJsonObject byRule = issues[u"byRule"_s].toObject();
    for (auto it = byRule.begin(); it != byRule.end(); ++it)
        out << "    " << it.key().leftJustified(24) << it.value().toInteger() << "\n";
    const QStringList unmapped = store.mapping().unmappedColumnNames();
    if (!unmapped.isEmpty())
        out << "  unmapped columns: " << unmapped.join(u", "_s) << "\n";
    const QStringList missing = store.mapping().missingFieldNames();
    if (!missing.isEmpty())
        out << "  missing columns: " << missing.join(u", "_s) << "\n";
    // The first problems, to act on at once; --issues-out has them all.
    int shown = 0;
    for (qint32 row = store.nextProblemRow(-1); row >= 0 && shown < 10;) {
        for (const ValidationIssue &issue : store.issues(row)) {
            if (shown++ >= 10)
                break;
            out << "  row " << row + 1 << " (line " << store.line(row) << ") "
                << fieldLabel(store.kind(), issue.field) << ": " << ruleId(issue.rule) << " - "
                << issueMessageEnglish(store.kind(), issue) << "\n";
        }
        const qint32 next = store.nextProblemRow(row);
        if (next <= row)
            break;
        row = next;
    }
    out << "  time: " << json[u"elapsedMs"_s].toInteger() << " ms\n";
    out.flush();
}

int runValidate(const Command &command, const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, u"The CSV file to validate."_s);
    const QCommandLineOption kindOption(u"kind"_s, u"customers (default) or merchants."_s,
                                        u"KIND"_s, u"customers"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
    const QCommandLineOption issuesOption(u"issues-out"_s, u"Write every issue to this CSV file."_s,
                                          u"FILE.csv"_s);
    parser.addOptions({kindOption, jsonOption, issuesOption});
    CsvOptions csv;
    csv.addTo(parser);
    if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
        return *stop;
    QString file;
    if (!singleFile(parser, command.name, io, &file) || !csv.read(parser, io))
        return BadUsage;
    const std::optional<RecordKind> kind = kindFromName(parser.value(kindOption));
    if (!kind) {
        return fail(io, BadUsage,
                    u"--kind '%1': not customers or merchants"_s.arg(parser.value(kindOption)));
    }

    ImportParams params;
    params.path = file;
    params.kind = *kind;
    params.delimiter = csv.delimiter;
    params.encoding = csv.encoding;
    Result<ImportResult> result = [&] {
        ProgressBar bar(io, u"validating"_s);
        return runImport(params, [&bar](int percent) { bar.update(percent); });
    }();
    if (!result)
        return fail(io, BadUsage, result.error());

    if (parser.isSet(issuesOption)) {
        const VoidResult written = writeIssues(*result->store, parser.value(issuesOption));
        if (!written)
            return fail(io, BadUsage, written.error());
    }
    const QJsonObject json = report(file, *result);
    if (parser.isSet(jsonOption)) {
        io.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        io.out.flush();
    } else {
        printHuman(io.out, json, *result->store);
    }
    const bool problems = result->store->counts().invalidRows > 0
                          || !result->store->mapping().missingFields().isEmpty();
    return problems ? Problems : Success;
}

} // namespace

Command validateCommand()
{
    Command command;
    command.name = u"validate"_s;
    command.synopsis = u"validate FILE [--kind customers|merchants] [--json] [--issues-out FILE.csv] "
                       "[--delimiter C] [--encoding NAME]"_s;
    command.summary = u"Map and validate a CSV file of customers or merchants; report its issues."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        return runValidate(command, arguments, io);
    };
    return command;
}

} // namespace Peere::Cli
