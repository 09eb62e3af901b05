#pragma once

#include "common/result.h"

#include <QString>

namespace Peere {

class Journal;

// The failure list: every invalid, failed or mismatched (verify phase: differs on the server or
// not found there) record with its row, line, current values, the rule
// or server message, and the phase and batch it failed in. CSV (UTF-8 with a byte-order mark, so
// that spreadsheet programs read it right) or JSON. Written with QSaveFile: all or nothing.
// Never contains the API key (the journal has none). Runs in the thread that owns the journal.
// Merchants whose trust level could not be set follow, with state "trustFailed", phase "trust"
// and the server's message as the reason.
struct FailureList
{
    struct Summary
    {
        qint64 invalid = 0;
        qint64 failed = 0;
        qint64 mismatch = 0;
        qint64 trustFailed = 0;
        qint64 total() const { return invalid + failed + mismatch + trustFailed; }
    };
    enum class Format { Csv, Json };

    // The format follows the file name: .json is JSON, anything else CSV.
    static Result<Summary> write(const Journal &journal, const QString &path);
    static Result<Summary> write(const Journal &journal, const QString &path, Format format);

    // The device links that failed (after creation): every devices-file row that fails validation
    // and every link the server refused, with row, line, customer, device id, state, rule, HTTP
    // status and message. CSV or JSON by the file name, like write(). Returns how many.
    static Result<qint64> writeDevices(const Journal &journal, const QString &path);

    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets
    // a leading apostrophe: shown as text, and a "+234..." phone number stays readable.
    static QByteArray neutralised(const QByteArray &cell);
    // RFC 4180 quoting when the cell needs it.
    static QByteArray csvCell(const QByteArray &cell);
};

} // namespace Peere
