#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <span>

namespace Peere::Iso3166 {

// One officially assigned ISO 3166-1 country: the alpha-2 code the API takes, the alpha-3 code
// and the English short name (used to recognise what banks put in a country column).
struct Country
{
    QLatin1StringView alpha2;
    QLatin1StringView alpha3;
    const char *name; // UTF-8
};

// All 249 officially assigned codes, ordered by alpha-2.
std::span<const Country> countries();

// Whether `code` is an officially assigned alpha-2 code, compared case-insensitively. No
// trimming, no allocation: the validator calls it for every row.
bool isAlpha2(QByteArrayView code);

const Country *byAlpha2(QByteArrayView code); // case-insensitive; nullptr when unknown
const Country *byAlpha3(QByteArrayView code); // case-insensitive; nullptr when unknown

// What a bank may have written in a country column: an alpha-2 or alpha-3 code, an English or
// French name or a common variant ("Nigeria", "Nigéria", "UK", "Royaume-Uni", "Côte d'Ivoire"),
// ignoring case, accents, spaces and punctuation. The alpha-2 code, upper-case, or nullopt.
std::optional<QString> alpha2FromText(QStringView text);

} // namespace Peere::Iso3166
