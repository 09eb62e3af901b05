// The Runner's lookups: the fate of records whose answer was lost, and the verify phase.
#include "runner.h"

#include "batchpayload.h"
#include "common/logging.h"
#include "verification.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// A list answer: a bare array (as documented) or an object holding one.
QJsonArray listOf(const QJsonValue &data)
{
    if (data.isArray())
        return data.toArray();
    const QJsonObject object = data.toObject();
    for (const QLatin1StringView key : {"merchants"_L1, "customers"_L1, "data"_L1, "items"_L1}) {
        if (object.value(key).isArray())
            return object.value(key).toArray();
    }
    return {};
}

QString idOf(const QJsonObject &object)
{
    const QJsonValue id = object.value("id"_L1);
    return id.isUndefined() ? object.value("entityId"_L1).toString() : id.toString();
}

QString emailOf(RecordKind kind, const JournalRecord &record)
{
    const int field = kind == RecordKind::Customers ? int(CustomerField::Email)
                                                    : int(MerchantField::Email);
    return field < record.values.size()
               ? QString::fromUtf8(BatchPayload::sentValue(kind, field, record.values.at(field)))
               : QString();
}

// What the verify phase concludes for `record` from the server's copy of it (and, for a
// merchant, the trust expected of it).
RecordOutcome verified(RecordKind kind, const JournalRecord &record, const QJsonObject &server,
                       const std::optional<TrustSetting> &trust = std::nullopt)
{
    RecordOutcome outcome{record.row, RecordState::Verified, record.outcome, {}, idOf(server)};
    const QStringList differences = Verification::differences(kind, record.values, server, trust);
    if (!differences.isEmpty()) {
        outcome.state = RecordState::Mismatch;
        outcome.reason = Verification::reason(differences);
    }
    return outcome;
}

RecordOutcome notFound(const JournalRecord &record)
{
    return {record.row, RecordState::Mismatch, record.outcome, Verification::notFoundReason(), {}};
}

// The trust expected of the merchant of `row`: what the trust step last set; nullopt (not
// compared, not read) when the trust step never set it (nothing was sent: a new merchant's trust
// is only our sandbox's convention, the real API's may differ) or its PATCH is in flight.
std::optional<TrustSetting> trustOf(const QHash<qint64, std::optional<TrustSetting>> &set,
                                    qint64 row)
{
    return set.value(row);
}

} // namespace

Result<QHash<qint64, std::optional<TrustSetting>>>
Runner::trustSetOnServer(const QList<JournalRecord> &records) const
{
    if (m_client.kind() != RecordKind::Merchants || records.isEmpty())
        return QHash<qint64, std::optional<TrustSetting>>();
    const auto [first, last] = std::minmax_element(
        records.cbegin(), records.cend(),
        [](const JournalRecord &a, const JournalRecord &b) { return a.row < b.row; });
    return m_journal.trustSetOnServer(first->row, last->row);
}

bool Runner::verifyMerchant(const JournalRecord &record, const QJsonObject &server,
                            const QHash<qint64, std::optional<TrustSetting>> &trustSet,
                            RecordOutcome *outcome)
{
    const std::optional<TrustSetting> trust = trustOf(trustSet, record.row);
    if (trust && !Verification::carriesTrust(server)) {
        // The documented merchant answers say nothing of trust: the trust call does.
        lookUpTrust(record, server, *trust);
        return false;
    }
    *outcome = verified(RecordKind::Merchants, record, server, trust);
    return true;
}

void Runner::lookUpTrust(const JournalRecord &record, const QJsonObject &server,
                         const TrustSetting &trust)
{
    m_lookingUp.insert(record.row);
    ++m_lookupsActive;
    QUrlQuery query;
    query.addQueryItem(u"entityId"_s, idOf(server));
    m_client.call(CallClass::Standard, "GET", u"/v1/provider/merchant/trust"_s, query, {}, true,
                  [this, record, server, trust](const ApiResponse &response) {
                      --m_lookupsActive;
                      m_lookingUp.remove(record.row);
                      if (m_state == RunnerState::Failed || m_state == RunnerState::Cancelled)
                          return checkSettled();
                      if (response.succeeded() || response.status == 404) {
                          const QJsonObject held = Verification::withTrust(
                              server, response.data.toObject());
                          return lookupAnswered(record, response.status == 404
                                                            ? notFound(record)
                                                            : verified(RecordKind::Merchants,
                                                                       record, held, trust));
                      }
                      lookupUnanswered(record, response);
                  });
}

void Runner::lookupAnswered(const JournalRecord &record, const RecordOutcome &outcome)
{
    applyOutcome(outcome, record.state);
    if (m_state == RunnerState::Running)
        pump();
    else
        checkSettled();
}

