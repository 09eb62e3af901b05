#pragma once

#include "command.h"

namespace Peere {
class Journal;
struct ApiClientOptions;
struct RunnerOptions;
}

namespace Peere::Cli {

// The loop shared by `run` and `verify`: drives a Runner over an open journal until it
// finishes, stops at a gate or pauses by itself, with progress on stderr, then prints the
// journal's status (one JSON object on stdout with `json`). Returns the exit code: 1 when
// records failed, are invalid or mismatch.
int driveRunner(Journal &journal, const ApiClientOptions &client, const RunnerOptions &options,
                bool json, Io &io);

} // namespace Peere::Cli
