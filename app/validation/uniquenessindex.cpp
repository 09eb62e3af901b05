#include "uniquenessindex.h"

#include "validation/fieldchecks.h"

#include <QString>

#include <algorithm>
#include <cstring>

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

// --- Table -----------------------------------------------------------------------------------

size_t UniquenessIndex::Table::home(quint64 key) const
{
    return size_t((UInt128(key) * keys.size()) >> 64);
}

qint64 UniquenessIndex::Table::find(quint64 key) const
{
    if (keys.empty())
        return -1;
    const size_t capacity = keys.size();
    for (size_t slot = home(key);; slot = slot + 1 == capacity ? 0 : slot + 1) {
        if (heads[slot] < 0)
            return -1;
        if (keys[slot] == key)
            return qint64(slot);
    }
}

void UniquenessIndex::Table::insert(quint64 key, qint32 row)
{
    // At most 3/4 full keeps linear probing short.
    if ((count + 1) * 4 > keys.size() * 3)
        rehash(std::max<size_t>(64, keys.size() * 2));
    const size_t capacity = keys.size();
    size_t slot = home(key);
    while (heads[slot] >= 0)
        slot = slot + 1 == capacity ? 0 : slot + 1;
    keys[slot] = key;
    heads[slot] = row;
    ++count;
}

void UniquenessIndex::Table::erase(size_t slot)
{
    const size_t capacity = keys.size();
    size_t hole = slot;
    for (size_t j = hole + 1 == capacity ? 0 : hole + 1; heads[j] >= 0;
         j = j + 1 == capacity ? 0 : j + 1) {
        const size_t h = home(keys[j]);
        // The entry at j may move into the hole unless its home lies cyclically in (hole, j].
        const bool stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j);
        if (!stays) {
            keys[hole] = keys[j];
            heads[hole] = heads[j];
            hole = j;
        }
    }
    heads[hole] = -1;
    --count;
}

void UniquenessIndex::Table::rehash(size_t capacity)
{
    std::vector<quint64> oldKeys = std::move(keys);
    std::vector<qint32> oldHeads = std::move(heads);
    keys.assign(capacity, 0);
    heads.assign(capacity, -1);
    count = 0;
    for (size_t i = 0; i < oldKeys.size(); ++i) {
        if (oldHeads[i] < 0)
            continue;
        size_t slot = home(oldKeys[i]);
        while (heads[slot] >= 0)
            slot = slot + 1 == capacity ? 0 : slot + 1;
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
        ++count;
    }
}

// --- UniquenessIndex ---------------------------------------------------------------------------

UniquenessIndex::UniquenessIndex(RecordKind kind)
    : m_kind(kind)
{
    if (kind == RecordKind::Customers) {
        m_columns.push_back({CustomerField::ClientRef, Rule::DuplicateClientRef, false, {}, {}});
        m_columns.push_back({CustomerField::Email, Rule::DuplicateEmail, true, {}, {}});
        m_columns.push_back({CustomerField::AccountNumber, Rule::DuplicateAccountNumber, false, {}, {}});
        m_columns.push_back({CustomerField::Reference, Rule::DuplicateReference, false, {}, {}});
    } else {
        m_columns.push_back({MerchantField::Email, Rule::DuplicateEmail, true, {}, {}});
    }
}

void UniquenessIndex::reserve(qint64 rows)
{
    for (Column &column : m_columns) {
        column.next.reserve(size_t(rows));
        const size_t capacity = size_t(rows) * 3 / 2 + 64;
        if (capacity > column.table.keys.size())
            column.table.rehash(capacity);
    }
}

void UniquenessIndex::clear()
{
    for (Column &column : m_columns) {
        column.table = {};
        column.next = {};
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
    qint64 bytes = 0;
    for (const Column &column : m_columns) {
        bytes += qint64(column.table.keys.capacity() * sizeof(quint64)
                        + column.table.heads.capacity() * sizeof(qint32)
                        + column.next.capacity() * sizeof(qint32));
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
    if (size_t(row) >= column.next.size())
        column.next.resize(std::max(size_t(row) + 1, column.next.size() + column.next.size() / 2),
                           -1);
}

void UniquenessIndex::link(Column &column, quint64 key, qint32 row, QList<qint32> *changed)
{
    ensureRow(column, row);
    const qint64 slot = column.table.find(key);
    if (slot < 0) {
        column.next[size_t(row)] = -1;
        column.table.insert(key, row);
        return;
    }
    qint32 &head = column.table.heads[size_t(slot)];
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
    qint32 &head = column.table.heads[size_t(slot)];
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
    for (Column &column : m_columns) {
        if (size_t(column.field) >= values.size())
            continue;
        if (const auto key = keyOf(column, values[size_t(column.field)]))
            link(column, *key, row, nullptr);
    }
}

QList<qint32> UniquenessIndex::remove(qint32 row, std::span<const QByteArrayView> values)
{
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

void UniquenessIndex::appendIssues(QList<ValidationIssue> &out) const
{
    const qsizetype first = out.size();
    for (const Column &column : m_columns) {
        const Table &table = column.table;
        for (size_t slot = 0; slot < table.heads.size(); ++slot) {
            const qint32 head = table.heads[slot];
            if (head < 0 || column.next[size_t(head)] < 0)
                continue;
            for (qint32 row = head; row >= 0; row = column.next[size_t(row)])
                out.append({row, qint16(column.field), column.rule});
        }
    }
    std::sort(out.begin() + first, out.end(), issueLessThan);
}

QList<qint32> UniquenessIndex::rowsSharing(int field, QByteArrayView value) const
{
    QList<qint32> rows;
    const Column *column = columnOf(field);
    const std::optional<quint64> key = column ? keyOf(*column, value) : std::nullopt;
    const qint64 slot = key ? column->table.find(*key) : -1;
    if (slot < 0)
        return rows;
    for (qint32 row = column->table.heads[size_t(slot)]; row >= 0; row = column->next[size_t(row)])
        rows.append(row);
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool UniquenessIndex::isDuplicate(qint32 row, int field, QByteArrayView value) const
{
    const Column *column = columnOf(field);
    const std::optional<quint64> key = column ? keyOf(*column, value) : std::nullopt;
    const qint64 slot = key ? column->table.find(*key) : -1;
    if (slot < 0)
        return false;
    const qint32 head = column->table.heads[size_t(slot)];
    return column->next[size_t(head)] >= 0 || head != row;
}

} // namespace Peere
