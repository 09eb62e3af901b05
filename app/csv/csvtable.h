#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace Peere {

// A parsed CSV file: its UTF-8 text plus, for every record, where each field's value lies in it.
// No copy of a value is made unless the value is not a plain slice of the text (doubled quotes
// inside a quoted field, text after a closing quote): those few are kept aside, unescaped.
//
// Rows are the data records, 0-based (the header is not a row). Read-only once built, so any
// thread may read it.
class CsvTable
{
public:
    // Where one field's value is, in 4 bytes (a million rows of a dozen fields is 12 million
    // cells): its offset from the start of its record and its length. A value that does not fit
    // (a record longer than 64 KiB, a field of 64 KiB or more) or that is not a plain slice of the
    // text (unescaped) is marked Far and described in the chunk's farCells instead.
    struct Cell
    {
        quint16 offset = 0;
        quint16 length = 0;
    };
    static constexpr quint16 Far = 0xFFFF;
    static constexpr quint32 EscapedBit = 0x80000000u;
    struct FarCell
    {
        quint32 cell = 0;   // the cell's index in the chunk (farCells are sorted by it)
        quint32 offset = 0; // in the text, or with EscapedBit in `length`: in unescaped
        quint32 length = 0;
    };

    // A run of consecutive records, parsed by one thread.
    struct Chunk
    {
        qint64 firstRecord = 0;
        std::vector<Cell> cells;
        std::vector<quint32> firstCell;   // per record, plus one past the end
        std::vector<quint32> recordStart; // per record: the offset of its first byte in the text
        std::vector<quint32> lines;       // per record: the 1-based line where it starts
        std::vector<FarCell> farCells;
        std::vector<QByteArray> unescaped;
        quint32 endLine = 1; // the line after the last record
        qint64 recordCount() const { return qint64(lines.size()); }
    };

    CsvTable() = default;
    CsvTable(QByteArray text, std::vector<Chunk> chunks);

    // The header's names, exactly as parsed (quotes removed, nothing trimmed).
    const QStringList &header() const { return m_header; }
    int columnCount() const { return int(m_header.size()); }

    qint32 rowCount() const { return m_rowCount; }
    // The number of fields of `row` (differs from columnCount() for ragged rows).
    int fieldCount(qint32 row) const;
    // The value of `column` in `row`; empty when the row has no such field.
    QByteArrayView value(qint32 row, int column) const;
    // The 1-based physical line where `row` starts.
    quint32 line(qint32 row) const;
    quint32 headerLine() const;

    const QByteArray &text() const { return m_text; }
    // The bytes this table holds (text and offsets), for memory budgets.
    qint64 memoryBytes() const;

private:
    struct Location
    {
        const Chunk *chunk;
        qint64 record;
    };
    Location locate(qint64 record) const
    {
        // At most a handful of chunks: a linear walk is the fastest lookup.
        size_t i = m_chunks.size() - 1;
        while (i > 0 && record < m_chunks[i].firstRecord)
            --i;
        return {&m_chunks[i], record - m_chunks[i].firstRecord};
    }
    QByteArrayView cellValue(const Chunk &chunk, qint64 record, quint32 cell) const
    {
        const Cell c = chunk.cells[cell];
        if (c.offset != Far)
            return QByteArrayView(m_text.constData() + chunk.recordStart[size_t(record)] + c.offset,
                                  qsizetype(c.length));
        return farValue(chunk, cell);
    }
    QByteArrayView farValue(const Chunk &chunk, quint32 cell) const;

    QByteArray m_text;
    std::vector<Chunk> m_chunks;
    QStringList m_header;
    qint32 m_rowCount = 0;
};

inline int CsvTable::fieldCount(qint32 row) const
{
    const Location at = locate(qint64(row) + 1);
    return int(at.chunk->firstCell[size_t(at.record) + 1] - at.chunk->firstCell[size_t(at.record)]);
}

inline QByteArrayView CsvTable::value(qint32 row, int column) const
{
    const Location at = locate(qint64(row) + 1);
    const quint32 first = at.chunk->firstCell[size_t(at.record)];
    const quint32 count = at.chunk->firstCell[size_t(at.record) + 1] - first;
    if (column < 0 || quint32(column) >= count)
        return {};
    return cellValue(*at.chunk, at.record, first + quint32(column));
}

inline quint32 CsvTable::line(qint32 row) const
{
    const Location at = locate(qint64(row) + 1);
    return at.chunk->lines[size_t(at.record)];
}

} // namespace Peere
