#include "fieldchecks.h"

#include <QString>

namespace Peere::Checks {

namespace {

bool isAsciiSpace(uchar c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The length of the white-space character that starts `v` at `i`, or 0. Covers the non-ASCII
// characters of QChar::isSpace: U+0085, U+00A0, U+1680, U+2000-200A, U+2028, U+2029, U+202F,
// U+205F, U+3000.
qsizetype spaceAt(QByteArrayView v, qsizetype i)
{
    const auto c = uchar(v[i]);
    if (c < 0x80)
        return isAsciiSpace(c) ? 1 : 0;
    const qsizetype left = v.size() - i;
    if (c == 0xC2 && left >= 2)
        return (uchar(v[i + 1]) == 0x85 || uchar(v[i + 1]) == 0xA0) ? 2 : 0;
    if (left < 3)
        return 0;
    const auto c1 = uchar(v[i + 1]);
    const auto c2 = uchar(v[i + 2]);
    if (c == 0xE1)
        return c1 == 0x9A && c2 == 0x80 ? 3 : 0;
    if (c == 0xE2) {
        if (c1 == 0x80)
            return (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) && c2 >= 0x80 ? 3 : 0;
        return c1 == 0x81 && c2 == 0x9F ? 3 : 0;
    }
    if (c == 0xE3)
        return c1 == 0x80 && c2 == 0x80 ? 3 : 0;
    return 0;
}

// The length of the white-space character that ends `v` before `end`, or 0.
qsizetype spaceBefore(QByteArrayView v, qsizetype end)
{
    const auto c = uchar(v[end - 1]);
    if (c < 0x80)
        return isAsciiSpace(c) ? 1 : 0;
    if (end >= 2 && spaceAt(v, end - 2) == 2)
        return 2;
    if (end >= 3 && spaceAt(v, end - 3) == 3)
        return 3;
    return 0;
}

bool isAsciiAlnum(uchar c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

bool isEmailLocalChar(uchar c)
{
    if (isAsciiAlnum(c))
        return true;
    switch (c) {
    case '.': case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
    case '~': case '-':
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArrayView trimmed(QByteArrayView value)
{
    qsizetype begin = 0;
    qsizetype end = value.size();
    // The common case first: nothing to trim.
    if (end == 0 || (uchar(value[0]) > ' ' && uchar(value[0]) < 0x80 && uchar(value[end - 1]) > ' '
                     && uchar(value[end - 1]) < 0x80))
        return value;
    while (begin < end) {
        const qsizetype n = spaceAt(value, begin);
        if (n == 0)
            break;
        begin += n;
    }
    while (end > begin) {
        const qsizetype n = spaceBefore(value.first(end), end);
        if (n == 0)
            break;
        end -= n;
    }
    return value.sliced(begin, end - begin);
}

qsizetype characterCount(QByteArrayView utf8)
{
    qsizetype count = 0;
    for (const char c : utf8)
        count += (uchar(c) & 0xC0) != 0x80;
    return count;
}

bool isName(QByteArrayView utf8)
{
    bool ascii = true;
    for (const char ch : utf8) {
        const auto c = uchar(ch);
        if (c >= 0x80) {
            ascii = false;
            continue;
        }
        if (c < 0x20 || c == 0x7F || (c >= '0' && c <= '9'))
            return false;
    }
    if (ascii)
        return true;
    // Rare: decode to catch non-ASCII digits (Arabic-Indic, Devanagari, ...) and C1 controls.
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ucs = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            ucs = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(ucs);
        if (category == QChar::Number_DecimalDigit || category == QChar::Other_Control)
            return false;
    }
    return true;
}

bool isEmail(QByteArrayView value)
{
    const qsizetype at = value.indexOf('@');
    if (at <= 0)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        if (!isEmailLocalChar(uchar(value[i])))
            return false;
    }
    // Domain: labels of 1-63 letters, digits and hyphens, not starting or ending with a hyphen.
    const QByteArrayView domain = value.sliced(at + 1);
    if (domain.isEmpty())
        return false;
    qsizetype labelStart = 0;
    bool dot = false;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == '.') {
            const qsizetype length = i - labelStart;
            if (length < 1 || length > 63 || domain[labelStart] == '-' || domain[i - 1] == '-')
                return false;
            if (i < domain.size())
                dot = true;
            labelStart = i + 1;
            continue;
        }
        const auto c = uchar(domain[i]);
        if (!isAsciiAlnum(c) && c != '-')
            return false;
    }
    return dot;
}

bool isWebUrl(QByteArrayView value)
{
    qsizetype pos = 0;
    if (value.size() > 8 && equalsIgnoringCase(value.first(8), "https://"))
        pos = 8;
    else if (value.size() > 7 && equalsIgnoringCase(value.first(7), "http://"))
        pos = 7;
    else
        return false;
    // No white space or control characters anywhere.
    for (const char ch : value) {
        const auto c = uchar(ch);
        if (c <= ' ' || c == 0x7F)
            return false;
    }
    qsizetype end = pos;
    while (end < value.size() && value[end] != '/' && value[end] != '?' && value[end] != '#')
        ++end;
    QByteArrayView authority = value.sliced(pos, end - pos);
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    if (authority.startsWith('['))
        return false; // an IPv6 literal has no domain name
    const qsizetype colon = authority.indexOf(':');
    QByteArrayView host = authority;
    if (colon >= 0) {
        const QByteArrayView port = authority.sliced(colon + 1);
        if (port.size() > 5 || (!port.isEmpty() && !isDigits(port)))
            return false;
        host = authority.first(colon);
    }
    if (host.endsWith('.'))
        host.chop(1); // the root label: "example.com." is absolute and valid
    if (host.isEmpty() || !host.contains('.'))
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == '.') {
            if (i == labelStart)
                return false; // an empty label: "a..b", ".a"
            labelStart = i + 1;
            continue;
        }
        const auto c = uchar(host[i]);
        // Letters, digits, hyphens and underscores; non-ASCII for internationalised names.
        if (!isAsciiAlnum(c) && c != '-' && c != '_' && c < 0x80)
            return false;
    }
    return true;
}

bool isGender(QByteArrayView value)
{
    switch (value.size()) {
    case 4:
        return equalsIgnoringCase(value, "male");
    case 5:
        return equalsIgnoringCase(value, "other");
    case 6:
        return equalsIgnoringCase(value, "female");
    default:
        return false;
    }
}

bool isDigits(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto x = uchar(a[i]);
        const auto y = uchar(b[i]);
        if (x != y && ((x | 0x20) != (y | 0x20) || (x | 0x20) < 'a' || (x | 0x20) > 'z'))
            return false;
    }
    return true;
}

} // namespace Peere::Checks
