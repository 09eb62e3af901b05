#pragma once

#include "metricssnapshot.h"

#include <QAbstractTableModel>

namespace Peere {

// Counts under labels, most frequent first: validation issues by field or by rule, failures by
// cause. Columns: label, count, percent of all records, and the target line's value (1 % for
// data quality) so that a chart can draw it from the same model. GUI thread.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Count, Percent, Target, ColumnCount };
    enum Role {
        LabelRole = Qt::UserRole + 1, // QString
        CountRole,                    // qint64
        PercentRole,                  // double
        ServerRole,                   // bool: a server refusal rather than a validation rule
        StatusRole                    // KpiStatus of the percent against the target
    };

    // `target`: the percent each row is measured against (1 for data quality, 0 for none).
    explicit BreakdownModel(double target = 0, QObject *parent = nullptr);
    void setRows(const QList<BreakdownRow> &rows);
    const QList<BreakdownRow> &rows() const { return m_rows; }
    QStringList labels() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void labelsChanged();

private:
    double m_target = 0;
    QList<BreakdownRow> m_rows;
};

// Rows of numbers under named columns, appended to as a run goes: throughput per minute against
// the ceiling, the data-quality trend. The first column is the x of a QVXYModelMapper. GUI thread.
class NumberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1 };
    explicit NumberTableModel(const QStringList &headers, QObject *parent = nullptr);
    void setRows(const QList<QList<double>> &rows);
    const QList<QList<double>> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QList<double>> m_rows;
};

} // namespace Peere
