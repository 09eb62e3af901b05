#pragma once

#include "command.h"

#include "journal/journal.h"

#include <QCommandLineOption>

#include <memory>

namespace Peere::Cli {

// The `--journal PATH` option of every command that works on a migration journal, and opening
// the journal it names with the exit codes of ../shared/cli.md.
class JournalArgument
{
public:
    JournalArgument();

    const QCommandLineOption &option() const { return m_option; }

    // The journal named by --journal, or nullptr after one line on io.err: 2 in *exitCode when the
    // option is missing or the journal is missing, damaged or read-only; 3 when it is locked.
    std::unique_ptr<Journal> open(const QCommandLineParser &parser,
                                  Journal::OpenMode mode,
                                  Io &io,
                                  int *exitCode) const;

private:
    QCommandLineOption m_option;
};

} // namespace Peere::Cli
