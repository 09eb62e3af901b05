#include "breakdownmodel.h"

#include <QCoreApplication>

namespace Peere {

BreakdownModel::BreakdownModel(double target, QObject *parent)
    : QAbstractTableModel(parent)
    , m_target(target)
{
}

QStringList BreakdownModel::labels() const
{
    QStringList labels;
    for (const BreakdownRow &row : m_rows)
        labels.append(row.label);
    return labels;
}

void BreakdownModel::setRows(const QList<BreakdownRow> &rows)
{
    bool sameLabels = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameLabels && i < rows.size(); ++i)
        sameLabels = rows.at(i).label == m_rows.at(i).label && rows.at(i).server == m_rows.at(i).server;
    if (!sameLabels) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit labelsChanged();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).count == m_rows.at(i).count && rows.at(i).percent == m_rows.at(i).percent)
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(int(i), Count), index(int(i), Percent));
    }
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Label: return row.label;
        case Count: return row.count;
        case Percent: return row.percent;
        case Target: return m_target;
        }
        return {};
    case LabelRole: return row.label;
    case CountRole: return row.count;
    case PercentRole: return row.percent;
    case ServerRole: return row.server;
    case StatusRole:
        return int(m_target > 0 ? kpiStatus(Kpi::ValidationErrors, row.percent) : KpiStatus::NoData);
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return QCoreApplication::translate("Peere::BreakdownModel", "Cause");
    case Count: return QCoreApplication::translate("Peere::BreakdownModel", "Records");
    case Percent: return QCoreApplication::translate("Peere::BreakdownModel", "Percent");
    case Target: return QCoreApplication::translate("Peere::BreakdownModel", "Target");
    }
    return {};
}

QHash<int, QByteArray> BreakdownModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LabelRole, "label");
    names.insert(CountRole, "count");
    names.insert(PercentRole, "percent");
    names.insert(ServerRole, "server");
    names.insert(StatusRole, "status");
    return names;
}

NumberTableModel::NumberTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

void NumberTableModel::setRows(const QList<QList<double>> &rows)
{
    // Rows are only ever appended or updated as a run goes; anything else is a new journal.
    if (rows.size() < m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    const qsizetype old = m_rows.size();
    for (qsizetype i = 0; i < old; ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), int(m_headers.size()) - 1));
    }
    if (rows.size() > old) {
        beginInsertRows({}, int(old), int(rows.size() - 1));
        m_rows.append(rows.mid(old));
        endInsertRows();
    }
}

int NumberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NumberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant NumberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != ValueRole)
        return {};
    const QList<double> &row = m_rows.at(index.row());
    return index.column() < row.size() ? QVariant(row.at(index.column())) : QVariant();
}

QVariant NumberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Peere
