#include "phonechecker.h"

#include "common/logging.h"
#include "validation/digitautomaton.h"
#include "validation/fieldchecks.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <QHash>
#include <QMutex>

#include <atomic>
#include <list>
#include <set>

// libphonenumber's compiled-in metadata (its metadata.h is not installed; the functions are
// exported by the library).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace Peere {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

quint64 parseDigits(QByteArrayView digits)
{
    quint64 value = 0;
    for (const char c : digits)
        value = value * 10 + quint64(c - '0');
    return value;
}

// Tags of the patterns of one region's automaton: 0 general, 1-10 the number types that
// GetNumberTypeHelper tries, 11 the leading digits that pick the region of a shared code.
constexpr int generalTag = 0;
constexpr int typeTags = 10;
constexpr int leadingDigitsTag = 11;

// One region (or non-geographical entity) of a calling code.
struct Region
{
    DigitAutomaton automaton;
    std::array<quint32, typeTags + 1> lengths{}; // per tag: possible lengths, bit n
    bool hasLeadingDigits = false;

    // GetNumberTypeHelper(...) != UNKNOWN, from the tags that matched.
    bool hasType(quint32 tags, qsizetype length) const
    {
        const quint32 bit = 1u << length;
        if (!(tags & (1u << generalTag)) || !(lengths[generalTag] & bit))
            return false;
        for (int tag = 1; tag <= typeTags; ++tag) {
            if ((tags & (1u << tag)) && (lengths[size_t(tag)] & bit))
                return true;
        }
        return false;
    }
};

quint32 lengthBits(const PhoneNumberDesc &desc)
{
    if (desc.possible_length_size() == 0)
        return ~0u; // no length rule
    quint32 bits = 0;
    for (const int length : desc.possible_length()) {
        if (length > 0 && length < 32)
            bits |= 1u << length;
    }
    return bits;
}

std::optional<Region> compileRegion(const PhoneMetadata &metadata, QString *error)
{
    const std::array<const PhoneNumberDesc *, typeTags + 1> descs = {
        &metadata.general_desc(), &metadata.premium_rate(), &metadata.toll_free(),
        &metadata.shared_cost(), &metadata.voip(), &metadata.personal_number(),
        &metadata.pager(), &metadata.uan(), &metadata.voicemail(), &metadata.fixed_line(),
        &metadata.mobile()};
    Region region;
    QList<DigitAutomaton::Pattern> patterns;
    for (int tag = 0; tag <= typeTags; ++tag) {
        const PhoneNumberDesc &desc = *descs[size_t(tag)];
        region.lengths[size_t(tag)] = lengthBits(desc);
        // An empty pattern matches nothing (RegexBasedMatcher::MatchNationalNumber).
        if (!desc.national_number_pattern().empty())
            patterns.append({desc.national_number_pattern(), tag, false});
    }
    if (metadata.has_leading_digits()) {
        region.hasLeadingDigits = true;
        patterns.append({metadata.leading_digits(), leadingDigitsTag, true});
    }
    region.automaton = DigitAutomaton::compile(patterns);
    if (!region.automaton.isValid()) {
        *error = region.automaton.error();
        return std::nullopt;
    }
    return region;
}

} // namespace

// The compiled patterns of one calling code; nullptr regions means "ask libphonenumber".
struct CodePatterns
{
    std::vector<Region> regions; // in libphonenumber's order
    bool fallback = false;
};

// Patterns are compiled per calling code on first use (all of them take ~150 ms; a file of
// one country needs one). Published through atomics so that readers take no lock.
struct PhoneChecker::Patterns
{
    PhoneMetadataCollection collection;
    bool parsed = false;
    std::array<std::atomic<const CodePatterns *>, 1000> byCode{};
    std::vector<std::unique_ptr<CodePatterns>> owned;
    QMutex mutex;
    // Regions whose national prefix is a plain "0" (no parsing rule, no transform): a local
    // number there is +<code> and the digits after the 0. Region -> calling code.
    QHash<QByteArray, int> zeroPrefixRegions;

