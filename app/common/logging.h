#pragma once

#include <QLoggingCategory>

// One category per part of the core; enable with QT_LOGGING_RULES="peere.api.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCsv)
Q_DECLARE_LOGGING_CATEGORY(lcValidation)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcJournal)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
