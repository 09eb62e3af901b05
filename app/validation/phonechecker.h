#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <bitset>
#include <optional>

namespace Peere {

// The phone rules (format.phone, phone.unassigned) over libphonenumber, fast enough for a
// million rows. libphonenumber's own Parse() costs ~12 µs and IsValidNumber() ~2.5 µs per call,
// so the cheap parts are done here from tables built once from libphonenumber itself:
// the syntax (+ and 8-15 digits), the calling code and the possible lengths of each calling
// code (IsPossibleNumber depends only on the length of the national number). The one
// expensive question, "is it assigned", goes to libphonenumber, behind a cache.
// Thread-safe: one shared instance, const.
class PhoneChecker
{
public:
    enum class Result : quint8 { Valid, Unassigned, Invalid };

    static const PhoneChecker &instance();

    // `e164` is a trimmed value. Invalid: not "+" and 8-15 digits, an unknown calling code, or
    // not a possible length for it; Unassigned: possible but not valid (libphonenumber).
    Result check(QByteArrayView e164) const;

    // `text` as a number written locally in `region` (alpha-2) or internationally with spaces,
    // dashes or brackets, in E.164 when libphonenumber can read it and the result passes
    // check() as possible; nullopt otherwise.
    std::optional<QString> toE164(QByteArrayView text, QByteArrayView region) const;

    // The calling code at the start of `digits` (no "+"), 0 when none.
    int callingCode(QByteArrayView digits) const;

private:
    PhoneChecker();
    bool isValid(int callingCode, QByteArrayView national) const;

    std::bitset<1000> m_callingCodes;
    std::array<quint32, 1000> m_possibleLengths{}; // bit n: a national number of n digits
};

} // namespace Peere
