#include "journalimport.h"

#include "csv/columnmapping.h"
#include "csv/csvreader.h"
#include "journal/journal.h"
#include "records/recordstore.h"
#include "validation/recordvalidator.h"
#include "validation/uniquenessindex.h"

#include <QThread>

#include <vector>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

Result<JournalImport::Summary> JournalImport::importFile(Journal &journal, const QString &path,
                                                         const Options &options)
{
    CsvReader::Options readOptions;
    readOptions.encoding = options.encoding;
    readOptions.delimiter = options.delimiter;
    readOptions.threads = std::max(1, QThread::idealThreadCount());
    Result<CsvDocument> document = CsvReader::read(path, readOptions);
    if (!document)
        return Failure{document.error()};
    const CsvTable &table = document->table;
    const ColumnMapping mapping = ColumnMapping::automatic(options.kind, table.header());
    const int fields = fieldCount(options.kind);
    const qint32 rows = table.rowCount();

    // Values per field of one row, as the validator takes them (empty for an unmapped field).
    std::vector<QByteArrayView> values(static_cast<size_t>(fields));
    const auto load = [&](qint32 row) {
        for (int field = 0; field < fields; ++field) {
            const int column = mapping.column(field);
            values[size_t(field)] = column >= 0 ? table.value(row, column) : QByteArrayView();
        }
    };
    UniquenessIndex unique(options.kind);
    unique.reserve(rows);
    for (qint32 row = 0; row < rows; ++row) {
        load(row);
        unique.add(row, values);
    }
    QList<ValidationIssue> duplicates;
    unique.appendIssues(duplicates); // sorted by row
    qsizetype nextDuplicate = 0;

    const RecordValidator validator(options.kind);
    Summary summary;
    summary.rows = rows;
    summary.missingColumns = mapping.missingFieldNames();
    QList<ValidationIssue> issues;
    const auto source = [&](qint64 index) {
        const qint32 row = qint32(index);
        load(row);
        issues.clear();
        if (table.fieldCount(row) != table.columnCount())
            issues.append({row, -1, Rule::RowShape});
        validator.validate(row, values, issues);
        while (nextDuplicate < duplicates.size() && duplicates.at(nextDuplicate).row < row)
            ++nextDuplicate;
        for (qsizetype i = nextDuplicate; i < duplicates.size() && duplicates.at(i).row == row; ++i)
            issues.append(duplicates.at(i));
        ImportedRecord record;
        record.line = table.line(row);
        record.values.reserve(fields);
        for (const QByteArrayView value : values)
            record.values.append(value.toByteArray());
        for (const ValidationIssue &issue : std::as_const(issues)) {
            if (severity(issue) != Severity::Error)
                continue;
            record.hasErrors = true;
            const QString field = issue.field >= 0 ? fieldName(options.kind, issue.field) : QString();
            record.firstIssue = field.isEmpty() ? ruleId(issue.rule)
                                                : ruleId(issue.rule) + u" ("_s + field + u")"_s;
            break;
        }
        summary.invalid += record.hasErrors ? 1 : 0;
        return record;
    };
    if (VoidResult imported = journal.importRecords(options.kind, rows, source); !imported)
        return Failure{imported.error()};
    return summary;
}

QList<ImportedRecord> JournalImport::fromStore(const RecordStore &store)
{
    QList<ImportedRecord> records;
    const int fields = store.fieldCount();
    records.reserve(store.rowCount());
    for (qint32 row = 0, rows = store.rowCount(); row < rows; ++row) {
        ImportedRecord record;
        record.excluded = store.isExcluded(row);
        record.line = store.line(row);
        record.values.reserve(fields);
        for (int field = 0; field < fields; ++field)
            record.values.append(store.value(row, field).toByteArray());
        record.hasErrors = store.hasErrors(row);
        for (const ValidationIssue &issue : store.issues(row)) {
            if (!record.hasErrors || severity(issue) != Severity::Error)
                continue;
            const QString field
                = issue.field >= 0 ? fieldName(store.kind(), issue.field) : QString();
            record.firstIssue = field.isEmpty() ? ruleId(issue.rule)
                                                : ruleId(issue.rule) + u" ("_s + field + u")"_s;
            break;
        }
        records.append(std::move(record));
    }
    return records;
}

} // namespace Peere
