#include "csvparser.h"

#include "common/logging.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class ChunkEnd { Complete, Unterminated, Cancelled, RecordLimit };

struct ChunkParse
{
    CsvTable::Chunk chunk;
    ChunkEnd end = ChunkEnd::Complete;
    quint32 errorLine = 0;  // where the unterminated quote opens
    qsizetype stoppedAt = 0; // for RecordLimit: where the record that was not taken starts
};

struct Shared
{
    const CsvParser::Options &options;
    qint64 total;
    std::atomic<qint64> done{0};
};

// Parses data[begin, end), which starts at a record boundary. Line numbers start at `firstLine`.
ChunkParse parseChunk(const char *data,
                      qsizetype begin,
                      qsizetype end,
                      char delimiter,
                      quint32 firstLine,
                      qint64 maxRecords,
                      Shared *shared)
{
    std::array<bool, 256> special{};
    special[uchar(delimiter)] = special['\n'] = special['\r'] = true;

    ChunkParse result;
    CsvTable::Chunk &chunk = result.chunk;
    // Reserve from the density of the first 64 KiB, so that the vectors do not grow by copying.
    {
        const qsizetype sample = std::min<qsizetype>(end - begin, 64 * 1024);
        qsizetype separators = 1;
        qsizetype lines = 1;
        for (qsizetype i = begin; i < begin + sample; ++i) {
            separators += data[i] == delimiter || data[i] == '\n';
            lines += data[i] == '\n';
        }
        const double scale = sample > 0 ? double(end - begin) / double(sample) * 1.05 : 1.0;
        chunk.cells.reserve(size_t(double(separators) * scale) + 16);
        chunk.firstCell.reserve(size_t(double(lines) * scale) + 16);
        chunk.lines.reserve(size_t(double(lines) * scale) + 16);
    }

    constexpr qint64 reportEvery = 1 << 20;
    qsizetype lastReport = begin;
    qsizetype p = begin;
    quint32 line = firstLine;
    while (p < end) {
        if (data[p] == '\n') { // a blank line
            ++p;
            ++line;
            continue;
        }
        if (data[p] == '\r') {
            ++p;
            if (p < end && data[p] == '\n')
                ++p;
            ++line;
            continue;
        }
        if (chunk.recordCount() >= maxRecords) {
            result.end = ChunkEnd::RecordLimit;
            result.stoppedAt = p;
            break;
        }
        if (shared && p - lastReport >= reportEvery) {
            if (shared->options.cancel && shared->options.cancel->load(std::memory_order_relaxed)) {
                result.end = ChunkEnd::Cancelled;
                return result;
            }
            const qint64 done = shared->done.fetch_add(p - lastReport) + (p - lastReport);
            lastReport = p;
            if (shared->options.progress)
                shared->options.progress(done, shared->total);
        }
        chunk.firstCell.push_back(quint32(chunk.cells.size()));
        chunk.lines.push_back(line);
        for (;;) {
            if (p < end && data[p] == '"') {
                const quint32 quoteLine = line;
                const qsizetype start = ++p;
                qsizetype segment = start;
                QByteArray unescaped;
                bool escaped = false;
                for (;;) {
                    while (p < end && data[p] != '"') {
                        const char c = data[p];
                        if (c == '\n' || (c == '\r' && (p + 1 >= end || data[p + 1] != '\n')))
                            ++line;
                        ++p;
                    }
                    if (p >= end) {
                        result.end = ChunkEnd::Unterminated;
                        result.errorLine = quoteLine;
                        return result;
                    }
                    if (p + 1 < end && data[p + 1] == '"') { // a doubled quote stands for one
                        unescaped.append(data + segment, p + 1 - segment);
                        p += 2;
                        segment = p;
                        escaped = true;
                        continue;
                    }
                    break;
                }
                const qsizetype closing = p++;
                const qsizetype tail = p;
                while (p < end && !special[uchar(data[p])])
                    ++p;
                if (escaped || p > tail) {
                    unescaped.append(data + segment, closing - segment);
                    unescaped.append(data + tail, p - tail);
                    chunk.cells.push_back({quint32(chunk.unescaped.size()), CsvTable::EscapedBit});
                    chunk.unescaped.push_back(std::move(unescaped));
                } else {
                    chunk.cells.push_back({quint32(start), quint32(closing - start)});
                }
            } else {
                const qsizetype start = p;
                while (p < end && !special[uchar(data[p])])
                    ++p;
                chunk.cells.push_back({quint32(start), quint32(p - start)});
            }
            if (p >= end)
                break;
            const char c = data[p];
            if (c == delimiter) {
                ++p;
                continue;
            }
            if (c == '\r') {
                ++p;
                if (p < end && data[p] == '\n')
                    ++p;
            } else {
                ++p;
            }
            ++line;
            break;
        }
    }
    chunk.firstCell.push_back(quint32(chunk.cells.size()));
    chunk.endLine = line;
    if (shared) {
        const qint64 done = shared->done.fetch_add(p - lastReport) + (p - lastReport);
        if (shared->options.progress)
            shared->options.progress(done, shared->total);
    }
    return result;
}

