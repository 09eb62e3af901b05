#include "apiaccess.h"

#include "consolesettings.h"
#include "embeddedsandbox.h"

namespace Peere::Ui {

ApiAccess::ApiAccess(SecretStore *store, EmbeddedSandbox *sandbox, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sandbox(sandbox)
{}

Result<Environment> ApiAccess::environment(Environment::Kind kind) const
{
    switch (kind) {
    case Environment::Kind::EmbeddedSandbox: {
        const Result<QUrl> url = m_sandbox->ensureStarted();
        if (!url)
            return failure(url.error());
        return Environment(kind, *url);
    }
    case Environment::Kind::LocalSandbox:
        return Environment(kind, ConsoleSettings().localSandboxUrl());
    case Environment::Kind::HostedSandbox:
    case Environment::Kind::Live:
        return Environment::standard(kind);
    }
    return Environment::standard(kind);
}

void ApiAccess::readKey(Environment::Kind kind,
                        KeyRole role,
                        QObject *context,
                        SecretStore::ReadDone done)
{
    if (!Environment::needsUserKeys(kind)) {
        const QString key = role == KeyRole::Bank ? m_sandbox->bankKey() : m_sandbox->providerKey();
        m_session.insert(SecretStore::entryName(kind, role), key);
        m_session.read(SecretStore::entryName(kind, role), context, std::move(done));
        return;
    }
    const QString name = SecretStore::entryName(kind, role);
    if (m_session.contains(name)) {
        m_session.read(name, context, std::move(done));
        return;
    }
    m_store->read(name, context, std::move(done));
}

void ApiAccess::writeKey(Environment::Kind kind,
                         KeyRole role,
                         const QString &key,
                         QObject *context,
                         SecretStore::WriteDone done)
{
    const QString name = SecretStore::entryName(kind, role);
    auto finish = [this, name, key, done = std::move(done)](const VoidResult &result) {
        if (result)
            m_session.remove(name, this, [](const VoidResult &) {});
        else
            m_session.insert(name, key); // usable until the console closes, never on disk
        done(result);
    };
    if (key.isEmpty())
        m_store->remove(name, context, std::move(finish));
    else
        m_store->write(name, key, context, std::move(finish));
}

} // namespace Peere::Ui
