#include "textdecoder.h"

#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// Windows-1252's 0x80-0x9F; the five undefined bytes keep their Latin-1 (C1) meaning, as
// Windows itself does when it converts them.
constexpr char16_t cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString notText(const QString &fileName)
{
    return u"%1: not a text/CSV file (it contains binary data)"_s.arg(fileName);
}

bool isContinuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

struct Scan
{
    bool nul = false;
    bool validUtf8 = true;
};

// NUL bytes and UTF-8 validity of `bytes`, in parts checked at once by `threads` threads. Each
// part starts at a character boundary (after at most three continuation bytes), so a sequence is
// never cut; more continuation bytes than that are invalid anyway.
Scan scan(QByteArrayView bytes, int threads)
{
    constexpr qsizetype minimumPart = 4 * 1024 * 1024;
    const qsizetype size = bytes.size();
    const int parts = int(std::clamp<qsizetype>(size / minimumPart, 1, std::max(1, threads)));
    std::vector<qsizetype> starts(size_t(parts) + 1, size);
    for (int i = 0; i < parts; ++i) {
        qsizetype start = size * i / parts;
        for (int step = 0; step < 3 && start > 0 && start < size && isContinuation(bytes[start]);
             ++step)
            ++start;
        starts[size_t(i)] = start;
    }
    std::vector<Scan> results(static_cast<size_t>(parts));
    const auto check = [&](int i) {
        const QByteArrayView part
            = bytes.sliced(starts[size_t(i)], starts[size_t(i) + 1] - starts[size_t(i)]);
        results[size_t(i)].nul = std::memchr(part.data(), 0, size_t(part.size())) != nullptr;
        results[size_t(i)].validUtf8 = part.isValidUtf8();
    };
    QList<QFuture<void>> helpers;
    for (int i = 1; i < parts; ++i)
        helpers.append(QtConcurrent::run(check, i));
    check(0);
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    Scan all;
    for (const Scan &part : results) {
        all.nul = all.nul || part.nul;
        all.validUtf8 = all.validUtf8 && part.validUtf8;
    }
    return all;
}

bool mostlyControls(QByteArrayView bytes)
{
    // Text has hardly any control bytes besides tab and line breaks; judge on the first 64 KiB.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto c = uchar(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    return controls * 100 > sample; // more than 1%
}

} // namespace

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    if (std::memchr(bytes.data(), 0, size_t(bytes.size())))
        return true;
    return mostlyControls(bytes);
}

QByteArray TextDecoder::windows1252ToUtf8(QByteArrayView bytes)
{
    QByteArray out;
    out.resize(bytes.size() * 3);
    char *w = out.data();
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c < 0x80) {
            *w++ = char(c);
            continue;
        }
        const char16_t u = c < 0xA0 ? cp1252High[c - 0x80] : char16_t(c);
        if (u < 0x800) {
            *w++ = char(0xC0 | (u >> 6));
            *w++ = char(0x80 | (u & 0x3F));
        } else {
            *w++ = char(0xE0 | (u >> 12));
            *w++ = char(0x80 | ((u >> 6) & 0x3F));
            *w++ = char(0x80 | (u & 0x3F));
        }
    }
    out.truncate(w - out.data());
    return out;
}

QByteArrayView TextDecoder::withoutPartialSequence(QByteArrayView bytes)
{
    // Walk back over at most three continuation bytes to the last lead byte.
    qsizetype i = bytes.size();
    int continuation = 0;
    while (i > 0 && continuation < 4 && (uchar(bytes[i - 1]) & 0xC0) == 0x80) {
        --i;
        ++continuation;
    }
    if (i == 0)
        return bytes;
    const auto lead = uchar(bytes[i - 1]);
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length > 1 && continuation + 1 < length)
        return bytes.first(i - 1);
    return bytes;
}

Result<TextDecoder::Decoded> TextDecoder::decode(QByteArray raw,
                                                 std::optional<TextEncoding> override,
                                                 const QString &fileName,
                                                 bool truncated,
                                                 int threads)
{
    Decoded decoded;
    int bomLength = 0;
    const std::optional<TextEncoding> fromBom = encodingFromByteOrderMark(raw, &bomLength);
    decoded.encoding = override ? *override : fromBom.value_or(TextEncoding::Utf8);
    decoded.byteOrderMark = fromBom && *fromBom == decoded.encoding;
    if (decoded.byteOrderMark)
        raw.remove(0, bomLength);

    if (decoded.encoding == TextEncoding::Utf16LE || decoded.encoding == TextEncoding::Utf16BE) {
        QStringDecoder decoder(decoded.encoding == TextEncoding::Utf16LE
                                   ? QStringConverter::Utf16LE
                                   : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        if (truncated)
            raw.truncate(raw.size() & ~qsizetype(1));
        const QString text = decoder.decode(raw);
        raw.clear();
        decoded.utf8 = text.toUtf8();
        if (std::memchr(decoded.utf8.constData(), 0, size_t(decoded.utf8.size())))
            return failure(notText(fileName));
        return decoded;
    }

    // One pass over the bytes for both questions, in parallel for a large file.
    const QByteArrayView checked = truncated ? withoutPartialSequence(raw) : QByteArrayView(raw);
    const Scan scanned = scan(checked, threads);
    if (scanned.nul
        || (truncated
            && std::memchr(
                raw.constData() + checked.size(), 0, size_t(raw.size() - checked.size())))
        || mostlyControls(raw))
        return failure(notText(fileName));

    if (decoded.encoding == TextEncoding::Utf8) {
        if (scanned.validUtf8) {
            decoded.utf8 = std::move(raw);
            return decoded;
        }
        if (override || decoded.byteOrderMark) {
            // The user (or a BOM) says UTF-8: keep it, with invalid sequences replaced.
            decoded.utf8 = QString::fromUtf8(raw).toUtf8();
            return decoded;
        }
        decoded.encoding = TextEncoding::Windows1252;
    }
    decoded.utf8 = windows1252ToUtf8(raw);
    return decoded;
}

} // namespace Peere
