#pragma once

#include "csvdialect.h"
#include "common/result.h"

#include <QByteArray>

#include <optional>

namespace Peere {

// Turns a file's raw bytes into UTF-8, once, so that everything after works on UTF-8 bytes.
// Detection: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, bytes that are
// valid UTF-8 are UTF-8 and anything else is Windows-1252. NUL bytes (or mostly control bytes)
// mean the file is not text at all.
class TextDecoder
{
public:
    struct Decoded
    {
        QByteArray utf8;          // without the byte-order mark
        TextEncoding encoding = TextEncoding::Utf8;
        bool byteOrderMark = false;
    };

    // `truncated`: `raw` is only the head of a longer file (a sequence may be cut at the end).
    // `fileName` names the file in the failure message. `threads` check a large file's bytes
    // (NUL bytes, UTF-8) in parallel.
    static Result<Decoded> decode(QByteArray raw,
                                  std::optional<TextEncoding> override,
                                  const QString &fileName,
                                  bool truncated = false,
                                  int threads = 1);

    // True when `bytes` look like binary data rather than text (NUL bytes, control bytes).
    static bool looksBinary(QByteArrayView bytes);
    static QByteArray windows1252ToUtf8(QByteArrayView bytes);
    // `bytes` without an incomplete UTF-8 sequence at its very end.
    static QByteArrayView withoutPartialSequence(QByteArrayView bytes);
};

} // namespace Peere