// A record boundary near the middle of data[begin, end), or -1. The quote parity up to the
// middle says whether it lies inside a quoted field; a stray quote in an unquoted field can fool
// it, which the caller detects (the first half then ends inside a quote) and falls back.
qsizetype splitPoint(const char *data, qsizetype begin, qsizetype end)
{
    const qsizetype middle = begin + (end - begin) / 2;
    bool quoted = std::count(data + begin, data + middle, '"') % 2 != 0;
    for (qsizetype p = middle; p < end; ++p) {
        const char c = data[p];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            return p + 1 < end ? p + 1 : -1;
        } else if (!quoted && c == '\r') {
            const qsizetype next = p + 1 < end && data[p + 1] == '\n' ? p + 2 : p + 1;
            return next < end ? next : -1;
        }
    }
    return -1;
}

QString unterminated(const QString &fileName, quint32 line)
{
    return u"%1: line %2: unterminated quoted field (the quote that opens here is never closed)"_s
        .arg(fileName)
        .arg(line);
}

} // namespace

Result<CsvTable> CsvParser::parse(QByteArray utf8, const Options &options, const QString &fileName)
{
    if (utf8.size() >= qsizetype(CsvTable::EscapedBit))
        return failure(u"%1: the file is larger than 2 GiB, which is more than can be read"_s.arg(fileName));
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    Shared shared{options, size};
    constexpr qsizetype parallelThreshold = 4 * 1024 * 1024;

    std::vector<CsvTable::Chunk> chunks;
    const qsizetype split = options.threads >= 2 && size >= parallelThreshold
                                ? splitPoint(data, 0, size)
                                : -1;
    bool parsed = false;
    if (split > 0) {
        QFuture<ChunkParse> second = QtConcurrent::run([&] {
            return parseChunk(data, split, size, options.delimiter, 0, INT32_MAX, &shared);
        });
        ChunkParse first = parseChunk(data, 0, split, options.delimiter, 1, INT32_MAX, &shared);
        ChunkParse rest = second.result();
        if (first.end == ChunkEnd::Cancelled || rest.end == ChunkEnd::Cancelled)
            return failure(u"%1: reading was cancelled"_s.arg(fileName));
        if (first.end == ChunkEnd::Complete) {
            // The second half numbered its lines from 0: shift them by where the first ended.
            const quint32 base = first.chunk.endLine;
            if (rest.end == ChunkEnd::Unterminated)
                return failure(unterminated(fileName, rest.errorLine + base));
            for (quint32 &line : rest.chunk.lines)
                line += base;
            rest.chunk.endLine += base;
            chunks.push_back(std::move(first.chunk));
            chunks.push_back(std::move(rest.chunk));
            parsed = true;
        } else {
            qCDebug(lcCsv) << "split point was inside a quoted field; parsing on one thread";
            shared.done = 0;
        }
    }
    if (!parsed) {
        ChunkParse whole = parseChunk(data, 0, size, options.delimiter, 1, INT32_MAX, &shared);
        if (whole.end == ChunkEnd::Cancelled)
            return failure(u"%1: reading was cancelled"_s.arg(fileName));
        if (whole.end == ChunkEnd::Unterminated)
            return failure(unterminated(fileName, whole.errorLine));
        chunks.push_back(std::move(whole.chunk));
    }
    qint64 records = 0;
    for (const CsvTable::Chunk &chunk : chunks)
        records += chunk.recordCount();
    if (records == 0)
        return failure(u"%1: the file is empty (no header line)"_s.arg(fileName));
    if (records - 1 > INT32_MAX)
        return failure(u"%1: the file has more rows than can be read"_s.arg(fileName));
    return CsvTable(std::move(utf8), std::move(chunks));
}

CsvTable CsvParser::parseHead(QByteArray head, char delimiter, int maxRows, bool wholeFile)
{
    ChunkParse parse = parseChunk(head.constData(), 0, head.size(), delimiter, 1,
                                  qint64(maxRows) + 1, nullptr);
    CsvTable::Chunk &chunk = parse.chunk;
    if (parse.end == ChunkEnd::Unterminated) {
        // The record being parsed never ended within the head: forget it. Its first cell index
        // becomes the end marker.
        chunk.cells.resize(chunk.firstCell.back());
        chunk.lines.pop_back();
    } else if (parse.end == ChunkEnd::Complete && !wholeFile && chunk.recordCount() > 0
               && !(head.endsWith('\n') || head.endsWith('\r'))) {
        // The last record may be cut short by the end of the head.
        chunk.lines.pop_back();
        chunk.firstCell.pop_back();
        chunk.cells.resize(chunk.firstCell.back());
    }
    std::vector<CsvTable::Chunk> chunks;
    chunks.push_back(std::move(chunk));
    return CsvTable(std::move(head), std::move(chunks));
}

} // namespace Peere