    const CodePatterns &forCode(int code)
    {
        if (const CodePatterns *ready = byCode[size_t(code)].load(std::memory_order_acquire))
            return *ready;
        QMutexLocker locker(&mutex);
        if (const CodePatterns *ready = byCode[size_t(code)].load(std::memory_order_acquire))
            return *ready;
        auto compiled = std::make_unique<CodePatterns>(compile(code));
        const CodePatterns *published = compiled.get();
        owned.push_back(std::move(compiled));
        byCode[size_t(code)].store(published, std::memory_order_release);
        return *published;
    }

    CodePatterns compile(int code) const
    {
        CodePatterns result;
        std::list<std::string> regionCodes;
        PhoneNumberUtil::GetInstance()->GetRegionCodesForCountryCallingCode(code, &regionCodes);
        result.fallback = !parsed || regionCodes.empty();
        for (const std::string &regionCode : regionCodes) {
            if (result.fallback)
                break;
            const PhoneMetadata *found = nullptr;
            for (const PhoneMetadata &metadata : collection.metadata()) {
                if (metadata.id() == regionCode
                    && (regionCode != "001" || metadata.country_code() == code)) {
                    found = &metadata;
                    break;
                }
            }
            QString error;
            std::optional<Region> region = found ? compileRegion(*found, &error) : std::nullopt;
            if (!region) {
                qCWarning(lcValidation) << "phone patterns of" << regionCode.c_str()
                                        << "not compiled, libphonenumber answers:" << error;
                result.fallback = true;
                break;
            }
            result.regions.push_back(std::move(*region));
        }
        if (result.fallback)
            result.regions.clear();
        return result;
    }
};

PhoneChecker::~PhoneChecker() = default;

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

    m_patterns = std::make_unique<Patterns>();
    m_patterns->parsed = m_patterns->collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                                               i18n::phonenumbers::metadata_size());
    if (m_patterns->parsed) {
        for (const PhoneMetadata &metadata : m_patterns->collection.metadata()) {
            if (metadata.id().size() == 2 && metadata.national_prefix() == "0"
                && (!metadata.has_national_prefix_for_parsing()
                    || metadata.national_prefix_for_parsing() == "0")
                && !metadata.has_national_prefix_transform_rule() && metadata.country_code() > 0) {
                m_patterns->zeroPrefixRegions.insert(QByteArray::fromStdString(metadata.id()),
                                                     metadata.country_code());
            }
        }
    }
    if (!m_patterns->parsed)
        qCWarning(lcValidation) << "libphonenumber's metadata could not be read; phone numbers"
                                   " are checked by libphonenumber itself (slower)";
}

int PhoneChecker::compiledCallingCodes() const
{
    int count = 0;
    for (size_t code = 1; code < m_callingCodes.size(); ++code)
        count += m_callingCodes.test(code) && !m_patterns->forCode(int(code)).fallback ? 1 : 0;
    return count;
}

int PhoneChecker::fallbackCallingCodes() const
{
    int count = 0;
    for (size_t code = 1; code < m_callingCodes.size(); ++code)
        count += m_callingCodes.test(code) && m_patterns->forCode(int(code)).fallback ? 1 : 0;
    return count;
}

