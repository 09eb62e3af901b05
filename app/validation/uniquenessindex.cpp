#include "uniquenessindex.h"

#include "validation/fieldchecks.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace Peere {

namespace {

__extension__ typedef unsigned __int128 UInt128; // GCC and Clang; -Wpedantic otherwise objects

// A fast 64-bit hash of bytes (wyhash-style multiply-fold), good enough that distinct values
// practically never collide.
inline quint64 fold(quint64 a, quint64 b)
{
    const UInt128 product = UInt128(a) * b;
    return quint64(product) ^ quint64(product >> 64);
}

quint64 hashBytes(const char *data, size_t size)
{
    constexpr quint64 k0 = 0xa0761d6478bd642full;
    constexpr quint64 k1 = 0xe7037ed1a0b428dbull;
    constexpr quint64 k2 = 0x8ebc6af09c88c6e3ull;
    quint64 h = k0 ^ (size * k1);
    size_t i = 0;
    for (; i + 16 <= size; i += 16) {
        quint64 a, b;
        std::memcpy(&a, data + i, 8);
        std::memcpy(&b, data + i + 8, 8);
        h = fold(a ^ k1 ^ h, b ^ k2);
    }
    quint64 a = 0, b = 0;
    const size_t left = size - i;
    if (left >= 8) {
        std::memcpy(&a, data + i, 8);
        std::memcpy(&b, data + i + left - 8, 8);
    } else if (left > 0) {
        std::memcpy(&a, data + i, left);
    }
    h = fold(a ^ k1 ^ h, b ^ k2 ^ left);
    return fold(h ^ k0, k1 ^ size);
}

} // namespace

// --- SlotArray ---------------------------------------------------------------------------------

