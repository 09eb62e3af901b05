#pragma once

#include "failuregroups.h"

#include <QAbstractTableModel>

namespace Peere {

// The failure groups of a migration, one row each, the largest first: the cause, what kind of
// failure it is (validation, server, verification, fixed; after creation: devices file, device
// link, trust level) and how many records, links or merchants. Semantic roles only. GUI thread.
class FailureGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Cause, Kind, Records, ColumnCount };
    enum Role {
        CauseRole = Qt::UserRole + 1, // QString: the group's cause, as grouped (not translated)
        StateRole,                    // int(RecordState) of the group's records
        CountRole,                    // qint64
        RowsRole,    // QList<qint64>: the journal rows of the group (device links: their ids)
        SubjectRole  // int(FailureSubject)
    };

    explicit FailureGroupModel(QObject *parent = nullptr);

    void setGroups(QList<FailureGroup> groups);
    const QList<FailureGroup> &groups() const { return m_groups; }
    // The row of the group with this state and cause; -1 when there is none.
    int indexOf(RecordState state, const QString &cause) const;
    int indexOf(FailureSubject subject, RecordState state, const QString &cause) const;
    qint64 totalRecords() const;

    // "Validation", "Server", "Verification", "Fixed" (translated).
    static QString kindText(RecordState state);
    // kindText(state) for records; "Devices file", "Device link" or "Trust level" after creation.
    static QString kindText(const FailureGroup &group);
    // The cause as shown: the fixed group's in words, any other as grouped.
    static QString causeText(const FailureGroup &group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<FailureGroup> m_groups;
};

} // namespace Peere
