#pragma once

#include "command.h"

#include <QList>

namespace Peere::Cli {

// The subcommands, each in its own file.
Command validateCommand();
Command inspectCommand();
Command runCommand();
Command statusCommand();
Command failuresCommand();
Command reportCommand();
Command linkDevicesCommand();
Command trustCommand();
Command notifyCommand();
Command verifyCommand();

// Every subcommand of peere-migrate, in the order `--help` lists them.
QList<Command> commands();

// Runs peere-migrate with `arguments` (arguments[0] is the program) and returns its exit code.
int runMigrate(const QStringList &arguments, Io &io);

} // namespace Peere::Cli
