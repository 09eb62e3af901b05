#include "failurelist.h"

#include "journal/journal.h"
#include "metrics/failurecause.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QByteArray FailureList::neutralised(const QByteArray &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return '\'' + cell;
    default:
        return cell;
    }
}

QByteArray FailureList::csvCell(const QByteArray &cell)
{
    const QByteArray safe = neutralised(cell);
    if (!safe.contains(',') && !safe.contains('"') && !safe.contains('\n') && !safe.contains('\r'))
        return safe;
    QByteArray quoted = safe;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

namespace {

// The masked fields of `record` (all but the last 4 digits), and wherever `texts` repeat them.
void maskRecord(JournalRecord &record, const QList<int> &masked, const QList<QString *> &texts)
{
    for (int field : masked) {
        if (field >= record.values.size())
            continue;
        const QByteArray value = record.values.at(field);
        const QByteArray hidden = maskDigits(value);
        if (hidden == value)
            continue;
        record.values[field] = hidden;
        for (QString *text : texts)
            text->replace(QString::fromUtf8(value), QString::fromUtf8(hidden));
    }
}

} // namespace

FailureList::Format FailureList::formatOf(const QString &path)
{
    return path.endsWith(u".json"_s, Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

Result<FailureList::Summary> FailureList::write(const Journal &journal, const QString &path)
{
    return write(journal, path, formatOf(path));
}

Result<FailureList::Summary> FailureList::write(const Journal &journal, const QString &path,
                                                Format format)
{
    return write(journal, path, format, Options{});
}

Result<FailureList::Summary> FailureList::write(const Journal &journal, const QString &path,
                                                Format format, const Options &options)
{
    const QList<int> masked = options.mask
                                  ? maskedFields(journal.kind().value_or(RecordKind::Customers))
                                  : QList<int>();
    const RecordKind kind = journal.kind().value_or(RecordKind::Customers);
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(QCoreApplication::translate("Peere::FailureList",
                                                   "The failure list %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    Summary summary;
    QJsonArray records;
    if (format == Format::Csv) {
        QByteArray header = "\xEF\xBB\xBFrow,line,state,reason,phase,batch";
        for (const FieldSpec &spec : specs)
            header += ',' + QByteArray(spec.name.data(), spec.name.size());
        file.write(header + "\r\n");
    }
    const VoidResult visited = journal.forEachFailure([&](const JournalRecord &original) {
        if (options.phase && original.phase != *options.phase)
            return;
        if (options.batch > 0
            && (original.state == RecordState::Invalid || original.batch != options.batch))
            return;
        if (!failureCauseMatches(options.cause, original.state, original.reason))
            return;
        JournalRecord record = original;
        maskRecord(record, masked, {&record.reason});
        // A failed or mismatched record was sent: its batch says when.
        const bool failed = record.state != RecordState::Invalid;
        (record.state == RecordState::Invalid  ? summary.invalid
         : record.state == RecordState::Failed ? summary.failed
                                               : summary.mismatch)
            += 1;
        // An invalid record never reached a phase's batch: its phase is the one it belongs to.
        const QString phase = phaseName(record.phase);
        if (format == Format::Csv) {
            QByteArray line = QByteArray::number(record.row) + ',' + QByteArray::number(record.line)
                              + ',' + recordStateName(record.state).toUtf8() + ','
                              + csvCell(record.reason.toUtf8()) + ',' + phase.toUtf8() + ','
                              + (failed && record.batch > 0 ? QByteArray::number(record.batch)
                                                             : QByteArray());
            for (int field = 0; field < specs.size(); ++field)
                line += ',' + csvCell(record.values.value(field));
            file.write(line + "\r\n");
        } else {
            QJsonObject values;
            for (int field = 0; field < specs.size(); ++field)
                values.insert(QString(specs.at(field).name),
                              QString::fromUtf8(record.values.value(field)));
            records.append(QJsonObject{
                {u"row"_s, record.row},
                {u"line"_s, record.line},
                {u"state"_s, recordStateName(record.state)},
                {u"reason"_s, record.reason},
                {u"phase"_s, phase},
                {u"batch"_s, failed && record.batch > 0 ? QJsonValue(record.batch) : QJsonValue()},
                {u"values"_s, values}});
        }
    });
    if (!visited) {
        file.cancelWriting();
        return Failure{visited.error()};
    }
    // Trust settings the server refused or disagrees with (after creation, merchants only).
    const Result<QList<TrustEntry>> trust = journal.trustEntries();
    if (!trust) {
        file.cancelWriting();
        return Failure{trust.error()};
    }
    for (const TrustEntry &original : *trust) {
        // Trust is set after the phases: a phase or batch filter leaves it out.
        if (original.state != TrustState::Failed || options.phase || options.batch > 0
            || !trustCauseMatches(options.cause, original.message))
            continue;
        Result<JournalRecord> record = journal.record(original.row);
        if (!record) {
            file.cancelWriting();
            return Failure{record.error()};
        }
        TrustEntry entry = original;
        maskRecord(*record, masked, {&entry.message});
        ++summary.trustFailed;
        const QString state = u"trustFailed"_s;
        const QString phase = u"trust"_s;
        if (format == Format::Csv) {
            QByteArray line = QByteArray::number(record->row) + ','
                              + QByteArray::number(record->line) + ',' + state.toUtf8() + ','
                              + csvCell(entry.message.toUtf8()) + ',' + phase.toUtf8() + ',';
            for (int field = 0; field < specs.size(); ++field)
                line += ',' + csvCell(record->values.value(field));
            file.write(line + "\r\n");
        } else {
            QJsonObject values;
            for (int field = 0; field < specs.size(); ++field)
                values.insert(QString(specs.at(field).name),
                              QString::fromUtf8(record->values.value(field)));
            records.append(QJsonObject{{u"row"_s, record->row},
                                       {u"line"_s, record->line},
                                       {u"state"_s, state},
                                       {u"reason"_s, entry.message},
                                       {u"phase"_s, phase},
                                       {u"batch"_s, QJsonValue()},
                                       {u"trustLevel"_s, trustLevelName(entry.setting.level)},
                                       {u"values"_s, values}});
        }
    }
    if (format == Format::Json)
        file.write(QJsonDocument(QJsonObject{{u"kind"_s, kindName(kind)},
                                             {u"invalid"_s, summary.invalid},
                                             {u"failed"_s, summary.failed},
                                             {u"mismatch"_s, summary.mismatch},
                                             {u"trustFailed"_s, summary.trustFailed},
                                             {u"records"_s, records}})
                       .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return failure(QCoreApplication::translate("Peere::FailureList",
                                                   "The failure list %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    return summary;
}

Result<FailureList::DeviceSummary> FailureList::writeDevices(const Journal &journal,
                                                            const QString &path)
{
    return writeDevices(journal, path, Options{});
}

Result<FailureList::DeviceSummary> FailureList::writeDevices(const Journal &journal,
                                                            const QString &path,
                                                            const Options &options)
{
    const bool json = formatOf(path) == Format::Json;
    QSaveFile file(path);
    const auto cannot = [&] {
        return failure(QCoreApplication::translate("Peere::FailureList",
                                                   "The failure list %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    if (!json)
        file.write("\xEF\xBB\xBFrow,line,customer,deviceId,state,rule,httpStatus,message\r\n");
    const QList<int> masked = options.mask ? maskedFields(RecordKind::Customers) : QList<int>();
    DeviceSummary summary;
    QJsonArray devices;
    QString error;
    // Device links belong to no phase or batch: a phase or batch filter leaves them out.
    const bool filtered = options.phase || options.batch > 0;
    const VoidResult visited = journal.forEachDeviceFailure([&](const DeviceLink &original) {
        if (filtered || !error.isEmpty() || !deviceCauseMatches(options.cause, original))
            return;
        DeviceLink link = original;
        if (!masked.isEmpty() && link.entry.customerRow > 0) {
            // The customer's account and phone numbers, wherever the row repeats them.
            Result<JournalRecord> customer = journal.record(link.entry.customerRow);
            if (!customer) {
                error = customer.error();
                return;
            }
            maskRecord(*customer, masked, {&link.entry.customerRef, &link.message});
        }
        (link.state == DeviceState::Invalid ? summary.invalid : summary.failed) += 1;
        if (json) {
            devices.append(QJsonObject{
                {u"row"_s, link.entry.row},
                {u"line"_s, link.entry.line},
                {u"customer"_s, link.entry.customerRef},
                {u"deviceId"_s, link.entry.deviceId},
                {u"state"_s, deviceStateName(link.state)},
                {u"rule"_s, link.entry.rule.isEmpty() ? QJsonValue() : QJsonValue(link.entry.rule)},
                {u"httpStatus"_s, link.httpStatus > 0 ? QJsonValue(link.httpStatus) : QJsonValue()},
                {u"message"_s, link.message}});
            return;
        }
        file.write(QByteArray::number(link.entry.row) + ',' + QByteArray::number(link.entry.line)
                   + ',' + csvCell(link.entry.customerRef.toUtf8()) + ','
                   + csvCell(link.entry.deviceId.toUtf8()) + ','
                   + deviceStateName(link.state).toUtf8() + ',' + csvCell(link.entry.rule.toUtf8())
                   + ',' + (link.httpStatus > 0 ? QByteArray::number(link.httpStatus) : QByteArray())
                   + ',' + csvCell(link.message.toUtf8()) + "\r\n");
    });
    if (!visited || !error.isEmpty()) {
        file.cancelWriting();
        return failure(visited ? error : visited.error());
    }
    if (json)
        file.write(QJsonDocument(QJsonObject{{u"invalid"_s, summary.invalid},
                                             {u"failed"_s, summary.failed},
                                             {u"devices"_s, devices}})
                       .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return cannot();
    return summary;
}

} // namespace Peere
