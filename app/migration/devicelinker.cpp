#include "devicelinker.h"

#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

DeviceLinker::DeviceLinker(Journal &journal,
                           ApiClient &client,
                           const DeviceLinkerOptions &options,
                           QObject *parent)
    : MigrationJob(journal, client, parent)
    , m_options(options)
{
    qRegisterMetaType<Peere::DeviceCounts>();
    m_options.customersInFlight = std::max(1, m_options.customersInFlight);
    m_retryIds = QSet<qint64>(m_options.retryIds.cbegin(), m_options.retryIds.cend());
    m_clock.start();
}

DeviceLinker::~DeviceLinker() = default;

bool DeviceLinker::busy() const
{
    return m_callsActive != 0;
}

bool DeviceLinker::failing(const QString &message)
{
    if (m_state == RunnerState::Cancelled)
        return false;
    (void)m_journal.logEvent(u"error"_s, u"device linking: "_s + message);
    return true;
}

void DeviceLinker::begin()
{
    // Links left in flight by a process that died: listed before anything is sent again.
    const Result<qint64> orphaned = m_journal.markDevicesInFlightUnknown();
    if (!orphaned)
        return fail(orphaned.error());
    if (*orphaned > 0)
        (void)m_journal.logEvent(u"info"_s,
                                 u"%1 device links left in flight by an earlier run: "
                                 "listing their customers' devices"_s.arg(*orphaned));
    if (!m_retryIds.isEmpty()) {
        const Result<QList<qint64>> requeued = m_journal.requeueDevices(m_options.retryIds);
        if (!requeued)
            return fail(requeued.error());
    }
    const Result<DeviceCounts> counts = m_journal.deviceCounts();
    if (!counts)
        return fail(counts.error());
    m_counts = *counts;
    emit progressChanged(m_counts);
    setState(RunnerState::Running);
    pump();
}

bool DeviceLinker::isWanted(const DeviceLink &link) const
{
    return m_retryIds.isEmpty() || m_retryIds.contains(link.id);
}

void DeviceLinker::callEnded(const ApiResponse &response)
{
    --m_callsActive;
    if (response.answered() && !response.serverError())
        m_noAnswer = 0;
}

bool DeviceLinker::goesOn(const ApiResponse &response)
{
    callEnded(response);
    if (m_state == RunnerState::Failed || m_state == RunnerState::Cancelled) {
        checkSettled();
        return false;
    }
    return !refused(response);
}

bool DeviceLinker::refused(const ApiResponse &response)
{
    if (response.status != 401 && response.status != 403)
        return false;
    fail(u"the server refused the API key (HTTP %1: %2); check PEERE_API_KEY. Nothing was "
         "marked failed."_s.arg(response.status)
             .arg(response.message));
    return true;
}

void DeviceLinker::move(const DeviceLink &link,
                        DeviceState to,
                        int httpStatus,
                        const QString &outcome,
                        const QString &message)
{
    if (VoidResult ok = m_journal.setDeviceState(link.id, to, httpStatus, outcome, message); !ok)
        return fail(ok.error());
    m_counts.move(link.state, to);
}

void DeviceLinker::pump()
{
    if (m_state != RunnerState::Running)
        return checkSettled();
    if (const qint64 wait = m_retryAtMs - m_clock.elapsed(); wait > 0) {
        if (m_active.isEmpty())
            QTimer::singleShot(wait + 1, this, &DeviceLinker::pump);
        return;
    }
    // The next customers with links to do: unknown fates first, then pending links.
    for (const DeviceState state : {DeviceState::Unknown, DeviceState::Pending}) {
        qint64 after = 0;
        while (int(m_active.size()) < m_options.customersInFlight) {
            const Result<QList<DeviceLink>> page = m_journal.devices(state, 500, after);
            if (!page)
                return fail(page.error());
            for (const DeviceLink &link : std::as_const(page.value())) {
                const qint64 customer = link.entry.customerRow;
                if (customer <= 0 || m_active.contains(customer) || !isWanted(link))
                    continue;
                auto task = std::make_shared<Task>();
                task->customerRow = customer;
                m_active.insert(customer, task);
                fetchCustomer(task);
                if (m_state != RunnerState::Running
                    || int(m_active.size()) >= m_options.customersInFlight)
                    break;
            }
            if (page->size() < 500 || m_state != RunnerState::Running)
                break;
            after = page->last().id;
        }
    }
    if (m_state == RunnerState::Running && m_active.isEmpty()) {
        setState(RunnerState::Finished, u"every device link was tried"_s);
        (void)m_journal.logEvent(u"info"_s,
                                 u"device linking done: %1 linked, %2 failed, %3 "
                                 "invalid"_s.arg(m_counts.linked)
                                     .arg(m_counts.failed)
                                     .arg(m_counts.invalid));
        emit progressChanged(m_counts);
        emit finished(m_state, m_message);
        checkSettled();
    }
}

