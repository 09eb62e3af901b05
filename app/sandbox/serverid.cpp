#include "serverid.h"

namespace Peere::Sandbox {

QString serverId(QStringView prefix, quint32 generation, quint32 index)
{
    const quint64 value = (quint64(generation) << 32) | quint64(index + 1);
    return prefix.toString() + QString::number(value, 16).rightJustified(16, u'0');
}

quint32 indexOfServerId(QStringView id, QStringView prefix, quint32 generation, qsizetype count,
                        quint32 npos)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + 16)
        return npos;
    bool ok = false;
    const quint64 value = id.mid(prefix.size()).toULongLong(&ok, 16);
    if (!ok || quint32(value >> 32) != generation)
        return npos;
    const auto number = quint32(value & 0xffffffffu);
    if (number == 0 || number > count)
        return npos;
    return number - 1;
}

} // namespace Peere::Sandbox
