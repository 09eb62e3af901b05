#include "runsettings.h"

#include "api/apiclient.h"
#include "api/environment.h"
#include "journal/journal.h"
#include "migration/runner.h"

namespace Peere {

using namespace Qt::Literals::StringLiterals;

RunSettings RunSettings::of(const ApiClientOptions &client, const RunnerOptions &runner)
{
    RunSettings settings;
    settings.baseUrl = client.baseUrl;
    settings.batchSize = runner.batchSize;
    settings.concurrency = runner.concurrency;
    settings.batchesPerMinute = client.batchPerMinute;
    if (const std::optional<int> limit = Environment::knownBatchLimit(client.baseUrl))
        settings.batchLimitPerMinute = *limit;
    settings.gatePercent = runner.gatePercent;
    return settings;
}

VoidResult RunSettings::write(Journal &journal) const
{
    // The command line does not know the environment's name: the console's stays.
    if (!environment.isEmpty()) {
        if (const VoidResult ok = journal.setSetting(environmentKey, environment); !ok)
            return ok;
    }
    const std::pair<QString, QString> values[] = {
        {u"baseUrl"_s, baseUrl.toString()},
        {u"batchSize"_s, QString::number(batchSize)},
        {u"concurrency"_s, QString::number(concurrency)},
        {batchesPerMinuteKey, QString::number(batchesPerMinute)},
        // Empty (not null: the column is NOT NULL) when not known, so that a journal run again
        // against another server forgets the old one's limit.
        {batchLimitKey, batchLimitPerMinute ? QString::number(*batchLimitPerMinute) : u""_s},
        {u"gate"_s, QString::number(gatePercent)},
    };
    for (const auto &[key, value] : values) {
        if (const VoidResult ok = journal.setSetting(key, value); !ok)
            return ok;
    }
    return {};
}

} // namespace Peere
