#pragma once

#include "api/environment.h"
#include "common/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Peere::Ui {

// The two keys of an environment (peere-api.md §1): the bank key for customers and devices, the
// provider key for merchants and trust.
enum class KeyRole { Bank, Provider };

// Where API keys are kept: the system keychain in the console (KeychainSecretStore), memory in
// tests and as the session fallback (MemorySecretStore). Never QSettings, the journal or a log.
// Asynchronous like the keychain itself: the callback runs later on the GUI thread, and not at all
// once `context` is destroyed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const Result<QString> &)>; // empty text: no key stored
    using WriteDone = std::function<void(const VoidResult &)>;

    using QObject::QObject;

    virtual void read(const QString &name, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &name, const QString &secret, QObject *context, WriteDone done)
        = 0;
    virtual void remove(const QString &name, QObject *context, WriteDone done) = 0;

    // The entry that holds a key: "<environment id>/<bank|provider>", e.g. "live/bank".
    static QString entryName(Environment::Kind kind, KeyRole role);

protected:
    // Runs `call` from the event loop, if `context` still exists by then.
    static void deliverLater(QObject *context, std::function<void()> call);
};

} // namespace Peere::Ui
