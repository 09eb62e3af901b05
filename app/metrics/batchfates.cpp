#include "batchfates.h"

#include "failurecause.h"
#include "journal/journal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

Failure queryFailure(const QSqlQuery &query)
{
    return failure(QCoreApplication::translate("Peere::Metrics",
                                               "The journal could not be read: %1")
                       .arg(query.lastError().text()));
}

// States only a record that was sent can be in: their counts over all batches must add up to
// the journal's.
constexpr int sentStates[] = {int(RecordState::InFlight), int(RecordState::Migrated),
                              int(RecordState::Failed),   int(RecordState::Unknown),
                              int(RecordState::Verified), int(RecordState::Mismatch)};

} // namespace

void BatchFates::clear()
{
    m_fates.clear();
    m_causes.clear();
    m_seen.clear();
    m_normalised.clear();
    m_read = false;
}

QString BatchFates::normalised(const QString &reason)
{
    // Six regular expressions per message: each distinct message is normalised once.
    auto it = m_normalised.constFind(reason);
    if (it == m_normalised.cend()) {
        if (m_normalised.size() > 200000)
            m_normalised.clear();
        it = m_normalised.insert(reason, normaliseServerMessage(reason));
    }
    return *it;
}

void BatchFates::add(qint64 batch, int state, const QString &reason, qint64 n)
{
    if (state < 0 || state >= 8)
        return;
    m_fates[batch][state] += n;
    if (state == int(RecordState::Failed) || state == int(RecordState::Mismatch))
        m_causes[batch][normalised(reason)] += n;
}

QHash<QString, qint64> BatchFates::causes() const
{
    QHash<QString, qint64> all;
    for (const QHash<QString, qint64> &causes : m_causes) {
        for (auto it = causes.cbegin(); it != causes.cend(); ++it)
            all[it.key()] += it.value();
    }
    return all;
}

VoidResult BatchFates::readAll(const Journal &journal)
{
    QSqlQuery query(journal.database());
    query.setForwardOnly(true);
    // Reasons only where the server refused: the other states group by batch alone.
    if (!query.exec(u"SELECT batch, state, CASE WHEN state IN (4, 7) THEN reason END, count(*) "
                    "FROM records WHERE batch > 0 GROUP BY 1, 2, 3"_s))
        return queryFailure(query);
    m_fates.clear();
    m_causes.clear();
    while (query.next()) {
        add(query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString(),
            query.value(3).toLongLong());
    }
    m_lastReadAll = true;
    return {};
}

VoidResult BatchFates::update(const Journal &journal, const Counts &byState)
{
    struct Range
    {
        qint64 id, first, last;
    };
    QSqlQuery query(journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, state, latency_ms, http_status, attempts, first_row, last_row "
                    "FROM batches"_s))
        return queryFailure(query);
    QHash<qint64, QByteArray> seen;
    seen.reserve(m_seen.size() + 16);
    QList<Range> changed;
    bool readEverything = !m_read;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QByteArray row = query.value(1).toString().toUtf8() + '|'
                               + query.value(2).toByteArray() + '|' + query.value(3).toByteArray()
                               + '|' + query.value(4).toByteArray();
        seen.insert(id, row);
        if (readEverything)
            continue;
        const auto fate = m_fates.constFind(id);
        const bool open = fate == m_fates.cend() || (*fate)[int(RecordState::InFlight)] > 0
                          || (*fate)[int(RecordState::Unknown)] > 0;
        if (!open && m_seen.value(id) == row)
            continue;
        if (query.value(5).isNull() || query.value(6).isNull())
            readEverything = true; // begun before the rows were kept
        else
            changed.append({id, query.value(5).toLongLong(), query.value(6).toLongLong()});
    }
    m_lastReadAll = false;
    m_lastBatchesRead = int(changed.size());
    if (!readEverything) {
        QSqlQuery fates(journal.database());
        fates.setForwardOnly(true);
        fates.prepare(u"SELECT state, CASE WHEN state IN (4, 7) THEN reason END, count(*) "
                      "FROM records WHERE row BETWEEN ? AND ? AND batch = ? GROUP BY 1, 2"_s);
        for (const Range &range : std::as_const(changed)) {
            fates.bindValue(0, range.first);
            fates.bindValue(1, range.last);
            fates.bindValue(2, range.id);
            if (!fates.exec())
                return queryFailure(fates);
            m_fates.insert(range.id, Counts{}); // none left (a split batch's): kept, as zeros
            m_causes.remove(range.id);
            while (fates.next()) {
                add(range.id, fates.value(0).toInt(), fates.value(1).toString(),
                    fates.value(2).toLongLong());
            }
        }
        Counts sum = {};
        for (const Counts &counts : std::as_const(m_fates)) {
            for (const int state : sentStates)
                sum[state] += counts[state];
        }
        for (const int state : sentStates)
            readEverything = readEverything || sum[state] != byState[state];
    }
    if (readEverything) {
        if (VoidResult read = readAll(journal); !read)
            return read;
    }
    m_seen = std::move(seen);
    m_read = true;
    return {};
}

} // namespace Peere
