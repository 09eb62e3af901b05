#include "embeddedsandbox.h"

#include "sandbox/sandboxserver.h"

namespace Peere::Ui {

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{}

EmbeddedSandbox::~EmbeddedSandbox() = default;

void EmbeddedSandbox::setOptions(const Sandbox::SandboxOptions &options)
{
    m_options = options;
}

Result<QUrl> EmbeddedSandbox::ensureStarted()
{
    if (m_server)
        return m_server->baseUrl();
    auto server = std::make_unique<Sandbox::SandboxServer>(m_options);
    const Result<quint16> port = server->start();
    if (!port)
        return failure(port.error());
    m_server = std::move(server);
    const QUrl url = m_server->baseUrl();
    emit started(url);
    return url;
}

QUrl EmbeddedSandbox::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}

Sandbox::SandboxOptions EmbeddedSandbox::demoOptions()
{
    Sandbox::SandboxOptions options;
    // A real server's pace, sped up: answers after 150 ms (75 to 225, the sandbox's jitter) and
    // three times the documented batch rate, so that the sample's 13 batches of 25 take about
    // 20 seconds and the progress, the live charts and the ETA are seen moving (at 120 a minute
    // with no latency the whole run was over in under a second).
    options.latencyMs = 150;
    options.batchRate = 30;
    options.standardRate = 600;
    options.statusRate = 1200;
    return options;
}

} // namespace Peere::Ui
