#include "failuretrustmodel.h"

#include "failurecause.h"

#include <QLocale>

namespace Peere {

FailureTrustModel::FailureTrustModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureTrustModel::setMerchants(QList<JournalRecord> records, QList<TrustEntry> entries)
{
    beginResetModel();
    m_records = std::move(records);
    m_entries = std::move(entries);
    m_records.resize(m_entries.size());
    endResetModel();
}

int FailureTrustModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FailureTrustModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureTrustModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrustEntry &entry = m_entries.at(index.row());
    const JournalRecord &record = m_records.at(index.row());
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Row: return QLocale().toString(entry.row);
        case Name: return QString::fromUtf8(record.values.value(MerchantField::Name));
        case Email: return QString::fromUtf8(record.values.value(MerchantField::Email));
        case Level: return trustLevelName(entry.setting.level);
        case Trusted: return yesNo(entry.setting.trusted);
        case DeviceLookup: return yesNo(entry.setting.deviceLookupEnabled);
        case Attempts: return entry.attempts;
        case Message: return entry.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Message ? QVariant(entry.message) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Row || index.column() == Attempts
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case JournalRowRole: return entry.row;
    case StateRole: return int(entry.state);
    case CauseRole: return trustFailureCause(entry.message);
    default: return {};
    }
}

QVariant FailureTrustModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row: return tr("Row");
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Level: return tr("Trust level");
    case Trusted: return tr("Trusted");
    case DeviceLookup: return tr("Device lookup");
    case Attempts: return tr("Attempts");
    case Message: return tr("Message");
    default: return {};
    }
}

QHash<int, QByteArray> FailureTrustModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JournalRowRole, "row");
    names.insert(StateRole, "state");
    names.insert(CauseRole, "cause");
    return names;
}

} // namespace Peere
