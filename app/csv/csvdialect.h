#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Peere {

// The text encodings a bank export arrives in. Everything is transcoded to UTF-8 once, on load.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// How a CSV file is written: its encoding (and whether it starts with a byte-order mark) and the
// delimiter between fields. Detected from the file's first bytes; both can be overridden.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    char delimiter = ',';
};

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252": the names the command line prints.
QString encodingName(TextEncoding encoding);
// Accepts those names and common aliases ("utf8", "utf-16", "cp1252", "latin1"...), any case.
std::optional<TextEncoding> encodingFromName(QStringView name);

// The delimiter as --delimiter takes it: one character, or "tab", "\t", "comma", "semicolon",
// "pipe". Only `,` `;` tab and `|` are accepted.
std::optional<char> delimiterFromName(QStringView name);

// The encoding from a byte-order mark, if there is one; `bomLength` receives its size.
std::optional<TextEncoding> encodingFromByteOrderMark(QByteArrayView head, int *bomLength);

// The most likely delimiter among `,` `;` tab `|`, judged on the first lines of UTF-8 text
// (quoted fields respected): the one whose count per line is the most consistent with the header
// line's. `,` when nothing decides.
char detectDelimiter(QByteArrayView utf8Head);

} // namespace Peere
