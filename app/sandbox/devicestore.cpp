#include "devicestore.h"

namespace Peere::Sandbox {

void DeviceStore::clear()
{
    m_devices.clear();
    m_byKey.clear();
    m_nextSequence = 1;
}

QString DeviceStore::keyOf(quint32 customer, const QString &deviceId)
{
    return QString::number(customer) + u'\n' + deviceId;
}

bool DeviceStore::isLinked(quint32 customer, const QString &deviceId) const
{
    return m_byKey.contains(keyOf(customer, deviceId));
}

quint64 DeviceStore::link(quint32 customer, const QString &deviceId, qint64 linkedMs)
{
    const quint64 sequence = m_nextSequence++;
    m_devices.insert(sequence, Device{deviceId, customer, linkedMs});
    m_byKey.insert(keyOf(customer, deviceId), sequence);
    return sequence;
}

bool DeviceStore::unlink(quint32 customer, const QString &deviceId)
{
    const auto it = m_byKey.constFind(keyOf(customer, deviceId));
    if (it == m_byKey.cend())
        return false;
    m_devices.remove(*it);
    m_byKey.erase(it);
    return true;
}

void DeviceStore::restore(quint64 sequence, const Device &device)
{
    m_devices.insert(sequence, device);
    m_byKey.insert(keyOf(device.customer, device.deviceId), sequence);
    m_nextSequence = std::max(m_nextSequence, sequence + 1);
}

} // namespace Peere::Sandbox
