#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace Peere {
class Journal;
struct MetricsSnapshot;
}

namespace Peere::Cli {

// The object `peere-migrate status --json` prints (../shared/cli.md), also the end of `run --json`.
// Besides the documented counts, `kpis`: the four targets as the dashboard and the report show
// them, and `throughput` (MetricsCalculator::computeSummary: the same figures, without a pass
// over the records, so that status stays quick on millions of records).
Result<QJsonObject> journalStatus(const Journal &journal);
// {"successRate": {"value": 97.4, "status": "good"}, ...}; value null when not measured yet.
QJsonObject kpisJson(const MetricsSnapshot &snapshot);
// {"recordsPerMinute": 700, "ceilingPerMinute": 750, "aboveCeiling": false, "etaSeconds": 40}:
// the dashboard's throughput line; the ceiling is null where the environment has none, the ETA
// while it is unknown.
QJsonObject throughputJson(const MetricsSnapshot &snapshot);
// Human lines of the same figures, for stderr.
QString journalStatusText(const QJsonObject &status);
// The exit code for a journal that cannot be opened: 3 when it is locked or in use (the job could
// not run), 2 when it is missing, damaged or read-only (unusable input).
int journalOpenExitCode(const QString &message);

} // namespace Peere::Cli
