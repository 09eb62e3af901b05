#include "trustapplier.h"

#include "api/apiclient.h"
#include "common/logging.h"
#include "journal/journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

TrustApplier::TrustApplier(Journal &journal, ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_client(client)
{}

TrustApplier::~TrustApplier() = default;

VoidResult TrustApplier::start()
{
    if (m_running)
        return {};
    const Result<QList<TrustEntry>> entries = m_journal.trustEntries();
    if (!entries)
        return Failure{entries.error()};
    m_queue.clear();
    for (const TrustEntry &entry : *entries) {
        if (entry.state != TrustState::Validated && (m_only.isEmpty() || m_only.contains(entry.row)))
            m_queue.push_back(entry);
    }
    m_total = qint64(m_queue.size());
    m_done = 0;
    m_running = true;
    m_paused = false;
    m_stopping = false;
    m_outcome = Outcome::Completed;
    m_message.clear();
    (void)m_journal.logEvent(u"info"_s, u"trust: applying %1 settings"_s.arg(m_total));
    emit progressed(0, m_total);
    // finished() never comes from inside start(): the caller connects first, then starts.
    QTimer::singleShot(0, this, &TrustApplier::pump);
    return {};
}

VoidResult TrustApplier::retry(const QList<qint64> &rows)
{
    if (m_running || rows.isEmpty())
        return {};
    m_only = QSet<qint64>(rows.cbegin(), rows.cend());
    const VoidResult started = start();
    m_only.clear();
    return started;
}

void TrustApplier::pause()
{
    if (!m_running || m_paused || m_stopping)
        return;
    m_paused = true;
    emit paused();
}

void TrustApplier::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    emit resumed();
    pump();
}

void TrustApplier::cancel()
{
    if (!m_running || m_stopping)
        return;
    stop(Outcome::Cancelled, tr("Cancelled: %1 of %2 merchants done; start again to go on.")
                                 .arg(m_done)
                                 .arg(m_total));
    // The calls still waiting for their turn are dropped (the client is this applier's own);
    // their merchants keep their state and are sent again by the next start.
    m_client.abortAll();
}

void TrustApplier::stop(Outcome outcome, const QString &message)
{
    m_stopping = true;
    m_outcome = outcome;
    m_message = message;
    m_queue.clear();
    finishWhenIdle();
}

void TrustApplier::finishWhenIdle()
{
    if (!m_running || m_outstanding > 0)
        return;
    if (!m_stopping && !m_queue.empty())
        return;
    m_running = false;
    m_paused = false;
    (void)m_journal.logEvent(u"info"_s, u"trust: %1 of %2 done"_s.arg(m_done).arg(m_total));
    emit finished(m_outcome, m_message);
}

void TrustApplier::pump()
{
    while (m_running && !m_paused && !m_stopping && m_outstanding < m_window && !m_queue.empty()) {
        const TrustEntry entry = m_queue.front();
        m_queue.pop_front();
        if (entry.state == TrustState::Applied)
            sendValidate(entry);
        else
            sendPatch(entry);
    }
    finishWhenIdle();
}

QString TrustApplier::describe(const ApiResponse &response)
{
    if (!response.answered())
        return tr("No answer from the server: %1").arg(response.networkError);
    if (response.message.isEmpty())
        return tr("HTTP %1").arg(response.status);
    return tr("HTTP %1: %2").arg(response.status).arg(response.message);
}

bool TrustApplier::refusedForAll(const ApiResponse &response, const TrustEntry &entry)
{
    QString reason;
    if (response.status == 401 || response.status == 403)
        reason = tr("The server refused the API key (HTTP %1); nothing more was sent. Check the "
                    "provider key and start again.").arg(response.status);
    else if (response.notDelivered)
        reason = tr("The server cannot be reached (%1); nothing more was sent. Start again when "
                    "it is back.").arg(response.networkError);
    else
        return false;
    // Nothing was done for this merchant: it is planned again, as before the call.
    (void)m_journal.setTrustState(entry.row, entry.state == TrustState::Applied
                                                 ? TrustState::Applied : TrustState::Planned,
                                  reason);
    if (!m_stopping)
        stop(Outcome::Interrupted, reason);
    return true;
}

