#pragma once

#include "records/schema.h"
#include "validation/validationissue.h"

#include <QByteArrayView>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace Peere {

// Whole-file uniqueness: the duplicate.* rules. Only the fields that have one are indexed
// (customers: clientRef, email, reference, accountNumber; merchants: email). Values are compared
// trimmed, e-mail addresses case-insensitively; empty values never count. Every row that shares
// a value is a duplicate, not only the later ones.
//
// Compact for a million rows: a value is identified by a 64-bit hash of its normalized bytes (the
// index keeps no copy of the values; the chance that two of a million distinct values collide is
// about 3e-8), each field has an open-addressing table from hash to the first row of its group and
// rows of a group are chained through one int per row.
//
// Not thread-safe: build it in one thread (add), then query or update it in the thread that owns
// it (the GUI thread for the review table).
class UniquenessIndex
{
public:
    explicit UniquenessIndex(RecordKind kind);

    RecordKind kind() const { return m_kind; }
    void reserve(qint64 rows);
    void clear();

    // Adds a row (bulk build). `values`: one per schema field, as RecordValidator takes them.
    void add(qint32 row, std::span<const QByteArrayView> values);

    // The bulk build in parallel: the indexed fields are independent, so buildField() of
    // different `index`es (0 to indexedFields().size() - 1) may run on different threads at
    // once, and nothing else meanwhile. Replaces that field's index with rows 0 to `rows` - 1,
    // `value(row)` giving each one's value, and appends its duplicate issues, sorted by row, to
    // `issues`. Returns false when cancelled.
    bool buildField(int index,
                    qint32 rows,
                    const std::function<QByteArrayView(qint32 row)> &value,
                    QList<ValidationIssue> &issues,
                    const std::atomic_bool *cancel = nullptr);
    // Takes a row out (an excluded row); returns the rows whose duplicate state changed.
    QList<qint32> remove(qint32 row, std::span<const QByteArrayView> values);

    // One value of `row` changed from `oldValue` to `newValue`: returns the rows whose duplicate
    // state for `field` changed (the edited row included), sorted. Empty for an unindexed field.
    QList<qint32> update(qint32 row, int field, QByteArrayView oldValue, QByteArrayView newValue);

    // Appends every duplicate.* issue, sorted by row then field.
    void appendIssues(QList<ValidationIssue> &out) const;
    // The rows whose `field` has this value (compared as the rule compares), sorted.
    QList<qint32> rowsSharing(int field, QByteArrayView value) const;
    // Whether a row other than `row` has this value in `field`.
    bool isDuplicate(qint32 row, int field, QByteArrayView value) const;

    bool isIndexed(int field) const { return columnOf(field) != nullptr; }
    std::optional<Rule> duplicateRule(int field) const;
    QList<int> indexedFields() const;
    qint64 memoryBytes() const;

private:
    // hash -> first row of the group, linear probing, backward-shift deletion.
    struct Slot
    {
        quint32 low; // the 64-bit key in two halves: 12-byte entries
        quint32 high;
        qint32 head; // -1: free slot
        quint64 key() const { return quint64(high) << 32 | low; }
    };
    // A slot array in memory the kernel may back with huge pages: a million-row table is
    // tens of MiB probed at random, and 4 KiB pages make every probe a TLB miss.
    class SlotArray
    {
    public:
        SlotArray() = default;
        SlotArray(SlotArray &&other) noexcept;
        SlotArray &operator=(SlotArray &&other) noexcept;
        ~SlotArray();
        void assign(size_t count);
        size_t size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        Slot &operator[](size_t i) { return m_data[i]; }
        const Slot &operator[](size_t i) const { return m_data[i]; }
        const Slot *begin() const { return m_data; }
        const Slot *end() const { return m_data + m_size; }

    private:
        Slot *m_data = nullptr;
        size_t m_size = 0;
    };
    struct Table
    {
        SlotArray entries;
        size_t count = 0;

        size_t home(quint64 key) const;
        qint64 find(quint64 key) const;
        // The slot of `key`; a new one holding `row` when there was none (`inserted`).
        size_t findOrInsert(quint64 key, qint32 row, bool &inserted);
        void erase(size_t slot);
        void rehash(size_t capacity);
    };
    struct Pending
    {
        quint64 key;
        qint32 row;
    };
    struct Column
    {
        int field;
        Rule rule;
        bool foldCase;
        Table table;
        std::vector<qint32> next;     // per row: the next row of its group, -1 at the end
        std::vector<Pending> pending; // added, not yet in the table
        std::vector<Pending> scratch; // flush's sorted copy
        std::vector<quint32> scratchStarts;
    };

    const Column *columnOf(int field) const;
    Column *columnOf(int field);
    static std::optional<quint64> keyOf(const Column &column, QByteArrayView value);
    static void link(Column &column, quint64 key, qint32 row, QList<qint32> *changed);
    static bool unlink(Column &column, quint64 key, qint32 row, QList<qint32> *changed);
    static void ensureRow(Column &column, qint32 row);
    static void flush(Column &column);
    static void appendIssues(const Column &column, QList<ValidationIssue> &out);
    void flushAll() const;

    RecordKind m_kind;
    // add() queues values and links them in table order, a chunk at a time (random probes into
    // a table of tens of MiB are slow; probes in slot order are not). Every other member
    // function flushes first, the const ones too: hence mutable.
    mutable std::vector<Column> m_columns;
};

} // namespace Peere
