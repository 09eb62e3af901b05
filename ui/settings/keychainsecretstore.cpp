#include "keychainsecretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Peere::Ui::KeychainSecretStore)
};

QString keychainMessage(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Tr::tr("No system keychain is available on this computer (%1). API keys cannot be "
                      "saved; they are kept only until the console closes.")
            .arg(job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Tr::tr("The system keychain refused access (%1). API keys cannot be saved; they "
                      "are kept only until the console closes.")
            .arg(job->errorString());
    default:
        return Tr::tr("The system keychain is not available or failed (%1). API keys cannot be "
                      "saved; they are kept only until the console closes.")
            .arg(job->errorString());
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
    , m_service(u"peere-console"_s)
{}

void KeychainSecretStore::read(const QString &name, QObject *context, ReadDone done)
{
    auto job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file in place of the keychain
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            done(Result<QString>(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
        else if (j->error() == QKeychain::EntryNotFound)
            done(Result<QString>(QString()));
        else
            done(failure(keychainMessage(j)));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name,
                                const QString &secret,
                                QObject *context,
                                WriteDone done)
{
    auto job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file in place of the keychain
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? VoidResult()
                                              : VoidResult(failure(keychainMessage(j))));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, QObject *context, WriteDone done)
{
    auto job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file in place of the keychain
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone
            = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? VoidResult() : VoidResult(failure(keychainMessage(j))));
    });
    job->start();
}

} // namespace Peere::Ui
