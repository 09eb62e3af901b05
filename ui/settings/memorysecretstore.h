#pragma once

#include "secretstore.h"

#include <QHash>

namespace Peere::Ui {

// Keys in memory only: what tests inject in place of the keychain, and where the console keeps a
// key for the session when the system keychain is unavailable. Nothing is written to disk.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &name, QObject *context, ReadDone done) override;
    void
    write(const QString &name, const QString &secret, QObject *context, WriteDone done) override;
    void remove(const QString &name, QObject *context, WriteDone done) override;

    // Synchronous access, for tests and the session cache.
    QString value(const QString &name) const { return m_secrets.value(name); }
    bool contains(const QString &name) const { return m_secrets.contains(name); }
    void insert(const QString &name, const QString &secret) { m_secrets.insert(name, secret); }

    // Makes every later write fail with `message`, as an unavailable keychain does (tests).
    void setFailure(const QString &message) { m_failure = message; }

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

} // namespace Peere::Ui
