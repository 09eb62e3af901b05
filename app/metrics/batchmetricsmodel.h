#pragma once

#include "metricssnapshot.h"

#include <QAbstractTableModel>

namespace Peere {

// One row per batch whose records have a fate (in flight batches appear once answered), ordered
// by phase then by sending, so that each phase's rows are contiguous: a chart series per phase
// maps rowsOfPhase(). Cells hold numbers (the charts read DisplayRole); the roles say what they
// mean. GUI thread; updated in place by setBatches() (appends and changed cells only, so that
// the charts fed from it do not rebuild their series on every refresh).
class BatchMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sequence,              // 1-based position among all batches sent
        PhaseColumn,           // Phase as int
        Size,
        SuccessRate,           // percent
        CumulativeSuccessRate, // percent, over the phase's batches so far
        ProcessingMinutes,
        LatencyMs,
        HttpStatus,
        Duplicates,  // the server's summary
        InvalidData, // the server's summary
        Migrated,
        Failed,
        ColumnCount
    };
    enum Role {
        PhaseRole = Qt::UserRole + 1, // Phase
        BatchIdRole,                  // the journal's batch id
        SuccessStatusRole,            // KpiStatus of the batch's success rate
        TimeStatusRole,               // KpiStatus of its processing time
        ValueRole                     // the cell's number as double (NaN: not measured)
    };

    explicit BatchMetricsModel(QObject *parent = nullptr);

    void setBatches(const QList<BatchMetrics> &batches);
    const QList<BatchMetrics> &batches() const { return m_batches; }
    // First row and row count of `phase` (count 0 when it has no batch yet).
    std::pair<int, int> rowsOfPhase(Phase phase) const;
    static double value(const BatchMetrics &batch, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void phaseRowsChanged();

private:
    QList<BatchMetrics> m_batches;
};

} // namespace Peere
