#include "journalargument.h"
#include "journalstatus.h"

#include <QCommandLineParser>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

JournalArgument::JournalArgument()
    : m_option(u"journal"_s, u"The migration journal."_s, u"PATH"_s)
{
}

std::unique_ptr<Journal> JournalArgument::open(const QCommandLineParser &parser,
                                               Journal::OpenMode mode,
                                               Io &io,
                                               int *exitCode) const
{
    if (!parser.isSet(m_option) || parser.value(m_option).isEmpty()) {
        *exitCode = fail(io, BadUsage, u"--journal PATH is required"_s);
        return nullptr;
    }
    Result<std::unique_ptr<Journal>> journal = Journal::open(parser.value(m_option), mode);
    if (!journal) {
        *exitCode = fail(io, journalOpenExitCode(journal.error()), journal.error());
        return nullptr;
    }
    return std::move(journal.value());
}

} // namespace Peere::Cli
