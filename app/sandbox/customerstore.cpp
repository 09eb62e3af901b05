#include "customerstore.h"
#include "serverid.h"

#include "passphrase.h"

#include <QRandomGenerator>

namespace Peere::Sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype chunkSize = 4 * 1024 * 1024;

void appendLength(QByteArray &out, quint32 length)
{
    // Variable-length: 7 bits per byte, high bit set on all bytes but the last.
    while (length >= 0x80) {
        out.append(char(0x80 | (length & 0x7f)));
        length >>= 7;
    }
    out.append(char(length));
}

quint32 readLength(QByteArrayView data, qsizetype *pos)
{
    quint32 length = 0;
    int shift = 0;
    while (*pos < data.size()) {
        const auto byte = quint8(data[(*pos)++]);
        length |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
        shift += 7;
    }
    return length;
}

// Bounds-checked copy of part of a view (a corrupt state file must not read past the end).
QByteArray slice(QByteArrayView data, qsizetype pos, qsizetype length)
{
    if (pos >= data.size())
        return {};
    return data.sliced(pos, std::min(length, data.size() - pos)).toByteArray();
}

} // namespace

CustomerStore::CustomerStore()
    : m_generation(QRandomGenerator::global()->generate())
{}

void CustomerStore::clear()
{
    m_slots = {};
    m_chunks = {};
    m_byReference = {};
    m_byEmail = {};
    m_byPhrase = {};
    m_generation = QRandomGenerator::global()->generate();
}

QByteArray CustomerStore::encode(const Fields &fields)
{
    qsizetype total = 0;
    for (const QByteArray &value : fields)
        total += value.size() + 3;
    QByteArray out;
    out.reserve(total);
    for (const QByteArray &value : fields) {
        appendLength(out, quint32(value.size()));
        out.append(value);
    }
    return out;
}

CustomerStore::Fields CustomerStore::decode(QByteArrayView encoded)
{
    Fields fields;
    qsizetype pos = 0;
    for (QByteArray &value : fields) {
        const quint32 length = readLength(encoded, &pos);
        value = slice(encoded, pos, length);
        pos += length;
    }
    return fields;
}

QByteArrayView CustomerStore::encodedView(quint32 index) const
{
    const Slot &slot = m_slots[index];
    const QByteArray &chunk = m_chunks[slot.chunk];
    // The record's length is not stored: it runs to the next record or the end of the chunk,
    // and decoding stops after the last field anyway.
    return QByteArrayView(chunk.constData() + slot.offset, chunk.size() - slot.offset);
}

QByteArray CustomerStore::encoded(quint32 index) const
{
    const QByteArrayView view = encodedView(index);
    qsizetype pos = 0;
    for (int f = 0; f < CustomerField::Count; ++f)
        pos += readLength(view, &pos);
    return slice(view, 0, pos);
}

QByteArray CustomerStore::field(quint32 index, int field) const
{
    const QByteArrayView view = encodedView(index);
    qsizetype pos = 0;
    for (int f = 0; f < field; ++f)
        pos += readLength(view, &pos);
    const quint32 length = readLength(view, &pos);
    return slice(view, pos, length);
}

CustomerStore::Fields CustomerStore::fields(quint32 index) const
{
    return decode(encodedView(index));
}

void CustomerStore::store(quint32 index, const Fields &fields)
{
    const QByteArray bytes = encode(fields);
    if (m_chunks.empty() || m_chunks.back().capacity() - m_chunks.back().size() < bytes.size()) {
        m_chunks.emplace_back();
        m_chunks.back().reserve(std::max(chunkSize, bytes.size()));
    }
    QByteArray &chunk = m_chunks.back();
    Slot &slot = m_slots[index];
    slot.chunk = quint32(m_chunks.size() - 1);
    slot.offset = quint32(chunk.size());
    chunk.append(bytes);
}

quint64 CustomerStore::hashOf(QByteArrayView key)
{
    return quint64(qHash(key, size_t(0x5eed)));
}

QByteArray CustomerStore::emailKey(QByteArrayView email)
{
    // Valid e-mail addresses are ASCII (WHATWG grammar): ASCII case folding is enough.
    return email.toByteArray().toLower();
}

quint32 CustomerStore::find(const Index &index, QByteArrayView key, int field) const
{
    if (key.isEmpty())
        return npos;
    const auto hit = index.byHash.constFind(hashOf(key));
    if (hit != index.byHash.cend()) {
        const QByteArray stored = CustomerStore::field(*hit, field);
        if ((field == CustomerField::Email ? emailKey(stored) : stored) == key)
            return *hit;
    }
    return index.overflow.value(key.toByteArray(), npos);
}

void CustomerStore::insert(Index &index, const QByteArray &key, int, quint32 customer)
{
    if (key.isEmpty())
        return;
    const quint64 h = hashOf(key);
    if (index.byHash.contains(h))
        index.overflow.insert(key, customer);
    else
        index.byHash.insert(h, customer);
}

void CustomerStore::remove(Index &index, const QByteArray &key, quint32 customer)
{
    if (key.isEmpty())
        return;
    const auto hit = index.byHash.find(hashOf(key));
    if (hit != index.byHash.end() && *hit == customer)
        index.byHash.erase(hit);
    else
        index.overflow.remove(key);
}

quint32 CustomerStore::findByReference(QByteArrayView reference) const
{
    return find(m_byReference, reference, CustomerField::Reference);
}

quint32 CustomerStore::findByEmail(QByteArrayView email) const
{
    return find(m_byEmail, emailKey(email), CustomerField::Email);
}

quint32 CustomerStore::findByPhrase(quint64 phraseKey) const
{
    return m_byPhrase.value(phraseKey, npos);
}

quint32 CustomerStore::findDuplicate(const Fields &fields) const
{
    const quint32 byReference = findByReference(fields[CustomerField::Reference]);
    return byReference != npos ? byReference : findByEmail(fields[CustomerField::Email]);
}

quint64 CustomerStore::unusedPhraseKey() const
{
    quint64 key = Passphrase::random();
    while (m_byPhrase.contains(key))
        key = Passphrase::random();
    return key;
}

quint32 CustomerStore::add(const Fields &fields, quint64 phraseKey, qint64 createdMs)
{
    const auto index = quint32(m_slots.size());
    m_slots.push_back({0, 0, phraseKey, createdMs});
    store(index, fields);
    insert(m_byReference, fields[CustomerField::Reference], CustomerField::Reference, index);
    insert(m_byEmail, emailKey(fields[CustomerField::Email]), CustomerField::Email, index);
    m_byPhrase.insert(phraseKey, index);
    return index;
}

void CustomerStore::replace(quint32 index, const Fields &fields)
{
    const Fields old = CustomerStore::fields(index);
    remove(m_byReference, old[CustomerField::Reference], index);
    remove(m_byEmail, emailKey(old[CustomerField::Email]), index);
    // The old bytes stay in their chunk: patches are rare next to creations.
    store(index, fields);
    insert(m_byReference, fields[CustomerField::Reference], CustomerField::Reference, index);
    insert(m_byEmail, emailKey(fields[CustomerField::Email]), CustomerField::Email, index);
}

QString CustomerStore::id(quint32 index) const
{
    return serverId(u"cus_", m_generation, index);
}

quint32 CustomerStore::findById(QStringView id) const
{
    return indexOfServerId(id, u"cus_", m_generation, m_slots.size(), npos);
}

} // namespace Peere::Sandbox