void DeviceLinker::finishTask(const TaskPtr &task)
{
    m_active.remove(task->customerRow);
    emit progressChanged(m_counts);
    if (m_state == RunnerState::Running)
        QMetaObject::invokeMethod(this, &DeviceLinker::pump, Qt::QueuedConnection);
    else
        checkSettled();
}

void DeviceLinker::retryLater(const TaskPtr &task, const ApiResponse &response)
{
    qCDebug(lcMigration) << "device linking: no answer for customer row" << task->customerRow
                         << response.status << response.networkError;
    if ((response.notDelivered || ++m_noAnswer >= 5) && m_state == RunnerState::Running) {
        m_active.remove(task->customerRow);
        return fail(u"the server did not answer (%1)"_s.arg(
            response.answered() ? u"HTTP %1"_s.arg(response.status) : response.networkError));
    }
    m_retryAtMs = m_clock.elapsed() + m_options.retryMs;
    finishTask(task);
}

void DeviceLinker::fetchCustomer(const TaskPtr &task)
{
    Result<JournalRecord> customer = m_journal.record(task->customerRow);
    if (!customer)
        return fail(customer.error());
    Result<QList<DeviceLink>> unknown
        = m_journal.devices(DeviceState::Unknown, 100000, 0, task->customerRow);
    Result<QList<DeviceLink>> pending
        = m_journal.devices(DeviceState::Pending, 100000, 0, task->customerRow);
    if (!unknown || !pending)
        return fail(unknown ? pending.error() : unknown.error());
    for (const DeviceLink &link : std::as_const(*unknown)) {
        if (isWanted(link))
            task->unknown.append(link);
    }
    for (const DeviceLink &link : std::as_const(*pending)) {
        if (isWanted(link))
            task->pending.append(link);
    }
    // By the id the batch answer gave, or (documented API only) by e-mail.
    QUrlQuery query;
    if (!customer->serverId.isEmpty())
        query.addQueryItem(u"id"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(customer->serverId)));
    else
        query.addQueryItem(u"email"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(
                               customer->values.value(CustomerField::Email).trimmed()))));
    ++m_callsActive;
    m_client.call(CallClass::Standard,
                  "GET",
                  u"/v1/bank/customer"_s,
                  query,
                  {},
                  true,
                  [this, task](const ApiResponse &response) {
                      if (!goesOn(response))
                          return;
                      if (response.status == 404) {
                          for (const QList<DeviceLink> *links : {&task->unknown, &task->pending})
                              for (const DeviceLink &link : *links)
                                  move(link,
                                       DeviceState::Failed,
                                       404,
                                       {},
                                       u"the customer is not on the server"_s);
                          return finishTask(task);
                      }
                      if (!response.succeeded())
                          return retryLater(task, response);
                      const QJsonObject data = response.data.toObject();
                      task->customerId = data.value("id"_L1).toString();
                      task->phrase = data.value("phrase"_L1).toString();
                      if (m_state != RunnerState::Running)
                          return finishTask(task);
                      if (!task->unknown.isEmpty())
                          return listDevices(task);
                      linkNext(task);
                  });
}

