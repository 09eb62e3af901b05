#pragma once

#include "api/apiclient.h"
#include "common/result.h"

#include <QWidget>

#include <functional>

class QTabWidget;

namespace Peere::Ui {

class DevicesTab;
class NotificationsTab;
class TrustTab;
class VerificationTab;

// After creation: the post-migration steps of the migration guide, one tab each (verification,
// devices, trust levels, notifications), all on the migration file that is open. Each tab is
// added with addTab() and follows journalPathChanged(); a tab that calls the API asks for a
// client's options (address and key of the plan's environment) through clientOptions().
class AfterCreationPage : public QWidget
{
    Q_OBJECT

public:
    using ClientOptionsDone = std::function<void(const Result<ApiClientOptions> &)>;
    // Gives the options of a client for `kind` (bank key for customers, provider key for
    // merchants), asynchronously (the keychain answers later); `done` runs while `context` lives.
    using ClientOptionsProvider
        = std::function<void(RecordKind kind, QObject *context, ClientOptionsDone done)>;

    explicit AfterCreationPage(QWidget *parent = nullptr);
    ~AfterCreationPage() override;

    // The seam for each step: adds `tab` under `title` (the page owns it); returns its index.
    int addTab(QWidget *tab, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }
    VerificationTab *verificationTab() const { return m_verification; }
    DevicesTab *devicesTab() const { return m_devices; }
    TrustTab *trustTab() const { return m_trust; }
    NotificationsTab *notificationsTab() const { return m_notifications; }

    // The migration file the tabs work on; an empty path clears them.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_journalPath; }

    void setClientOptionsProvider(ClientOptionsProvider provider);
    // Asks the provider; without one, `done` gets a failure at once.
    void clientOptions(RecordKind kind, QObject *context, ClientOptionsDone done) const;

signals:
    void journalPathChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs;
    VerificationTab *m_verification;
    DevicesTab *m_devices;
    TrustTab *m_trust;
    NotificationsTab *m_notifications;
    QString m_journalPath;
    ClientOptionsProvider m_provider;
};

} // namespace Peere::Ui
