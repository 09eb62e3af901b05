#pragma once

#include <QList>
#include <QString>

#include <array>
#include <string_view>

namespace Peere {

// A deterministic automaton over the digits 0-9, compiled from the regular expressions of
// libphonenumber's metadata (the subset they use: digits, \d, [classes], (groups), (?:groups),
// |, ?, {n} and {n,m}). Several patterns go into one automaton, each with a tag bit; walking a
// digit string gives the tags of the patterns that match it entirely, and the tags of "prefix"
// patterns that match some prefix of it. One table lookup per digit instead of a regex engine:
// this is what makes phone.unassigned affordable for a million rows. Immutable once built.
class DigitAutomaton
{
public:
    struct Pattern
    {
        std::string_view regex;
        int tag;     // 0-31
        bool prefix; // matches when a prefix of the input matches (libphonenumber's Consume)
    };

    // Empty on a pattern outside the supported subset (error() says why).
    static DigitAutomaton compile(const QList<Pattern> &patterns);

    bool isValid() const { return m_error.isEmpty() && !m_masks.isEmpty(); }
    QString error() const { return m_error; }
    qsizetype stateCount() const { return m_masks.size(); }

    // The tags of the full-match patterns that match `digits` plus the tags of the prefix
    // patterns that match a prefix of it. `digits` must be ASCII digits.
    quint32 match(std::string_view digits) const;

private:
    QList<std::array<qint32, 10>> m_next; // -1: no match possible any more
    QList<quint32> m_masks;               // accepting tags of each state
    quint32 m_prefixTags = 0;
    QString m_error;
};

} // namespace Peere
