#pragma once

#include "common/result.h"
#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Peere::Sandbox {
class SandboxServer;
}

namespace Peere::Ui {

// The "embedded sandbox" environment: a SandboxServer inside the console, on loopback, started the
// first time something needs it (the demo, a test connection, a run). Lives on the GUI thread.
class EmbeddedSandbox : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override;

    // Options for the next start; a running sandbox keeps the ones it started with.
    void setOptions(const Sandbox::SandboxOptions &options);
    const Sandbox::SandboxOptions &options() const { return m_options; }

    // Starts the sandbox if it is not running; its base URL, or why it could not listen.
    Result<QUrl> ensureStarted();
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const; // empty while not running

    QString bankKey() const { return m_options.bankKey; }
    QString providerKey() const { return m_options.providerKey; }

    // The options of the demo: documented keys, a realistic latency and rate limits relaxed so
    // that the sample's run lasts about 20 seconds.
    static Sandbox::SandboxOptions demoOptions();

signals:
    void started(const QUrl &baseUrl);

private:
    Sandbox::SandboxOptions m_options;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

} // namespace Peere::Ui
