#include "metricsworker.h"

#include "journal/journal.h"
#include "metricscalculator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

MetricsWorker::MetricsWorker() = default;
MetricsWorker::~MetricsWorker() = default;

void MetricsWorker::compute(const QString &path)
{
    if (!m_journal || m_journal->path() != path) {
        m_journal.reset();
        m_fates.clear();
        m_dataVersion = -1;
        Result<std::unique_ptr<Journal>> opened = Journal::open(path, Journal::OpenMode::ReadOnly);
        if (!opened) {
            emit failed(opened.error());
            emit finished();
            return;
        }
        m_journal = std::move(*opened);
    }
    // data_version changes when another connection commits; the -wal file's size is a second
    // witness for the same change (cheap, and it covers a checkpoint).
    QSqlQuery query(m_journal->database());
    const qint64 version = query.exec(u"PRAGMA data_version"_s) && query.next()
        ? query.value(0).toLongLong() : -2;
    const qint64 walSize = QFileInfo(path + u"-wal"_s).size();
    if (version == m_dataVersion && walSize == m_walSize && version != -2) {
        emit finished();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    // One read transaction: every query sees the same moment of the journal (the batches' fates
    // are checked against the counts by state).
    QSqlDatabase db = m_journal->database();
    const bool snapshotRead = db.transaction();
    Result<MetricsSnapshot> snapshot = MetricsCalculator::compute(
        *m_journal, QDateTime::currentDateTimeUtc(), &m_fates);
    if (snapshotRead)
        db.commit();
    if (!snapshot)
        m_fates.clear();
    if (snapshot)
        snapshot->computeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!snapshot) {
        emit failed(snapshot.error());
    } else {
        m_dataVersion = version;
        m_walSize = walSize;
        emit computed(*snapshot);
    }
    emit finished();
}

} // namespace Peere
