#pragma once

#include "records/schema.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

namespace Peere::Sandbox {

// Large batches [convention]: answered 202 at once, worked through shortly after on a timer, and
// polled by id until their `data` is terminal. Keeps the latest results as compact JSON (not
// every batch ever, so that a long rehearsal does not grow without bound). Server thread only.
class BatchJobs : public QObject
{
    Q_OBJECT

public:
    explicit BatchJobs(QObject *parent = nullptr);

    static QString newId();

    // Stores `processing` as the batch's data now and runs `work` after `delayMs`; its result
    // (compact JSON) replaces the data and is announced by batchCompleted.
    void submit(const QString &id, RecordKind kind, const QJsonObject &processing, int delayMs,
                std::function<QByteArray()> work);
    // A batch read back from the state file.
    void restore(const QString &id, RecordKind kind, const QByteArray &dataJson);
    // The batch's `data` object as compact JSON.
    std::optional<QByteArray> find(RecordKind kind, const QString &id) const;

    static constexpr qsizetype keptBatches = 1000;
    void clear();

signals:
    void batchCompleted(const QString &id, Peere::RecordKind kind, const QByteArray &dataJson);

private:
    void remember(const QString &id, RecordKind kind, const QByteArray &dataJson);

    struct Entry
    {
        RecordKind kind;
        QByteArray dataJson;
    };
    QHash<QString, Entry> m_batches;
    QQueue<QString> m_order;
    quint64 m_epoch = 0; // a clear() cancels the work still scheduled
};

} // namespace Peere::Sandbox
