#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <bitset>
#include <memory>
#include <optional>

namespace Peere {

// The phone rules (format.phone, phone.unassigned) with libphonenumber's answers, fast enough
// for a million rows. libphonenumber's own Parse() costs ~12 µs and IsValidNumber() ~2.5 µs
// per call (ICU regular expressions behind a mutex), so everything is answered from tables
// built once from libphonenumber itself: the calling codes, the possible lengths of each
// (IsPossibleNumber depends only on the length of the national number), and for "valid" the
// number patterns of its metadata compiled into digit automatons (DigitAutomaton) that follow
// IsValidNumber's steps (region by leading digits or by type, general pattern, type patterns,
// possible lengths per type). tst_phonechecker holds both answers equal on many numbers of
// every calling code; a calling code whose patterns do not compile falls back to
// libphonenumber. Thread-safe: one shared instance, const.
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

    // The same answer from libphonenumber's Parse alone. For tests.
    std::optional<QString> toE164WithLibphonenumber(QByteArrayView text,
                                                    QByteArrayView region) const;

    // The same question answered by libphonenumber alone (Parse is not used: the number is
    // built from its digits, as check() reads them). For tests and benchmarks.
    Result checkWithLibphonenumber(QByteArrayView e164) const;

    // Calling codes answered from compiled patterns, and those left to libphonenumber.
    int compiledCallingCodes() const;
    int fallbackCallingCodes() const;

    ~PhoneChecker();

private:
    struct Patterns;
    PhoneChecker();
    Result checkSyntax(QByteArrayView e164, int &code, QByteArrayView &national) const;
    bool isValid(int callingCode, QByteArrayView national) const;
    bool isValidByLibphonenumber(int callingCode, QByteArrayView national) const;

    std::bitset<1000> m_callingCodes;
    std::array<quint32, 1000> m_possibleLengths{}; // bit n: a national number of n digits
    std::unique_ptr<Patterns> m_patterns; // compiled lazily, internally synchronised
};

} // namespace Peere
