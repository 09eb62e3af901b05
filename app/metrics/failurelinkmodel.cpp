#include "failurelinkmodel.h"

#include "failurecause.h"

#include <QLocale>

namespace Peere {

FailureLinkModel::FailureLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureLinkModel::setLinks(QList<DeviceLink> links)
{
    beginResetModel();
    m_links = std::move(links);
    endResetModel();
}

int FailureLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int FailureLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceLink &link = m_links.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Row: return QLocale().toString(link.entry.row);
        case Line: return QLocale().toString(link.entry.line);
        case Customer: return link.entry.customerRef;
        case Device: return link.entry.deviceId;
        case Phrase:
            return link.entry.phrase.isEmpty() ? tr("(the server's)") : link.entry.phrase;
        case Status: return link.httpStatus > 0 ? QVariant(link.httpStatus) : QVariant();
        case Message: return link.message;
        case Attempts: return link.attempts;
        default: return {};
        }
    case Qt::EditRole:
        return index.column() == Phrase ? QVariant(link.entry.phrase) : data(index);
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return link.message;
        if (index.column() == Phrase && link.state == DeviceState::Failed)
            return tr("The phrase this device is linked with; leave it empty to use the "
                      "customer's phrase from the server.");
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Row:
        case Line:
        case Status:
        case Attempts: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case LinkIdRole: return link.id;
    case StateRole: return int(link.state);
    case CauseRole: return deviceFailureCause(link);
    default: return {};
    }
}

bool FailureLinkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    DeviceLink &link = m_links[index.row()];
    const QString phrase = value.toString().trimmed();
    if (phrase == link.entry.phrase)
        return true;
    if (!m_phraseHandler || !m_phraseHandler(link.id, phrase))
        return false;
    link.entry.phrase = phrase;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags FailureLinkModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    // Only a link the server refused is sent again: its phrase is worth fixing.
    if (index.column() == Phrase && m_editable && m_phraseHandler
        && m_links.at(index.row()).state == DeviceState::Failed)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant FailureLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row: return tr("Row");
    case Line: return tr("Line");
    case Customer: return tr("Customer");
    case Device: return tr("Device");
    case Phrase: return tr("Phrase");
    case Status: return tr("HTTP");
    case Message: return tr("Message");
    case Attempts: return tr("Attempts");
    default: return {};
    }
}

QHash<int, QByteArray> FailureLinkModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LinkIdRole, "linkId");
    names.insert(StateRole, "state");
    names.insert(CauseRole, "cause");
    return names;
}

} // namespace Peere
