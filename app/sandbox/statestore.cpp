#include "statestore.h"

#include "batchjobs.h"
#include "common/logging.h"
#include "customerstore.h"
#include "devicestore.h"
#include "merchantstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

StateStore::StateStore(QString connectionName)
    : m_connection(std::move(connectionName))
{}

StateStore::~StateStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString &path)
{
    const QString name = u"peere-sandbox-state-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<StateStore> store(new StateStore(name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return failure(u"cannot open the state file %1: %2"_s.arg(path, db.lastError().text()));
    }
    const QStringList schema = {
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS customers (idx INTEGER PRIMARY KEY, record BLOB NOT NULL,"
        " phrase INTEGER NOT NULL, created INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS merchants (idx INTEGER PRIMARY KEY, record TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS devices (seq INTEGER PRIMARY KEY, customer INTEGER NOT NULL,"
        " device TEXT NOT NULL, linked INTEGER NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " data TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS pending (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " records TEXT NOT NULL)"_s,
    };
    for (const QString &sql : schema) {
        if (!store->exec(sql)) {
            return failure(u"the state file %1 is not usable: %2"_s.arg(
                path, QSqlDatabase::database(name).lastError().text()));
        }
    }
    return store;
}

bool StateStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(sql);
}

void StateStore::warnIfFailed(bool ok, const char *what)
{
    if (!ok) {
        qCWarning(lcSandbox, "state file: cannot %s: %s", what,
                  qPrintable(QSqlDatabase::database(m_connection).lastError().text()));
    }
}

VoidResult StateStore::load(CustomerStore &customers, MerchantStore &merchants,
                            DeviceStore &devices, BatchJobs &batches)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool haveGenerations = false;
    if (query.exec(u"SELECT key, value FROM meta"_s)) {
        while (query.next()) {
            if (query.value(0).toString() == u"customerGeneration") {
                customers.setGeneration(query.value(1).toUInt());
                haveGenerations = true;
            } else if (query.value(0).toString() == u"merchantGeneration") {
                merchants.setGeneration(query.value(1).toUInt());
            }
        }
    }
    if (!haveGenerations)
        saveGenerations(customers.generation(), merchants.generation());

    if (!query.exec(u"SELECT record, phrase, created FROM customers ORDER BY idx"_s))
        return failure(u"cannot read customers from the state file: "_s + query.lastError().text());
    while (query.next()) {
        customers.add(CustomerStore::decode(query.value(0).toByteArray()),
                      query.value(1).toULongLong(), query.value(2).toLongLong());
    }
    if (!query.exec(u"SELECT record FROM merchants ORDER BY idx"_s))
        return failure(u"cannot read merchants from the state file: "_s + query.lastError().text());
    while (query.next()) {
        merchants.add(MerchantStore::fromState(
            QJsonDocument::fromJson(query.value(0).toByteArray()).object()));
    }
    if (!query.exec(u"SELECT seq, customer, device, linked FROM devices ORDER BY seq"_s))
        return failure(u"cannot read devices from the state file: "_s + query.lastError().text());
    while (query.next()) {
        devices.restore(query.value(0).toULongLong(),
                        Device{query.value(2).toString(), query.value(1).toUInt(),
                               query.value(3).toLongLong()});
    }
    // The latest batches only, as in memory.
    if (!query.exec(u"SELECT id, kind, data FROM (SELECT rowid AS r, id, kind, data FROM batches"
                    " ORDER BY rowid DESC LIMIT %1) ORDER BY r"_s.arg(BatchJobs::keptBatches)))
        return failure(u"cannot read batches from the state file: "_s + query.lastError().text());
    while (query.next()) {
        batches.restore(query.value(0).toString(),
                        kindFromName(query.value(1).toString()).value_or(RecordKind::Customers),
                        query.value(2).toString().toUtf8());
    }
    return {};
}

void StateStore::saveGenerations(quint32 customers, quint32 merchants)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(u"customerGeneration"_s);
    query.addBindValue(QString::number(customers));
    warnIfFailed(query.exec(), "save the generation");
    query.addBindValue(u"merchantGeneration"_s);
    query.addBindValue(QString::number(merchants));
    warnIfFailed(query.exec(), "save the generation");
}

void StateStore::insertCustomers(const CustomerStore &store, const QList<quint32> &indexes)
{
    if (indexes.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO customers (idx, record, phrase, created) VALUES (?, ?, ?, ?)"_s);
    for (quint32 index : indexes) {
        query.addBindValue(index);
        query.addBindValue(store.encoded(index));
        query.addBindValue(store.phraseKey(index));
        query.addBindValue(store.createdMs(index));
        warnIfFailed(query.exec(), "save a customer");
    }
    warnIfFailed(db.commit(), "commit customers");
}

void StateStore::updateCustomer(const CustomerStore &store, quint32 index)
{
    insertCustomers(store, {index});
}

void StateStore::saveMerchants(const MerchantStore &store, const QList<quint32> &indexes)
{
    if (indexes.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO merchants (idx, record) VALUES (?, ?)"_s);
    for (quint32 index : indexes) {
        query.addBindValue(index);
        query.addBindValue(QString::fromUtf8(QJsonDocument(store.toState(index)).toJson(QJsonDocument::Compact)));
        warnIfFailed(query.exec(), "save a merchant");
    }
    warnIfFailed(db.commit(), "commit merchants");
}

void StateStore::saveDevice(quint64 sequence, const Device &device)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR REPLACE INTO devices (seq, customer, device, linked) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(sequence);
    query.addBindValue(device.customer);
    query.addBindValue(device.deviceId);
    query.addBindValue(device.linkedMs);
    warnIfFailed(query.exec(), "save a device");
}

void StateStore::removeDevice(quint32 customer, const QString &deviceId)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"DELETE FROM devices WHERE customer = ? AND device = ?"_s);
    query.addBindValue(customer);
    query.addBindValue(deviceId);
    warnIfFailed(query.exec(), "remove a device");
}

void StateStore::saveBatch(const QString &id, RecordKind kind, const QByteArray &dataJson)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR REPLACE INTO batches (id, kind, data) VALUES (?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(kindName(kind));
    query.addBindValue(QString::fromUtf8(dataJson));
    warnIfFailed(query.exec(), "save a batch");
    QSqlQuery done(QSqlDatabase::database(m_connection));
    done.prepare(u"DELETE FROM pending WHERE id = ?"_s);
    done.addBindValue(id);
    warnIfFailed(done.exec(), "forget a pending batch");
}

void StateStore::savePending(const QString &id, RecordKind kind, const QJsonArray &records)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(u"INSERT OR REPLACE INTO pending (id, kind, records) VALUES (?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(kindName(kind));
    query.addBindValue(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact)));
    warnIfFailed(query.exec(), "save a pending batch");
}

QList<StateStore::Pending> StateStore::pending()
{
    QList<Pending> result;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, kind, records FROM pending ORDER BY rowid"_s))
        return result;
    while (query.next()) {
        result.append({query.value(0).toString(),
                       kindFromName(query.value(1).toString()).value_or(RecordKind::Customers),
                       QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array()});
    }
    return result;
}

void StateStore::clear()
{
    for (const QString &table :
         {u"customers"_s, u"merchants"_s, u"devices"_s, u"batches"_s, u"pending"_s})
        warnIfFailed(exec(u"DELETE FROM "_s + table), "empty a table");
}

} // namespace Peere::Sandbox
