#include "consolesettings.h"

#include "application.h"

#include <QDir>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString proxyModeId(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::System:
        return u"system"_s;
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::Manual:
        return u"manual"_s;
    }
    return {};
}

ProxySettings::Mode proxyModeFromId(const QString &id)
{
    if (id == "none"_L1)
        return ProxySettings::Mode::None;
    if (id == "manual"_L1)
        return ProxySettings::Mode::Manual;
    return ProxySettings::Mode::System;
}

} // namespace

QUrl ConsoleSettings::localSandboxUrl() const
{
    const QUrl url = QSettings().value(u"environments/local/url"_s).toUrl();
    return url.isEmpty() ? Environment::defaultLocalSandboxUrl() : url;
}

void ConsoleSettings::setLocalSandboxUrl(const QUrl &url)
{
    QSettings().setValue(u"environments/local/url"_s, url);
}

Environment::Kind ConsoleSettings::lastEnvironment() const
{
    const QString id = QSettings().value(u"plan/environment"_s).toString();
    return Environment::kindFromId(id).value_or(Environment::Kind::EmbeddedSandbox);
}

void ConsoleSettings::setLastEnvironment(Environment::Kind kind)
{
    QSettings().setValue(u"plan/environment"_s, Environment::id(kind));
}

ProxySettings ConsoleSettings::proxy() const
{
    QSettings settings;
    ProxySettings proxy;
    proxy.mode = proxyModeFromId(settings.value(u"proxy/mode"_s).toString());
    proxy.host = settings.value(u"proxy/host"_s).toString();
    proxy.port = settings.value(u"proxy/port"_s, proxy.port).toInt();
    return proxy;
}

void ConsoleSettings::setProxy(const ProxySettings &proxy)
{
    QSettings settings;
    settings.setValue(u"proxy/mode"_s, proxyModeId(proxy.mode));
    settings.setValue(u"proxy/host"_s, proxy.host);
    settings.setValue(u"proxy/port"_s, proxy.port);
}

void ConsoleSettings::applyProxy(const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case ProxySettings::Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, quint16(proxy.port)));
        break;
    }
}

PlanDefaults ConsoleSettings::planDefaults() const
{
    QSettings settings;
    PlanDefaults defaults;
    defaults.batchSize = settings.value(u"defaults/batchSize"_s, defaults.batchSize).toInt();
    defaults.batchesInFlight
        = settings.value(u"defaults/batchesInFlight"_s, defaults.batchesInFlight).toInt();
    defaults.batchesPerMinute
        = settings.value(u"defaults/batchesPerMinute"_s, defaults.batchesPerMinute).toInt();
    defaults.gatePercent = settings.value(u"defaults/gatePercent"_s, defaults.gatePercent).toInt();
    return defaults;
}

void ConsoleSettings::setPlanDefaults(const PlanDefaults &defaults)
{
    QSettings settings;
    settings.setValue(u"defaults/batchSize"_s, defaults.batchSize);
    settings.setValue(u"defaults/batchesInFlight"_s, defaults.batchesInFlight);
    settings.setValue(u"defaults/batchesPerMinute"_s, defaults.batchesPerMinute);
    settings.setValue(u"defaults/gatePercent"_s, defaults.gatePercent);
}

QString ConsoleSettings::language() const
{
    const QString language = QSettings().value(u"language"_s).toString();
    return language == "en"_L1 || language == "fr"_L1 ? language : u"system"_s;
}

void ConsoleSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"language"_s, language);
}

QLocale ConsoleSettings::localeFor(const QString &language)
{
    if (language == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == "fr"_L1)
        return QLocale(QLocale::French, QLocale::France);
    return QLocale::system();
}

void ConsoleSettings::applyLanguage(const QString &language)
{
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // English is the source language: no translation to load is not an error.
    installTranslations(locale);
}

QStringList ConsoleSettings::recentFiles() const
{
    return QSettings().value(u"recentFiles"_s).toStringList();
}

void ConsoleSettings::addRecentFile(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(u"recentFiles"_s, files);
}

void ConsoleSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(path));
    QSettings().setValue(u"recentFiles"_s, files);
}

void ConsoleSettings::clearRecentFiles()
{
    QSettings().remove(u"recentFiles"_s);
}

} // namespace Peere::Ui
