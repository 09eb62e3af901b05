#include "csvreader.h"

#include "csvparser.h"
#include "textdecoder.h"

#include "common/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// Reads data[begin, end) of the file at `path` through a handle of its own.
qint64 readRange(const QString &path, char *data, qint64 begin, qint64 end, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(begin)) {
        *error = file.errorString();
        return -1;
    }
    qint64 got = 0;
    while (begin + got < end) {
        const qint64 n = file.read(data + begin + got, end - begin - got);
        if (n < 0) {
            *error = file.errorString();
            return -1;
        }
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

Result<QByteArray> readBytes(const QString &path, qint64 maxBytes, bool *wholeFile, int threads = 1)
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
    // A large file is read in parts at once: copying 165 MB and faulting its pages in is a tenth
    // of an import, and it splits across cores.
    constexpr qint64 minimumPart = 16 * 1024 * 1024;
    const int parts = int(std::clamp<qint64>(wanted / minimumPart, 1, std::max(1, threads)));
    std::vector<qint64> got(size_t(parts), 0);
    std::vector<QString> errors(static_cast<size_t>(parts));
    const auto read = [&](int i) {
        const qint64 begin = wanted * i / parts;
        const qint64 end = wanted * (i + 1) / parts;
        got[size_t(i)] = readRange(path, bytes.data(), begin, end, &errors[size_t(i)]);
    };
    QList<QFuture<void>> helpers;
    for (int i = 1; i < parts; ++i)
        helpers.append(QtConcurrent::run(read, i));
    read(0);
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    qint64 total = 0;
    for (int i = 0; i < parts; ++i) {
        if (got[size_t(i)] < 0)
            return failure(u"%1: cannot read the file (%2)"_s.arg(name, errors[size_t(i)]));
        total += got[size_t(i)];
        if (got[size_t(i)] < wanted * (i + 1) / parts - wanted * i / parts)
            break; // the file shrank while it was read: keep what is contiguous
    }
    bytes.truncate(total);
    *wholeFile = total >= size;
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
    Result<QByteArray> bytes = readBytes(path, -1, &wholeFile, options.threads);
    if (!bytes)
        return failure(bytes.error());
    const qint64 readMs = timer.elapsed();
    Result<TextDecoder::Decoded> decoded
        = TextDecoder::decode(std::move(*bytes), options.encoding, name, false, options.threads);
    if (!decoded)
        return failure(decoded.error());
    const qint64 decodedMs = timer.elapsed();
    qCDebug(lcCsv) << "read in" << readMs << "ms, decoded in" << decodedMs - readMs << "ms";

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
    qCDebug(lcCsv) << "parsed in" << timer.elapsed() - decodedMs << "ms";
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
