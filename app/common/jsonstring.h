#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Peere {

// Appends `utf8` to `out` as a JSON string literal: quoted, with `"`, `\` and control characters
// escaped, other bytes as they are. For JSON written directly as bytes (not through QJsonObject)
// where a million records pass: batch bodies in the console, batch answers in the sandbox.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace Peere
