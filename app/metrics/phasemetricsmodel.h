#pragma once

#include "metricssnapshot.h"

#include <QAbstractTableModel>

namespace Peere {

// One row per phase (pilot, expand, complete, verify): counts, latency, pace, duplicates against
// invalid data and the gate decision. The latency and duplicates charts map its columns with
// QVBarModelMapper (one bar set per column, one category per phase). GUI thread.
class PhaseMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PhaseColumn, Records, Invalid, Migrated, Failed, SuccessRate, P50Seconds, P95Seconds,
        SlowestMinutes, RecordsPerMinute, Duplicates, InvalidData, Decision, DecidedBy, DecidedAt,
        ColumnCount
    };
    enum Role {
        PhaseRole = Qt::UserRole + 1, // Phase as int
        StatusRole,                   // PhaseStatus name
        SuccessStatusRole             // KpiStatus of the phase's success rate
    };

    explicit PhaseMetricsModel(QObject *parent = nullptr);
    void setPhases(const std::array<PhaseMetrics, phaseCount> &phases);
    const PhaseMetrics &phase(Phase phase) const { return m_phases[int(phase)]; }
    static QString phaseTitle(Phase phase); // translated "Pilot", ...

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const PhaseMetrics &phase, int column) const;
    std::array<PhaseMetrics, phaseCount> m_phases;
};

} // namespace Peere
