#pragma once

#include "csv/columnmapping.h"
#include "csv/csvtable.h"
#include "records/issuecounts.h"
#include "records/schema.h"
#include "validation/recordvalidator.h"
#include "validation/uniquenessindex.h"

#include <QByteArray>

#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace Peere {

// The records of one import, compact enough for millions of rows: the source file's UTF-8 bytes
// with offsets (CsvTable), the column mapping onto the API's fields, an overlay of edited values,
// per-row flags (errors, warnings, excluded, edited) and the validation issues, kept sorted by
// row. Values are QByteArrayViews into the bytes or the overlay: no QString per cell.
//
// Rows are 0-based (the CLI prints row + 1); fields are indices in fieldSpecs(kind). Built and
// validated off the GUI thread by the import pipeline, then owned and edited by one thread (the
// GUI thread): not thread-safe after that.
class RecordStore
{
public:
    RecordStore(RecordKind kind, CsvTable table, ColumnMapping mapping);
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // Validates every row on `threads` threads (the uniqueness index is built alongside), row
    // shape included. `progress` gets rows done and total from any of those threads. Returns false
    // when cancelled.
    bool validateAll(int threads,
                     const std::function<void(qint32 done, qint32 total)> &progress = {},
                     const std::atomic_bool *cancel = nullptr);

    RecordKind kind() const { return m_kind; }
    const CsvTable &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const RecordValidator &validator() const { return m_validator; }
    qint32 rowCount() const { return m_table.rowCount(); }
    int fieldCount() const { return int(m_fieldColumns.size()); }

    // The current value (edited or as read); empty for an unmapped field.
    QByteArrayView value(qint32 row, int field) const;
    QByteArrayView originalValue(qint32 row, int field) const;
    bool isEdited(qint32 row, int field) const;
    bool isRowEdited(qint32 row) const { return m_flags[size_t(row)] & Edited; }
    qsizetype editedCellCount() const { return qsizetype(m_overlay.size()); }

    // Every source column, mapped or not (the review table shows them; trustLevel is read from
    // one): read-only.
    int sourceColumnCount() const { return m_table.columnCount(); }
    QString sourceColumnName(int column) const { return m_table.header().value(column); }
    QByteArrayView sourceValue(qint32 row, int column) const { return m_table.value(row, column); }
    // The 1-based line of the file where the row starts.
    quint32 line(qint32 row) const { return m_table.line(row); }
    bool isRagged(qint32 row) const { return m_table.fieldCount(row) != m_table.columnCount(); }

    // The row's issues, sorted by field; valid until the next edit.
    std::span<const ValidationIssue> issues(qint32 row) const;
    QList<ValidationIssue> issues(qint32 row, int field) const;
    // The worst severity among the cell's issues (whole-row issues included), if any.
    std::optional<Severity> cellSeverity(qint32 row, int field) const;
    bool hasErrors(qint32 row) const { return m_flags[size_t(row)] & Error; }
    bool hasWarnings(qint32 row) const { return m_flags[size_t(row)] & Warning; }
    const IssueCounts &counts() const { return m_counts; }
    // Every issue, sorted by row, then field.
    QList<ValidationIssue> allIssues() const;
    std::optional<QString> suggestedFix(const ValidationIssue &issue) const;

    enum class RowFilter { All, WithErrors, WarningsOnly, WithIssues, Excluded, Edited };
    // The rows that pass `filter`, in order: the review table's "only rows with errors".
    QList<qint32> rows(RowFilter filter) const;
    // The rows with an issue of `rule` (any rule when not set) on `field` (any field when -2).
    QList<qint32> rowsWithIssue(std::optional<Rule> rule, int field = -2) const;
    // The first row after `row` (wrapping) with an error or a warning; -1 when none.
    qint32 nextProblemRow(qint32 row) const;

    // Edits one value, re-validates the row at once and updates the duplicates of the edited
    // field everywhere. Returns the rows whose issues may have changed (sorted, `row` included).
    QList<qint32> setValue(qint32 row, int field, const QByteArray &value);

    struct CellEdit
    {
        qint32 row = 0;
        int field = 0;
        QByteArray value;
    };
    // Applies several edits in order; returns the edits that undo them (the previous values,
    // in reverse order) and adds the affected rows, sorted, to `affected`.
    QList<CellEdit> setValues(const QList<CellEdit> &edits, QList<qint32> *affected = nullptr);

    // An excluded row is not migrated; it leaves the uniqueness index, so rows it duplicated
    // become valid. Returns the affected rows, sorted.
    QList<qint32> setExcluded(qint32 row, bool excluded);
    bool isExcluded(qint32 row) const { return m_flags[size_t(row)] & Excluded; }

    qint64 memoryBytes() const;

private:
    enum Flag : quint8 {
        Error = 1,
        Warning = 2,
        Excluded = 4,
        Edited = 8,
        Revalidated = 16, // the row's issues live in m_revalidated, not m_issues
    };
    using Values = std::array<QByteArrayView, 32>;

    static quint64 key(qint32 row, int field) { return (quint64(quint32(row)) << 8) | quint8(field); }
    std::span<const QByteArrayView> rowValues(qint32 row, Values &values) const;
    void appendDuplicates(qint32 row, std::span<const QByteArrayView> values,
                          QList<ValidationIssue> &out) const;
    void revalidate(qint32 row);
    void refreshDuplicates(qint32 row);
    void replaceIssues(qint32 row, QList<ValidationIssue> issues);
    void finishValidation(std::vector<QList<ValidationIssue>> &chunks,
                          std::vector<QList<ValidationIssue>> &duplicates);

    RecordKind m_kind;
    CsvTable m_table;
    ColumnMapping m_mapping;
    RecordValidator m_validator;
    UniquenessIndex m_uniqueness;
    std::vector<int> m_fieldColumns;
    std::vector<quint8> m_flags;
    std::unordered_map<quint64, QByteArray> m_overlay;
    std::vector<ValidationIssue> m_issues;              // from validateAll, sorted by row
    std::unordered_map<qint32, QList<ValidationIssue>> m_revalidated; // re-validated since
    IssueCounts m_counts;
};

} // namespace Peere
