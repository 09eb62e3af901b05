#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Peere::Sandbox {

// How a sandbox behaves: the `peere-sandbox` options of ../shared/cli.md, also used in-process.
struct SandboxOptions
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    QString bankKey = QStringLiteral("sandbox-bank-key");
    QString providerKey = QStringLiteral("sandbox-provider-key");

    int latencyMs = 0;
    double failRate = 0;
    double dropRate = 0;
    double loseResponseRate = 0;
    quint64 seed = 0;

    int batchRate = 10;     // batch creates per minute; 0 = unlimited
    int standardRate = 100; // standard calls per minute
    int statusRate = 300;   // batch polls per minute
    bool noLimits = false;

    int asyncThreshold = 200;
    int maxBatch = 1000;
    bool docsOnly = false;
    bool strictMerchants = false;
    QString stateFile;

    // Parses the command line (arguments()[0] is the program); a bad option is a failure whose
    // message names it.
    static Result<SandboxOptions> fromArguments(const QStringList &arguments);
    static QString helpText();
};

} // namespace Peere::Sandbox
