// The Runner's batches: send, poll, read the answer, split what the server rejects whole.
#include "runner.h"

#include "batchpayload.h"
#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

int Runner::batchSize() const
{
    if (m_batchSize > 0)
        return m_batchSize;
    if (m_options.batchSize > 0)
        return m_options.batchSize;
    return m_client.kind() == RecordKind::Customers ? 500 : 100;
}

void Runner::sendBatches(const QList<QList<JournalRecord>> &batches)
{
    QList<QList<qint64>> rows;
    rows.reserve(batches.size());
    for (const QList<JournalRecord> &records : batches) {
        QList<qint64> &batchRows = rows.emplace_back();
        batchRows.reserve(records.size());
        for (const JournalRecord &record : records)
            batchRows.append(record.row);
    }
    // Durably in flight before the requests leave (synchronous=FULL commit). Records excluded
    // on the review page since they were read stay out.
    QSet<qint64> excluded;
    const Result<QList<qint64>> ids = m_journal.beginBatches(m_phase, rows, &excluded);
    if (!ids)
        return fail(ids.error());
    for (qsizetype i = 0; i < batches.size(); ++i) {
        QList<JournalRecord> records = batches.at(i);
        if (!excluded.isEmpty()) {
            records.removeIf([&](const JournalRecord &record) {
                if (!excluded.contains(record.row))
                    return false;
                m_counts.move(record.state, RecordState::Excluded);
                return true;
            });
            rows[i].removeIf([&](qint64 row) { return excluded.contains(row); });
        }
        const qint64 batchId = ids->at(i);
        if (batchId == 0)
            continue;
        for (const JournalRecord &record : records)
            m_counts.move(record.state, RecordState::InFlight);
        ActiveBatch &batch = m_active[batchId];
        batch.id = batchId;
        batch.phase = m_phase;
        batch.records = records;
        batch.rows = rows.at(i);
        batch.clock.start();
        emit batchStarted(batchId, m_phase, int(records.size()));
        m_client.createBatch(BatchPayload::build(m_client.kind(), records),
                             [this, batchId](const ApiResponse &response) {
                                 batchAnswered(batchId, response);
                             });
    }
    if (!excluded.isEmpty()) {
        // The free slots are filled again (a batch may have been left out whole).
        emit progressChanged(m_counts);
        schedulePump();
    }
}

void Runner::poll(qint64 id)
{
    auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    ++it->polls;
    m_client.pollBatch(it->serverBatchId, [this, id](const ApiResponse &response) {
        batchAnswered(id, response);
    });
}

