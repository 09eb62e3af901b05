#include "recordstore.h"

#include <algorithm>
#include <numeric>

namespace Peere {

RecordStore::RecordStore(RecordKind kind, CsvTable table, ColumnMapping mapping)
    : m_kind(kind)
    , m_table(std::move(table))
    , m_mapping(std::move(mapping))
    , m_validator(kind)
    , m_uniqueness(kind)
    , m_flags(size_t(m_table.rowCount()), 0)
{
    const int fields = Peere::fieldCount(kind);
    m_fieldColumns.resize(size_t(fields));
    for (int field = 0; field < fields; ++field)
        m_fieldColumns[size_t(field)] = m_mapping.kind() == kind ? m_mapping.column(field) : -1;
    m_counts.rows = m_table.rowCount();
    m_counts.byField.fill(0, fields + 1);
}

QByteArrayView RecordStore::originalValue(qint32 row, int field) const
{
    const int column = m_fieldColumns[size_t(field)];
    return column < 0 ? QByteArrayView() : m_table.value(row, column);
}

QByteArrayView RecordStore::value(qint32 row, int field) const
{
    if (m_flags[size_t(row)] & Edited) {
        const auto it = m_overlay.find(key(row, field));
        if (it != m_overlay.end())
            return it->second;
    }
    return originalValue(row, field);
}

bool RecordStore::isEdited(qint32 row, int field) const
{
    return (m_flags[size_t(row)] & Edited) && m_overlay.contains(key(row, field));
}

std::span<const QByteArrayView> RecordStore::rowValues(qint32 row, Values &values) const
{
    const size_t fields = m_fieldColumns.size();
    for (size_t field = 0; field < fields; ++field)
        values[field] = value(row, int(field));
    return std::span<const QByteArrayView>(values.data(), fields);
}

std::span<const ValidationIssue> RecordStore::issues(qint32 row) const
{
    if (m_flags[size_t(row)] & Revalidated) {
        const QList<ValidationIssue> &list = m_revalidated.at(row);
        return std::span<const ValidationIssue>(list.constData(), size_t(list.size()));
    }
    const auto byRow = [](const ValidationIssue &issue, qint32 r) { return issue.row < r; };
    const auto first = std::lower_bound(m_issues.begin(), m_issues.end(), row, byRow);
    auto last = first;
    while (last != m_issues.end() && last->row == row)
        ++last;
    return std::span<const ValidationIssue>(first, last);
}

QList<ValidationIssue> RecordStore::issues(qint32 row, int field) const
{
    QList<ValidationIssue> result;
    for (const ValidationIssue &issue : issues(row)) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

std::optional<Severity> RecordStore::cellSeverity(qint32 row, int field) const
{
    std::optional<Severity> worst;
    for (const ValidationIssue &issue : issues(row)) {
        if (issue.field != field && issue.field != -1)
            continue;
        if (severity(issue.rule) == Severity::Error)
            return Severity::Error;
        worst = Severity::Warning;
    }
    return worst;
}

QList<ValidationIssue> RecordStore::allIssues() const
{
    QList<ValidationIssue> result;
    result.reserve(qsizetype(m_issues.size()));
    for (qint32 row = 0; row < rowCount(); ++row) {
        if (!(m_flags[size_t(row)] & (Error | Warning)))
            continue;
        for (const ValidationIssue &issue : issues(row))
            result.append(issue);
    }
    return result;
}

std::optional<QString> RecordStore::suggestedFix(const ValidationIssue &issue) const
{
    if (issue.row < 0 || issue.row >= rowCount())
        return std::nullopt;
    Values values;
    return m_validator.suggestedFix(issue, rowValues(issue.row, values));
}

QList<qint32> RecordStore::rows(RowFilter filter) const
{
    QList<qint32> result;
    if (filter == RowFilter::All) {
        result.resize(rowCount());
        std::iota(result.begin(), result.end(), 0);
        return result;
    }
    const quint8 *flags = m_flags.data();
    const qint32 count = rowCount();
    for (qint32 row = 0; row < count; ++row) {
        const quint8 f = flags[row];
        bool pass = false;
        switch (filter) {
        case RowFilter::All: pass = true; break;
        case RowFilter::WithErrors: pass = f & Error; break;
        case RowFilter::WarningsOnly: pass = (f & (Error | Warning)) == Warning; break;
        case RowFilter::WithIssues: pass = f & (Error | Warning); break;
        case RowFilter::Excluded: pass = f & Excluded; break;
        case RowFilter::Edited: pass = f & Edited; break;
        }
        if (pass)
            result.append(row);
    }
    return result;
}

QList<qint32> RecordStore::rowsWithIssue(std::optional<Rule> rule, int field) const
{
    QList<qint32> result;
    for (qint32 row = 0; row < rowCount(); ++row) {
        if (!(m_flags[size_t(row)] & (Error | Warning)))
            continue;
        for (const ValidationIssue &issue : issues(row)) {
            if ((!rule || issue.rule == *rule) && (field == -2 || issue.field == field)) {
                result.append(row);
                break;
            }
        }
    }
    return result;
}

qint32 RecordStore::nextProblemRow(qint32 row) const
{
    const qint32 count = rowCount();
    for (qint32 step = 1; step <= count; ++step) {
        const qint32 candidate = qint32((qint64(row) + step) % count);
        if (candidate >= 0 && (m_flags[size_t(candidate)] & (Error | Warning)))
            return candidate;
    }
    return -1;
}

void RecordStore::appendDuplicates(qint32 row, std::span<const QByteArrayView> values,
                                   QList<ValidationIssue> &out) const
{
    if (m_flags[size_t(row)] & Excluded)
        return;
    for (const int field : m_uniqueness.indexedFields()) {
        if (m_uniqueness.isDuplicate(row, field, values[size_t(field)]))
            out.append({row, qint16(field), *m_uniqueness.duplicateRule(field)});
    }
}

void RecordStore::replaceIssues(qint32 row, QList<ValidationIssue> rowIssues)
{
    std::sort(rowIssues.begin(), rowIssues.end(), issueLessThan);
    m_counts.count(issues(row), -1);
    quint8 &flags = m_flags[size_t(row)];
    flags &= quint8(~(Error | Warning));
    for (const ValidationIssue &issue : rowIssues)
        flags |= severity(issue.rule) == Severity::Error ? Error : Warning;
    flags |= Revalidated;
    QList<ValidationIssue> &stored = m_revalidated[row];
    stored = std::move(rowIssues);
    m_counts.count(std::span<const ValidationIssue>(stored.constData(), size_t(stored.size())), 1);
}

void RecordStore::revalidate(qint32 row)
{
    Values values;
    const std::span<const QByteArrayView> fields = rowValues(row, values);
    QList<ValidationIssue> rowIssues;
    if (isRagged(row))
        rowIssues.append({row, -1, Rule::RowShape});
    m_validator.validate(row, fields, rowIssues);
    appendDuplicates(row, fields, rowIssues);
    replaceIssues(row, std::move(rowIssues));
}

void RecordStore::refreshDuplicates(qint32 row)
{
    // Only the duplicate.* issues can change when another row is edited.
    QList<ValidationIssue> rowIssues;
    for (const ValidationIssue &issue : issues(row)) {
        if (!isDuplicateRule(issue.rule))
            rowIssues.append(issue);
    }
    Values values;
    appendDuplicates(row, rowValues(row, values), rowIssues);
    replaceIssues(row, std::move(rowIssues));
}

QList<qint32> RecordStore::setValue(qint32 row, int field, const QByteArray &newValue)
{
    if (row < 0 || row >= rowCount() || field < 0 || field >= fieldCount())
        return {};
    const QByteArray oldValue = value(row, field).toByteArray();
    if (oldValue == newValue)
        return {};

    const quint64 cell = key(row, field);
    if (originalValue(row, field) == newValue)
        m_overlay.erase(cell);
    else
        m_overlay.insert_or_assign(cell, newValue);
    // The row stays flagged as edited while any of its fields is.
    bool edited = false;
    for (int f = 0; f < fieldCount() && !edited; ++f)
        edited = m_overlay.contains(key(row, f));
    quint8 &flags = m_flags[size_t(row)];
    flags = edited ? quint8(flags | Edited) : quint8(flags & ~Edited);

    QList<qint32> affected;
    if (!(flags & Excluded) && m_uniqueness.isIndexed(field))
        affected = m_uniqueness.update(row, field, oldValue, value(row, field));
    revalidate(row);
    for (const qint32 other : std::as_const(affected)) {
        if (other != row)
            refreshDuplicates(other);
    }
    if (!std::binary_search(affected.cbegin(), affected.cend(), row))
        affected.insert(std::lower_bound(affected.begin(), affected.end(), row), row);
    return affected;
}

QList<RecordStore::CellEdit> RecordStore::setValues(const QList<CellEdit> &edits,
                                                    QList<qint32> *affected)
{
    QList<CellEdit> undo;
    undo.reserve(edits.size());
    QList<qint32> rows;
    for (const CellEdit &edit : edits) {
        if (edit.row < 0 || edit.row >= rowCount() || edit.field < 0 || edit.field >= fieldCount())
            continue;
        undo.append({edit.row, edit.field, value(edit.row, edit.field).toByteArray()});
        rows += setValue(edit.row, edit.field, edit.value);
    }
    std::reverse(undo.begin(), undo.end());
    if (affected) {
        *affected += rows;
        std::sort(affected->begin(), affected->end());
        affected->erase(std::unique(affected->begin(), affected->end()), affected->end());
    }
    return undo;
}

QList<qint32> RecordStore::setExcluded(qint32 row, bool excluded)
{
    if (row < 0 || row >= rowCount() || isExcluded(row) == excluded)
        return {};
    Values values;
    const std::span<const QByteArrayView> fields = rowValues(row, values);
    QList<qint32> affected;
    quint8 &flags = m_flags[size_t(row)];
    if (excluded) {
        flags |= Excluded;
        affected = m_uniqueness.remove(row, fields);
        ++m_counts.excludedRows;
    } else {
        flags &= quint8(~Excluded);
        for (const int field : m_uniqueness.indexedFields())
            affected += m_uniqueness.update(row, field, {}, fields[size_t(field)]);
        --m_counts.excludedRows;
    }
    revalidate(row);
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (const qint32 other : std::as_const(affected)) {
        if (other != row)
            refreshDuplicates(other);
    }
    if (!std::binary_search(affected.cbegin(), affected.cend(), row))
        affected.insert(std::lower_bound(affected.begin(), affected.end(), row), row);
    return affected;
}

qint64 RecordStore::memoryBytes() const
{
    qint64 bytes = m_table.memoryBytes();
    bytes += qint64(m_flags.capacity());
    bytes += qint64(m_issues.capacity() * sizeof(ValidationIssue));
    bytes += m_uniqueness.memoryBytes();
    for (const auto &[cell, value] : m_overlay)
        bytes += value.capacity() + 48;
    for (const auto &[row, list] : m_revalidated)
        bytes += list.capacity() * qint64(sizeof(ValidationIssue)) + 48;
    return bytes;
}

} // namespace Peere
