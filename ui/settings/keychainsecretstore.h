#pragma once

#include "secretstore.h"

namespace Peere::Ui {

// Keys in the system keychain (Secret Service, macOS Keychain, Windows Credential Store) through
// QtKeychain, under the service "peere-console". When no keychain is available the operation
// fails with a message that says so; nothing is ever written anywhere else.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &name, QObject *context, ReadDone done) override;
    void
    write(const QString &name, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &name, QObject *context, WriteDone done) override;

private:
    QString m_service;
};

} // namespace Peere::Ui
