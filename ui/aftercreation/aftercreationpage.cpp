#include "aftercreationpage.h"

#include "devicestab.h"
#include "notificationstab.h"
#include "trusttab.h"
#include "verificationtab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

AfterCreationPage::AfterCreationPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_verification(new VerificationTab)
    , m_devices(new DevicesTab(this))
    , m_trust(new TrustTab)
    , m_notifications(new NotificationsTab)
{
    m_tabs->setObjectName(u"afterCreationTabs"_s);
    m_tabs->setDocumentMode(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    for (QWidget *tab : std::initializer_list<QWidget *>{m_verification, m_devices, m_trust,
                                                         m_notifications})
        addTab(tab, QString());
    retranslate();
    connect(this, &AfterCreationPage::journalPathChanged, m_verification,
            &VerificationTab::setJournalPath);
    connect(this, &AfterCreationPage::journalPathChanged, m_devices,
            &DevicesTab::setJournalPath);
    connect(this, &AfterCreationPage::journalPathChanged, m_trust, &TrustTab::setJournalPath);
    connect(this, &AfterCreationPage::journalPathChanged, m_notifications,
            &NotificationsTab::setJournalPath);
    m_verification->setClientOptionsProvider(
        [this](RecordKind kind, QObject *context, ClientOptionsDone done) {
            clientOptions(kind, context, std::move(done));
        });
    m_trust->setConnectionProvider([this](QObject *context, ClientOptionsDone done) {
        clientOptions(RecordKind::Merchants, context, std::move(done));
    });
}

AfterCreationPage::~AfterCreationPage() = default;

void AfterCreationPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_verification), tr("Verification"));
    m_tabs->setTabText(m_tabs->indexOf(m_devices), tr("Devices"));
    m_tabs->setTabText(m_tabs->indexOf(m_trust), tr("Trust levels"));
    m_tabs->setTabText(m_tabs->indexOf(m_notifications), tr("Notifications"));
}

void AfterCreationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int AfterCreationPage::addTab(QWidget *tab, const QString &title)
{
    return m_tabs->addTab(tab, title);
}

void AfterCreationPage::setJournalPath(const QString &path)
{
    m_journalPath = path;
    emit journalPathChanged(path);
}

void AfterCreationPage::setClientOptionsProvider(ClientOptionsProvider provider)
{
    m_provider = std::move(provider);
}

void AfterCreationPage::clientOptions(RecordKind kind,
                                      QObject *context,
                                      ClientOptionsDone done) const
{
    if (!m_provider) {
        done(failure(tr("No environment is chosen for this migration.")));
        return;
    }
    m_provider(kind, context, std::move(done));
}

} // namespace Peere::Ui
