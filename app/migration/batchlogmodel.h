#pragma once

#include "journal/journal.h"
#include "migration/runner.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Peere {

// One line of the run's batch log.
struct BatchLogEntry
{
    qint64 id = 0;
    Phase phase = Phase::Pilot;
    int size = 0;
    int httpStatus = 0; // 0: no answer
    int created = -1;   // -1: the server did not say
    int duplicates = -1;
    int failed = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QString state; // answered | unknown | split | rejected | notSent | inflight
    QString message;

    static BatchLogEntry fromFigures(const BatchFigures &figures);
    static BatchLogEntry fromJournal(const BatchInfo &info);
};

// The live log of a run's batches: loaded once from the journal's batches table when a migration
// is opened, then one row appended (or updated) per batch answered, never reloaded whole. Cells
// are display text and numbers; StateRole and HttpStatusRole let the view colour a row.
// GUI thread.
class BatchLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Batch, PhaseColumn, Size, HttpStatus, Created, Duplicates, Failed, Latency, Attempts,
        Message, ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // the batch's state name
        HttpStatusRole,               // int
        PhaseRole,                    // Phase as int
        BatchIdRole                   // the journal's batch id
    };

    explicit BatchLogModel(QObject *parent = nullptr);

    // Every batch of `journal`, in sending order (a reset).
    VoidResult load(const Journal &journal);
    void setEntries(const QList<BatchLogEntry> &entries);
    void clear();
    // A batch answered: appended, or its row updated when the batch is already listed.
    void addBatch(const BatchLogEntry &entry);
    const QList<BatchLogEntry> &entries() const { return m_entries; }

    // The message shown for a batch: the server's, or what its state means (translated).
    static QString describe(const BatchLogEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BatchLogEntry> m_entries;
    QHash<qint64, int> m_rowOfBatch;
};

} // namespace Peere
