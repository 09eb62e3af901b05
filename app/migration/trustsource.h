#pragma once

#include "common/result.h"
#include "csv/csvtable.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Peere {

// The source file of a merchant migration, read again for the columns the journal does not keep
// (a `trustLevel` column, a monthly volume...). Rows are the journal's rows: record row r is the
// file's data row r (1-based), so the file must be the one the migration was imported from.
// Read-only once loaded; any thread may read it.
class TrustSource
{
    Q_DECLARE_TR_FUNCTIONS(Peere::TrustSource)

public:
    TrustSource() = default; // no source: no columns, every value empty

    // Reads the whole file (encoding and delimiter detected). Blocking.
    static Result<TrustSource> fromFile(const QString &path);

    QString fileName() const { return m_fileName; }
    bool isEmpty() const { return !m_table; }
    QStringList columns() const;
    qint64 rowCount() const;
    // The column called `name`: exact, then ignoring case, spaces and punctuation
    // ("Monthly Volume" finds monthlyVolume); -1 when there is none.
    int column(const QString &name) const;
    // The value of `column` at record row `row` (1-based); empty when there is none.
    QString value(qint64 row, int column) const;

private:
    QString m_fileName;
    std::shared_ptr<const CsvTable> m_table;
};

} // namespace Peere
