#include "kpimodel.h"

namespace Peere {

KpiModel::KpiModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (int i = 0; i < kpiCount; ++i)
        m_kpis[i] = KpiValue::none(Kpi(i));
}

void KpiModel::setKpis(const std::array<KpiValue, kpiCount> &kpis)
{
    for (int i = 0; i < kpiCount; ++i) {
        const KpiValue &now = kpis[i];
        const KpiValue &was = m_kpis[i];
        if (now.measured == was.measured && now.value == was.value && now.status == was.status)
            continue;
        m_kpis[i] = now;
        emit dataChanged(index(i), index(i));
    }
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kpiCount;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiValue &kpi = m_kpis[index.row()];
    switch (role) {
    case Qt::DisplayRole: return kpiTitle(kpi.kpi);
    case Qt::ToolTipRole: return kpiTargetText(kpi.kpi);
    case KpiRole: return int(kpi.kpi);
    case ValueRole: return kpi.value;
    case MeasuredRole: return kpi.measured;
    case FigureRole: return kpi.figure();
    case TargetRole: return kpiTarget(kpi.kpi);
    case TargetTextRole: return kpiTargetText(kpi.kpi);
    case StatusRole: return int(kpi.status);
    case StatusTextRole: return kpiStatusText(kpi.status);
    }
    return {};
}

QHash<int, QByteArray> KpiModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KpiRole, "kpi");
    names.insert(ValueRole, "value");
    names.insert(MeasuredRole, "measured");
    names.insert(FigureRole, "figure");
    names.insert(TargetRole, "target");
    names.insert(TargetTextRole, "targetText");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    return names;
}

} // namespace Peere
