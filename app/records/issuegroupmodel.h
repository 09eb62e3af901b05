#pragma once

#include "records/recordstore.h"

#include <QAbstractItemModel>
#include <QList>

#include <memory>

namespace Peere {

// The issues panel: a two-level tree, "By rule" and "By field", each listing the rules (or
// fields) that have issues with their counts, from the store's IssueCounts. Selecting a group
// shows its rows in the review table (RecordTableModel::setIssueGroup with ruleAt/fieldAt).
// Column 0 names the group, column 1 counts its issues. GUI thread only.
class IssueGroupModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        GroupKindRole = Qt::UserRole + 1, // int(GroupKind)
        RuleIdRole,                       // QString, rule rows only
        FieldRole,                        // int field (-1 whole row), field rows only
        SeverityRole,                     // int(Severity), rule rows only
        CountRole,                        // qint64
    };
    enum class GroupKind { ByRule, ByField };

    explicit IssueGroupModel(QObject *parent = nullptr);

    void setStore(std::shared_ptr<const RecordStore> store);
    // Re-reads the counts (after edits): counts change in place, groups that appear or go reset
    // the model.
    void refresh();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What a group index stands for; nullopt / -2 for the top-level items.
    std::optional<Rule> ruleAt(const QModelIndex &index) const;
    int fieldAt(const QModelIndex &index) const;
    QModelIndex ruleIndex(Rule rule) const;
    QModelIndex fieldIndex(int field) const;

private:
    qint64 total() const;
    qint64 countOf(GroupKind kind, int row) const;

    std::shared_ptr<const RecordStore> m_store;
    QList<Rule> m_rules;
    QList<int> m_fields; // -1: whole-row issues
};

} // namespace Peere
