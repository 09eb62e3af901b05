#pragma once

#include <QString>

namespace Peere::Sandbox {

// The ids the sandbox gives what it stores: a prefix ("cus_", "mer_") and 16 hex digits holding
// the store's generation (a reset starts a new one, so old ids stop matching) and index + 1.
QString serverId(QStringView prefix, quint32 generation, quint32 index);

// The index an id names, or `npos` when it has another prefix or generation or is out of range.
quint32 indexOfServerId(QStringView id, QStringView prefix, quint32 generation, qsizetype count,
                        quint32 npos);

} // namespace Peere::Sandbox
