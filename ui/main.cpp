// peere-console: the desktop application. Console builds and wires everything it shows.
#include "application.h"
#include "console.h"
#include "consoleoptions.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "settings/consolesettings.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Peere::Ui;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setUpApplication(app);

    const Peere::Result<ConsoleOptions> options = ConsoleOptions::fromArguments(app.arguments());
    if (!options) {
        std::fprintf(stderr, "peere-console: %s\n", qPrintable(options.error()));
        return 2;
    }
    ConsoleSettings::applyLanguage(options->language.isEmpty() ? ConsoleSettings().language()
                                                               : options->language);

    Console console(*options);
    if (const Peere::VoidResult started = console.start(); !started) {
        std::fprintf(stderr, "peere-console: %s\n", qPrintable(started.error()));
        if (!options->screenshotDir.isEmpty())
            return 3;
        QMessageBox::critical(
            console.window(), QApplication::applicationDisplayName(), started.error());
    }

    ScreenshotTour tour(&console, options->screenshotDir);
    if (!options->screenshotDir.isEmpty()) {
        QObject::connect(
            &tour, &ScreenshotTour::finished, &app, [&](bool ok, const QString &message) {
                if (ok) {
                    for (const QString &file : tour.files())
                        std::fprintf(stdout, "%s\n", qPrintable(file));
                } else {
                    std::fprintf(stderr, "peere-console: %s\n", qPrintable(message));
                }
                QApplication::exit(ok ? 0 : 3);
            });
        tour.start();
    }
    return app.exec();
}
