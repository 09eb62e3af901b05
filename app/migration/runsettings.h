#pragma once

#include "common/result.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Peere {

class Journal;
struct ApiClientOptions;
struct RunnerOptions;

// What a run was set up with, kept in its journal's settings (never the key) by the console and by
// `peere-migrate run`; the metrics read the throughput ceiling back from them.
struct RunSettings
{
    // The settings' keys.
    static constexpr QLatin1StringView environmentKey{"environment"};
    static constexpr QLatin1StringView batchesPerMinuteKey{"batchesPerMinute"};
    static constexpr QLatin1StringView batchLimitKey{"batchLimitPerMinute"};

    QString environment; // Environment::id; empty from the command line
    QUrl baseUrl;
    int batchSize = 0;
    int concurrency = 0;
    double batchesPerMinute = 0; // the pacing of batch creates; 0: not paced
    // The environment's own limit on batch creates: 0 for none (a sandbox without limits),
    // nullopt when it is not known (a server that is not Peere's, at an address of its own).
    std::optional<double> batchLimitPerMinute;
    double gatePercent = 95;

    static RunSettings of(const ApiClientOptions &client, const RunnerOptions &runner);
    VoidResult write(Journal &journal) const;
};

} // namespace Peere
