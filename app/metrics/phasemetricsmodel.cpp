#include "phasemetricsmodel.h"

#include <QCoreApplication>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

PhaseMetricsModel::PhaseMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int i = 0; i < phaseCount; ++i)
        m_phases[i].phase = Phase(i);
}

QString PhaseMetricsModel::phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Pilot: return QCoreApplication::translate("Peere::PhaseMetricsModel", "Pilot");
    case Phase::Expand: return QCoreApplication::translate("Peere::PhaseMetricsModel", "Expand");
    case Phase::Complete:
        return QCoreApplication::translate("Peere::PhaseMetricsModel", "Complete");
    case Phase::Verify: return QCoreApplication::translate("Peere::PhaseMetricsModel", "Verify");
    }
    return {};
}

void PhaseMetricsModel::setPhases(const std::array<PhaseMetrics, phaseCount> &phases)
{
    for (int row = 0; row < phaseCount; ++row) {
        int first = -1, last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (cell(m_phases[row], column) == cell(phases[row], column))
                continue;
            if (first < 0)
                first = column;
            last = column;
        }
        const bool statusChanged = m_phases[row].status != phases[row].status;
        m_phases[row] = phases[row];
        if (first >= 0 || statusChanged) {
            emit dataChanged(index(row, first < 0 ? 0 : first),
                             index(row, last < 0 ? ColumnCount - 1 : last));
        }
    }
}

QVariant PhaseMetricsModel::cell(const PhaseMetrics &p, int column) const
{
    switch (column) {
    case PhaseColumn: return phaseTitle(p.phase);
    case Records: return p.counts.records;
    case Invalid: return p.counts.invalid;
    case Migrated: return p.counts.migrated;
    case Failed: return p.counts.failed;
    case SuccessRate: return p.counts.attempted() > 0 ? QVariant(p.counts.successRate()) : QVariant();
    case P50Seconds: return double(p.p50LatencyMs) / 1000.0;
    case P95Seconds: return double(p.p95LatencyMs) / 1000.0;
    case SlowestMinutes: return double(p.slowestMs) / 60000.0;
    case RecordsPerMinute: return p.recordsPerMinute;
    case Duplicates: return p.duplicates;
    case InvalidData: return p.invalidData;
    case Decision: return p.decision;
    case DecidedBy: return p.decidedBy;
    case DecidedAt: return p.decidedAt;
    }
    return {};
}

int PhaseMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : phaseCount;
}

int PhaseMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhaseMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhaseMetrics &p = m_phases[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return cell(p, index.column());
    case PhaseRole: return int(p.phase);
    case StatusRole: return phaseStatusName(p.status);
    case SuccessStatusRole: return int(p.kpis[int(Kpi::SuccessRate)].status);
    }
    return {};
}

QVariant PhaseMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < phaseCount ? phaseTitle(Phase(section)) : QVariant();
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Phase"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Records"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Invalid"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Migrated"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Failed"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Success rate"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Latency p50 (s)"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Latency p95 (s)"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Slowest batch (min)"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Records per minute"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Duplicates"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Invalid data"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Gate decision"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Decided by"),
        QT_TRANSLATE_NOOP("Peere::PhaseMetricsModel", "Decided at"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    return QCoreApplication::translate("Peere::PhaseMetricsModel", titles[section]);
}

} // namespace Peere
