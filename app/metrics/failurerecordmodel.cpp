#include "failurerecordmodel.h"

#include "failurecause.h"
#include "phasemetricsmodel.h"

#include <QLocale>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

FailureRecordModel::FailureRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyFields(keyFields(RecordKind::Customers))
{}

QList<int> FailureRecordModel::keyFields(RecordKind kind)
{
    if (kind == RecordKind::Customers)
        return {CustomerField::ClientRef, CustomerField::AccountName, CustomerField::Email,
                CustomerField::Phone, CustomerField::AccountNumber};
    return {MerchantField::Name, MerchantField::Email, MerchantField::Phone,
            MerchantField::RegistrationNumber};
}

void FailureRecordModel::setRecords(RecordKind kind, QList<JournalRecord> records)
{
    beginResetModel();
    m_kind = kind;
    m_keyFields = keyFields(kind);
    m_records = std::move(records);
    m_fixed = QList<bool>(m_records.size(), false);
    endResetModel();
}

void FailureRecordModel::setRecord(int index, const JournalRecord &record)
{
    if (index < 0 || index >= m_records.size())
        return;
    m_records[index] = record;
    emit dataChanged(this->index(index, 0), this->index(index, fixedColumn()));
}

void FailureRecordModel::setFixed(int index, bool fixed)
{
    if (index < 0 || index >= m_records.size() || m_fixed.at(index) == fixed)
        return;
    m_fixed[index] = fixed;
    emit dataChanged(this->index(index, 0), this->index(index, fixedColumn()));
}

qsizetype FailureRecordModel::fixedCount() const
{
    return std::count(m_fixed.cbegin(), m_fixed.cend(), true);
}

int FailureRecordModel::keyColumn(int field) const
{
    const qsizetype at = m_keyFields.indexOf(field);
    return at < 0 ? -1 : 1 + int(at);
}

int FailureRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int FailureRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : fixedColumn() + 1;
}

QVariant FailureRecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalRecord &record = m_records.at(index.row());
    const int column = index.column();
    const bool fixed = m_fixed.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return QLocale().toString(record.row);
        if (column <= m_keyFields.size())
            return QString::fromUtf8(record.values.value(m_keyFields.at(column - 1)));
        if (column == causeColumn())
            return record.state == RecordState::Pending ? QString()
                                                        : record.reason;
        if (column == phaseColumn())
            return PhaseMetricsModel::phaseTitle(record.phase);
        if (column == batchColumn())
            return record.batch > 0 && record.state != RecordState::Invalid
                       ? QVariant(QLocale().toString(record.batch))
                       : QVariant();
        if (column == fixedColumn())
            return fixed ? tr("Fixed") : QString();
        return {};
    case Qt::ToolTipRole:
        return column == causeColumn() ? QVariant(record.reason) : QVariant();
    case JournalRowRole: return record.row;
    case StateRole: return int(record.state);
    case CauseRole:
        return record.state == RecordState::Pending ? QString()
                                                    : failureCauseOf(record.state, record.reason);
    case PhaseRole: return int(record.phase);
    case BatchRole: return record.state == RecordState::Invalid ? 0 : record.batch;
    case FixedRole: return fixed;
    case FieldRole:
        return column >= 1 && column <= m_keyFields.size() ? m_keyFields.at(column - 1) : -1;
    default: return {};
    }
}

QVariant FailureRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Row");
    if (section >= 1 && section <= m_keyFields.size())
        return fieldName(m_kind, m_keyFields.at(section - 1));
    if (section == causeColumn())
        return tr("Cause");
    if (section == phaseColumn())
        return tr("Phase");
    if (section == batchColumn())
        return tr("Batch");
    if (section == fixedColumn())
        return tr("Fixed");
    return {};
}

QHash<int, QByteArray> FailureRecordModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(JournalRowRole, "journalRow");
    names.insert(StateRole, "state");
    names.insert(CauseRole, "cause");
    names.insert(PhaseRole, "phase");
    names.insert(BatchRole, "batch");
    names.insert(FixedRole, "fixed");
    names.insert(FieldRole, "field");
    return names;
}

} // namespace Peere