void Runner::batchAnswered(qint64 id, const ApiResponse &response)
{
    auto it = m_active.find(id);
    if (it == m_active.end())
        return;
    ActiveBatch &batch = *it;
    batch.attempts += response.attempts;
    BatchAnswer answer;
    answer.httpStatus = response.status;
    // The processing time: from the create call leaving to the final answer (polls included),
    // not the wait for the pacing's turn before it left (up to 4 s a batch in the demo, shown as
    // the server's latency).
    if (batch.waitedMs < 0)
        batch.waitedMs = std::max<qint64>(0, batch.clock.elapsed() - response.latencyMs);
    answer.latencyMs = batch.clock.elapsed() - batch.waitedMs;
    // And its sending time is when it left: the throughput is the pace calls really left at.
    if (batch.waitedMs > 0)
        answer.sentAt = QDateTime::currentDateTimeUtc().addMSecs(-answer.latencyMs);
    answer.attempts = batch.attempts;
    answer.message = response.answered() ? response.message : response.networkError;
    QList<RecordOutcome> outcomes;
    const int status = response.status;

    if (status == 200 || status == 201 || status == 202) {
        const BatchPayload::Answer read = BatchPayload::read(response.data, batch.rows);
        if (!read.batchId.isEmpty())
            batch.serverBatchId = read.batchId;
        answer.serverBatchId = batch.serverBatchId;
        answer.summary = QJsonDocument(read.summary).toJson(QJsonDocument::Compact);
        if ((status == 202 || read.processing()) && !batch.serverBatchId.isEmpty()) {
            if (m_state == RunnerState::Cancelled) {
                answer.state = u"unknown"_s;
            } else {
                // Soon at first (most batches finish quickly), then less often; the status
                // bucket keeps the polls within their documented limit.
                const int delay = std::min(m_options.pollIntervalMs, 50 << std::min(batch.polls, 8));
                QTimer::singleShot(delay, this, [this, id] { poll(id); });
                return;
            }
        } else if (read.hasResults) {
            outcomes = read.outcomes;
        } else if (read.summaryValue("successful"_L1) == batch.rows.size()) {
            // Documented answer, everything created: no per-record ids (found again by verify).
            for (qint64 row : std::as_const(batch.rows))
                outcomes.append({row, RecordState::Migrated, u"created"_s, {}, {}});
        } else {
            // Documented answer with failures: which ones is not said; each is looked up, and a
            // record that is not on the server failed.
            const QString reason = u"not created by the server (batch %1: %2 of %3 failed)"_s
                                       .arg(batch.serverBatchId)
                                       .arg(read.summaryValue("failed"_L1))
                                       .arg(batch.rows.size());
            for (qint64 row : std::as_const(batch.rows)) {
                outcomes.append({row, RecordState::Unknown, {}, {}, {}});
                m_confirm.insert(row, reason);
            }
        }
        noteBatchResult(true);
    } else if ((status == 400 || status == 413 || status == 422) && batch.rows.size() > 1) {
        // Rejected whole: split in halves to isolate the records the server refuses.
        answer.state = u"split"_s;
        if (status == 413)
            m_batchSize = std::max(1, int(batch.rows.size() / 2));
        const qsizetype half = batch.records.size() / 2;
        m_splits.push_front(batch.records.mid(half));
        m_splits.push_front(batch.records.first(half));
        for (qint64 row : std::as_const(batch.rows))
            outcomes.append({row, RecordState::Pending, {}, {}, {}});
    } else if (status == 400 || status == 413 || status == 422) {
        const QString reason = response.message.isEmpty() ? u"refused by the server (HTTP %1)"_s.arg(status)
                                                          : response.message;
        outcomes.append({batch.rows.first(), RecordState::Failed, {}, reason, {}});
        answer.state = u"rejected"_s;
    } else if (status == 0 && response.notDelivered && m_state != RunnerState::Cancelled) {
        // The request never reached the server (connection refused): nothing to look up.
        answer.state = u"notSent"_s;
        for (qint64 row : std::as_const(batch.rows))
            outcomes.append({row, RecordState::Pending, {}, {}, {}});
        m_active.remove(id);
        if (VoidResult ok = m_journal.finishBatch(id, answer, outcomes); !ok)
            return fail(ok.error());
        for (int i = 0; i < outcomes.size(); ++i)
            m_counts.move(RecordState::InFlight, RecordState::Pending);
        emit progressChanged(m_counts);
        noteBatchResult(false);
        if (++m_notDelivered >= 5 && m_state == RunnerState::Running)
            return fail(tr("The server cannot be reached (%1); nothing was lost. Run again to "
                           "resume.").arg(response.networkError));
        const int delay = std::min(30000, 500 << std::min(6, m_notDelivered - 1));
        m_sendNotBeforeMs = m_clock.elapsed() + delay;
        if (m_state == RunnerState::Running)
            QTimer::singleShot(delay, this, &Runner::pump);
        return checkSettled();
    } else if (status == 0 || status >= 500) {
        // No answer, or one that does not say what was done: the fate is looked up.
        answer.state = u"unknown"_s;
        for (qint64 row : std::as_const(batch.rows))
            outcomes.append({row, RecordState::Unknown, {}, {}, {}});
        if (m_state != RunnerState::Cancelled)
            noteBatchResult(false);
    } else {
        // 401/403 (the key), 429 after every retry, 404 (wrong address)...: nothing was done.
        answer.state = u"rejected"_s;
        for (qint64 row : std::as_const(batch.rows))
            outcomes.append({row, RecordState::Pending, {}, {}, {}});
        QString message;
        if (status == 401 || status == 403)
            message = m_client.kind() == RecordKind::Customers
                          ? tr("The server refused the API key (HTTP %1: %2); check that it is "
                               "the bank key (Settings in the console, PEERE_API_KEY on the command line). "
                               "Nothing was marked failed.")
                                .arg(status)
                                .arg(response.message)
                          : tr("The server refused the API key (HTTP %1: %2); check that it is "
                               "the provider key (Settings in the console, PEERE_API_KEY on the command "
                               "line). Nothing was marked failed.")
                                .arg(status)
                                .arg(response.message);
        else if (status == 429)
            message = tr("The server kept refusing calls (HTTP 429) after every retry.");
        else
            message = tr("The server answered HTTP %1 (%2) to a batch; check the base URL.")
                          .arg(status)
                          .arg(response.message);
        // Stop first, so that putting these records back does not send them again.
        if (m_state == RunnerState::Running || m_state == RunnerState::Paused)
            fail(message);
        finishBatch(batch, response, answer, outcomes);
        return;
    }
    finishBatch(batch, response, answer, outcomes);
}

