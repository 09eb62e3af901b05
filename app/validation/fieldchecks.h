#pragma once

#include <QByteArrayView>

// The per-value checks of the validation rules, on UTF-8 bytes without allocating: the
// validator runs them for every cell of a million-row file. Pure functions, thread-safe.
namespace Peere::Checks {

// `value` without leading and trailing white space (the characters QChar::isSpace accepts,
// ASCII and Unicode, so that the result agrees with QString::trimmed).
QByteArrayView trimmed(QByteArrayView value);

// The number of characters (code points) of UTF-8 text.
qsizetype characterCount(QByteArrayView utf8);

// No digits, no control characters (Unicode categories Nd and Cc).
bool isName(QByteArrayView utf8);

// WHATWG "valid e-mail address" with at least one dot in the domain.
bool isEmail(QByteArrayView value);

// An absolute http or https URL whose host has a dot.
bool isWebUrl(QByteArrayView value);

// male, female or other, case-insensitive.
bool isGender(QByteArrayView value);

// Only ASCII digits, at least one.
bool isDigits(QByteArrayView value);

// `a` equals the ASCII text `b` ignoring ASCII case.
bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b);

} // namespace Peere::Checks
