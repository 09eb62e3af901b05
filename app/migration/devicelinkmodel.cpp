#include "devicelinkmodel.h"

namespace Peere {

DeviceLinkModel::DeviceLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceLinkModel::setLinks(const QList<DeviceLink> &links)
{
    beginResetModel();
    m_links = links;
    endResetModel();
}

QList<DeviceLink> DeviceLinkModel::invalidLinks(const QList<DeviceEntry> &entries)
{
    QList<DeviceLink> links;
    for (const DeviceEntry &entry : entries) {
        if (entry.valid())
            continue;
        DeviceLink link;
        link.entry = entry;
        link.state = DeviceState::Invalid;
        link.message = entry.message;
        links.append(link);
    }
    return links;
}

QString DeviceLinkModel::stateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Invalid:
        return tr("Fails validation");
    case DeviceState::Pending:
        return tr("To link");
    case DeviceState::InFlight:
        return tr("Linking");
    case DeviceState::Linked:
        return tr("Linked");
    case DeviceState::Failed:
        return tr("Failed");
    case DeviceState::Unknown:
        return tr("To check");
    }
    return {};
}

int DeviceLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int DeviceLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceLink &link = m_links.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return link.entry.row;
        case CustomerColumn:
            return link.entry.customerRef;
        case DeviceColumn:
            return link.entry.deviceId;
        case StateColumn:
            return stateText(link.state);
        case MessageColumn:
            return link.message;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(link.message) : QVariant();
    case StateRole:
        return int(link.state);
    case RuleRole:
        return link.entry.rule;
    }
    return {};
}

QVariant DeviceLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case CustomerColumn:
        return tr("Customer");
    case DeviceColumn:
        return tr("Device");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Why");
    }
    return {};
}

} // namespace Peere
