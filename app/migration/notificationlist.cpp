#include "notificationlist.h"

#include "failurelist.h"
#include "journal/journal.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

QStringList NotificationList::placeholders(RecordKind kind)
{
    QStringList names{u"name"_s};
    if (kind == RecordKind::Customers)
        names << u"firstName"_s << u"lastName"_s << u"middleName"_s;
    for (const FieldSpec &spec : fieldSpecs(kind)) {
        const QString field(spec.name);
        if (field == u"firstname" || field == u"lastname" || field == u"middlename"
            || names.contains(field))
            continue;
        names << field;
    }
    names << u"peereId"_s;
    if (kind == RecordKind::Merchants)
        names << u"trustLevel"_s;
    return names;
}

QStringList NotificationList::unknownPlaceholders(RecordKind kind,
                                                  const NotificationTemplate &message)
{
    QStringList unknown;
    const JournalRecord none;
    for (const QString &name : message.placeholders()) {
        if (!value(kind, none, name))
            unknown << name;
    }
    return unknown;
}

std::optional<QString> NotificationList::value(RecordKind kind, const JournalRecord &record,
                                               const QString &placeholder,
                                               const QString &trustLevel)
{
    const QString key = placeholder.toLower();
    const auto field = [&](int index) { return QString::fromUtf8(record.values.value(index)).trimmed(); };
    if (key == u"peereid")
        return record.serverId;
    if (kind == RecordKind::Customers) {
        if (key == u"name") {
            const QString first = field(CustomerField::Firstname);
            const QString last = field(CustomerField::Lastname);
            if (first.isEmpty() || last.isEmpty())
                return QString(first + last);
            return QString(first + u' ' + last);
        }
    } else if (key == u"trustlevel") {
        // A merchant whose trust was never set is basic on the server (peere-api.md §5).
        return trustLevel.isEmpty() ? trustLevelName(TrustLevel::Basic) : trustLevel;
    }
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    for (int i = 0; i < specs.size(); ++i) {
        if (QString(specs.at(i).name).toLower() == key)
            return field(i);
    }
    return std::nullopt;
}

Result<std::optional<JournalRecord>> NotificationList::firstVerified(const Journal &journal)
{
    const Result<QList<JournalRecord>> first = journal.records(std::nullopt, RecordState::Verified, 1);
    if (!first)
        return Failure{first.error()};
    if (first->isEmpty())
        return std::optional<JournalRecord>();
    return std::optional<JournalRecord>(first->first());
}

Result<NotificationList::Summary> NotificationList::write(const Journal &journal,
                                                          const QString &folder,
                                                          const NotificationTemplate &message,
                                                          const QString &language)
{
    const RecordKind kind = journal.kind().value_or(RecordKind::Customers);
    if (const QStringList unknown = unknownPlaceholders(kind, message); !unknown.isEmpty())
        return failure(tr("The message uses placeholders that the records of this migration do "
                          "not have: %1").arg(unknown.join(u", "_s)));
    if (!QDir().mkpath(folder))
        return failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    Summary summary;
    const QDir dir(folder);
    summary.listPath = dir.filePath(u"%1-notifications.csv"_s.arg(kindName(kind)));
    summary.messagePath = dir.filePath(u"%1-message-%2.txt"_s.arg(kindName(kind), language));
    summary.columns = QStringList{u"name"_s, u"email"_s};
    for (const QString &name : message.placeholders()) {
        if (name.compare(u"name"_s, Qt::CaseInsensitive) != 0
            && name.compare(u"email"_s, Qt::CaseInsensitive) != 0)
            summary.columns << name;
    }

    QHash<qint64, QString> levels; // merchants: the trust level each was given
    if (kind == RecordKind::Merchants) {
        const Result<QList<TrustEntry>> trust = journal.trustEntries();
        if (!trust)
            return Failure{trust.error()};
        for (const TrustEntry &entry : *trust)
            levels.insert(entry.row, trustLevelName(entry.setting.level));
    }

    const auto cannotWrite = [](const QString &path, const QString &why) {
        return failure(tr("The notification list %1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile list(summary.listPath);
    if (!list.open(QIODevice::WriteOnly))
        return cannotWrite(summary.listPath, list.errorString());
    QByteArray header = "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < summary.columns.size(); ++i)
        header += (i ? "," : "") + FailureList::csvCell(summary.columns.at(i).toUtf8());
    list.write(header + "\r\n");
    qint64 after = 0;
    for (;;) {
        const Result<QList<JournalRecord>> page = journal.records(std::nullopt, RecordState::Verified,
                                                                  5000, after);
        if (!page) {
            list.cancelWriting();
            return Failure{page.error()};
        }
        if (page->isEmpty())
            break;
        for (const JournalRecord &record : *page) {
            QByteArray line;
            for (qsizetype i = 0; i < summary.columns.size(); ++i) {
                const QString cell = value(kind, record, summary.columns.at(i),
                                           levels.value(record.row)).value_or(QString());
                line += (i ? "," : "") + FailureList::csvCell(cell.toUtf8());
            }
            list.write(line + "\r\n");
            ++summary.recipients;
        }
        after = page->last().row;
    }
    if (!list.commit())
        return cannotWrite(summary.listPath, list.errorString());

    QSaveFile text(summary.messagePath);
    if (!text.open(QIODevice::WriteOnly))
        return cannotWrite(summary.messagePath, text.errorString());
    text.write(message.toText().toUtf8());
    if (!text.commit())
        return cannotWrite(summary.messagePath, text.errorString());

    const Result<qint64> records = journal.recordCount();
    if (!records)
        return Failure{records.error()};
    summary.notVerified = *records - summary.recipients;
    return summary;
}

} // namespace Peere
