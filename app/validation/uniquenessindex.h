#pragma once

#include "records/schema.h"
#include "validation/validationissue.h"

#include <QByteArrayView>
#include <QList>

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
    struct Table
    {
        std::vector<quint64> keys;
        std::vector<qint32> heads; // -1: free slot
        size_t count = 0;

        size_t home(quint64 key) const;
        qint64 find(quint64 key) const;
        void insert(quint64 key, qint32 row);
        void erase(size_t slot);
        void rehash(size_t capacity);
    };
    struct Column
    {
        int field;
        Rule rule;
        bool foldCase;
        Table table;
        std::vector<qint32> next; // per row: the next row of its group, -1 at the end
    };

    const Column *columnOf(int field) const;
    Column *columnOf(int field);
    static std::optional<quint64> keyOf(const Column &column, QByteArrayView value);
    static void link(Column &column, quint64 key, qint32 row, QList<qint32> *changed);
    static bool unlink(Column &column, quint64 key, qint32 row, QList<qint32> *changed);
    static void ensureRow(Column &column, qint32 row);

    RecordKind m_kind;
    std::vector<Column> m_columns;
};

} // namespace Peere
