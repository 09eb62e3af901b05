#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Peere {

// Where a migration sends its records (peere-api.md §1). The kinds are fixed; the base URL of a
// local sandbox is the user's, the embedded sandbox's is known once it listens. Used on the GUI
// thread and by the command line alike; a plain value type.
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(Peere::Environment)

public:
    enum class Kind { EmbeddedSandbox, LocalSandbox, HostedSandbox, Live };

    Environment() = default;
    Environment(Kind kind, QUrl baseUrl);

    // The environment of `kind` at its documented address (empty for the embedded sandbox, whose
    // port is chosen when it starts; http://127.0.0.1:8080 for a local sandbox).
    static Environment standard(Kind kind);
    static QList<Kind> kinds();

    // A stable identifier for settings and the keychain: "embedded", "local", "sandbox", "live".
    static QString id(Kind kind);
    static std::optional<Kind> kindFromId(QStringView id);
    // The name the user sees, translated.
    static QString displayName(Kind kind);
    // True where records become real customers: shown in a warning colour, confirmed explicitly.
    static bool isLive(Kind kind) { return kind == Kind::Live; }
    // The embedded sandbox knows its own keys; every other environment needs the user's.
    static bool needsUserKeys(Kind kind) { return kind != Kind::EmbeddedSandbox; }

    static QUrl liveUrl();
    static QUrl hostedSandboxUrl();
    static QUrl defaultLocalSandboxUrl();

    // The documented limit on batch creates (peere-api.md §2): 10 calls a minute.
    static constexpr int documentedBatchesPerMinute = 10;
    // The limit on batch creates of the server at `baseUrl` when it is known: Peere's hosted
    // sandbox and live apply the documented one; any other server's (a local sandbox, the
    // embedded one) is not known from its address.
    static std::optional<int> knownBatchLimit(const QUrl &baseUrl);

    // The rule that an API key never travels in clear text (peere-api.md §1): https anywhere,
    // http only to a loopback host (localhost, 127.0.0.0/8, ::1). Anything else is a failure whose
    // message says why, so that the caller can show it and send nothing.
    static VoidResult checkKeyTransport(const QUrl &baseUrl);
    static bool isLoopbackHost(const QString &host);

    Kind kind() const { return m_kind; }
    QUrl baseUrl() const { return m_baseUrl; }
    bool isLive() const { return isLive(m_kind); }
    QString displayName() const { return displayName(m_kind); }

    // The base URL is well formed and allowed to carry a key.
    VoidResult validate() const;

private:
    Kind m_kind = Kind::EmbeddedSandbox;
    QUrl m_baseUrl;
};

} // namespace Peere
