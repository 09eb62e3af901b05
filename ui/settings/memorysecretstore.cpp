#include "memorysecretstore.h"

namespace Peere::Ui {

void MemorySecretStore::read(const QString &name, QObject *context, ReadDone done)
{
    const QString secret = m_secrets.value(name);
    deliverLater(context, [done = std::move(done), secret] { done(Result<QString>(secret)); });
}

void MemorySecretStore::write(const QString &name,
                              const QString &secret,
                              QObject *context,
                              WriteDone done)
{
    VoidResult result;
    if (m_failure.isEmpty())
        m_secrets.insert(name, secret);
    else
        result = failure(m_failure);
    deliverLater(context, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::remove(const QString &name, QObject *context, WriteDone done)
{
    m_secrets.remove(name);
    deliverLater(context, [done = std::move(done)] { done(VoidResult()); });
}

} // namespace Peere::Ui
