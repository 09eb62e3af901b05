#pragma once

#include "records/schema.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace Peere::Sandbox {

// The bank's customers, compactly: each record's fields are encoded into one byte run in large
// arena chunks (no per-field allocations), and the indexes hold 64-bit hashes (reference,
// lower-cased email, phrase) so that a million customers fit in a few hundred MB. Ids are not
// indexed: they encode the store's generation and the record's position.
// Used from the sandbox server's thread only.
class CustomerStore
{
public:
    using Fields = std::array<QByteArray, CustomerField::Count>; // UTF-8, trimmed
    static constexpr quint32 npos = 0xffffffffu;

    CustomerStore();

    qsizetype size() const { return qsizetype(m_slots.size()); }
    quint32 generation() const { return m_generation; }
    void setGeneration(quint32 generation) { m_generation = generation; }
    void clear(); // also picks a new generation, so that old ids are not reused

    // The customer that `fields` would duplicate: same reference, else same email ignoring case.
    quint32 findDuplicate(const Fields &fields) const;
    quint32 add(const Fields &fields, quint64 phraseKey, qint64 createdMs);
    // Replaces a customer's fields; the caller has checked reference and email stay unique.
    void replace(quint32 index, const Fields &fields);

    quint32 findById(QStringView id) const;
    quint32 findByReference(QByteArrayView reference) const;
    quint32 findByEmail(QByteArrayView email) const;
    quint32 findByPhrase(quint64 phraseKey) const;
    // A phrase key no customer has yet.
    quint64 unusedPhraseKey() const;

    QString id(quint32 index) const;
    Fields fields(quint32 index) const;
    QByteArray field(quint32 index, int field) const;
    quint64 phraseKey(quint32 index) const { return m_slots[index].phrase; }
    qint64 createdMs(quint32 index) const { return m_slots[index].createdMs; }

    // The encoded form, for the state file.
    QByteArray encoded(quint32 index) const;
    static Fields decode(QByteArrayView encoded);

private:
    struct Slot
    {
        quint32 chunk;
        quint32 offset;
        quint64 phrase;
        qint64 createdMs;
    };
    // 64-bit hash index with an exact overflow table for the (rare) colliding keys.
    struct Index
    {
        QHash<quint64, quint32> byHash;
        QHash<QByteArray, quint32> overflow;
    };

    static QByteArray encode(const Fields &fields);
    QByteArrayView encodedView(quint32 index) const;
    void store(quint32 index, const Fields &fields);
    static quint64 hashOf(QByteArrayView key);
    static QByteArray emailKey(QByteArrayView email);
    quint32 find(const Index &index, QByteArrayView key, int field) const;
    void insert(Index &index, const QByteArray &key, int field, quint32 customer);
    void remove(Index &index, const QByteArray &key, quint32 customer);

    quint32 m_generation = 0;
    std::vector<Slot> m_slots;
    std::vector<QByteArray> m_chunks;
    Index m_byReference;
    Index m_byEmail;
    QHash<quint64, quint32> m_byPhrase;
};

} // namespace Peere::Sandbox
