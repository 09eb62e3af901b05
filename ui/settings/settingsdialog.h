#pragma once

#include "consolesettings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Peere::Ui {

class ApiAccess;
class EnvironmentsTab;

// Settings: environments and keys (EnvironmentsTab), proxy, plan defaults and language. OK and
// Apply save and apply at once: the proxy for the next connections, the language to every window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(ApiAccess *access, QWidget *parent = nullptr);

    EnvironmentsTab *environmentsTab() const { return m_environments; }
    void showEnvironmentsTab();

    // Saves and applies everything; `done(true)` once the keys are stored (false: a message shows).
    void apply(std::function<void(bool)> done = {});

signals:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createNetworkTab();
    QWidget *createDefaultsTab();
    QWidget *createLanguageTab();
    void load();
    void updateProxyFields();
    void retranslate();

    ConsoleSettings m_settings;
    QTabWidget *m_tabs;
    EnvironmentsTab *m_environments;
    QButtonGroup *m_proxyMode;
    QRadioButton *m_proxySystem;
    QRadioButton *m_proxyNone;
    QRadioButton *m_proxyManual;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLabel *m_proxyHostLabel;
    QLabel *m_proxyPortLabel;
    QSpinBox *m_batchSize;
    QSpinBox *m_inFlight;
    QSpinBox *m_perMinute;
    QSpinBox *m_gate;
    QFormLayout *m_defaultsForm;
    QComboBox *m_language;
    QLabel *m_languageLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace Peere::Ui
