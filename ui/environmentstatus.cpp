#include "environmentstatus.h"

#include "semanticcolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

EnvironmentStatus::EnvironmentStatus(QWidget *parent)
    : QWidget(parent)
    , m_environment(new QLabel)
    , m_connectionLabel(new QLabel)
{
    m_environment->setObjectName(u"environmentLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_environment);
    layout->addWidget(m_connectionLabel);
    retranslate();
}

void EnvironmentStatus::setEnvironment(Environment::Kind kind, const QUrl &baseUrl)
{
    if (m_kind != kind || m_baseUrl != baseUrl) {
        m_connection = Connection::Unknown; // a new place: what we knew no longer holds
        m_detail.clear();
    }
    m_kind = kind;
    m_baseUrl = baseUrl;
    retranslate();
}

void EnvironmentStatus::clearEnvironment()
{
    m_kind.reset();
    m_baseUrl.clear();
    m_connection = Connection::Unknown;
    retranslate();
}

void EnvironmentStatus::setConnection(Connection state, const QString &detail)
{
    m_connection = state;
    m_detail = detail;
    retranslate();
}

QString EnvironmentStatus::environmentText() const
{
    return m_environment->text();
}

QString EnvironmentStatus::connectionText() const
{
    return m_connectionLabel->text();
}

void EnvironmentStatus::retranslate()
{
    if (!m_kind) {
        m_environment->setText(tr("Environment: none"));
    } else if (m_baseUrl.isEmpty()) {
        m_environment->setText(tr("Environment: %1").arg(Environment::displayName(*m_kind)));
    } else {
        m_environment->setText(tr("Environment: %1 (%2)")
                                   .arg(Environment::displayName(*m_kind),
                                        m_baseUrl.toDisplayString(QUrl::RemoveUserInfo)));
    }
    const bool live = m_kind && Environment::isLive(*m_kind);
    setSemanticForeground(m_environment, live ? Semantic::Warning : Semantic::Neutral);
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->setToolTip(live ? tr("Live: records sent here become real customers.")
                                   : QString());

    Semantic tone = Semantic::Neutral;
    switch (m_connection) {
    case Connection::Unknown:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case Connection::NoKey:
        m_connectionLabel->setText(tr("No API key"));
        tone = Semantic::Warning;
        break;
    case Connection::Checking:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case Connection::Connected:
        m_connectionLabel->setText(tr("Connected"));
        tone = Semantic::Ok;
        break;
    case Connection::Failed:
        m_connectionLabel->setText(tr("Connection failed"));
        tone = Semantic::Error;
        break;
    }
    m_connectionLabel->setToolTip(m_detail);
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_connectionLabel->setAccessibleDescription(m_detail);
    setSemanticForeground(m_connectionLabel, tone);
}

void EnvironmentStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
