#pragma once

// peere-migrate run inside the test's own process (no child process, no PATH): the exit code,
// and what it wrote on stdout and stderr.
#include "cli/command.h"
#include "cli/commands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

inline int runPeereMigrate(const QStringList &arguments, QString *out = nullptr,
                           QString *err = nullptr)
{
    QString o, e;
    QTextStream outStream(&o), errStream(&e);
    Peere::Cli::Io io{outStream, errStream, false};
    const int code = Peere::Cli::runMigrate(QStringList{QStringLiteral("peere-migrate")} + arguments, io);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}
