#include "logging.h"

Q_LOGGING_CATEGORY(lcCsv, "peere.csv", QtInfoMsg)
Q_LOGGING_CATEGORY(lcValidation, "peere.validation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "peere.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "peere.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "peere.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "peere.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "peere.cli", QtInfoMsg)