void Runner::finishBatch(ActiveBatch &batch, const ApiResponse &response, BatchAnswer answer,
                         const QList<RecordOutcome> &outcomes)
{
    Q_UNUSED(response);
    const qint64 id = batch.id;
    if (VoidResult ok = m_journal.finishBatch(id, answer, outcomes); !ok) {
        m_active.remove(id);
        return fail(ok.error());
    }
    BatchFigures figures;
    figures.batch = id;
    figures.phase = batch.phase;
    figures.size = int(batch.rows.size());
    figures.httpStatus = answer.httpStatus;
    figures.latencyMs = answer.latencyMs;
    figures.attempts = answer.attempts;
    figures.state = answer.state;
    figures.message = answer.message;
    if (const QJsonObject summary = QJsonDocument::fromJson(answer.summary).object();
        !summary.isEmpty()) {
        figures.created = summary.value("successful"_L1).toInt(-1);
        figures.duplicates = summary.value("duplicates"_L1).toInt(-1);
    }
    for (const RecordOutcome &outcome : outcomes) {
        m_counts.move(RecordState::InFlight, outcome.state);
        if (outcome.state == RecordState::Migrated)
            ++figures.migrated;
        else if (outcome.state == RecordState::Failed)
            ++figures.failed;
        else if (outcome.state == RecordState::Unknown)
            ++figures.unknown;
    }
    m_active.remove(id);
    figures.inFlight = int(m_active.size());
    emit batchFinished(figures);
    emit progressChanged(m_counts);
    if (m_state == RunnerState::Running)
        schedulePump();
    else
        checkSettled();
}

void Runner::noteBatchResult(bool healthy)
{
    m_recent.append(!healthy);
    while (m_recent.size() > m_options.errorWindow)
        m_recent.removeFirst();
    if (healthy) {
        m_notDelivered = 0;
        // More batches in flight again once the server has kept up for a while.
        if (++m_healthyStreak >= 2 * m_concurrency && m_concurrency < m_options.concurrency) {
            ++m_concurrency;
            m_healthyStreak = 0;
        }
        return;
    }
    m_healthyStreak = 0;
    m_concurrency = std::max(1, m_concurrency / 2);
    const auto errors = std::count(m_recent.cbegin(), m_recent.cend(), true);
    const int window = std::max(4, m_options.errorWindow / 2);
    if (m_recent.size() >= window
        && 100.0 * double(errors) / double(m_recent.size()) >= m_options.pauseErrorPercent
        && m_state == RunnerState::Running) {
        const QString reason = tr("Paused by itself: %1 of the last %2 batches got no usable "
                                  "answer")
                                   .arg(errors)
                                   .arg(m_recent.size());
        (void)m_journal.logEvent(u"warning"_s, reason);
        setState(RunnerState::Paused, reason);
        emit autoPaused(reason);
        checkSettled();
    }
}

} // namespace Peere