UniquenessIndex::SlotArray::SlotArray(SlotArray &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

UniquenessIndex::SlotArray &UniquenessIndex::SlotArray::operator=(SlotArray &&other) noexcept
{
    if (this != &other) {
        std::free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

UniquenessIndex::SlotArray::~SlotArray()
{
    std::free(m_data);
}

void UniquenessIndex::SlotArray::assign(size_t count)
{
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    if (count == 0)
        return;
    constexpr size_t hugePage = size_t(2) << 20;
    size_t bytes = count * sizeof(Slot);
    const bool huge = bytes >= hugePage;
    if (huge)
        bytes = (bytes + hugePage - 1) / hugePage * hugePage;
    void *memory = huge ? std::aligned_alloc(hugePage, bytes) : std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    if (huge)
        madvise(memory, bytes, MADV_HUGEPAGE); // a hint; fine if refused
#endif
    m_data = static_cast<Slot *>(memory);
    m_size = count;
    for (size_t i = 0; i < count; ++i)
        m_data[i] = Slot{0, 0, -1};
}

// --- Table -----------------------------------------------------------------------------------

size_t UniquenessIndex::Table::home(quint64 key) const
{
    return size_t((UInt128(key) * entries.size()) >> 64);
}

qint64 UniquenessIndex::Table::find(quint64 key) const
{
    if (entries.empty())
        return -1;
    const size_t capacity = entries.size();
    for (size_t slot = home(key);; slot = slot + 1 == capacity ? 0 : slot + 1) {
        if (entries[slot].head < 0)
            return -1;
        if (entries[slot].key() == key)
            return qint64(slot);
    }
}

size_t UniquenessIndex::Table::findOrInsert(quint64 key, qint32 row, bool &inserted)
{
    // At most 3/4 full keeps linear probing short.
    if ((count + 1) * 4 > entries.size() * 3)
        rehash(std::max<size_t>(64, entries.size() * 2));
    const size_t capacity = entries.size();
    size_t slot = home(key);
    while (entries[slot].head >= 0) {
        if (entries[slot].key() == key) {
            inserted = false;
            return slot;
        }
        slot = slot + 1 == capacity ? 0 : slot + 1;
    }
    entries[slot] = {quint32(key), quint32(key >> 32), row};
    ++count;
    inserted = true;
    return slot;
}

void UniquenessIndex::Table::erase(size_t slot)
{
    const size_t capacity = entries.size();
    size_t hole = slot;
    for (size_t j = hole + 1 == capacity ? 0 : hole + 1; entries[j].head >= 0;
         j = j + 1 == capacity ? 0 : j + 1) {
        const size_t h = home(entries[j].key());
        // The entry at j may move into the hole unless its home lies cyclically in (hole, j].
        const bool stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
        if (!stays) {
            entries[hole] = entries[j];
            hole = j;
        }
    }
    entries[hole].head = -1;
    --count;
}

void UniquenessIndex::Table::rehash(size_t capacity)
{
    SlotArray old = std::move(entries);
    entries.assign(capacity);
    count = 0;
    for (const Slot &entry : old) {
        if (entry.head < 0)
            continue;
        size_t slot = home(entry.key());
        while (entries[slot].head >= 0)
            slot = slot + 1 == capacity ? 0 : slot + 1;
        entries[slot] = entry;
        ++count;
    }
}

// --- UniquenessIndex ---------------------------------------------------------------------------

UniquenessIndex::UniquenessIndex(RecordKind kind)
    : m_kind(kind)
{
    if (kind == RecordKind::Customers) {
        m_columns.push_back({CustomerField::ClientRef, Rule::DuplicateClientRef, false, {}, {}, {}, {}, {}});
        m_columns.push_back({CustomerField::Email, Rule::DuplicateEmail, true, {}, {}, {}, {}, {}});
        m_columns.push_back(
            {CustomerField::AccountNumber, Rule::DuplicateAccountNumber, false, {}, {}, {}, {}, {}});
        m_columns.push_back({CustomerField::Reference, Rule::DuplicateReference, false, {}, {}, {}, {}, {}});
    } else {
        m_columns.push_back({MerchantField::Email, Rule::DuplicateEmail, true, {}, {}, {}, {}, {}});
    }
}

void UniquenessIndex::reserve(qint64 rows)
{
    for (Column &column : m_columns) {
        column.next.reserve(size_t(rows));
        const size_t capacity = size_t(rows) * 3 / 2 + 64;
        if (capacity > column.table.entries.size())
            column.table.rehash(capacity);
    }
}

void UniquenessIndex::clear()
{
    for (Column &column : m_columns) {
        column.table = {};
        column.next = {};
        column.pending = {};
        column.scratch = {};
        column.scratchStarts = {};
    }
}

const UniquenessIndex::Column *UniquenessIndex::columnOf(int field) const
{
    for (const Column &column : m_columns) {
        if (column.field == field)
            return &column;
    }
    return nullptr;
}

UniquenessIndex::Column *UniquenessIndex::columnOf(int field)
{
    return const_cast<Column *>(std::as_const(*this).columnOf(field));
}

std::optional<Rule> UniquenessIndex::duplicateRule(int field) const
{
    const Column *column = columnOf(field);
    return column ? std::optional<Rule>(column->rule) : std::nullopt;
}

QList<int> UniquenessIndex::indexedFields() const
{
    QList<int> fields;
    for (const Column &column : m_columns)
        fields.append(column.field);
    return fields;
}

qint64 UniquenessIndex::memoryBytes() const
{
    flushAll();
    qint64 bytes = 0;
    for (const Column &column : m_columns) {
        bytes += qint64(column.table.entries.size() * sizeof(Slot)
                        + column.next.capacity() * sizeof(qint32)
                        + (column.pending.capacity() + column.scratch.capacity()) * sizeof(Pending));
    }
    return bytes;
}

std::optional<quint64> UniquenessIndex::keyOf(const Column &column, QByteArrayView value)
{
    const QByteArrayView text = Checks::trimmed(value);
    if (text.isEmpty())
        return std::nullopt; // empty values are never duplicates
    if (!column.foldCase)
        return hashBytes(text.data(), size_t(text.size()));
    char buffer[256];
    bool ascii = true;
    if (text.size() <= qsizetype(sizeof buffer)) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto c = uchar(text[i]);
            ascii = ascii && c < 0x80;
            buffer[i] = char(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        if (ascii)
            return hashBytes(buffer, size_t(text.size()));
    }
    // Rare: long or non-ASCII; Unicode case folding.
    const QByteArray folded = QString::fromUtf8(text).toCaseFolded().toUtf8();
    return hashBytes(folded.constData(), size_t(folded.size()));
}

void UniquenessIndex::ensureRow(Column &column, qint32 row)
{
    std::vector<qint32> &next = column.next;
    if (size_t(row) < next.size())
        return;
    // Within what reserve() set aside, take all of it at once; beyond, grow by half.
    if (size_t(row) < next.capacity())
        next.resize(next.capacity(), -1);
    else
        next.resize(std::max(size_t(row) + 1, next.size() + next.size() / 2), -1);
}

void UniquenessIndex::link(Column &column, quint64 key, qint32 row, QList<qint32> *changed)
{
    ensureRow(column, row);
    bool inserted = false;
    const size_t slot = column.table.findOrInsert(key, row, inserted);
    if (inserted) {
        column.next[size_t(row)] = -1;
        return;
    }
    qint32 &head = column.table.entries[slot].head;
    if (changed && column.next[size_t(head)] < 0)
        changed->append(head); // was alone, now a duplicate
    column.next[size_t(row)] = head;
    head = row;
}

bool UniquenessIndex::unlink(Column &column, quint64 key, qint32 row, QList<qint32> *changed)
{
    const qint64 slot = column.table.find(key);
    if (slot < 0 || size_t(row) >= column.next.size())
        return false;
    qint32 &head = column.table.entries[size_t(slot)].head;
    if (head == row) {
        head = column.next[size_t(row)];
    } else {
        qint32 previous = head;
        while (previous >= 0 && column.next[size_t(previous)] != row)
            previous = column.next[size_t(previous)];
        if (previous < 0)
            return false; // not in this group: the caller's old value was not the row's value
        column.next[size_t(previous)] = column.next[size_t(row)];
    }
    column.next[size_t(row)] = -1;
    if (head < 0) {
        column.table.erase(size_t(slot));
    } else if (changed && column.next[size_t(head)] < 0) {
        changed->append(head); // the one left is no longer a duplicate
    }
    return true;
}

void UniquenessIndex::add(qint32 row, std::span<const QByteArrayView> values)
{
    constexpr size_t chunk = 1 << 16;
    for (Column &column : m_columns) {
        if (size_t(column.field) >= values.size())
            continue;
        if (const auto key = keyOf(column, values[size_t(column.field)])) {
            column.pending.push_back({*key, row});
            if (column.pending.size() >= chunk)
                flush(column);
        }
    }
}

void UniquenessIndex::flush(Column &column)
{
    std::vector<Pending> &pending = column.pending;
    if (pending.empty())
        return;
    Table &table = column.table;
    const size_t needed = (table.count + pending.size()) * 4 / 3 + 64;
    if (needed > table.entries.size())
        table.rehash(std::max(needed, table.entries.size() * 2));
    qint32 lastRow = 0;
    for (const Pending &entry : pending)
        lastRow = std::max(lastRow, entry.row);
    ensureRow(column, lastRow);

    if (pending.size() < 4096) { // small: the table is small or the sort would not pay
        for (const Pending &entry : pending)
            link(column, entry.key, entry.row, nullptr);
        pending.clear();
        return;
    }
    // Counting sort by home slot (coarsely: 4096 buckets), then link in that order.
    constexpr size_t buckets = 4096;
    const size_t capacity = table.entries.size();
    auto bucketOf = [&](quint64 key) { return table.home(key) * buckets / capacity; };
    std::vector<quint32> &starts = column.scratchStarts;
    starts.assign(buckets + 1, 0);
    for (const Pending &entry : pending)
        ++starts[bucketOf(entry.key) + 1];
    for (size_t b = 1; b <= buckets; ++b)
        starts[b] += starts[b - 1];
    std::vector<Pending> &sorted = column.scratch; // kept: a fresh MiB each time costs page faults
    sorted.resize(pending.size());
    for (const Pending &entry : pending)
        sorted[starts[bucketOf(entry.key)]++] = entry;
    // Ask for the slots a little ahead: each one is a cache miss, and they are independent.
    constexpr size_t ahead = 16;
    for (size_t i = 0; i < sorted.size(); ++i) {
        if (i + ahead < sorted.size())
            __builtin_prefetch(&table.entries[table.home(sorted[i + ahead].key)]);
        link(column, sorted[i].key, sorted[i].row, nullptr);
    }
    pending.clear();
}

void UniquenessIndex::flushAll() const
{
    for (Column &column : m_columns)
        flush(column);
}

QList<qint32> UniquenessIndex::remove(qint32 row, std::span<const QByteArrayView> values)
{
    flushAll();
    QList<qint32> changed;
    for (const Column &column : m_columns) {
        if (size_t(column.field) < values.size())
            changed += update(row, column.field, values[size_t(column.field)], {});
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

QList<qint32> UniquenessIndex::update(qint32 row, int field, QByteArrayView oldValue,
                                      QByteArrayView newValue)
{
    flushAll();
    QList<qint32> changed;
    Column *column = columnOf(field);
    if (!column)
        return changed;
    const std::optional<quint64> oldKey = keyOf(*column, oldValue);
    const std::optional<quint64> newKey = keyOf(*column, newValue);
    if (oldKey == newKey)
        return changed;
    bool wasDuplicate = false;
    if (oldKey) {
        wasDuplicate = isDuplicate(row, field, oldValue);
        unlink(*column, *oldKey, row, &changed);
    }
    bool isDuplicateNow = false;
    if (newKey) {
        isDuplicateNow = column->table.find(*newKey) >= 0;
        link(*column, *newKey, row, &changed);
    }
    if (wasDuplicate != isDuplicateNow)
        changed.append(row);
    std::sort(changed.begin(), changed.end());
    return changed;
}

void UniquenessIndex::appendIssues(const Column &column, QList<ValidationIssue> &out)
{
    // A row shares its value when it points to another row of its group, or another points to
    // it: one pass over the chains (4 bytes a row), not over the tables.
    const std::vector<qint32> &next = column.next;
    std::vector<qint32> rows;
    for (size_t row = 0; row < next.size(); ++row) {
        if (next[row] >= 0) {
            rows.push_back(qint32(row));
            rows.push_back(next[row]);
        }
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    out.reserve(out.size() + qsizetype(rows.size()));
    for (const qint32 row : rows)
        out.append({row, qint16(column.field), column.rule});
}

void UniquenessIndex::appendIssues(QList<ValidationIssue> &out) const
{
    flushAll();
    const qsizetype first = out.size();
    for (const Column &column : m_columns)
        appendIssues(column, out);
    std::sort(out.begin() + first, out.end(), issueLessThan);
}

bool UniquenessIndex::buildField(int index,
                                 qint32 rows,
                                 const std::function<QByteArrayView(qint32)> &value,
                                 QList<ValidationIssue> &issues,
                                 const std::atomic_bool *cancel)
{
    Column &column = m_columns[size_t(index)];
    column.table = {};
    column.next = {};
    column.pending = {};
    column.scratch = {};
    column.scratchStarts = {};
    column.next.reserve(size_t(rows));
    column.table.rehash(size_t(rows) * 3 / 2 + 64);
    constexpr size_t chunk = 1 << 16;
    column.pending.reserve(chunk);
    for (qint32 row = 0; row < rows; ++row) {
        if ((row & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return false;
        if (const auto key = keyOf(column, value(row))) {
            column.pending.push_back({*key, row});
            if (column.pending.size() >= chunk)
                flush(column);
        }
    }
    flush(column);
    appendIssues(column, issues);
    return true;
}

QList<qint32> UniquenessIndex::rowsSharing(int field, QByteArrayView value) const
{
    flushAll();
    QList<qint32> rows;
    const Column *column = columnOf(field);
    const std::optional<quint64> key = column ? keyOf(*column, value) : std::nullopt;
    const qint64 slot = key ? column->table.find(*key) : -1;
    if (slot < 0)
        return rows;
    for (qint32 row = column->table.entries[size_t(slot)].head; row >= 0;
         row = column->next[size_t(row)])
        rows.append(row);
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool UniquenessIndex::isDuplicate(qint32 row, int field, QByteArrayView value) const
{
    flushAll();
    const Column *column = columnOf(field);
    const std::optional<quint64> key = column ? keyOf(*column, value) : std::nullopt;
    const qint64 slot = key ? column->table.find(*key) : -1;
    if (slot < 0)
        return false;
    const qint32 head = column->table.entries[size_t(slot)].head;
    return column->next[size_t(head)] >= 0 || head != row;
}

} // namespace Peere
