#include "failuregroups.h"

#include "csv/columnmapping.h"
#include "csv/csvparser.h"
#include "csv/csvwriter.h"
#include "failurecause.h"
#include "journal/journal.h"
#include "records/recordstore.h"

#include <QHash>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

int stateOrder(RecordState state)
{
    switch (state) {
    case RecordState::Invalid: return 0;
    case RecordState::Pending: return 1;
    case RecordState::Failed: return 2;
    default: return 3;
    }
}

// The group of `subject`, `state` and `cause` in `groups`, added when new.
FailureGroup &groupOf(QList<FailureGroup> &groups, QHash<QString, qsizetype> &index,
                      FailureSubject subject, RecordState state, const QString &cause)
{
    const QString key = QString::number(int(subject)) + u'/' + QString::number(int(state))
                        + u'/' + cause;
    auto it = index.find(key);
    if (it == index.end()) {
        it = index.insert(key, groups.size());
        FailureGroup group;
        group.subject = subject;
        group.state = state;
        group.cause = cause;
        groups.append(group);
    }
    return groups[*it];
}

// Device links that failed and merchants whose trust could not be set.
VoidResult collectAfterCreation(const Journal &journal, QList<FailureGroup> &groups)
{
    QHash<QString, qsizetype> index;
    if (VoidResult ok = journal.forEachDeviceFailure([&](const DeviceLink &link) {
            const RecordState state = link.state == DeviceState::Invalid ? RecordState::Invalid
                                                                         : RecordState::Failed;
            groupOf(groups, index, FailureSubject::DeviceLinks, state, deviceFailureCause(link))
                .links.append(link);
        });
        !ok)
        return ok;
    const Result<QList<TrustEntry>> trust = journal.trustEntries();
    if (!trust)
        return Failure{trust.error()};
    for (const TrustEntry &entry : *trust) {
        if (entry.state != TrustState::Failed)
            continue;
        const Result<JournalRecord> record = journal.record(entry.row);
        if (!record)
            return Failure{record.error()};
        FailureGroup &group = groupOf(groups, index, FailureSubject::Trust, RecordState::Failed,
                                      trustFailureCause(entry.message));
        group.records.append(*record);
        group.trust.append(entry);
    }
    return {};
}

} // namespace

Result<QList<FailureGroup>> FailureGroups::collect(const Journal &journal)
{
    QList<FailureGroup> groups;
    QHash<QPair<int, QString>, qsizetype> index;
    const auto add = [&](const JournalRecord &record) {
        const QString cause = record.state == RecordState::Pending
                                  ? fixedCause()
                                  : failureCauseOf(record.state, record.reason);
        const QPair<int, QString> key{int(record.state), cause};
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, groups.size());
            FailureGroup group;
            group.state = record.state;
            group.cause = cause;
            groups.append(group);
        }
        groups[*it].records.append(record);
    };
    if (VoidResult ok = journal.forEachRecordIn(
            {RecordState::Invalid, RecordState::Failed, RecordState::Mismatch}, add);
        !ok)
        return Failure{ok.error()};
    if (VoidResult ok = journal.forEachFixedPending(add); !ok)
        return Failure{ok.error()};
    if (VoidResult ok = collectAfterCreation(journal, groups); !ok)
        return Failure{ok.error()};
    std::stable_sort(groups.begin(), groups.end(), [](const FailureGroup &a, const FailureGroup &b) {
        if (a.size() != b.size())
            return a.size() > b.size();
        if (a.subject != b.subject)
            return int(a.subject) < int(b.subject);
        if (stateOrder(a.state) != stateOrder(b.state))
            return stateOrder(a.state) < stateOrder(b.state);
        return a.cause < b.cause;
    });
    return groups;
}

std::shared_ptr<RecordStore> FailureGroups::storeOf(RecordKind kind,
                                                    const QList<JournalRecord> &records)
{
    // Through CSV text, so that the store is exactly what an import builds (values unchanged:
    // quoted where needed, never neutralised).
    const QList<FieldSpec> &specs = fieldSpecs(kind);
    QByteArrayList header;
    for (const FieldSpec &spec : specs)
        header.append(QByteArray(spec.name.data(), spec.name.size()));
    QByteArray text = header.join(',') + "\r\n";
    for (const JournalRecord &record : records) {
        QByteArrayList cells;
        for (int field = 0; field < specs.size(); ++field)
            cells.append(CsvWriter::quoted(record.values.value(field)));
        // Always quoted first cell: a record with every field empty is not a blank line.
        if (!cells.isEmpty() && !cells.first().startsWith('"'))
            cells.first() = '"' + cells.first() + '"';
        text += cells.join(',') + "\r\n";
    }
    Result<CsvTable> table = CsvParser::parse(text, {}, u"failures"_s);
    if (!table)
        return nullptr;
    QStringList headers;
    for (const QByteArray &name : std::as_const(header))
        headers.append(QString::fromLatin1(name));
    auto store = std::make_shared<RecordStore>(kind, std::move(*table),
                                               ColumnMapping::automatic(kind, headers));
    if (store->rowCount() != records.size())
        return nullptr;
    store->validateAll(1);
    return store;
}

} // namespace Peere