void Runner::lookupUnanswered(const JournalRecord &record, const ApiResponse &response)
{
    if (response.status == 401 || response.status == 403)
        return fail(tr("The server refused the API key (HTTP %1: %2); check the key (Settings in "
                       "the console, PEERE_API_KEY on the command line). Nothing was marked "
                       "failed.")
                        .arg(response.status)
                        .arg(response.message));
    // Still no answer: try again a little later; nothing is re-sent meanwhile.
    m_lookupRetryAtMs = m_clock.elapsed() + m_options.lookupRetryMs;
    if (record.state == RecordState::Migrated)
        m_verifyCursor[int(record.phase)] = 0; // verify it again
    qCDebug(lcMigration) << "lookup of row" << record.row << "failed:" << response.status
                         << response.networkError;
    noteBatchResult(false); // counts towards pausing by itself when the server is gone
    if (m_state == RunnerState::Running)
        QTimer::singleShot(m_options.lookupRetryMs, this, &Runner::pump);
    checkSettled();
}

void Runner::applyOutcome(const RecordOutcome &outcome, RecordState from)
{
    if (VoidResult ok = m_journal.applyOutcomes({outcome}); !ok)
        return fail(ok.error());
    m_counts.move(from, outcome.state);
}

void Runner::resolveUnknown()
{
    if (m_counts.unknown <= 0 || m_merchantListing || m_clock.elapsed() < m_lookupRetryAtMs)
        return;
    const int free = m_options.lookupsInFlight - m_lookupsActive;
    if (free <= 0)
        return;
    Result<QList<JournalRecord>> unknown
        = m_journal.records(std::nullopt, RecordState::Unknown, 200 + int(m_lookingUp.size()));
    if (!unknown)
        return fail(unknown.error());
    QList<JournalRecord> todo;
    for (const JournalRecord &record : std::as_const(unknown.value())) {
        if (!m_lookingUp.contains(record.row))
            todo.append(record);
    }
    if (todo.isEmpty())
        return;
    if (m_client.kind() == RecordKind::Merchants)
        return resolveMerchants(todo);
    for (qsizetype i = 0; i < todo.size() && i < free; ++i)
        lookUp(todo.at(i));
}

void Runner::lookUp(const JournalRecord &record)
{
    m_lookingUp.insert(record.row);
    ++m_lookupsActive;
    m_client.findCustomerByEmail(emailOf(RecordKind::Customers, record),
                                 [this, record](const ApiResponse &response) {
                                     lookupDone(record, response);
                                 });
}

void Runner::lookupDone(const JournalRecord &record, const ApiResponse &response)
{
    --m_lookupsActive;
    m_lookingUp.remove(record.row);
    if (m_state == RunnerState::Failed || m_state == RunnerState::Cancelled)
        return checkSettled();
    const bool verifying = record.state == RecordState::Migrated;
    RecordOutcome outcome;
    outcome.row = record.row;
    if (response.status == 200) {
        if (verifying) {
            outcome = verified(RecordKind::Customers, record, response.data.toObject());
        } else {
            outcome.state = RecordState::Migrated;
            outcome.outcome = u"existing"_s;
            outcome.serverId = idOf(response.data.toObject());
        }
    } else if (response.status == 404) {
        if (verifying) {
            outcome = notFound(record);
        } else if (m_confirm.contains(record.row)) {
            outcome.state = RecordState::Failed;
            outcome.reason = m_confirm.take(record.row);
        } else {
            outcome.state = RecordState::Pending; // never arrived: safe to send again
        }
    } else {
        return lookupUnanswered(record, response);
    }
    lookupAnswered(record, outcome);
}

