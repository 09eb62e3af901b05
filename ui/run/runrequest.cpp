#include "runrequest.h"

#include "migration/runsettings.h"

namespace Peere::Ui {

VoidResult RunRequest::prepare(Journal &journal) const
{
    const Result<qint64> existing = journal.recordCount();
    if (!existing)
        return Failure{existing.error()};
    if (*existing == 0) {
        if (records.isEmpty())
            return failure(tr("There are no records to send: import a file first."));
        const VoidResult imported = journal.importRecords(
            client.kind, records.size(), [this](qint64 i) { return records.at(i); });
        if (!imported)
            return imported;
    }
    RunSettings settings = RunSettings::of(client, runner);
    settings.environment = environment;
    if (batchLimitPerMinute)
        settings.batchLimitPerMinute = batchLimitPerMinute;
    return settings.write(journal);
}

} // namespace Peere::Ui
