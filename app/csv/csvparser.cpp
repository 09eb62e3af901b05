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
        chunk.recordStart.reserve(size_t(double(lines) * scale) + 16);
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
        chunk.recordStart.push_back(quint32(p));
        chunk.lines.push_back(line);
        const qsizetype recordStart = p;
        // A slice of the text, in 4 bytes when it fits.
        const auto addCell = [&](qsizetype start, qsizetype length) {
            const qsizetype offset = start - recordStart;
            if (offset < CsvTable::Far && length < CsvTable::Far) {
                chunk.cells.push_back({quint16(offset), quint16(length)});
                return;
            }
            chunk.farCells.push_back(
                {quint32(chunk.cells.size()), quint32(start), quint32(length)});
            chunk.cells.push_back({CsvTable::Far, 0});
        };
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
                    chunk.farCells.push_back({quint32(chunk.cells.size()),
                                              quint32(chunk.unescaped.size()),
                                              CsvTable::EscapedBit});
                    chunk.cells.push_back({CsvTable::Far, 0});
                    chunk.unescaped.push_back(std::move(unescaped));
                } else {
                    addCell(start, closing - start);
                }
            } else {
                const qsizetype start = p;
                while (p < end && !special[uchar(data[p])])
                    ++p;
                addCell(start, p - start);
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

// The first record boundary at or after `from` in data[from, end), given whether `from` lies
// inside a quoted field (by the parity of the quotes before it), or -1. A stray quote in an
// unquoted field can fool the parity; the caller detects that (the chunk before then ends
// inside a quote) and falls back to one thread.
qsizetype boundaryAfter(const char *data, qsizetype from, qsizetype end, bool quoted)
{
    for (qsizetype p = from; p < end; ++p) {
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

// The number of '"' in data[0, size). Byte counters over blocks of 255 let the compiler use
// vector compares: several times faster than std::count, which keeps 64-bit counts.
qsizetype countQuotes(const char *data, qsizetype size)
{
    qsizetype total = 0;
    qsizetype i = 0;
    for (; i + 255 <= size; i += 255) {
        unsigned char block = 0;
        for (int j = 0; j < 255; ++j)
            block += data[i + j] == '"';
        total += block;
    }
    for (; i < size; ++i)
        total += data[i] == '"';
    return total;
}

// Where to cut data[0, size) into `parts` runs of whole records: the quotes of each part are
// counted in parallel, then each cut is the first record boundary after an even split.
std::vector<qsizetype> cutPoints(const char *data, qsizetype size, int parts)
{
    std::vector<qsizetype> starts(size_t(parts) + 1);
    for (int i = 0; i <= parts; ++i)
        starts[size_t(i)] = size * i / parts;
    std::vector<qsizetype> quotes(size_t(parts), 0);
    QList<QFuture<void>> counting;
    for (int i = 1; i < parts; ++i) {
        counting.append(QtConcurrent::run([&, i] {
            quotes[size_t(i)]
                = countQuotes(data + starts[size_t(i)], starts[size_t(i) + 1] - starts[size_t(i)]);
        }));
    }
    quotes[0] = countQuotes(data + starts[0], starts[1] - starts[0]);
    for (QFuture<void> &future : counting)
        future.waitForFinished();

    std::vector<qsizetype> cuts{0};
    qsizetype before = 0;
    for (int i = 1; i < parts; ++i) {
        before += quotes[size_t(i) - 1];
        const qsizetype cut = boundaryAfter(data, starts[size_t(i)], size, before % 2 != 0);
        if (cut > cuts.back())
            cuts.push_back(cut);
    }
    cuts.push_back(size);
    return cuts;
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
    const int threads = std::clamp(options.threads, 1, 64);
    const std::vector<qsizetype> cuts = threads >= 2 && size >= parallelThreshold
                                            ? cutPoints(data, size, threads)
                                            : std::vector<qsizetype>{0, size};
    const int parts = int(cuts.size()) - 1;
    bool parsed = false;
    if (parts > 1) {
        // Every part but the first numbers its lines from 0: shifted below.
        std::vector<ChunkParse> results(static_cast<size_t>(parts));
        QList<QFuture<void>> helpers;
        for (int i = 1; i < parts; ++i) {
            helpers.append(QtConcurrent::run([&, i] {
                results[size_t(i)] = parseChunk(data,
                                                cuts[size_t(i)],
                                                cuts[size_t(i) + 1],
                                                options.delimiter,
                                                0,
                                                INT32_MAX,
                                                &shared);
            }));
        }
        results[0] = parseChunk(data, 0, cuts[1], options.delimiter, 1, INT32_MAX, &shared);
        for (QFuture<void> &helper : helpers)
            helper.waitForFinished();
        bool cancelled = false;
        bool cutInsideQuote = false;
        for (int i = 0; i < parts; ++i) {
            cancelled = cancelled || results[size_t(i)].end == ChunkEnd::Cancelled;
            cutInsideQuote
                = cutInsideQuote || (i + 1 < parts && results[size_t(i)].end != ChunkEnd::Complete);
        }
        if (cancelled)
            return failure(u"%1: reading was cancelled"_s.arg(fileName));
        if (!cutInsideQuote) {
            quint32 base = results[0].chunk.endLine;
            for (int i = 1; i < parts; ++i) {
                ChunkParse &part = results[size_t(i)];
                if (part.end == ChunkEnd::Unterminated)
                    return failure(unterminated(fileName, part.errorLine + base));
                for (quint32 &line : part.chunk.lines)
                    line += base;
                part.chunk.endLine += base;
                base = part.chunk.endLine;
            }
            for (ChunkParse &part : results)
                chunks.push_back(std::move(part.chunk));
            parsed = true;
        } else {
            qCDebug(lcCsv) << "a cut was inside a quoted field; parsing on one thread";
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
        chunk.recordStart.pop_back();
    } else if (parse.end == ChunkEnd::Complete && !wholeFile && chunk.recordCount() > 0
               && !(head.endsWith('\n') || head.endsWith('\r'))) {
        // The last record may be cut short by the end of the head.
        chunk.lines.pop_back();
        chunk.recordStart.pop_back();
        chunk.firstCell.pop_back();
        chunk.cells.resize(chunk.firstCell.back());
    }
    // Far cells of the records dropped go with them.
    while (!chunk.farCells.empty() && chunk.farCells.back().cell >= chunk.cells.size())
        chunk.farCells.pop_back();
    std::vector<CsvTable::Chunk> chunks;
    chunks.push_back(std::move(chunk));
    return CsvTable(std::move(head), std::move(chunks));
}

} // namespace Peere
