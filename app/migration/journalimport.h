#pragma once

#include "common/result.h"
#include "csv/csvdialect.h"
#include "records/schema.h"

#include <optional>

namespace Peere {

class Journal;
class RecordStore;
struct ImportedRecord;

// Brings a CSV file into a new journal: read (encoding and delimiter detected or given), map the
// header to the API's fields, validate every row (record rules and whole-file duplicates), and
// import every row with its state (pending, or invalid with its first error's rule).
// Blocking; runs in the thread that owns the journal.
struct JournalImport
{
    struct Options
    {
        RecordKind kind = RecordKind::Customers;
        std::optional<TextEncoding> encoding;
        std::optional<char> delimiter;
    };
    struct Summary
    {
        qint64 rows = 0;
        qint64 invalid = 0;
        QStringList missingColumns;
    };

    static Result<Summary> importFile(Journal &journal, const QString &path, const Options &options);

    // The records of the console's review (current values, after every fix), ready for
    // Journal::importRecords: excluded rows come in excluded (so that including one again puts
    // it back), rows with an error come in invalid with their first error's rule. Runs in the
    // thread that owns the store (the GUI thread); the copy can then be written to a journal from
    // any thread.
    static QList<ImportedRecord> fromStore(const RecordStore &store);
};

} // namespace Peere
