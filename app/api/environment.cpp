#include "environment.h"

#include <QHostAddress>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

Environment::Environment(Kind kind, QUrl baseUrl)
    : m_kind(kind)
    , m_baseUrl(std::move(baseUrl))
{}

Environment Environment::standard(Kind kind)
{
    switch (kind) {
    case Kind::EmbeddedSandbox:
        return Environment(kind, QUrl());
    case Kind::LocalSandbox:
        return Environment(kind, defaultLocalSandboxUrl());
    case Kind::HostedSandbox:
        return Environment(kind, hostedSandboxUrl());
    case Kind::Live:
        return Environment(kind, liveUrl());
    }
    return {};
}

QList<Environment::Kind> Environment::kinds()
{
    return {Kind::EmbeddedSandbox, Kind::LocalSandbox, Kind::HostedSandbox, Kind::Live};
}

QString Environment::id(Kind kind)
{
    switch (kind) {
    case Kind::EmbeddedSandbox:
        return u"embedded"_s;
    case Kind::LocalSandbox:
        return u"local"_s;
    case Kind::HostedSandbox:
        return u"sandbox"_s;
    case Kind::Live:
        return u"live"_s;
    }
    return {};
}

std::optional<Environment::Kind> Environment::kindFromId(QStringView id)
{
    for (Kind kind : kinds()) {
        if (Environment::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString Environment::displayName(Kind kind)
{
    switch (kind) {
    case Kind::EmbeddedSandbox:
        return tr("Embedded sandbox");
    case Kind::LocalSandbox:
        return tr("Local sandbox");
    case Kind::HostedSandbox:
        return tr("Peere sandbox");
    case Kind::Live:
        return tr("Live");
    }
    return {};
}

QUrl Environment::liveUrl()
{
    return QUrl(u"https://api.peere.network"_s);
}

std::optional<int> Environment::knownBatchLimit(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host == liveUrl().host() || host == hostedSandboxUrl().host())
        return documentedBatchesPerMinute;
    return std::nullopt;
}

QUrl Environment::hostedSandboxUrl()
{
    return QUrl(u"https://sandbox-api.peere.network"_s);
}

QUrl Environment::defaultLocalSandboxUrl()
{
    return QUrl(u"http://127.0.0.1:8080"_s);
}

bool Environment::isLoopbackHost(const QString &host)
{
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

VoidResult Environment::checkKeyTransport(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.isRelative() || baseUrl.host().isEmpty())
        return failure(tr("The address \"%1\" is not a complete URL such as "
                          "https://sandbox-api.peere.network.")
                           .arg(baseUrl.toString()));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == "https"_L1)
        return {};
    if (scheme != "http"_L1)
        return failure(tr("The address \"%1\" must start with https:// (or http:// for a sandbox "
                          "on this computer).")
                           .arg(baseUrl.toString()));
    if (isLoopbackHost(baseUrl.host()))
        return {};
    return failure(tr("Refusing to send an API key in clear text to %1: use https://, or http:// "
                      "only for a sandbox on this computer (localhost, 127.0.0.1 or ::1).")
                       .arg(baseUrl.host()));
}

VoidResult Environment::validate() const
{
    if (m_kind == Kind::EmbeddedSandbox && m_baseUrl.isEmpty())
        return failure(tr("The embedded sandbox is not running."));
    return checkKeyTransport(m_baseUrl);
}

} // namespace Peere
