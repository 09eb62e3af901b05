#pragma once

#include "recordchecker.h"
#include "records/schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Peere::Sandbox {

// The `data` object of a batch answer (peere-api.md §3): batchId, summary, the created ids and,
// unless --docs-only, the [convention] `status` and per-record `results` in input order.
// The summary always has total = successful + failed and failed = duplicates + invalidData.
class BatchOutcome
{
public:
    BatchOutcome(RecordKind kind, QString batchId, bool docsOnly);

    // `identity` names the record in `results`: reference and clientRef, or a merchant's email.
    void addCreated(qsizetype index, QJsonObject identity, const QString &id);
    void addDuplicate(qsizetype index, QJsonObject identity, const QString &id);
    void addInvalid(qsizetype index, QJsonObject identity, const Rejection &rejection);

    qint64 duplicates() const { return m_duplicates; }
    QJsonObject toJson() const;

    // What a 202 answer and a poll before completion show.
    static QJsonObject processing(RecordKind kind, const QString &batchId);
    // How long a large batch takes to be "processed": short, growing with its size.
    static int processingDelayMs(qsizetype records);

private:
    void addResult(qsizetype index, QJsonObject &&entry, const QString &outcome);

    RecordKind m_kind;
    QString m_batchId;
    bool m_docsOnly;
    qint64 m_total = 0;
    qint64 m_duplicates = 0;
    qint64 m_invalid = 0;
    QJsonArray m_ids;
    QJsonArray m_results;
};

} // namespace Peere::Sandbox
