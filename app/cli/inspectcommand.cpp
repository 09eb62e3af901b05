// peere-migrate inspect: how a file is read, before any mapping or validation.
#include "commands.h"
#include "csvoptions.h"

#include "csv/csvreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

namespace {

// The header as JSON keys: a repeated or empty name gets its column number so that no value is
// lost; fields past the header are "column N" (1-based).
QStringList jsonKeys(const QStringList &header, int fields)
{
    QStringList keys;
    for (int column = 0; column < fields; ++column) {
        QString key = column < header.size() ? header.at(column) : QString();
        if (key.isEmpty() || keys.contains(key))
            key = column < header.size() && !key.isEmpty()
                      ? u"%1 (column %2)"_s.arg(key).arg(column + 1)
                      : u"column %1"_s.arg(column + 1);
        keys.append(key);
    }
    return keys;
}

int runInspect(const Command &command, const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, u"The CSV file to inspect."_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Show at most N rows (default 20; 0 for all)."_s,
                                        u"N"_s, u"20"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object on stdout."_s);
    parser.addOptions({rowsOption, jsonOption});
    CsvOptions csv;
    csv.addTo(parser);
    if (const std::optional<int> stop = parseArguments(parser, command, arguments, io))
        return *stop;
    QString file;
    if (!singleFile(parser, command.name, io, &file) || !csv.read(parser, io))
        return BadUsage;
    bool ok = false;
    const int maxRows = parser.value(rowsOption).toInt(&ok);
    if (!ok || maxRows < 0)
        return fail(io, BadUsage, u"--rows '%1': not a number of rows"_s.arg(parser.value(rowsOption)));

    CsvReader::Options options;
    options.delimiter = csv.delimiter;
    options.encoding = csv.encoding;
    options.threads = QThread::idealThreadCount();
    Result<CsvDocument> document = [&] {
        ProgressBar bar(io, u"reading"_s);
        options.progress = [&bar](qint64 done, qint64 total) {
            bar.update(int(total > 0 ? done * 100 / total : 100));
        };
        return CsvReader::read(file, options);
    }();
    if (!document)
        return fail(io, BadUsage, document.error());

    const CsvTable &table = document->table;
    const qint32 shown = maxRows == 0 ? table.rowCount() : std::min(table.rowCount(), maxRows);
    const QString delimiter = QString(QChar::fromLatin1(document->dialect.delimiter));
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (qint32 row = 0; row < shown; ++row) {
            const int fields = table.fieldCount(row);
            const QStringList keys = jsonKeys(table.header(), fields);
            QJsonObject object;
            for (int column = 0; column < fields; ++column)
                object.insert(keys.at(column), QString::fromUtf8(table.value(row, column)));
            rows.append(object);
        }
        const QJsonObject json{
            {u"file"_s, file},
            {u"encoding"_s, encodingName(document->dialect.encoding)},
            {u"byteOrderMark"_s, document->dialect.byteOrderMark},
            {u"delimiter"_s, delimiter},
            {u"columns"_s, QJsonArray::fromStringList(table.header())},
            {u"rowCount"_s, table.rowCount()},
            {u"rows"_s, rows},
        };
        io.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
        io.out.flush();
        return Success;
    }

    io.out << file << ": " << encodingName(document->dialect.encoding)
           << (document->dialect.byteOrderMark ? " with byte-order mark" : "") << ", delimiter "
           << (delimiter == u"\t"_s ? u"tab"_s : u"'"_s + delimiter + u"'"_s) << ", "
           << table.rowCount() << " rows\n";
    io.out << "columns (" << table.columnCount() << "): " << table.header().join(u" | "_s) << "\n";
    for (qint32 row = 0; row < shown; ++row) {
        QStringList values;
        for (int column = 0; column < table.fieldCount(row); ++column)
            values.append(QString::fromUtf8(table.value(row, column)));
        io.out << "row " << row + 1 << " (line " << table.line(row) << "): "
               << values.join(u" | "_s) << "\n";
    }
    io.out.flush();
    return Success;
}

} // namespace

Command inspectCommand()
{
    Command command;
    command.name = u"inspect"_s;
    command.synopsis = u"inspect FILE [--rows N] [--json] [--delimiter C] [--encoding NAME]"_s;
    command.summary = u"Show how a CSV file is read: encoding, delimiter, columns and rows."_s;
    command.run = [command](const QStringList &arguments, Io &io) {
        return runInspect(command, arguments, io);
    };
    return command;
}

} // namespace Peere::Cli
