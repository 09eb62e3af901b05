#pragma once

#include "api/environment.h"
#include "memorysecretstore.h"
#include "secretstore.h"

#include <QObject>

namespace Peere::Ui {

class ConsoleSettings;
class EmbeddedSandbox;

// What the console needs to talk to an environment: its address (the embedded sandbox started on
// demand, the local sandbox's URL from the settings) and its keys (the sandbox's own, or the
// user's from the SecretStore). When the store cannot save a key, the key is kept in memory for
// the session and the caller gets the store's message to show. GUI thread.
class ApiAccess : public QObject
{
    Q_OBJECT

public:
    ApiAccess(SecretStore *store, EmbeddedSandbox *sandbox, QObject *parent = nullptr);

    // The environment with its base URL; fails when the embedded sandbox cannot start.
    Result<Environment> environment(Environment::Kind kind) const;

    void
    readKey(Environment::Kind kind, KeyRole role, QObject *context, SecretStore::ReadDone done);
    // Saves `key` (an empty key removes it). On failure the key is still usable this session.
    void writeKey(Environment::Kind kind,
                  KeyRole role,
                  const QString &key,
                  QObject *context,
                  SecretStore::WriteDone done);

    EmbeddedSandbox *sandbox() const { return m_sandbox; }
    SecretStore *store() const { return m_store; }

private:
    SecretStore *m_store;
    EmbeddedSandbox *m_sandbox;
    MemorySecretStore m_session; // keys the store could not keep
};

} // namespace Peere::Ui
