#include "issuegroupmodel.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

// Internal ids: 0 for the two top-level items, 1 + kind for their children.
IssueGroupModel::IssueGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void IssueGroupModel::setStore(std::shared_ptr<const RecordStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    m_rules.clear();
    m_fields.clear();
    endResetModel();
    refresh();
}

void IssueGroupModel::refresh()
{
    QList<Rule> rules;
    QList<int> fields;
    if (m_store) {
        const IssueCounts &counts = m_store->counts();
        for (const Rule rule : allRules()) {
            if (counts.rule(rule) > 0)
                rules.append(rule);
        }
        for (int field = 0; field < m_store->fieldCount(); ++field) {
            if (counts.field(field) > 0)
                fields.append(field);
        }
        if (counts.field(-1) > 0)
            fields.append(-1);
    }
    if (rules != m_rules || fields != m_fields) {
        beginResetModel();
        m_rules = std::move(rules);
        m_fields = std::move(fields);
        endResetModel();
        return;
    }
    // Same groups: only the counts moved.
    emit dataChanged(index(0, 1), index(1, 1));
    for (int kind = 0; kind < 2; ++kind) {
        const QModelIndex top = index(kind, 0);
        const int rows = rowCount(top);
        if (rows > 0)
            emit dataChanged(index(0, 1, top), index(rows - 1, 1, top));
    }
}

QModelIndex IssueGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(1 + parent.row()));
}

QModelIndex IssueGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int IssueGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(parent.row() == 0 ? m_rules.size() : m_fields.size());
}

int IssueGroupModel::columnCount(const QModelIndex &) const
{
    return 2;
}

qint64 IssueGroupModel::total() const
{
    return m_store ? m_store->counts().errors + m_store->counts().warnings : 0;
}

qint64 IssueGroupModel::countOf(GroupKind kind, int row) const
{
    if (!m_store)
        return 0;
    return kind == GroupKind::ByRule ? m_store->counts().rule(m_rules.at(row))
                                     : m_store->counts().field(m_fields.at(row));
}

QVariant IssueGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto kind = GroupKind(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == 1)
                return total();
            return kind == GroupKind::ByRule ? tr("By rule") : tr("By field");
        case GroupKindRole:
            return int(kind);
        case CountRole:
            return total();
        default:
            return {};
        }
    }
    const auto kind = GroupKind(index.internalId() - 1);
    const qint64 count = countOf(kind, index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return count;
        if (kind == GroupKind::ByRule)
            return ruleId(m_rules.at(index.row()));
        return m_fields.at(index.row()) < 0 ? tr("Whole row")
                                            : fieldName(m_store->kind(), m_fields.at(index.row()));
    case Qt::ToolTipRole:
        if (kind == GroupKind::ByRule)
            return severity(m_rules.at(index.row())) == Severity::Error
                       ? tr("An error: these records cannot be sent until it is fixed.")
                       : tr("A warning: these records can be sent.");
        return {};
    case GroupKindRole:
        return int(kind);
    case RuleIdRole:
        return kind == GroupKind::ByRule ? QVariant(ruleId(m_rules.at(index.row()))) : QVariant();
    case FieldRole:
        return kind == GroupKind::ByField ? QVariant(m_fields.at(index.row())) : QVariant();
    case SeverityRole:
        return kind == GroupKind::ByRule ? QVariant(int(severity(m_rules.at(index.row()))))
                                         : QVariant();
    case CountRole:
        return count;
    default:
        return {};
    }
}

QVariant IssueGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Group") : tr("Issues");
}

std::optional<Rule> IssueGroupModel::ruleAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 1 || index.row() >= m_rules.size())
        return std::nullopt;
    return m_rules.at(index.row());
}

int IssueGroupModel::fieldAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 2 || index.row() >= m_fields.size())
        return -2;
    return m_fields.at(index.row());
}

QModelIndex IssueGroupModel::ruleIndex(Rule rule) const
{
    const qsizetype row = m_rules.indexOf(rule);
    return row < 0 ? QModelIndex() : index(int(row), 0, index(0, 0));
}

QModelIndex IssueGroupModel::fieldIndex(int field) const
{
    const qsizetype row = m_fields.indexOf(field);
    return row < 0 ? QModelIndex() : index(int(row), 0, index(1, 0));
}

} // namespace Peere
