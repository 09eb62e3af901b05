#pragma once

#include "csvtable.h"
#include "common/result.h"

#include <atomic>
#include <functional>

namespace Peere {

// RFC 4180 parsing of UTF-8 text into a CsvTable: quoted fields may hold delimiters, line breaks
// (CRLF, LF or CR) and doubled quotes; no limit on a field's size. Lenient where files in the wild
// are: a quote inside an unquoted field is kept as text, text after a closing quote is appended,
// blank lines are skipped, ragged records are kept as they are (the caller flags them). An
// unterminated quoted field is an error naming the line where it opens.
//
// Large inputs are split at a record boundary and parsed by several threads at once.
class CsvParser
{
public:
    struct Options
    {
        char delimiter = ',';
        int threads = 1;
        // Called now and then with the bytes parsed so far and the total, from the parsing
        // threads (so it must be thread-safe).
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    // `fileName` names the file in failure messages.
    static Result<CsvTable> parse(QByteArray utf8, const Options &options, const QString &fileName);

    // The first `maxRows` data rows of `head`, the beginning of the text (all of it when
    // `wholeFile`): a record cut by the end of `head` is dropped. Never fails (an unterminated
    // quote just ends the preview).
    static CsvTable parseHead(QByteArray head, char delimiter, int maxRows, bool wholeFile);
};

} // namespace Peere
