#include "devicefile.h"

#include "csv/columnmapping.h"
#include "journal/journal.h"
#include "verification.h"

#include <QDir>
#include <QHash>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr QStringView fieldNames[DeviceFile::FieldCount]
    = {u"clientRef", u"reference", u"email", u"phrase", u"device"};
} // namespace

QString DeviceFile::fieldName(int field)
{
    return field >= 0 && field < FieldCount ? fieldNames[field].toString() : QString();
}

int DeviceFile::fieldIndex(QStringView name)
{
    for (int field = 0; field < FieldCount; ++field) {
        if (fieldNames[field].compare(name, Qt::CaseInsensitive) == 0)
            return field;
    }
    return -1;
}

int DeviceFile::Columns::field(int column) const
{
    if (column < 0)
        return -1;
    if (column == clientRef)
        return ClientRef;
    if (column == reference)
        return Reference;
    if (column == email)
        return Email;
    if (column == phrase)
        return Phrase;
    return devices.contains(column) ? Device : -1;
}

void DeviceFile::Columns::setField(int column, int field)
{
    if (column < 0)
        return;
    for (int *single : {&clientRef, &reference, &email, &phrase}) {
        if (*single == column)
            *single = -1;
    }
    devices.removeAll(column);
    switch (field) {
    case ClientRef:
        clientRef = column;
        break;
    case Reference:
        reference = column;
        break;
    case Email:
        email = column;
        break;
    case Phrase:
        phrase = column;
        break;
    case Device:
        devices.insert(std::lower_bound(devices.begin(), devices.end(), column), column);
        break;
    default:
        break;
    }
}

QString DeviceFile::missingColumns(const Columns &columns)
{
    if (!columns.hasCustomer() && columns.devices.isEmpty())
        return tr("No column names the customer and none holds device ids: map one column to "
                  "clientRef, reference or email, and one or more to device.");
    if (!columns.hasCustomer())
        return tr("No column names the customer: map one to clientRef, reference or email.");
    if (columns.devices.isEmpty())
        return tr("No column holds device ids: map one or more to device.");
    return {};
}

DeviceFile::Columns DeviceFile::mapColumns(const QStringList &header)
{
    Columns columns;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = ColumnMapping::normalizedHeader(header.at(c));
        if (name == u"clientref" || name == u"clientreference" || name == u"customerref"
            || name == u"customerreference" || name == u"customerclientref") {
            if (columns.clientRef < 0)
                columns.clientRef = c;
        } else if (name == u"reference" || name == u"ref") {
            if (columns.reference < 0)
                columns.reference = c;
        } else if (name == u"email" || name == u"emailaddress" || name == u"customeremail"
                   || name == u"mail") {
            if (columns.email < 0)
                columns.email = c;
        } else if (name == u"phrase" || name == u"passphrase" || name == u"customerphrase") {
            if (columns.phrase < 0)
                columns.phrase = c;
        } else if (name.startsWith(u"device")) {
            columns.devices.append(c);
        }
    }
    return columns;
}

namespace {

struct Customer
{
    qint64 row = 0;
    bool onServer = false;
};

// Every customer of the journal by clientRef, reference and e-mail (lower case).
Result<std::array<QHash<QString, Customer>, 3>> customersOf(const Journal &journal)
{
    std::array<QHash<QString, Customer>, 3> index;
    for (int state = 0; state <= int(RecordState::Mismatch); ++state) {
        qint64 after = 0;
        for (;;) {
            Result<QList<JournalRecord>> page
                = journal.records(std::nullopt, RecordState(state), 5000, after);
            if (!page)
                return Failure{page.error()};
            for (const JournalRecord &record : std::as_const(page.value())) {
                const bool onServer = record.state == RecordState::Migrated
                                      || record.state == RecordState::Verified
                                      || (record.state == RecordState::Mismatch
                                          && !Verification::isNotFound(record.reason));
                const Customer customer{record.row, onServer};
                const auto key = [&](int field) {
                    return QString::fromUtf8(record.values.value(field).trimmed());
                };
                if (const QString ref = key(CustomerField::ClientRef); !ref.isEmpty())
                    index[0].insert(ref, customer);
                if (const QString ref = key(CustomerField::Reference); !ref.isEmpty())
                    index[1].insert(ref, customer);
                if (const QString email = key(CustomerField::Email).toLower(); !email.isEmpty())
                    index[2].insert(email, customer);
            }
            if (page->size() < 5000)
                break;
            after = page->last().row;
        }
    }
    return index;
}

} // namespace

