#pragma once

#include "csvdialect.h"
#include "csvtable.h"
#include "common/result.h"

#include <atomic>
#include <functional>
#include <optional>

namespace Peere {

// A CSV file as read: its dialect (detected or overridden) and its parsed table.
struct CsvDocument
{
    QString fileName;
    CsvDialect dialect;
    CsvTable table;
};

// Reads a CSV file from disk: whole (for import) or just its head (for a quick preview). Blocking;
// call it off the GUI thread for real files.
class CsvReader
{
public:
    struct Options
    {
        std::optional<TextEncoding> encoding; // detected when not set
        std::optional<char> delimiter;        // detected when not set
        int threads = 1;
        // Bytes parsed so far and the total, from the parsing threads (thread-safe callee).
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    // Failures name the file (and the line): unreadable, empty, binary, unterminated quote.
    static Result<CsvDocument> read(const QString &path, const Options &options);

    // The first `maxRows` rows, reading only the beginning of the file.
    static Result<CsvDocument> preview(const QString &path, const Options &options, int maxRows);

    // How many bytes preview() reads.
    static constexpr qint64 PreviewBytes = 256 * 1024;
};

} // namespace Peere
