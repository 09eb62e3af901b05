#include "batchjobs.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

BatchJobs::BatchJobs(QObject *parent)
    : QObject(parent)
{}

QString BatchJobs::newId()
{
    return u"bat_"_s
           + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

void BatchJobs::remember(const QString &id, RecordKind kind, const QByteArray &dataJson)
{
    if (!m_batches.contains(id)) {
        m_order.enqueue(id);
        while (m_order.size() > keptBatches)
            m_batches.remove(m_order.dequeue());
    }
    m_batches.insert(id, Entry{kind, dataJson});
}

void BatchJobs::submit(const QString &id, RecordKind kind, const QJsonObject &processing,
                       int delayMs, std::function<QByteArray()> work)
{
    remember(id, kind, QJsonDocument(processing).toJson(QJsonDocument::Compact));
    QTimer::singleShot(delayMs, this, [this, id, kind, epoch = m_epoch, work = std::move(work)] {
        if (epoch != m_epoch)
            return;
        const QByteArray data = work();
        remember(id, kind, data);
        emit batchCompleted(id, kind, data);
    });
}

void BatchJobs::restore(const QString &id, RecordKind kind, const QByteArray &dataJson)
{
    remember(id, kind, dataJson);
}

std::optional<QByteArray> BatchJobs::find(RecordKind kind, const QString &id) const
{
    const auto it = m_batches.constFind(id);
    if (it == m_batches.cend() || it->kind != kind)
        return std::nullopt;
    return it->dataJson;
}

void BatchJobs::clear()
{
    m_batches.clear();
    m_order.clear();
    ++m_epoch;
}

} // namespace Peere::Sandbox
