#pragma once

#include "api/environment.h"
#include "secretstore.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Peere::Ui {

class ApiAccess;
class ConnectionTester;

// Settings > Environments: each environment's address and its two keys (masked, with a show
// toggle), and "Test connection". Edited keys are kept here until apply() saves them through
// ApiAccess into the SecretStore.
class EnvironmentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentsTab(ApiAccess *access, QWidget *parent = nullptr);

    Environment::Kind currentKind() const;
    void setCurrentKind(Environment::Kind kind);

    // Saves the local sandbox URL and every edited key; `done` gets the failures' messages
    // (empty when everything was saved).
    void apply(std::function<void(const QStringList &problems)> done);
    bool hasPendingKeys() const { return !m_pendingKeys.isEmpty(); }

signals:
    void connectionTested(Peere::Environment::Kind kind, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showEnvironment();
    void loadKey(KeyRole role);
    QLineEdit *keyEdit(KeyRole role) const;
    void testConnection();
    void testNext(const QUrl &baseUrl, QList<KeyRole> roles);
    void showResult(QLabel *label, bool ok, const QString &text);

    ApiAccess *m_access;
    ConnectionTester *m_tester;
    QComboBox *m_environment;
    QLineEdit *m_url;
    QLabel *m_urlLabel;
    QLabel *m_note;
    QLabel *m_bankLabel;
    QLineEdit *m_bankKey;
    QLabel *m_providerLabel;
    QLineEdit *m_providerKey;
    QCheckBox *m_showKeys;
    QPushButton *m_test;
    QLabel *m_bankResult;
    QLabel *m_providerResult;
    QLabel *m_storeMessage;
    QHash<QString, QString> m_pendingKeys; // entry name -> key typed, not saved yet
    bool m_localUrlEdited = false;
};

} // namespace Peere::Ui
