#include "recordexport.h"

#include "csv/csvwriter.h"

#include <QDir>
#include <QSaveFile>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

Result<qint64> RecordExport::writeCsv(const RecordStore &store, const QString &path,
                                      const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    const int fields = store.fieldCount();
    QList<QByteArray> cells(fields);
    for (int field = 0; field < fields; ++field)
        cells[field] = fieldName(store.kind(), field).toUtf8();
    QByteArray buffer = CsvWriter::line(cells, options.delimiter);
    qint64 written = 0;
    QList<QByteArrayView> values(fields);
    for (qint32 row = 0; row < store.rowCount(); ++row) {
        if (store.isExcluded(row) && !options.includeExcluded)
            continue;
        for (int field = 0; field < fields; ++field)
            values[field] = store.value(row, field);
        buffer += CsvWriter::line(values, options.delimiter);
        ++written;
        if (buffer.size() > 1 << 20) {
            if (file.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit())
        return failure(tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

} // namespace Peere
