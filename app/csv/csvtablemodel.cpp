#include "csvtablemodel.h"

namespace Peere {

CsvTableModel::CsvTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CsvTableModel::setTable(CsvTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.rowCount();
}

int CsvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_table.columnCount();
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QByteArrayView value = m_table.value(index.row(), index.column());
    if (role == Qt::ToolTipRole)
        return value.size() > DisplayLimit ? tr("%n bytes", nullptr, int(value.size())) : QVariant();
    if (value.size() <= DisplayLimit)
        return QString::fromUtf8(value);
    return QString(QString::fromUtf8(value.first(DisplayLimit)) + u'\u2026');
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_table.rowCount() ? QVariant(section + 1) : QVariant();
    return section >= 0 && section < m_table.columnCount() ? QVariant(m_table.header().at(section))
                                                            : QVariant();
}

} // namespace Peere
