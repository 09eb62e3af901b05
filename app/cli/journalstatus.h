#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace Peere {
class Journal;
}

namespace Peere::Cli {

// The object `peere-migrate status --json` prints (../shared/cli.md), also the end of `run --json`.
Result<QJsonObject> journalStatus(const Journal &journal);
// Human lines of the same figures, for stderr.
QString journalStatusText(const QJsonObject &status);
// The exit code for a journal that cannot be opened: 3 when it is locked or in use (the job could
// not run), 2 when it is missing, damaged or read-only (unusable input).
int journalOpenExitCode(const QString &message);

} // namespace Peere::Cli
