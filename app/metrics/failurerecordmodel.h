#pragma once

#include "journal/journaltypes.h"

#include <QAbstractTableModel>

namespace Peere {

// The records of one failure group: journal row, the key fields of the kind (reference, name,
// e-mail, phone, account or registration number), the cause, the phase, the batch the server
// refused it in, and whether it is fixed (ready to be sent again). Semantic roles only; the
// values follow the edits made to them (setValues). GUI thread.
class FailureRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        JournalRowRole = Qt::UserRole + 1, // qint64
        StateRole,                         // int(RecordState)
        CauseRole,                         // QString: the record's cause, as grouped
        PhaseRole,                         // int(Phase)
        BatchRole,                         // qint64; 0 when never refused in a batch
        FixedRole,                         // bool: would be sent by "Re-send this group"
        FieldRole                          // int: the schema field of a key-field column; -1
    };

    explicit FailureRecordModel(QObject *parent = nullptr);

    void setRecords(RecordKind kind, QList<JournalRecord> records);
    const QList<JournalRecord> &records() const { return m_records; }
    RecordKind kind() const { return m_kind; }
    // The record as the journal holds it after an edit (values, state).
    void setRecord(int index, const JournalRecord &record);
    void setFixed(int index, bool fixed);
    bool isFixed(int index) const { return m_fixed.value(index); }
    qsizetype fixedCount() const;

    // The fields shown for a kind, in order.
    static QList<int> keyFields(RecordKind kind);
    // Columns: Row, then the key fields, then Cause, Phase, Batch, Fixed.
    int keyColumn(int field) const;   // -1 when the field is not shown
    int causeColumn() const { return 1 + int(m_keyFields.size()); }
    int phaseColumn() const { return causeColumn() + 1; }
    int batchColumn() const { return causeColumn() + 2; }
    int fixedColumn() const { return causeColumn() + 3; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    RecordKind m_kind = RecordKind::Customers;
    QList<int> m_keyFields;
    QList<JournalRecord> m_records;
    QList<bool> m_fixed;
};

} // namespace Peere