void Runner::resolveMerchants(const QList<JournalRecord> &records)
{
    // Merchants cannot be found by e-mail: list them all (paged) and match.
    m_merchantListing = true;
    for (const JournalRecord &record : records)
        m_lookingUp.insert(record.row);
    auto found = std::make_shared<QHash<QString, QJsonObject>>(); // e-mail -> merchant
    auto next = std::make_shared<std::function<void(int)>>();
    const int page = 100;
    *next = [this, records, found, next, page](int offset) {
        ++m_lookupsActive;
        m_client.listMerchants(offset, page, [=, this](const ApiResponse &response) {
            --m_lookupsActive;
            if (m_state == RunnerState::Failed || m_state == RunnerState::Cancelled
                || !response.succeeded()) {
                m_merchantListing = false;
                for (const JournalRecord &record : records)
                    m_lookingUp.remove(record.row);
                *next = nullptr; // break the self-reference
                if (response.status == 401 || response.status == 403)
                    return fail(u"the server refused the API key (HTTP %1)"_s.arg(response.status));
                m_lookupRetryAtMs = m_clock.elapsed() + m_options.lookupRetryMs;
                if (m_state == RunnerState::Running)
                    QTimer::singleShot(m_options.lookupRetryMs, this, &Runner::pump);
                return checkSettled();
            }
            const QJsonArray merchants = listOf(response.data);
            for (const QJsonValue &value : merchants) {
                const QJsonObject merchant = value.toObject();
                found->insert(merchant.value("email"_L1).toString().toLower(), merchant);
            }
            const qint64 total = qint64(response.data.toObject().value("total"_L1).toDouble(-1));
            const int nextOffset = offset + int(merchants.size());
            if (!merchants.isEmpty() && (total < 0 || nextOffset < total))
                return (*next)(nextOffset);
            m_merchantListing = false;
            *next = nullptr;
            for (const JournalRecord &record : records)
                m_lookingUp.remove(record.row);
            const auto trustSet = trustSetOnServer(records);
            if (!trustSet)
                return fail(trustSet.error());
            QList<JournalRecord> answered;
            QList<RecordOutcome> outcomes;
            for (const JournalRecord &record : records) {
                const bool verifying = record.state == RecordState::Migrated;
                const auto id = found->constFind(emailOf(RecordKind::Merchants, record).toLower());
                RecordOutcome outcome{record.row, RecordState::Pending, {}, {}, {}};
                if (id != found->cend() && verifying) {
                    if (!verifyMerchant(record, *id, *trustSet, &outcome))
                        continue; // concluded when its trust is read
                } else if (id != found->cend()) {
                    outcome.state = RecordState::Migrated;
                    outcome.outcome = u"existing"_s;
                    outcome.serverId = idOf(*id);
                } else if (verifying) {
                    outcome = notFound(record);
                } else if (m_confirm.contains(record.row)) {
                    outcome.state = RecordState::Failed;
                    outcome.reason = m_confirm.take(record.row);
                }
                answered.append(record);
                outcomes.append(outcome);
            }
            if (VoidResult ok = m_journal.applyOutcomes(outcomes); !ok)
                return fail(ok.error());
            for (int i = 0; i < outcomes.size(); ++i)
                m_counts.move(answered.at(i).state, outcomes.at(i).state);
            if (m_state == RunnerState::Running)
                pump();
            else
                checkSettled();
        });
    };
    (*next)(0);
}

void Runner::pumpVerify()
{
    bool launched = false;
    for (int p = 0; p < int(Phase::Verify) && m_lookupsActive < m_options.lookupsInFlight
                    && !m_merchantListing;
         ++p) {
        Result<QList<JournalRecord>> page = m_journal.records(
            Phase(p), RecordState::Migrated, m_options.verifyPageSize, m_verifyCursor[p]);
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            continue;
        launched = true;
        m_verifyCursor[p] = page->last().row;
        QList<JournalRecord> withId, withoutId;
        for (const JournalRecord &record : std::as_const(page.value())) {
            if (!m_lookingUp.contains(record.row))
                (record.serverId.isEmpty() ? withoutId : withId).append(record);
        }
        if (!withoutId.isEmpty()) {
            if (m_client.kind() == RecordKind::Merchants)
                resolveMerchants(withoutId);
            else
                for (const JournalRecord &record : std::as_const(withoutId))
                    lookUp(record);
        }
        if (withId.isEmpty())
            continue;
        QStringList ids;
        for (const JournalRecord &record : std::as_const(withId)) {
            ids.append(record.serverId);
            m_lookingUp.insert(record.row);
        }
        ++m_lookupsActive;
        const auto done = [this, withId, p](const ApiResponse &response) {
            --m_lookupsActive;
            for (const JournalRecord &record : withId)
                m_lookingUp.remove(record.row);
            if (m_state != RunnerState::Running) {
                m_verifyCursor[p] = 0; // verify these again when resumed
                return checkSettled();
            }
            if (!response.succeeded()) {
                m_verifyCursor[p] = 0;
                QTimer::singleShot(m_options.lookupRetryMs, this, &Runner::pump);
                return;
            }
            QHash<QString, QJsonObject> present;
            for (const QJsonValue &value : listOf(response.data))
                present.insert(idOf(value.toObject()), value.toObject());
            const auto trustSet = trustSetOnServer(withId);
            if (!trustSet)
                return fail(trustSet.error());
            QList<RecordOutcome> outcomes;
            const RecordKind kind = m_client.kind();
            for (const JournalRecord &record : withId) {
                const auto there = present.constFind(record.serverId);
                RecordOutcome outcome;
                if (there == present.cend())
                    outcome = notFound(record);
                else if (kind == RecordKind::Customers)
                    outcome = verified(kind, record, *there);
                else if (!verifyMerchant(record, *there, *trustSet, &outcome))
                    continue; // concluded when its trust is read
                outcomes.append(outcome);
            }
            if (VoidResult ok = m_journal.applyOutcomes(outcomes); !ok)
                return fail(ok.error());
            for (const RecordOutcome &outcome : std::as_const(outcomes))
                m_counts.move(RecordState::Migrated, outcome.state);
            emit progressChanged(m_counts);
            pump();
        };
        if (m_client.kind() == RecordKind::Customers)
            m_client.listCustomersByIds(ids, done);
        else
            m_client.listMerchantsByIds(ids, done);
    }
    if (!launched && m_lookupsActive == 0 && !m_merchantListing)
        finishPhase();
}

} // namespace Peere
