#include "phonechecker.h"

#include "validation/fieldchecks.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace Peere {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

quint64 parseDigits(QByteArrayView digits)
{
    quint64 value = 0;
    for (const char c : digits)
        value = value * 10 + quint64(c - '0');
    return value;
}

} // namespace

const PhoneChecker &PhoneChecker::instance()
{
    static const PhoneChecker checker; // thread-safe initialisation
    return checker;
}

PhoneChecker::PhoneChecker()
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<int> codes;
    util->GetSupportedCallingCodes(&codes);
    for (const int code : codes) {
        if (code <= 0 || code >= 1000)
            continue;
        m_callingCodes.set(size_t(code));
        // Possibility depends on the length of the national significant number only, so one
        // probe per length gives libphonenumber's exact answer for every number.
        quint32 lengths = 0;
        quint64 probe = 1;
        for (int length = 1; length <= 17; ++length, probe *= 10) {
            PhoneNumber number;
            number.set_country_code(code);
            number.set_national_number(probe);
            if (util->IsPossibleNumber(number))
                lengths |= 1u << length;
        }
        m_possibleLengths[size_t(code)] = lengths;
    }
}

int PhoneChecker::callingCode(QByteArrayView digits) const
{
    // Calling codes are a prefix code: at most one of the 1-, 2- and 3-digit prefixes is one.
    int code = 0;
    for (qsizetype i = 0; i < 3 && i < digits.size(); ++i) {
        const char c = digits[i];
        if (c < '0' || c > '9')
            return 0;
        code = code * 10 + (c - '0');
        if (code > 0 && m_callingCodes.test(size_t(code)))
            return code;
    }
    return 0;
}

PhoneChecker::Result PhoneChecker::check(QByteArrayView e164) const
{
    const qsizetype digitCount = e164.size() - 1;
    if (digitCount < 8 || digitCount > 15 || e164[0] != '+')
        return Result::Invalid;
    const QByteArrayView digits = e164.sliced(1);
    if (!Checks::isDigits(digits))
        return Result::Invalid;
    const int code = callingCode(digits);
    if (code == 0)
        return Result::Invalid;
    const qsizetype codeLength = code < 10 ? 1 : code < 100 ? 2 : 3;
    const QByteArrayView national = digits.sliced(codeLength);
    if (!(m_possibleLengths[size_t(code)] & (1u << national.size())))
        return Result::Invalid;
    return isValid(code, national) ? Result::Valid : Result::Unassigned;
}

bool PhoneChecker::isValid(int callingCode, QByteArrayView national) const
{
    PhoneNumber number;
    number.set_country_code(callingCode);
    number.set_national_number(parseDigits(national));
    // Leading zeros are part of the national significant number (Italy and a few others).
    int zeros = 0;
    while (zeros < national.size() - 1 && national[zeros] == '0')
        ++zeros;
    if (zeros > 0) {
        number.set_italian_leading_zero(true);
        number.set_number_of_leading_zeros(zeros);
    }
    return PhoneNumberUtil::GetInstance()->IsValidNumber(number);
}

std::optional<QString> PhoneChecker::toE164(QByteArrayView text, QByteArrayView region) const
{
    const QByteArrayView value = Checks::trimmed(text);
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::string regionCode = region.size() == 2 ? std::string(region.data(), 2) : std::string("ZZ");
    for (char &c : regionCode)
        c = char(c & ~0x20);
    std::string input(value.data(), size_t(value.size()));
    // "00" is the international prefix in most of the world (not Nigeria's: 009).
    if (input.size() > 2 && input[0] == '0' && input[1] == '0')
        input.replace(0, 2, "+");
    PhoneNumber number;
    if (util->Parse(input, regionCode, &number)
        != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    const QByteArrayView result(formatted.data(), qsizetype(formatted.size()));
    if (result == value || check(result) == Result::Invalid)
        return std::nullopt;
    return QString::fromLatin1(result);
}

} // namespace Peere
