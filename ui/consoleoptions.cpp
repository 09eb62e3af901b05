#include "consoleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

Result<ConsoleOptions> ConsoleOptions::fromArguments(const QStringList &arguments)
{
    // Options and their help are for the command line: plain English, like peere-migrate.
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Moves a bank's customers and merchants onto the Peere Network."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  u"Start the embedded sandbox and load the sample customers."_s);
    const QCommandLineOption screenshots(
        u"screenshot-dir"_s, u"Save a PNG of every page into DIR, then quit."_s, u"DIR"_s);
    const QCommandLineOption language(
        u"language"_s, u"Show the console in LANG (en or fr)."_s, u"LANG"_s);
    parser.addOptions({demo, screenshots, language});
    if (!parser.parse(arguments))
        return failure(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s))
        parser.process(arguments); // prints and exits, as every command-line program does

    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    options.screenshotDir = parser.value(screenshots);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != "en"_L1 && options.language != "fr"_L1)
        return failure(u"--language: expected en or fr, not %1"_s.arg(options.language));
    if (parser.isSet(screenshots) && options.screenshotDir.isEmpty())
        return failure(u"--screenshot-dir: a directory is needed"_s);
    if (!parser.positionalArguments().isEmpty())
        return failure(u"unexpected argument: %1"_s.arg(parser.positionalArguments().first()));
    return options;
}

} // namespace Peere::Ui
