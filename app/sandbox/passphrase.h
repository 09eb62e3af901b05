#pragma once

#include <QString>

#include <optional>

namespace Peere::Sandbox::Passphrase {

// A customer's phrase: three pronounceable four-letter words ("bado-kime-rusa"), kept as a 64-bit
// key (6,400 words each, 2.6e11 phrases) so that a million customers cost 8 bytes each.
QString text(quint64 key);
std::optional<quint64> key(QStringView text);
quint64 random();

} // namespace Peere::Sandbox::Passphrase
