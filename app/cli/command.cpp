#include "command.h"

#include <QCommandLineParser>

namespace Peere::Cli {

using namespace Qt::Literals::StringLiterals;

std::optional<int> parseArguments(QCommandLineParser &parser,
                                  const Command &command,
                                  const QStringList &arguments,
                                  Io &io)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    parser.setApplicationDescription(command.summary);
    if (!parser.parse(QStringList{u"peere-migrate "_s + command.name} + arguments)) {
        return fail(io, BadUsage,
                    parser.errorText() + u" (see peere-migrate "_s + command.name + u" --help)"_s);
    }
    if (parser.isSet(help)) {
        io.out << "Usage: peere-migrate " << command.synopsis << "\n\n" << command.summary << "\n";
        QString text = parser.helpText();
        // Keep QCommandLineParser's option list, not its own usage line.
        const qsizetype options = text.indexOf(u"Options:"_s);
        io.out << "\n" << (options >= 0 ? text.mid(options) : text);
        io.out.flush();
        return int(Success);
    }
    return std::nullopt;
}

int fail(Io &io, int code, const QString &message)
{
    io.err << "peere-migrate: " << message << Qt::endl;
    return code;
}

} // namespace Peere::Cli
