#include "recordgenerator.h"

#include <array>

namespace Peere::Bench {

namespace {

constexpr std::array<const char *, 20> first = {
    "Adaeze", "Chinedu", "Ngozi", "Oluwaseun", "Emeka", "Folake", "Ibrahim", "Aisha", "Tunde",
    "Kemi", "Yusuf", "Zainab", "Chidi", "Amaka", "Bola", "Segun", "Halima", "Musa", "Ifeoma",
    "Obinna"};
constexpr std::array<const char *, 20> last = {
    "Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Abubakar", "Nwosu", "Balogun", "Okonkwo",
    "Danjuma", "Afolabi", "Umeh", "Lawal", "Ibekwe", "Adebayo", "Suleiman", "Onyeka", "Oyelaran",
    "Garba", "Chukwu"};
constexpr std::array<const char *, 7> streets = {
    "Awolowo Road", "Allen Avenue", "Adeola Odeku Street", "Herbert Macaulay Way",
    "Ahmadu Bello Way", "Aminu Kano Crescent", "Ogui Road"};
constexpr std::array<const char *, 8> cities = {
    "Ikoyi, Lagos", "Ikeja, Lagos", "Victoria Island, Lagos", "Yaba, Lagos", "Wuse II, Abuja",
    "Garki, Abuja", "Enugu", "Ibadan"};
constexpr std::array<const char *, 20> prefixes = {
    "803", "806", "813", "816", "703", "706", "903", "805", "807", "815",
    "905", "802", "808", "812", "701", "902", "809", "817", "818", "909"};
constexpr std::array<const char *, 8> industries = {
    "retail", "food", "transport", "health", "education", "utilities", "fashion", "electronics"};
constexpr std::array<const char *, 6> states = {"Lagos", "FCT", "Oyo", "Enugu", "Kano", "Rivers"};
constexpr std::array<const char *, 4> genders = {"male", "female", "other", ""};

// Appends `value` as a zero-padded decimal of `width` digits.
void appendPadded(QByteArray &out, quint64 value, int width)
{
    char digits[24];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(digits, width);
}

QByteArray lower(const char *text)
{
    return QByteArray(text).toLower();
}

} // namespace

RecordGenerator::RecordGenerator(RecordKind kind, quint64 seed, double badShare)
    : m_kind(kind)
    , m_random(seed)
    , m_badShare(badShare)
{
}

void RecordGenerator::next(QList<QByteArray> &values)
{
    values.resize(fieldCount(m_kind));
    for (QByteArray &value : values)
        value.clear(); // keeps the capacity
    ++m_row;
    if (m_kind == RecordKind::Customers)
        customer(values);
    else
        merchant(values);
    if (m_row > 1 && unit() < m_badShare) {
        if (m_kind == RecordKind::Customers)
            spoilCustomer(values);
        else
            spoilMerchant(values);
    }
}

void RecordGenerator::customer(QList<QByteArray> &v)
{
    using namespace CustomerField;
    const char *firstName = first[below(first.size())];
    const char *lastName = last[below(last.size())];
    const quint32 middleIndex = below(first.size() + 20);
    const char *middle = middleIndex < first.size() ? first[middleIndex] : "";
    v[ClientRef].append("CUST");
    appendPadded(v[ClientRef], quint64(m_row), 8);
    v[Firstname].append(firstName);
    v[Lastname].append(lastName);
    v[Middlename].append(middle);
    v[AccountName].append(firstName);
    if (*middle)
        v[AccountName].append(' ').append(middle);
    v[AccountName].append(' ').append(lastName);
    v[Email].append(lower(firstName)).append('.').append(lower(lastName)).append('.')
        .append(QByteArray::number(m_row)).append("@example.com");
    v[Country].append("NG");
    appendPadded(v[AccountNumber], m_random() % 10000000000ull, 10);
    v[Reference].append("REF-");
    appendPadded(v[Reference], quint64(m_row), 9);
    v[Phone].append("+234").append(prefixes[below(prefixes.size())]);
    appendPadded(v[Phone], below(10000000), 7);
    v[Address].append(QByteArray::number(1 + below(299))).append(' ')
        .append(streets[below(streets.size())]).append(", ").append(cities[below(cities.size())]);
    v[Gender].append(genders[below(genders.size())]);
}

void RecordGenerator::merchant(QList<QByteArray> &v)
{
    using namespace MerchantField;
    QByteArray industry = industries[below(industries.size())];
    industry[0] = char(industry[0] - 'a' + 'A');
    v[Name].append(last[below(last.size())]).append(' ').append(industry).append(' ')
        .append(QByteArray::number(m_row));
    const QByteArray slug = v[Name].toLower().replace(' ', '-');
    v[Email].append("billing@").append(slug).append(".example.com");
    v[Phone].append("+234").append(prefixes[below(prefixes.size())]);
    appendPadded(v[Phone], below(10000000), 7);
    v[Address].append(QByteArray::number(1 + below(299))).append(' ')
        .append(streets[below(streets.size())]).append(", ").append(cities[below(cities.size())]);
    v[Website].append("https://").append(slug).append(".example.com");
    QByteArray described = industries[below(industries.size())];
    described[0] = char(described[0] - 'a' + 'A');
    v[Description].append(described).append(" business");
    if (unit() < 0.5)
        v[Icon].append("https://").append(slug).append(".example.com/logo.png");
    v[RegistrationNumber].append("RC").append(QByteArray::number(1000000 + below(9000000)));
    v[Industry].append(industries[below(industries.size())]);
    v[Country].append("NG");
    v[State].append(states[below(states.size())]);
}

void RecordGenerator::spoilCustomer(QList<QByteArray> &v)
{
    using namespace CustomerField;
    switch (below(8)) {
    case 0:
        v[Email].replace("@", "");
        break;
    case 1:
        v[Email].clear();
        break;
    case 2:
        v[Country] = "NGA";
        break;
    case 3:
        v[Phone] = "0" + v[Phone].mid(4);
        break;
    case 4:
        v[AccountNumber].chop(1);
        break;
    case 5:
        v[Gender] = "M";
        break;
    case 6:
        v[Firstname].clear();
        break;
    default:
        v[Reference] = "REF-";
        appendPadded(v[Reference], 1 + m_random() % quint64(m_row - 1), 9);
        break;
    }
}

void RecordGenerator::spoilMerchant(QList<QByteArray> &v)
{
    using namespace MerchantField;
    switch (below(5)) {
    case 0:
        v[Email].replace("@", " at ");
        break;
    case 1:
        v[Website].replace("https://", "");
        break;
    case 2:
        v[Phone].clear();
        break;
    case 3:
        v[Name].clear();
        break;
    default:
        v[Country] = "Nigeria";
        break;
    }
}

QByteArray RecordGenerator::csvHeader(RecordKind kind, char delimiter)
{
    QByteArray out;
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        out.append(specs.at(i).name.data(), specs.at(i).name.size());
    }
    out.append('\n');
    return out;
}

void RecordGenerator::appendCsvLine(QByteArray &out, const QList<QByteArray> &values,
                                    char delimiter)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        const QByteArray &value = values.at(i);
        const bool quote = value.contains(delimiter) || value.contains('"')
                           || value.contains('\n') || value.contains('\r');
        if (!quote) {
            out.append(value);
            continue;
        }
        out.append('"');
        for (const char c : value) {
            if (c == '"')
                out.append('"');
            out.append(c);
        }
        out.append('"');
    }
    out.append('\n');
}

QByteArray RecordGenerator::csv(RecordKind kind, qint64 rows, quint64 seed, double badShare,
                                char delimiter)
{
    RecordGenerator generator(kind, seed, badShare);
    QByteArray out = csvHeader(kind, delimiter);
    out.reserve(out.size() + rows * (kind == RecordKind::Customers ? 170 : 250));
    QList<QByteArray> values;
    for (qint64 i = 0; i < rows; ++i) {
        generator.next(values);
        appendCsvLine(out, values, delimiter);
    }
    return out;
}

} // namespace Peere::Bench
