#include "csvtable.h"

#include <algorithm>

namespace Peere {

CsvTable::CsvTable(QByteArray text, std::vector<Chunk> chunks)
    : m_text(std::move(text))
    , m_chunks(std::move(chunks))
{
    if (m_chunks.empty())
        m_chunks.emplace_back();
    qint64 records = 0;
    for (Chunk &chunk : m_chunks) {
        chunk.firstRecord = records;
        records += chunk.recordCount();
    }
    m_rowCount = records > 0 ? qint32(records - 1) : 0;
    if (records > 0) {
        const Chunk &first = m_chunks.front();
        for (quint32 cell = first.firstCell[0]; cell < first.firstCell[1]; ++cell)
            m_header.append(QString::fromUtf8(cellValue(first, 0, cell)));
    }
}

QByteArrayView CsvTable::farValue(const Chunk &chunk, quint32 cell) const
{
    const auto it = std::lower_bound(chunk.farCells.cbegin(),
                                     chunk.farCells.cend(),
                                     cell,
                                     [](const FarCell &far, quint32 c) { return far.cell < c; });
    if (it == chunk.farCells.cend() || it->cell != cell)
        return {};
    if (it->length & EscapedBit)
        return chunk.unescaped[it->offset];
    return QByteArrayView(m_text.constData() + it->offset, qsizetype(it->length));
}

quint32 CsvTable::headerLine() const
{
    const Chunk &first = m_chunks.front();
    return first.lines.empty() ? 1 : first.lines.front();
}

qint64 CsvTable::memoryBytes() const
{
    qint64 bytes = m_text.capacity();
    for (const Chunk &chunk : m_chunks) {
        bytes += qint64(chunk.cells.capacity() * sizeof(Cell));
        bytes += qint64(
            (chunk.firstCell.capacity() + chunk.recordStart.capacity() + chunk.lines.capacity())
            * sizeof(quint32));
        bytes += qint64(chunk.farCells.capacity() * sizeof(FarCell));
        for (const QByteArray &value : chunk.unescaped)
            bytes += value.capacity() + qint64(sizeof(QByteArray));
    }
    return bytes;
}

} // namespace Peere