Result<DeviceFile::Contents> DeviceFile::read(const QString &path,
                                              const Journal &journal,
                                              const CsvReader::Options &options,
                                              const std::optional<Columns> &chosen)
{
    if (journal.kind().value_or(RecordKind::Customers) != RecordKind::Customers)
        return failure(tr("Devices are linked to customers, and this migration holds merchants."));
    Result<CsvDocument> document = CsvReader::read(path, options);
    if (!document)
        return Failure{document.error()};
    const CsvTable &table = document->table;
    const Columns columns = chosen.value_or(mapColumns(table.header()));
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString missing = missingColumns(columns); !missing.isEmpty())
        return failure(tr("%1: %2").arg(shown, missing));
    int widest = std::max({columns.clientRef, columns.reference, columns.email, columns.phrase});
    for (const int column : columns.devices)
        widest = std::max(widest, column);
    if (widest >= table.header().size())
        return failure(tr("%1: the column mapping does not fit this file's columns.").arg(shown));
    const auto customers = customersOf(journal);
    if (!customers)
        return Failure{customers.error()};

    Contents contents;
    contents.fileName = path;
    contents.dialect = document->dialect;
    contents.rows = table.rowCount();
    const auto cell = [&](qint32 row, int column) {
        return column < 0 ? QString()
                          : QString::fromUtf8(table.value(row, column).toByteArray()).trimmed();
    };
    for (qint32 row = 0; row < table.rowCount(); ++row) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return failure(tr("%1: the read was cancelled.").arg(shown));
        DeviceEntry base;
        base.row = row + 1;
        base.line = table.line(row);
        base.phrase = cell(row, columns.phrase);
        // The first of clientRef, reference, e-mail that the row gives names the customer.
        const QString keys[3] = {cell(row, columns.clientRef),
                                 cell(row, columns.reference),
                                 cell(row, columns.email).toLower()};
        int by = -1;
        for (int k = 0; k < 3 && by < 0; ++k) {
            if (!keys[k].isEmpty())
                by = k;
        }
        if (by < 0) {
            base.rule = u"required"_s;
            base.message = tr("The row names no customer: give its clientRef, reference or "
                              "email.");
        } else {
            base.customerRef = keys[by];
            const auto found = (*customers)[by].constFind(keys[by]);
            if (found == (*customers)[by].cend()) {
                base.rule = u"device.unknownCustomer"_s;
                base.message = tr("There is no customer %1 in this migration.").arg(keys[by]);
            } else {
                base.customerRow = found->row;
                if (!found->onServer) {
                    base.rule = u"device.notMigrated"_s;
                    base.message = tr("The customer %1 is not migrated yet: link its devices "
                                      "once it is on the server.")
                                       .arg(keys[by]);
                }
            }
        }
        bool any = false;
        for (const int column : columns.devices) {
            const QString id = cell(row, column);
            if (id.isEmpty())
                continue;
            any = true;
            DeviceEntry entry = base;
            entry.deviceId = id;
            contents.entries.append(entry);
        }
        if (!any) {
            DeviceEntry entry = base;
            if (entry.rule.isEmpty()) {
                entry.rule = u"device.empty"_s;
                entry.message = tr("The row has no device id.");
            }
            contents.entries.append(entry);
        }
    }
    // The same device twice for one customer: every such entry, as the import's duplicate rules.
    QHash<QString, int> seen;
    const auto keyOf = [](const DeviceEntry &entry) {
        return entry.customerRow > 0 ? QString::number(entry.customerRow) + u'\n' + entry.deviceId
                                     : QString();
    };
    for (const DeviceEntry &entry : std::as_const(contents.entries)) {
        if (const QString key = keyOf(entry); !key.isEmpty() && !entry.deviceId.isEmpty())
            ++seen[key];
    }
    for (DeviceEntry &entry : contents.entries) {
        if (entry.valid() && seen.value(keyOf(entry)) > 1) {
            entry.rule = u"duplicate.deviceId"_s;
            entry.message = tr("The device %1 is listed more than once for the customer %2.")
                                .arg(entry.deviceId, entry.customerRef);
        }
    }
    return contents;
}

DeviceFile::Summary DeviceFile::summarise(const Contents &contents)
{
    Summary summary;
    summary.rows = contents.rows;
    summary.devices = contents.entries.size();
    for (const DeviceEntry &entry : contents.entries) {
        if (entry.valid()) {
            ++summary.valid;
        } else {
            ++summary.invalid;
            ++summary.byRule[entry.rule];
        }
    }
    return summary;
}

} // namespace Peere