int PhoneChecker::callingCode(QByteArrayView digits) const
{
    // Calling codes are a prefix code: at most one of the 1-, 2- and 3-digit prefixes is one.
    if (digits.isEmpty() || digits[0] == '0')
        return 0; // no calling code starts with 0
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

PhoneChecker::Result PhoneChecker::checkSyntax(QByteArrayView e164, int &code,
                                               QByteArrayView &national) const
{
    const qsizetype digitCount = e164.size() - 1;
    if (digitCount < 8 || digitCount > 15 || e164[0] != '+')
        return Result::Invalid;
    const QByteArrayView digits = e164.sliced(1);
    if (!Checks::isDigits(digits))
        return Result::Invalid;
    code = callingCode(digits);
    if (code == 0)
        return Result::Invalid;
    const qsizetype codeLength = code < 10 ? 1 : code < 100 ? 2 : 3;
    national = digits.sliced(codeLength);
    if (!(m_possibleLengths[size_t(code)] & (1u << national.size())))
        return Result::Invalid;
    return Result::Valid;
}

PhoneChecker::Result PhoneChecker::check(QByteArrayView e164) const
{
    int code = 0;
    QByteArrayView national;
    if (checkSyntax(e164, code, national) == Result::Invalid)
        return Result::Invalid;
    return isValid(code, national) ? Result::Valid : Result::Unassigned;
}

PhoneChecker::Result PhoneChecker::checkWithLibphonenumber(QByteArrayView e164) const
{
    int code = 0;
    QByteArrayView national;
    if (checkSyntax(e164, code, national) == Result::Invalid)
        return Result::Invalid;
    return isValidByLibphonenumber(code, national) ? Result::Valid : Result::Unassigned;
}

bool PhoneChecker::isValid(int callingCode, QByteArrayView national) const
{
    const CodePatterns &patterns = m_patterns->forCode(callingCode);
    if (patterns.fallback)
        return isValidByLibphonenumber(callingCode, national);
    const std::vector<Region> &regions = patterns.regions;
    const std::string_view nsn(national.data(), size_t(national.size()));
    const qsizetype length = national.size();
    // PhoneNumberUtil::GetRegionCodeForNumber, then IsValidNumberForRegion.
    if (regions.size() == 1) {
        const Region &region = regions.front();
        return region.hasType(region.automaton.match(nsn), length);
    }
    for (const Region &region : regions) {
        const quint32 tags = region.automaton.match(nsn);
        if (region.hasLeadingDigits) {
            if (tags & (1u << leadingDigitsTag))
                return region.hasType(tags, length);
        } else if (region.hasType(tags, length)) {
            return true;
        }
    }
    return false;
}

bool PhoneChecker::isValidByLibphonenumber(int callingCode, QByteArrayView national) const
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
    // The common cases without libphonenumber's Parse (~12 µs): an international number with
    // separators, and a local number of a region whose national prefix is a plain "0". The
    // answer must be a valid number, else Parse decides. tst_phonechecker holds both equal.
    const QByteArrayView value = Checks::trimmed(text);
    if (value.isEmpty() || value.size() > 64)
        return std::nullopt;
    char digits[64];
    qsizetype count = 0;
    bool plus = false;
    bool plain = true;
    for (const char c : value) {
        if (c >= '0' && c <= '9')
            digits[count++] = c;
        else if (c == '+' && count == 0 && !plus)
            plus = true;
        else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/')
            plain = false;
    }
    if (plain && count > 0) {
        QByteArrayView national(digits, count);
        QByteArray candidate;
        if (!plus && national.startsWith("00")) {
            plus = true;
            national = national.sliced(2);
        }
        if (plus) {
            candidate = "+" + national.toByteArray();
        } else if (region.size() == 2) {
            const int code = m_patterns->zeroPrefixRegions.value(region.toByteArray().toUpper());
            if (code > 0) {
                candidate = "+" + QByteArray::number(code)
                            + (national.startsWith('0') ? national.sliced(1) : national)
                                  .toByteArray();
            }
        }
        if (!candidate.isEmpty() && check(candidate) == Result::Valid)
            return candidate == value ? std::nullopt
                                      : std::optional<QString>(QString::fromLatin1(candidate));
    }
    return toE164WithLibphonenumber(value, region);
}

std::optional<QString> PhoneChecker::toE164WithLibphonenumber(QByteArrayView text,
                                                             QByteArrayView region) const
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
    if (util->Parse(input, regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    const QByteArrayView result(formatted.data(), qsizetype(formatted.size()));
    if (result == value || check(result) == Result::Invalid)
        return std::nullopt;
    return QString::fromLatin1(result);
}

} // namespace Peere
