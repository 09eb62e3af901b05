#pragma once

#include "kpi.h"

#include <QAbstractListModel>

#include <array>

namespace Peere {

// The four KPI targets, one row each in Kpi order: what the dashboard's tiles show. The status
// is semantic (KpiStatus); colours are chosen by the screen. GUI thread.
class KpiModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KpiRole = Qt::UserRole + 1, // Kpi as int
        ValueRole,                  // double; percent or minutes
        MeasuredRole,               // bool
        FigureRole,                 // "97.4%", "3.2 min", "—"
        TargetRole,                 // double
        TargetTextRole,             // "target above 95%"
        StatusRole,                 // KpiStatus as int
        StatusTextRole              // "On target", ...
    };

    explicit KpiModel(QObject *parent = nullptr);
    void setKpis(const std::array<KpiValue, kpiCount> &kpis);
    const KpiValue &kpi(Kpi kpi) const { return m_kpis[int(kpi)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::array<KpiValue, kpiCount> m_kpis;
};

} // namespace Peere
