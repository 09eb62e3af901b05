#include "passphrase.h"

#include <QRandomGenerator>
#include <QStringList>

namespace Peere::Sandbox::Passphrase {

namespace {

constexpr char16_t consonants[] = u"bdfghjklmnprstvz";
constexpr char16_t vowels[] = u"aeiou";
constexpr int consonantCount = 16;
constexpr int vowelCount = 5;
constexpr quint64 wordCount = consonantCount * vowelCount * consonantCount * vowelCount; // 6,400

void appendWord(QString &out, quint64 word)
{
    out += QChar(consonants[word % consonantCount]);
    word /= consonantCount;
    out += QChar(vowels[word % vowelCount]);
    word /= vowelCount;
    out += QChar(consonants[word % consonantCount]);
    word /= consonantCount;
    out += QChar(vowels[word % vowelCount]);
}

std::optional<quint64> wordOf(QStringView word)
{
    if (word.size() != 4)
        return std::nullopt;
    const auto indexIn = [](const char16_t *set, int count, QChar c) -> int {
        for (int i = 0; i < count; ++i) {
            if (set[i] == c.toLower().unicode())
                return i;
        }
        return -1;
    };
    const int c1 = indexIn(consonants, consonantCount, word[0]);
    const int v1 = indexIn(vowels, vowelCount, word[1]);
    const int c2 = indexIn(consonants, consonantCount, word[2]);
    const int v2 = indexIn(vowels, vowelCount, word[3]);
    if (c1 < 0 || v1 < 0 || c2 < 0 || v2 < 0)
        return std::nullopt;
    return quint64(c1) + consonantCount * (quint64(v1) + vowelCount * (quint64(c2) + consonantCount * quint64(v2)));
}

} // namespace

QString text(quint64 key)
{
    QString out;
    out.reserve(14);
    appendWord(out, (key / (wordCount * wordCount)) % wordCount);
    out += u'-';
    appendWord(out, (key / wordCount) % wordCount);
    out += u'-';
    appendWord(out, key % wordCount);
    return out;
}

std::optional<quint64> key(QStringView text)
{
    const QList<QStringView> words = text.trimmed().split(u'-');
    if (words.size() != 3)
        return std::nullopt;
    quint64 result = 0;
    for (QStringView word : words) {
        const std::optional<quint64> w = wordOf(word);
        if (!w)
            return std::nullopt;
        result = result * wordCount + *w;
    }
    return result;
}

quint64 random()
{
    return QRandomGenerator::global()->bounded(quint64(wordCount * wordCount * wordCount));
}

} // namespace Peere::Sandbox::Passphrase
