#pragma once

#include "common/result.h"

#include <QStringList>

namespace Peere::Ui {

// peere-console's command line: `--demo` (the embedded sandbox with relaxed limits and the sample
// customers loaded) and `--screenshot-dir DIR` (grab every page into DIR as PNG, then quit).
struct ConsoleOptions
{
    bool demo = false;
    QString screenshotDir;
    QString language; // "en", "fr" or empty for the saved choice

    static Result<ConsoleOptions> fromArguments(const QStringList &arguments);
};

} // namespace Peere::Ui