void DeviceLinker::listDevices(const TaskPtr &task)
{
    QUrlQuery query;
    query.addQueryItem(u"search"_s, QString::fromLatin1(QUrl::toPercentEncoding(task->customerId)));
    query.addQueryItem(u"page"_s, QString::number(task->page));
    query.addQueryItem(u"limit"_s, QString::number(m_options.listPageSize));
    ++m_callsActive;
    m_client.call(CallClass::Standard,
                  "GET",
                  u"/v1/bank/devices/list"_s,
                  query,
                  {},
                  true,
                  [this, task](const ApiResponse &response) {
                      if (!goesOn(response))
                          return;
                      if (!response.succeeded())
                          return retryLater(task, response);
                      const QJsonObject data = response.data.toObject();
                      const QJsonArray devices = data.value("devices"_L1).toArray();
                      for (const QJsonValue &value : devices) {
                          const QJsonObject device = value.toObject();
                          if (device.value("customerId"_L1).toString() == task->customerId)
                              task->linkedOnServer.insert(device.value("deviceId"_L1).toString());
                      }
                      const qint64 total = qint64(data.value("total"_L1).toDouble(0));
                      if (!devices.isEmpty()
                          && qint64(task->page) * m_options.listPageSize < total) {
                          ++task->page;
                          return listDevices(task);
                      }
                      // Each interrupted link is now known: linked, or to be sent (again).
                      for (const DeviceLink &link : std::as_const(task->unknown)) {
                          if (task->linkedOnServer.contains(link.entry.deviceId)) {
                              move(link,
                                   DeviceState::Linked,
                                   200,
                                   u"linked"_s,
                                   u"found linked after an interrupted call"_s);
                          } else {
                              move(link, DeviceState::Pending, 0, {}, {});
                              DeviceLink again = link;
                              again.state = DeviceState::Pending;
                              task->pending.append(again);
                          }
                      }
                      task->unknown.clear();
                      if (m_state != RunnerState::Running)
                          return finishTask(task);
                      linkNext(task);
                  });
}

void DeviceLinker::linkNext(const TaskPtr &task)
{
    if (m_state != RunnerState::Running || task->pending.isEmpty())
        return finishTask(task);
    DeviceLink link = task->pending.takeFirst();
    // In flight, durably, before the call leaves.
    move(link, DeviceState::InFlight, 0, {}, {});
    if (m_state != RunnerState::Running)
        return finishTask(task);
    link.state = DeviceState::InFlight;
    const QString phrase = link.entry.phrase.isEmpty() ? task->phrase : link.entry.phrase;
    const QByteArray body = QJsonDocument(QJsonObject{{u"customerId"_s, task->customerId},
                                                      {u"phrase"_s, phrase},
                                                      {u"deviceId"_s, link.entry.deviceId}})
                                .toJson(QJsonDocument::Compact);
    ++m_callsActive;
    // Repeatable: a repeated link after a lost answer gets 409, which is success.
    m_client.call(
        CallClass::Standard,
        "POST",
        u"/v1/bank/customer/device/link"_s,
        {},
        body,
        true,
        [this, task, link](const ApiResponse &response) {
            callEnded(response);
            if (m_state == RunnerState::Failed)
                return checkSettled();
            if (response.status == 200 || response.status == 201) {
                move(link, DeviceState::Linked, response.status, u"linked"_s, {});
            } else if (response.status == 409) {
                move(link, DeviceState::Linked, 409, u"alreadyLinked"_s, response.message);
            } else if (response.status == 401 || response.status == 403) {
                move(link, DeviceState::Unknown, response.status, {}, {});
                refused(response);
                return;
            } else if (response.answered() && response.status < 500 && response.status != 429) {
                move(link,
                     DeviceState::Failed,
                     response.status,
                     {},
                     response.message.isEmpty() ? u"HTTP %1"_s.arg(response.status)
                                                : response.message);
            } else {
                // No answer: whether it was linked is learnt by listing, next time.
                move(link,
                     DeviceState::Unknown,
                     response.status,
                     {},
                     response.answered() ? response.message : response.networkError);
                if (m_state == RunnerState::Cancelled)
                    return checkSettled();
                emit progressChanged(m_counts);
                return retryLater(task, response);
            }
            if (m_state == RunnerState::Cancelled)
                return checkSettled();
            emit progressChanged(m_counts);
            linkNext(task);
        });
}

} // namespace Peere
