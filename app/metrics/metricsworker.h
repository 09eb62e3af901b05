#pragma once

#include "batchfates.h"
#include "metricssnapshot.h"

#include <QObject>

#include <memory>

namespace Peere {

class Journal;

// MetricsSource's worker: lives in its thread, holds the read-only journal connection there
// (an SQLite connection stays in the thread that opened it) and computes snapshots on request.
class MetricsWorker : public QObject
{
    Q_OBJECT
public:
    MetricsWorker();
    ~MetricsWorker() override;

    // Computes a snapshot of the journal at `path` unless it has not changed since the last one.
    Q_INVOKABLE void compute(const QString &path);

signals:
    void computed(const Peere::MetricsSnapshot &snapshot);
    void failed(const QString &message);
    void finished();

private:
    std::unique_ptr<Journal> m_journal;
    BatchFates m_fates; // of m_journal, between refreshes
    qint64 m_dataVersion = -1;
    qint64 m_walSize = -1;
};

} // namespace Peere
