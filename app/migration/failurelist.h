#pragma once

#include "common/result.h"
#include "journal/journaltypes.h"

#include <QString>

namespace Peere {

class Journal;

// The failure list: every invalid, failed or mismatched (verify phase: differs on the server or
// not found there) record with its row, line, current values, the rule
// or server message, and the phase and batch it failed in. CSV (UTF-8 with a byte-order mark, so
// that spreadsheet programs read it right) or JSON. Written with QSaveFile: all or nothing.
// Never contains the API key (the journal has none). Runs in the thread that owns the journal.
// Merchants whose trust level could not be set follow, with state "trustFailed", phase "trust"
// and the server's message as the reason (a phase or batch filter leaves them out; the cause
// filter and masking apply as to records).
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
    // Which failures to write, and whether account and phone numbers are masked (all but the
    // last 4 digits, in the values and wherever the reason repeats them) for a list that leaves
    // the operations team.
    struct Options
    {
        std::optional<Phase> phase; // the phase the record belongs to
        qint64 batch = 0;           // the batch a record was sent in (never an invalid one); 0: any
        QString cause;              // a cause (failureCauseOf) or an invalid record's rule id
        bool mask = false;
    };

    // The format follows the file name: .json is JSON, anything else CSV.
    static Result<Summary> write(const Journal &journal, const QString &path);
    static Result<Summary> write(const Journal &journal, const QString &path, Format format);
    static Result<Summary> write(const Journal &journal, const QString &path, Format format,
                                 const Options &options);
    static Format formatOf(const QString &path);

    // The device links that failed (after creation): every devices-file row that fails validation
    // and every link the server refused, with row, line, customer, device id, state, rule, HTTP
    // status and message. CSV or JSON by the file name, like write(). Of the options, the cause
    // (deviceFailureCause, or a rule id) and masking apply (the customer's account and phone
    // numbers wherever the row repeats them); a phase or batch filter leaves every link out
    // (links belong to no phase). Returns how many of each.
    struct DeviceSummary
    {
        qint64 invalid = 0; // fail the devices file's validation
        qint64 failed = 0;  // refused by the server
        qint64 total() const { return invalid + failed; }
    };
    static Result<DeviceSummary> writeDevices(const Journal &journal, const QString &path);
    static Result<DeviceSummary> writeDevices(const Journal &journal, const QString &path,
                                              const Options &options);

    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets
    // a leading apostrophe: shown as text, and a "+234..." phone number stays readable.
    static QByteArray neutralised(const QByteArray &cell);
    // RFC 4180 quoting when the cell needs it.
    static QByteArray csvCell(const QByteArray &cell);
};

} // namespace Peere
