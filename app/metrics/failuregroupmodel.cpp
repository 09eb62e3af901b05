#include "failuregroupmodel.h"

#include <QLocale>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

FailureGroupModel::FailureGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FailureGroupModel::setGroups(QList<FailureGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int FailureGroupModel::indexOf(RecordState state, const QString &cause) const
{
    return indexOf(FailureSubject::Records, state, cause);
}

int FailureGroupModel::indexOf(FailureSubject subject, RecordState state,
                               const QString &cause) const
{
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const FailureGroup &group = m_groups.at(i);
        if (group.subject == subject && group.state == state && group.cause == cause)
            return int(i);
    }
    return -1;
}

qint64 FailureGroupModel::totalRecords() const
{
    qint64 total = 0;
    for (const FailureGroup &group : m_groups)
        total += group.size();
    return total;
}

QString FailureGroupModel::kindText(RecordState state)
{
    switch (state) {
    case RecordState::Invalid: return tr("Validation");
    case RecordState::Failed: return tr("Server");
    case RecordState::Mismatch: return tr("Verification");
    case RecordState::Pending: return tr("Fixed");
    default: return {};
    }
}

QString FailureGroupModel::kindText(const FailureGroup &group)
{
    switch (group.subject) {
    case FailureSubject::Records: return kindText(group.state);
    case FailureSubject::DeviceLinks:
        return group.state == RecordState::Invalid ? tr("Devices file") : tr("Device link");
    case FailureSubject::Trust: return tr("Trust level");
    }
    return {};
}

QString FailureGroupModel::causeText(const FailureGroup &group)
{
    if (group.state == RecordState::Pending && group.cause == FailureGroups::fixedCause())
        return tr("Fixed, not sent yet");
    return group.cause;
}

int FailureGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int FailureGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FailureGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Cause: return causeText(group);
        case Kind: return kindText(group);
        case Records: return QLocale().toString(group.size());
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Cause ? QVariant(causeText(group)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Records ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant();
    case CauseRole: return group.cause;
    case StateRole: return int(group.state);
    case CountRole: return qint64(group.size());
    case RowsRole: {
        QList<qint64> rows;
        rows.reserve(group.size());
        for (const JournalRecord &record : group.records)
            rows.append(record.row);
        for (const DeviceLink &link : group.links)
            rows.append(link.id);
        return QVariant::fromValue(rows);
    }
    case SubjectRole: return int(group.subject);
    default: return {};
    }
}

QVariant FailureGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Cause: return tr("Cause");
    case Kind: return tr("Kind");
    case Records: return tr("Records");
    default: return {};
    }
}

QHash<int, QByteArray> FailureGroupModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CauseRole, "cause");
    names.insert(StateRole, "state");
    names.insert(CountRole, "count");
    names.insert(RowsRole, "rows");
    names.insert(SubjectRole, "subject");
    return names;
}

} // namespace Peere
