#pragma once

#include "journal/journaltypes.h"
#include "journal/trusttypes.h"

#include <QAbstractTableModel>

namespace Peere {

// The merchants of one trust failure group (after creation): journal row, name, e-mail, the
// trust setting that could not be set (level, trusted, device lookup), the attempts and the
// server's message. Semantic roles only. GUI thread.
class FailureTrustModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Name, Email, Level, Trusted, DeviceLookup, Attempts, Message, ColumnCount };
    enum Role {
        JournalRowRole = Qt::UserRole + 1, // qint64
        StateRole,                         // int(TrustState)
        CauseRole                          // QString: the merchant's cause, as grouped
    };

    explicit FailureTrustModel(QObject *parent = nullptr);

    // `records` and `entries` are parallel (FailureGroup::records and ::trust).
    void setMerchants(QList<JournalRecord> records, QList<TrustEntry> entries);
    const QList<TrustEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<JournalRecord> m_records;
    QList<TrustEntry> m_entries;
};

} // namespace Peere
