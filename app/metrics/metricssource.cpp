#include "metricssource.h"

#include "metricsworker.h"

#include <QCoreApplication>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int minIntervalMs = 1000 / MetricsSource::maxRefreshesPerSecond;

QStringList throughputHeaders()
{
    return {QCoreApplication::translate("Peere::MetricsSource", "Seconds into the run"),
            QCoreApplication::translate("Peere::MetricsSource", "Records per minute"),
            QCoreApplication::translate("Peere::MetricsSource", "Ceiling")};
}

QStringList trendHeaders()
{
    return {QCoreApplication::translate("Peere::MetricsSource", "Time"),
            QCoreApplication::translate("Peere::MetricsSource", "Invalid records (%)"),
            QCoreApplication::translate("Peere::MetricsSource", "Target (%)")};
}

} // namespace

MetricsSource::MetricsSource(QObject *parent)
    : QObject(parent)
    , m_throughput(throughputHeaders())
    , m_trend(trendHeaders())
{
    qRegisterMetaType<Peere::MetricsSnapshot>();
    m_thread.setObjectName(u"peere-metrics"_s);
    m_worker = new MetricsWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MetricsWorker::computed, this, &MetricsSource::computed);
    connect(m_worker, &MetricsWorker::failed, this, &MetricsSource::refreshFailed);
    connect(m_worker, &MetricsWorker::finished, this, &MetricsSource::finished);
    m_thread.start(QThread::LowPriority);
    m_poll.setInterval(minIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &MetricsSource::refresh);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &MetricsSource::start);
}

MetricsSource::~MetricsSource()
{
    m_thread.quit();
    m_thread.wait();
}

void MetricsSource::setJournalPath(const QString &path)
{
    m_path = path;
    if (path.isEmpty()) {
        apply(MetricsSnapshot{});
        return;
    }
    refresh();
}

void MetricsSource::setLive(bool live)
{
    if (live)
        m_poll.start();
    else
        m_poll.stop();
}

void MetricsSource::refresh()
{
    if (m_path.isEmpty())
        return;
    if (m_busy) {
        m_pending = true;
        return;
    }
    if (m_delay.isActive())
        return;
    const qint64 since = m_sinceStart.isValid() ? m_sinceStart.elapsed() : minIntervalMs;
    if (since < minIntervalMs)
        m_delay.start(int(minIntervalMs - since));
    else
        start();
}

void MetricsSource::start()
{
    m_busy = true;
    m_pending = false;
    m_sinceStart.start();
    QMetaObject::invokeMethod(m_worker, "compute", Qt::QueuedConnection, Q_ARG(QString, m_path));
}

void MetricsSource::finished()
{
    m_busy = false;
    emit refreshFinished();
    if (m_pending)
        refresh();
}

void MetricsSource::computed(const MetricsSnapshot &snapshot)
{
    // A snapshot of a journal no longer shown is dropped.
    if (snapshot.journalPath == m_path)
        apply(snapshot);
}

void MetricsSource::apply(const MetricsSnapshot &snapshot)
{
    QElapsedTimer timer;
    timer.start();
    m_snapshot = snapshot;
    m_kpis.setKpis(snapshot.kpis);
    m_batches.setBatches(snapshot.batches);
    m_phases.setPhases(snapshot.phases);
    m_byField.setRows(snapshot.issuesByField);
    m_byRule.setRows(snapshot.issuesByRule);
    m_causes.setRows(snapshot.failureCauses);
    QList<QList<double>> throughput;
    throughput.reserve(snapshot.throughput.size());
    for (const ThroughputPoint &point : snapshot.throughput)
        throughput.append({point.seconds, point.perMinute, snapshot.ceilingPerMinute});
    m_throughput.setRows(throughput);
    QList<QList<double>> trend;
    trend.reserve(snapshot.qualityTrend.size());
    for (const QualityPoint &point : snapshot.qualityTrend) {
        trend.append({double(point.at.toMSecsSinceEpoch()), point.percent,
                      kpiTarget(Kpi::ValidationErrors)});
    }
    m_trend.setRows(trend);
    emit snapshotChanged(); // the charts' axes and the tiles: part of the cost measured
    m_lastApplyMs = double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Peere
