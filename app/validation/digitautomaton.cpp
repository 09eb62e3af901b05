#include "digitautomaton.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// A Thompson NFA: each state has digit transitions (a digit set and a target) and epsilons.
struct Nfa
{
    struct State
    {
        std::vector<std::pair<quint16, int>> edges; // digit mask, target
        std::vector<int> epsilons;
        quint32 accept = 0;
    };
    std::vector<State> states;

    int add()
    {
        states.emplace_back();
        return int(states.size()) - 1;
    }
    void epsilon(int from, int to) { states[size_t(from)].epsilons.push_back(to); }
};

// Recursive descent over one pattern, building NFA states as it goes. Every "from" state it is
// given has no outgoing edges yet, which keeps the construction of ? and {n,m} simple.
class Parser
{
public:
    Parser(std::string_view pattern, Nfa &nfa)
        : m_p(pattern)
        , m_nfa(nfa)
    {
    }

    // Returns the exit state, or -1 on an error.
    int parse(int from)
    {
        size_t pos = 0;
        const int exit = alternation(pos, from);
        if (exit < 0 || pos != m_p.size())
            return fail("unexpected character");
        return exit;
    }
    QString error() const { return m_error; }

private:
    int fail(const char *why)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(why) + u" in "_s
                      + QString::fromLatin1(m_p.data(), qsizetype(m_p.size()));
        return -1;
    }

    int alternation(size_t &pos, int from)
    {
        std::vector<int> exits;
        for (;;) {
            const int entry = m_nfa.add();
            m_nfa.epsilon(from, entry);
            const int exit = sequence(pos, entry);
            if (exit < 0)
                return -1;
            exits.push_back(exit);
            if (pos < m_p.size() && m_p[pos] == '|') {
                ++pos;
                continue;
            }
            break;
        }
        const int end = m_nfa.add();
        for (const int exit : exits)
            m_nfa.epsilon(exit, end);
        return end;
    }

    int sequence(size_t &pos, int from)
    {
        int current = from;
        while (pos < m_p.size() && m_p[pos] != '|' && m_p[pos] != ')') {
            current = quantified(pos, current);
            if (current < 0)
                return -1;
        }
        return current;
    }

    // Where the atom starting at `pos` ends, without compiling it.
    size_t skipAtom(size_t pos)
    {
        if (m_p[pos] == '\\')
            return pos + 2;
        if (m_p[pos] == '[') {
            const size_t close = m_p.find(']', pos);
            return close == std::string_view::npos ? m_p.size() + 1 : close + 1;
        }
        if (m_p[pos] == '(') {
            int depth = 0;
            for (size_t i = pos; i < m_p.size(); ++i) {
                if (m_p[i] == '(')
                    ++depth;
                else if (m_p[i] == ')' && --depth == 0)
                    return i + 1;
            }
            return m_p.size() + 1;
        }
        return pos + 1;
    }

    int quantified(size_t &pos, int from)
    {
        const size_t start = pos;
        const size_t end = skipAtom(pos);
        if (end > m_p.size())
            return fail("unbalanced brackets");
        int minimum = 1, maximum = 1;
        pos = end;
        if (pos < m_p.size() && m_p[pos] == '?') {
            minimum = 0;
            ++pos;
        } else if (pos < m_p.size() && m_p[pos] == '{') {
            const size_t close = m_p.find('}', pos);
            if (close == std::string_view::npos)
                return fail("unterminated {");
            const std::string_view inside = m_p.substr(pos + 1, close - pos - 1);
            const size_t comma = inside.find(',');
            bool ok1 = true, ok2 = true;
            minimum = number(inside.substr(0, comma), ok1);
            maximum = comma == std::string_view::npos ? minimum
                                                      : number(inside.substr(comma + 1), ok2);
            if (!ok1 || !ok2 || maximum < minimum || maximum > 32)
                return fail("unsupported repetition");
            pos = close + 1;
        }
        int current = from;
        for (int i = 0; i < minimum; ++i) {
            size_t atomPos = start;
            current = atom(atomPos, current);
            if (current < 0)
                return -1;
        }
        for (int i = minimum; i < maximum; ++i) {
            size_t atomPos = start;
            const int skip = m_nfa.add();
            m_nfa.epsilon(current, skip);
            const int exit = atom(atomPos, current);
            if (exit < 0)
                return -1;
            m_nfa.epsilon(exit, skip);
            current = skip;
        }
        return current;
    }

    static int number(std::string_view text, bool &ok)
    {
        int value = 0;
        ok = !text.empty() && text.size() <= 3;
        for (const char c : text) {
            if (c < '0' || c > '9')
                ok = false;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    int digits(int from, quint16 mask)
    {
        const int to = m_nfa.add();
        m_nfa.states[size_t(from)].edges.push_back({mask, to});
        return to;
    }

    int atom(size_t &pos, int from)
    {
        const char c = m_p[pos];
        if (c >= '0' && c <= '9') {
            ++pos;
            return digits(from, quint16(1u << (c - '0')));
        }
        if (c == '\\') {
            if (pos + 1 >= m_p.size() || m_p[pos + 1] != 'd')
                return fail("unsupported escape");
            pos += 2;
            return digits(from, 0x3FF);
        }
        if (c == '[') {
            quint16 mask = 0;
            size_t i = pos + 1;
            const bool negate = i < m_p.size() && m_p[i] == '^';
            if (negate)
                ++i;
            for (; i < m_p.size() && m_p[i] != ']'; ++i) {
                const char low = m_p[i];
                if (low < '0' || low > '9')
                    return fail("unsupported class");
                char high = low;
                if (i + 2 < m_p.size() && m_p[i + 1] == '-' && m_p[i + 2] != ']') {
                    high = m_p[i + 2];
                    i += 2;
                    if (high < low || high > '9')
                        return fail("bad range");
                }
                for (char d = low; d <= high; ++d)
                    mask |= quint16(1u << (d - '0'));
            }
            if (i >= m_p.size())
                return fail("unterminated class");
            pos = i + 1;
            return digits(from, negate ? quint16(~mask & 0x3FF) : mask);
        }
        if (c == '(') {
            ++pos;
            if (m_p.substr(pos, 2) == "?:")
                pos += 2;
            const int exit = alternation(pos, from);
            if (exit < 0)
                return -1;
            if (pos >= m_p.size() || m_p[pos] != ')')
                return fail("missing )");
            ++pos;
            return exit;
        }
        return fail("unsupported character");
    }

    std::string_view m_p;
    Nfa &m_nfa;
    QString m_error;
};

// Adds the epsilon closure of `set` to it; returns it sorted and unique.
std::vector<int> closure(const Nfa &nfa, std::vector<int> set)
{
    std::vector<char> seen(nfa.states.size(), 0);
    std::vector<int> stack = set;
    for (const int s : set)
        seen[size_t(s)] = 1;
    while (!stack.empty()) {
        const int s = stack.back();
        stack.pop_back();
        for (const int t : nfa.states[size_t(s)].epsilons) {
            if (!seen[size_t(t)]) {
                seen[size_t(t)] = 1;
                set.push_back(t);
                stack.push_back(t);
            }
        }
    }
    std::sort(set.begin(), set.end());
    return set;
}

struct VectorHash
{
    size_t operator()(const std::vector<int> &v) const
    {
        size_t h = v.size();
        for (const int x : v)
            h = h * 1000003u ^ size_t(x);
        return h;
    }
};

} // namespace

