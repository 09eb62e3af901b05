#pragma once

#include "records/recordstore.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace Peere {

// The corrected records as a CSV file: a header of the API's field names, then every record that
// is not excluded with its current (edited) values. Cells a spreadsheet would run as a formula
// are neutralised as `peere-migrate failures` does (CsvWriter); written atomically (QSaveFile).
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    struct Options
    {
        bool includeExcluded = false;
        char delimiter = ',';
    };
    // Returns the number of records written.
    static Result<qint64> writeCsv(const RecordStore &store, const QString &path,
                                   const Options &options);
    static Result<qint64> writeCsv(const RecordStore &store, const QString &path)
    {
        return writeCsv(store, path, Options());
    }
};

} // namespace Peere
