#include "trustplan.h"

#include "journal/journal.h"
#include "trustsource.h"

#include <QDir>

#include <algorithm>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

Result<TrustPlan> TrustPlan::build(const Journal &journal, const TrustRules &rules,
                                   const TrustSource &source)
{
    if (journal.kind() != RecordKind::Merchants)
        return failure(tr("This migration holds customers; trust levels are set for merchants "
                          "only."));
    const Result<qint64> records = journal.recordCount();
    if (!records)
        return Failure{records.error()};
    const int column = source.column(rules.column());
    // The default trustLevel column may be absent (every merchant gets the default level); a
    // column the user named must be there.
    const bool named = rules.mode() == TrustRules::Mode::Thresholds
                       || rules.column() != TrustRules().column();
    if (column < 0 && named) {
        if (source.isEmpty())
            return failure(tr("The rules read the column %1, but the source file of this "
                              "migration is not available.").arg(rules.column()));
        return failure(tr("The column %1 is not in the source file %2.")
                           .arg(rules.column(), QDir::toNativeSeparators(source.fileName())));
    }
    if (!source.isEmpty() && source.rowCount() != *records)
        return failure(tr("The source file %1 has %2 rows but the migration has %3: trust levels "
                          "are read row by row, so use the file the migration was imported from.")
                           .arg(QDir::toNativeSeparators(source.fileName()))
                           .arg(source.rowCount())
                           .arg(*records));
    const int trustedColumn = source.column(u"trusted"_s);
    const int lookupColumn = source.column(u"deviceLookupEnabled"_s);

    TrustPlan plan;
    plan.preview.columnFound = column >= 0;
    for (RecordState state : {RecordState::Migrated, RecordState::Verified}) {
        qint64 after = 0;
        for (;;) {
            const Result<QList<JournalRecord>> page = journal.records(std::nullopt, state, 5000, after);
            if (!page)
                return Failure{page.error()};
            for (const JournalRecord &record : *page) {
                if (record.serverId.isEmpty())
                    continue;
                const TrustRules::Decision decision = rules.decide(
                    source.value(record.row, column), source.value(record.row, trustedColumn),
                    source.value(record.row, lookupColumn));
                TrustEntry entry;
                entry.row = record.row;
                entry.serverId = record.serverId;
                entry.setting = decision.setting;
                plan.entries.append(entry);
                Preview &p = plan.preview;
                ++p.byLevel[int(decision.setting.level)];
                p.trusted += decision.setting.trusted ? 1 : 0;
                p.deviceLookup += decision.setting.deviceLookupEnabled ? 1 : 0;
                switch (decision.reading) {
                case TrustRules::Reading::FromColumn: ++p.fromColumn; break;
                case TrustRules::Reading::Default: ++p.defaulted; break;
                case TrustRules::Reading::Unreadable: ++p.unreadable; break;
                }
            }
            if (page->isEmpty())
                break;
            after = page->last().row;
        }
    }
    std::sort(plan.entries.begin(), plan.entries.end(),
              [](const TrustEntry &a, const TrustEntry &b) { return a.row < b.row; });
    plan.preview.merchants = plan.entries.size();
    plan.preview.notOnServer = *records - plan.preview.merchants;
    return plan;
}

} // namespace Peere
