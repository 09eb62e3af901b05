#pragma once

#include "recordchecker.h"
#include "records/schema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <array>
#include <utility>

namespace Peere::Sandbox {

// The `data` object of a batch answer (peere-api.md §3): batchId, summary, the created ids and,
// unless --docs-only, the [convention] `status` and per-record `results` in input order.
// The summary always has total = successful + failed and failed = duplicates + invalidData.
// Written directly as compact JSON bytes: a batch of 500 costs less than through QJsonObject.
class BatchOutcome
{
public:
    // Names the record in `results`: reference and clientRef, or a merchant's email and name
    // (JSON key, trimmed UTF-8 value).
    using Identity = std::array<std::pair<QLatin1StringView, QByteArray>, 2>;

    BatchOutcome(RecordKind kind, QString batchId, bool docsOnly);

    void addCreated(qsizetype index, const Identity &identity, const QString &id);
    void addDuplicate(qsizetype index, const Identity &identity, const QString &id);
    void addInvalid(qsizetype index, const Identity &identity, const Rejection &rejection);

    qint64 duplicates() const { return m_duplicates; }
    // The `data` object as compact JSON.
    QByteArray toJson() const;

    // What a 202 answer and a poll before completion show.
    static QJsonObject processing(RecordKind kind, const QString &batchId);
    // How long a large batch takes to be "processed": short, growing with its size.
    static int processingDelayMs(qsizetype records);

private:
    // Opens the record's `results` entry (index, identity, outcome); the caller adds the rest
    // and closes it. Nothing under --docs-only.
    bool beginResult(qsizetype index, const Identity &identity, QLatin1StringView outcome);
    void addMember(QLatin1StringView key, QByteArrayView utf8);

    RecordKind m_kind;
    QString m_batchId;
    bool m_docsOnly;
    qint64 m_total = 0;
    qint64 m_created = 0;
    qint64 m_duplicates = 0;
    qint64 m_invalid = 0;
    QByteArray m_ids;     // "id","id",... (no brackets)
    QByteArray m_results; // {...},{...},... (no brackets)
};

} // namespace Peere::Sandbox