DigitAutomaton DigitAutomaton::compile(const QList<Pattern> &patterns)
{
    DigitAutomaton automaton;
    Nfa nfa;
    const int start = nfa.add();
    for (const Pattern &pattern : patterns) {
        const int entry = nfa.add();
        nfa.epsilon(start, entry);
        Parser parser(pattern.regex, nfa);
        const int exit = parser.parse(entry);
        if (exit < 0) {
            automaton.m_error = parser.error();
            return automaton;
        }
        nfa.states[size_t(exit)].accept |= 1u << pattern.tag;
        if (pattern.prefix)
            automaton.m_prefixTags |= 1u << pattern.tag;
    }

    // Subset construction.
    std::unordered_map<std::vector<int>, int, VectorHash> ids;
    std::vector<std::vector<int>> sets;
    auto intern = [&](std::vector<int> set) {
        const auto it = ids.find(set);
        if (it != ids.end())
            return it->second;
        const int id = int(sets.size());
        quint32 mask = 0;
        for (const int s : set)
            mask |= nfa.states[size_t(s)].accept;
        automaton.m_masks.append(mask);
        automaton.m_next.append(std::array<qint32, 10>{});
        ids.emplace(set, id);
        sets.push_back(std::move(set));
        return id;
    };
    intern(closure(nfa, {start}));
    constexpr size_t maxStates = 200000;
    for (size_t id = 0; id < sets.size(); ++id) {
        if (sets.size() > maxStates) {
            automaton.m_error = u"too many states"_s;
            return automaton;
        }
        for (int digit = 0; digit < 10; ++digit) {
            std::vector<int> targets;
            for (const int s : sets[id]) {
                for (const auto &[mask, to] : nfa.states[size_t(s)].edges) {
                    if (mask & (1u << digit))
                        targets.push_back(to);
                }
            }
            const int next = targets.empty() ? -1 : intern(closure(nfa, std::move(targets)));
            automaton.m_next[qsizetype(id)][size_t(digit)] = next;
        }
    }
    return automaton;
}

quint32 DigitAutomaton::match(std::string_view digits) const
{
    if (m_masks.isEmpty())
        return 0;
    qint32 state = 0;
    quint32 prefixes = m_masks.at(0) & m_prefixTags;
    for (const char c : digits) {
        state = m_next.at(state)[size_t(c - '0')];
        if (state < 0)
            return prefixes;
        prefixes |= m_masks.at(state) & m_prefixTags;
    }
    return prefixes | (m_masks.at(state) & ~m_prefixTags);
}

} // namespace Peere
