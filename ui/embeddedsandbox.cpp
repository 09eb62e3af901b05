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
    // Twelve times the documented batch rate: the pilot, expand and complete phases of the
    // sample run in well under two minutes while pacing and gates still show.
    options.batchRate = 120;
    options.standardRate = 600;
    options.statusRate = 1200;
    return options;
}

} // namespace Peere::Ui