void TrustApplier::sendPatch(const TrustEntry &entry)
{
    // Durable before the call leaves: a crash from here on leaves the entry in flight, and the
    // next start sends the same (idempotent) PATCH again.
    if (VoidResult marked = m_journal.setTrustState(entry.row, TrustState::InFlight); !marked) {
        stop(Outcome::Interrupted, marked.error());
        return;
    }
    ++m_outstanding;
    const QJsonObject body{{u"entityId"_s, entry.serverId},
                           {u"trusted"_s, entry.setting.trusted},
                           {u"trustLevel"_s, trustLevelName(entry.setting.level)},
                           {u"deviceLookupEnabled"_s, entry.setting.deviceLookupEnabled}};
    QPointer<TrustApplier> self(this);
    m_client.call(CallClass::Standard, "PATCH", u"/v1/provider/merchant/trust"_s, {},
                  QJsonDocument(body).toJson(QJsonDocument::Compact), true,
                  [self, entry](const ApiResponse &response) {
                      if (TrustApplier *applier = self.data())
                          applier->patched(entry, response);
                  });
}

bool TrustApplier::succeeded(const TrustEntry &entry, const ApiResponse &response)
{
    --m_outstanding;
    if (m_stopping && !response.answered()) {
        // Cancelled without an answer: the entry stays in flight (or applied) in the journal;
        // the next start sends the same idempotent PATCH again, or validates.
        finishWhenIdle();
        return false;
    }
    if (refusedForAll(response, entry)) {
        finishWhenIdle();
        return false;
    }
    if (!response.succeeded()) {
        settle(entry, TrustState::Failed, describe(response));
        return false;
    }
    return true;
}

void TrustApplier::patched(const TrustEntry &entry, const ApiResponse &response)
{
    if (!succeeded(entry, response))
        return;
    const QJsonObject data = response.data.toObject();
    const QString level = data.value(u"trustLevel"_s).toString();
    if (!level.isEmpty() && level != trustLevelName(entry.setting.level)) {
        settle(entry, TrustState::Failed,
               tr("The server kept the trust level %1 instead of %2.")
                   .arg(level, trustLevelName(entry.setting.level)));
        return;
    }
    (void)m_journal.setTrustState(entry.row, TrustState::Applied);
    if (m_stopping) {
        // Validated by the next start.
        finishWhenIdle();
        return;
    }
    TrustEntry applied = entry;
    applied.state = TrustState::Applied;
    sendValidate(applied);
}

void TrustApplier::sendValidate(const TrustEntry &entry)
{
    ++m_outstanding;
    const QJsonObject body{{u"entityId"_s, entry.serverId},
                           {u"requiredTrustLevel"_s, trustLevelName(entry.setting.level)}};
    QPointer<TrustApplier> self(this);
    // A check that changes nothing: safe to repeat.
    m_client.call(CallClass::Standard, "POST", u"/v1/provider/merchant/trust/validate"_s, {},
                  QJsonDocument(body).toJson(QJsonDocument::Compact), true,
                  [self, entry](const ApiResponse &response) {
                      if (TrustApplier *applier = self.data())
                          applier->validated(entry, response);
                  });
}

void TrustApplier::validated(const TrustEntry &entry, const ApiResponse &response)
{
    if (!succeeded(entry, response))
        return;
    const QJsonObject data = response.data.toObject();
    const QString current = data.value(u"currentTrustLevel"_s).toString();
    const bool valid = data.value(u"valid"_s).toBool();
    const QString wanted = trustLevelName(entry.setting.level);
    // valid means trusted and at least the level: it must say what was set.
    if (current != wanted || valid != entry.setting.trusted) {
        settle(entry, TrustState::Failed,
               tr("The server reports the level %1 (valid: %2) after setting %3 (trusted: %4).")
                   .arg(current, valid ? u"true"_s : u"false"_s, wanted,
                        entry.setting.trusted ? u"true"_s : u"false"_s));
        return;
    }
    settle(entry, TrustState::Validated, {});
}

void TrustApplier::settle(const TrustEntry &entry, TrustState state, const QString &message)
{
    if (VoidResult written = m_journal.setTrustState(entry.row, state, message); !written) {
        if (!m_stopping)
            stop(Outcome::Interrupted, written.error());
        finishWhenIdle();
        return;
    }
    if (state == TrustState::Failed)
        qCInfo(lcMigration) << "trust of row" << entry.row << "failed:" << message;
    ++m_done;
    emit entryFinished(entry.row, state, message);
    emit progressed(m_done, m_total);
    pump();
}

} // namespace Peere
