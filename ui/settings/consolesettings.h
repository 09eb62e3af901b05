#pragma once

#include "api/environment.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QLocale;

namespace Peere::Ui {

// How the console reaches the network.
struct ProxySettings
{
    enum class Mode { System, None, Manual };
    Mode mode = Mode::System;
    QString host;
    int port = 3128;

    bool operator==(const ProxySettings &) const = default;
};

// The values a new plan starts from.
struct PlanDefaults
{
    int batchSize = 500; // the guide's 100-500 customers per batch
    int batchesInFlight = 2;
    int batchesPerMinute = 10; // the documented batch-create limit
    int gatePercent = 95;      // the guide's success-rate target

    bool operator==(const PlanDefaults &) const = default;
};

// The console's preferences, in QSettings (the platform's usual place). Only what is not secret:
// API keys live in a SecretStore and never pass through this class. Use on the GUI thread.
class ConsoleSettings
{
public:
    static constexpr int maxRecentFiles = 8;

    QUrl localSandboxUrl() const;
    void setLocalSandboxUrl(const QUrl &url);

    Environment::Kind lastEnvironment() const;
    void setLastEnvironment(Environment::Kind kind);

    ProxySettings proxy() const;
    void setProxy(const ProxySettings &proxy);
    // Makes `proxy` the application's proxy for every later connection.
    static void applyProxy(const ProxySettings &proxy);

    PlanDefaults planDefaults() const;
    void setPlanDefaults(const PlanDefaults &defaults);

    // "system", "en" or "fr".
    QString language() const;
    void setLanguage(const QString &language);
    static QLocale localeFor(const QString &language);
    // Installs the translation of `language`; every window retranslates on the LanguageChange.
    static void applyLanguage(const QString &language);

    QStringList recentFiles() const;
    // Puts `path` first, without duplicates, keeping at most maxRecentFiles.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
};

} // namespace Peere::Ui
