#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>

namespace Peere {

class Journal;

// The fate of each batch's records: how many of the records whose last batch is B are in each
// state, and the server's refusals among them (failed or not found by the verification) by
// normalised cause (normaliseServerMessage). Kept between two computations of a live journal (MetricsWorker), so that a refresh reads
// again only the batches that may have changed -- new ones, answered since, or with records whose
// fate was still open -- each over its own range of rows (batches.first_row/last_row), instead of
// grouping the whole table, which took ~3 s on 1,000,000 records (bench_dashboard). A check
// against the journal's counts by state catches every other change (lookups, verification,
// re-sends) and then reads everything again, as the first update() does.
//
// Read it within one read transaction with the counts it is checked against (MetricsWorker does).
class BatchFates
{
public:
    using Counts = std::array<qint64, 8>; // by RecordState

    // Brings the fates up to date with `journal`, whose records in each state are `byState`.
    VoidResult update(const Journal &journal, const Counts &byState);
    const QHash<qint64, Counts> &fates() const { return m_fates; }
    // The server's refusals of every batch, by normalised cause.
    QHash<QString, qint64> causes() const;
    void clear();

    // What the last update() read: every batch (the whole table), or only this many batches.
    bool lastReadAll() const { return m_lastReadAll; }
    int lastBatchesRead() const { return m_lastBatchesRead; }

private:
    VoidResult readAll(const Journal &journal);
    // Adds `n` records of `batch` in `state` with `reason`.
    void add(qint64 batch, int state, const QString &reason, qint64 n);
    QString normalised(const QString &reason);

    QHash<qint64, Counts> m_fates;
    QHash<qint64, QHash<QString, qint64>> m_causes; // by batch
    QHash<QString, QString> m_normalised;            // server message -> its cause
    QHash<qint64, QByteArray> m_seen; // each batch's row of the batches table when last read
    bool m_read = false;
    bool m_lastReadAll = false;
    int m_lastBatchesRead = 0;
};

} // namespace Peere
