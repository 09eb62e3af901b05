#pragma once

#include <QHash>
#include <QMap>
#include <QString>

namespace Peere::Sandbox {

struct Device
{
    QString deviceId;
    quint32 customer = 0; // index in the CustomerStore
    qint64 linkedMs = 0;
};

// Devices linked to customers (peere-api.md §4). A customer may have several devices; a device
// id is opaque and may be linked to several customers. Kept in link order. Server thread only.
class DeviceStore
{
public:
    qsizetype size() const { return m_devices.size(); }
    void clear();

    bool isLinked(quint32 customer, const QString &deviceId) const;
    // Returns the link's sequence number (its order), for the state file.
    quint64 link(quint32 customer, const QString &deviceId, qint64 linkedMs);
    bool unlink(quint32 customer, const QString &deviceId);
    // Restores a link read from the state file.
    void restore(quint64 sequence, const Device &device);

    const QMap<quint64, Device> &all() const { return m_devices; }

private:
    static QString keyOf(quint32 customer, const QString &deviceId);

    quint64 m_nextSequence = 1;
    QMap<quint64, Device> m_devices; // by sequence: link order
    QHash<QString, quint64> m_byKey;
};

} // namespace Peere::Sandbox
