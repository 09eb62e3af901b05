#pragma once

#include "common/result.h"
#include "csv/csvreader.h"
#include "journal/devicetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

#include <optional>

namespace Peere {

class Journal;

// The devices file of the after-creation step: each row names a customer of the migration (by
// clientRef, reference or e-mail) and one or more device ids (several device columns, several
// rows per customer allowed), optionally the phrase the customer gave. Which column feeds what
// is chosen by the user (the import dialog, a template, --map) or guessed from the header
// (mapColumns: every column whose header starts with "device" holds device ids).
// Read with the project's CSV reader and validated against the journal's customers:
//   required             the row names no customer
//   device.unknownCustomer  no such customer in this migration
//   device.notMigrated   the customer is not on the server (yet)
//   device.empty         the row has no device id
//   duplicate.deviceId   the same device twice for the same customer (every such row)
// Blocking; runs in the thread that owns `journal`.
class DeviceFile
{
    Q_DECLARE_TR_FUNCTIONS(Peere::DeviceFile)

public:
    // What a column can feed. Several columns may feed Device; one column each of the others.
    enum Field : int { ClientRef, Reference, Email, Phrase, Device, FieldCount };
    // "clientRef", "reference", "email", "phrase", "device": as in a template and --map.
    static QString fieldName(int field);
    static int fieldIndex(QStringView name); // -1: no such field

    // Which columns feed what (-1: none).
    struct Columns
    {
        int clientRef = -1;
        int reference = -1;
        int email = -1;
        int phrase = -1;
        QList<int> devices; // ascending
        bool hasCustomer() const { return clientRef >= 0 || reference >= 0 || email >= 0; }
        // The field `column` feeds, or -1.
        int field(int column) const;
        // `column` feeds `field` (-1: nothing); the column a single field had before loses it.
        void setField(int column, int field);
        bool operator==(const Columns &other) const = default;
    };
    // The automatic first guess, from the header's names.
    static Columns mapColumns(const QStringList &header);
    // Why `columns` cannot be read (no customer column, no device column); empty when they can.
    static QString missingColumns(const Columns &columns);

    struct Contents
    {
        QString fileName;
        CsvDialect dialect;
        qint64 rows = 0;
        QList<DeviceEntry> entries; // file order
    };
    struct Summary
    {
        qint64 rows = 0;
        qint64 devices = 0;
        qint64 valid = 0;
        qint64 invalid = 0;
        QMap<QString, qint64> byRule;
    };

    // Reads `path` with `columns` (those of mapColumns() when not given). Fails (unusable input)
    // when the file cannot be read, the columns give no customer or no device, or do not fit the
    // header. `options`' progress is called while the file is parsed; its cancel stops the read
    // (a failure).
    static Result<Contents> read(const QString &path,
                                 const Journal &journal,
                                 const CsvReader::Options &options = {},
                                 const std::optional<Columns> &columns = std::nullopt);
    static Summary summarise(const Contents &contents);
};

} // namespace Peere
