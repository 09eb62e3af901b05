#include "csvreader.h"

#include "csvparser.h"
#include "textdecoder.h"

#include "common/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<QByteArray> readBytes(const QString &path, qint64 maxBytes, bool *wholeFile)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"%1: cannot open the file (%2)"_s.arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return failure(u"%1: the file is empty"_s.arg(name));
    if (maxBytes < 0 && size >= qint64(CsvTable::EscapedBit))
        return failure(u"%1: the file is larger than 2 GiB, which is more than can be read"_s.arg(name));
    const qint64 wanted = maxBytes < 0 ? size : std::min(size, maxBytes);
    QByteArray bytes(wanted, Qt::Uninitialized); // not zero-filled: it is read over at once
    qint64 got = 0;
    while (got < wanted) {
        const qint64 n = file.read(bytes.data() + got, wanted - got);
        if (n < 0)
            return failure(u"%1: cannot read the file (%2)"_s.arg(name, file.errorString()));
        if (n == 0)
            break;
        got += n;
    }
    bytes.truncate(got);
    *wholeFile = got >= size;
    return bytes;
}

// True when `text` holds nothing but white space (stops at the first other byte).
bool isBlank(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

} // namespace

Result<CsvDocument> CsvReader::read(const QString &path, const Options &options)
{
    const QString name = QDir::toNativeSeparators(path);
    QElapsedTimer timer;
    timer.start();
    bool wholeFile = true;
    Result<QByteArray> bytes = readBytes(path, -1, &wholeFile);
    if (!bytes)
        return failure(bytes.error());
    const qint64 readMs = timer.elapsed();
    Result<TextDecoder::Decoded> decoded = TextDecoder::decode(std::move(*bytes), options.encoding, name);
    if (!decoded)
        return failure(decoded.error());
    qCDebug(lcCsv) << "read in" << readMs << "ms, decoded in" << timer.elapsed() - readMs << "ms";

    CsvDocument document;
    document.fileName = name;
    document.dialect.encoding = decoded->encoding;
    document.dialect.byteOrderMark = decoded->byteOrderMark;
    document.dialect.delimiter = options.delimiter
                                     ? *options.delimiter
                                     : detectDelimiter(QByteArrayView(decoded->utf8).first(
                                         std::min<qsizetype>(decoded->utf8.size(), 64 * 1024)));
    if (isBlank(decoded->utf8))
        return failure(u"%1: the file is empty"_s.arg(name));

    CsvParser::Options parse;
    parse.delimiter = document.dialect.delimiter;
    parse.threads = options.threads;
    parse.progress = options.progress;
    parse.cancel = options.cancel;
    Result<CsvTable> table = CsvParser::parse(std::move(decoded->utf8), parse, name);
    if (!table)
        return failure(table.error());
    document.table = std::move(*table);
    return document;
}

Result<CsvDocument> CsvReader::preview(const QString &path, const Options &options, int maxRows)
{
    const QString name = QDir::toNativeSeparators(path);
    bool wholeFile = false;
    Result<QByteArray> bytes = readBytes(path, PreviewBytes, &wholeFile);
    if (!bytes)
        return failure(bytes.error());
    Result<TextDecoder::Decoded> decoded = TextDecoder::decode(std::move(*bytes), options.encoding,
                                                               name, !wholeFile);
    if (!decoded)
        return failure(decoded.error());
    if (isBlank(decoded->utf8))
        return failure(u"%1: the file is empty"_s.arg(name));

    CsvDocument document;
    document.fileName = name;
    document.dialect.encoding = decoded->encoding;
    document.dialect.byteOrderMark = decoded->byteOrderMark;
    document.dialect.delimiter = options.delimiter ? *options.delimiter
                                                   : detectDelimiter(decoded->utf8);
    document.table = CsvParser::parseHead(std::move(decoded->utf8), document.dialect.delimiter,
                                          maxRows, wholeFile);
    return document;
}

} // namespace Peere
