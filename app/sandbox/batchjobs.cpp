#include "batchjobs.h"

#include <QRandomGenerator>
#include <QTimer>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

static constexpr qsizetype keptBatches = 10000;

BatchJobs::BatchJobs(QObject *parent)
    : QObject(parent)
{}

QString BatchJobs::newId()
{
    return u"bat_"_s
           + QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

void BatchJobs::remember(const QString &id, RecordKind kind, const QJsonObject &data)
{
    if (!m_batches.contains(id)) {
        m_order.enqueue(id);
        while (m_order.size() > keptBatches)
            m_batches.remove(m_order.dequeue());
    }
    m_batches.insert(id, Entry{kind, data});
}

void BatchJobs::submit(const QString &id, RecordKind kind, const QJsonObject &processing,
                       int delayMs, std::function<QJsonObject()> work)
{
    remember(id, kind, processing);
    QTimer::singleShot(delayMs, this, [this, id, kind, epoch = m_epoch, work = std::move(work)] {
        if (epoch != m_epoch)
            return;
        const QJsonObject data = work();
        remember(id, kind, data);
        emit batchCompleted(id, kind, data);
    });
}

void BatchJobs::restore(const QString &id, RecordKind kind, const QJsonObject &data)
{
    remember(id, kind, data);
}

std::optional<QJsonObject> BatchJobs::find(RecordKind kind, const QString &id) const
{
    const auto it = m_batches.constFind(id);
    if (it == m_batches.cend() || it->kind != kind)
        return std::nullopt;
    return it->data;
}

void BatchJobs::clear()
{
    m_batches.clear();
    m_order.clear();
    ++m_epoch;
}

} // namespace Peere::Sandbox
