#include "csvdialect.h"

#include <array>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return QString();
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString key = name.toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"utf8"_s)
        return TextEncoding::Utf8;
    // UTF-16 without an explicit byte order: little-endian, what Windows writes.
    if (key == u"utf16le"_s || key == u"utf16"_s || key == u"ucs2"_s)
        return TextEncoding::Utf16LE;
    if (key == u"utf16be"_s)
        return TextEncoding::Utf16BE;
    // Latin-1 files are read as Windows-1252: it is a superset for every printable character.
    if (key == u"windows1252"_s || key == u"cp1252"_s || key == u"latin1"_s
        || key == u"iso88591"_s || key == u"ansi"_s)
        return TextEncoding::Windows1252;
    return std::nullopt;
}

std::optional<char> delimiterFromName(QStringView name)
{
    if (name == u"\t" || name == u"\\t" || name.compare(u"tab", Qt::CaseInsensitive) == 0)
        return '\t';
    if (name == u"," || name.compare(u"comma", Qt::CaseInsensitive) == 0)
        return ',';
    if (name == u";" || name.compare(u"semicolon", Qt::CaseInsensitive) == 0)
        return ';';
    if (name == u"|" || name.compare(u"pipe", Qt::CaseInsensitive) == 0)
        return '|';
    return std::nullopt;
}

std::optional<TextEncoding> encodingFromByteOrderMark(QByteArrayView head, int *bomLength)
{
    *bomLength = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return TextEncoding::Utf8;
    }
    if (head.startsWith("\xFF\xFE")) {
        *bomLength = 2;
        return TextEncoding::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return TextEncoding::Utf16BE;
    }
    return std::nullopt;
}

char detectDelimiter(QByteArrayView head)
{
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    constexpr int maxLines = 30;
    // counts[line][candidate], outside quotes only.
    std::array<std::array<int, 4>, maxLines> counts{};
    int lines = 0;
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < head.size() && lines < maxLines; ++i) {
        const char c = head[i];
        if (c == '"') {
            quoted = !quoted;
            lineHasText = true;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (lineHasText)
                ++lines;
            lineHasText = false;
        } else {
            lineHasText = true;
            if (!quoted) {
                for (size_t k = 0; k < candidates.size(); ++k) {
                    if (c == candidates[k])
                        ++counts[lines][k];
                }
            }
        }
    }
    // The last line counts only when it is complete (the head may cut it short), unless it is
    // the only one.
    if (lineHasText && lines == 0)
        lines = 1;

    char best = ',';
    int bestConsistent = -1;
    int bestHeaderCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        const int headerCount = counts[0][k];
        if (headerCount == 0)
            continue;
        int consistent = 0;
        for (int line = 1; line < lines; ++line) {
            if (counts[line][k] == headerCount)
                ++consistent;
        }
        if (consistent > bestConsistent
            || (consistent == bestConsistent && headerCount > bestHeaderCount)) {
            best = candidates[k];
            bestConsistent = consistent;
            bestHeaderCount = headerCount;
        }
    }
    return best;
}

} // namespace Peere
