#pragma once

#include "api/apiclient.h"
#include "journal/journal.h"
#include "migration/runner.h"

#include <QCoreApplication>

#include <optional>

namespace Peere::Ui {

// What a run needs: the migration file, how to reach the server, how to pace and gate, and the
// reviewed records to bring into the journal when it holds none yet.
struct RunRequest
{
    Q_DECLARE_TR_FUNCTIONS(Peere::Ui::RunRequest)

public:
    QString journalPath;
    ApiClientOptions client;
    RunnerOptions runner;
    QList<ImportedRecord> records; // used only when the journal holds no records
    QString environment;           // Environment::id, kept in the journal's settings
    // The environment's limit on batch creates when the console knows it (the embedded sandbox's
    // own; 0: none); otherwise what its address tells (RunSettings::of).
    std::optional<double> batchLimitPerMinute;

    // In the runner's thread, before the run: the records into the journal when it has none,
    // the run's settings (never the key).
    VoidResult prepare(Journal &journal) const;
};

} // namespace Peere::Ui
