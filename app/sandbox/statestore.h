#pragma once

#include "common/result.h"
#include "records/schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Peere::Sandbox {

class CustomerStore;
class MerchantStore;
class DeviceStore;
class BatchJobs;
struct Device;

// --state FILE: the sandbox's data in SQLite, written through on every change (one transaction
// per batch) and read back at start, so that it survives a restart. The connection belongs to
// the server's thread.
class StateStore
{
public:
    ~StateStore();

    static Result<std::unique_ptr<StateStore>> open(const QString &path);

    // Reads everything into the (empty) stores.
    VoidResult load(CustomerStore &customers, MerchantStore &merchants, DeviceStore &devices,
                    BatchJobs &batches);

    void saveGenerations(quint32 customers, quint32 merchants);
    void insertCustomers(const CustomerStore &store, const QList<quint32> &indexes);
    void updateCustomer(const CustomerStore &store, quint32 index);
    void saveMerchants(const MerchantStore &store, const QList<quint32> &indexes);
    void saveDevice(quint64 sequence, const Device &device);
    void removeDevice(quint32 customer, const QString &deviceId);
    // A large batch accepted (202) but not yet worked through: kept until saveBatch, so that a
    // restart finishes it.
    void savePending(const QString &id, RecordKind kind, const QJsonArray &records);
    struct Pending
    {
        QString id;
        RecordKind kind;
        QJsonArray records;
    };
    QList<Pending> pending();
    // A finished batch; forgets it as pending.
    void saveBatch(const QString &id, RecordKind kind, const QByteArray &dataJson);
    void clear();

private:
    explicit StateStore(QString connectionName);
    bool exec(const QString &sql);
    void warnIfFailed(bool ok, const char *what);

    QString m_connection;
};

} // namespace Peere::Sandbox
