#pragma once

#include "csv/csvtable.h"

#include <QAbstractTableModel>

namespace Peere {

// A parsed CSV table as it was read, for the import dialog's preview of the first rows: the
// header as column titles, every value as text exactly as parsed. Cheap to reset with a new
// table (CsvTable shares its bytes). GUI thread.
class CsvTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Longer values are cut for display.
    static constexpr int DisplayLimit = 200;

    explicit CsvTableModel(QObject *parent = nullptr);

    void setTable(CsvTable table);
    void clear() { setTable(CsvTable()); }
    const CsvTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CsvTable m_table;
};

} // namespace Peere
