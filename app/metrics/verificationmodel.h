#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"

#include <QAbstractTableModel>

namespace Peere {

class Journal;

// What the verify phase found, read from a journal: the counts (verified, mismatch, not found)
// and one row per mismatch with its differences. What the After-creation page's Verification tab
// shows. GUI thread (load() reads a journal opened in that thread).
class VerificationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, RecordColumn, DifferencesColumn, ColumnCount };
    enum Role {
        NotFoundRole = Qt::UserRole + 1, // bool: not on the server at all
        JournalRowRole                   // qint64
    };

    struct Counts
    {
        qint64 verified = 0;
        qint64 mismatch = 0; // values differ
        qint64 notFound = 0;
        qint64 toVerify = 0; // migrated, not verified yet
    };

    explicit VerificationModel(QObject *parent = nullptr);

    // Replaces everything with what `journal` holds; a message on failure (the model is emptied).
    VoidResult load(const Journal &journal);
    void clear();
    Counts counts() const { return m_counts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 row = 0;
        QString record;
        QString reason;
        bool notFound = false;
    };
    QList<Row> m_rows;
    Counts m_counts;
};

} // namespace Peere
