#pragma once

#include "common/result.h"
#include "csv/csvreader.h"
#include "journal/devicetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace Peere {

class Journal;

// The devices file of the after-creation step: each row names a customer of the migration (by
// clientRef, reference or e-mail) and one or more device ids (every column whose header starts
// with "device"; several rows per customer allowed), optionally the phrase the customer gave.
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
    // Which columns feed what (-1: none), from the header.
    struct Columns
    {
        int clientRef = -1;
        int reference = -1;
        int email = -1;
        int phrase = -1;
        QList<int> devices;
        bool hasCustomer() const { return clientRef >= 0 || reference >= 0 || email >= 0; }
    };
    static Columns mapColumns(const QStringList &header);

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

    // Fails (unusable input) when the file cannot be read or names no customer or device column.
    static Result<Contents>
    read(const QString &path, const Journal &journal, const CsvReader::Options &options = {});
    static Summary summarise(const Contents &contents);
};

} // namespace Peere
