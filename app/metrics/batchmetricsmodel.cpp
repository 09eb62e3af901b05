#include "batchmetricsmodel.h"

#include <QCoreApplication>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

BatchMetricsModel::BatchMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

double BatchMetricsModel::value(const BatchMetrics &batch, int column)
{
    switch (column) {
    case Sequence: return batch.sequence;
    case PhaseColumn: return int(batch.phase);
    case Size: return batch.size;
    case SuccessRate: return batch.successRate;
    case CumulativeSuccessRate: return batch.cumulativeSuccessRate;
    case ProcessingMinutes: return double(batch.latencyMs) / 60000.0;
    case LatencyMs: return double(batch.latencyMs);
    case HttpStatus: return batch.httpStatus;
    case Duplicates: return batch.serverDuplicates;
    case InvalidData: return batch.serverInvalid;
    case Migrated: return double(batch.migrated);
    case Failed: return double(batch.failed);
    }
    return NAN;
}

static bool sameFigures(const BatchMetrics &a, const BatchMetrics &b)
{
    for (int column = 0; column < BatchMetricsModel::ColumnCount; ++column) {
        const double x = BatchMetricsModel::value(a, column), y = BatchMetricsModel::value(b, column);
        if (x != y && !(std::isnan(x) && std::isnan(y)))
            return false;
    }
    return true;
}

void BatchMetricsModel::setBatches(const QList<BatchMetrics> &all)
{
    QList<BatchMetrics> batches;
    batches.reserve(all.size());
    for (const BatchMetrics &batch : all) {
        if (!std::isnan(batch.successRate))
            batches.append(batch);
    }
    // The usual refresh: the same batches, maybe some new ones at the end.
    bool prefix = batches.size() >= m_batches.size();
    for (qsizetype i = 0; prefix && i < m_batches.size(); ++i)
        prefix = batches.at(i).id == m_batches.at(i).id;
    if (!prefix) {
        beginResetModel();
        m_batches = batches;
        endResetModel();
        emit phaseRowsChanged();
        return;
    }
    const qsizetype old = m_batches.size();
    for (qsizetype i = 0; i < old; ++i) {
        if (sameFigures(m_batches.at(i), batches.at(i)))
            continue;
        m_batches[i] = batches.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
    if (batches.size() > old) {
        beginInsertRows({}, int(old), int(batches.size() - 1));
        m_batches.append(batches.mid(old));
        endInsertRows();
        emit phaseRowsChanged();
    }
}

std::pair<int, int> BatchMetricsModel::rowsOfPhase(Phase phase) const
{
    int first = -1, count = 0;
    for (qsizetype i = 0; i < m_batches.size(); ++i) {
        if (m_batches.at(i).phase != phase)
            continue;
        if (first < 0)
            first = int(i);
        ++count;
    }
    return {qMax(first, 0), count};
}

int BatchMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchMetrics &batch = m_batches.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const double number = value(batch, index.column());
        return std::isnan(number) ? QVariant() : QVariant(number);
    }
    case ValueRole: return value(batch, index.column());
    case PhaseRole: return int(batch.phase);
    case BatchIdRole: return batch.id;
    case SuccessStatusRole:
        return int(std::isnan(batch.successRate) ? KpiStatus::NoData
                                                 : kpiStatus(Kpi::SuccessRate, batch.successRate));
    case TimeStatusRole:
        return int(kpiStatus(Kpi::BatchTime, double(batch.latencyMs) / 60000.0));
    }
    return {};
}

QVariant BatchMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Batch"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Phase"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Size"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Success rate"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Cumulative success rate"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Processing time (min)"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Latency (ms)"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "HTTP status"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Duplicates"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Invalid data"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Migrated"),
        QT_TRANSLATE_NOOP("Peere::BatchMetricsModel", "Failed"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("Peere::BatchMetricsModel", titles[section]);
}

QHash<int, QByteArray> BatchMetricsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PhaseRole, "phase");
    names.insert(BatchIdRole, "batchId");
    names.insert(SuccessStatusRole, "successStatus");
    names.insert(TimeStatusRole, "timeStatus");
    names.insert(ValueRole, "value");
    return names;
}

} // namespace Peere
