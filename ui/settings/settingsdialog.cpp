#include "settingsdialog.h"

#include "environmentstab.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(ApiAccess *access, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget)
    , m_environments(new EnvironmentsTab(access))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::Apply))
{
    setObjectName(u"SettingsDialog"_s);
    m_tabs->addTab(m_environments, QString());
    m_tabs->addTab(createNetworkTab(), QString());
    m_tabs->addTab(createDefaultsTab(), QString());
    m_tabs->addTab(createLanguageTab(), QString());

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply([this](bool saved) {
            if (saved)
                accept(); // otherwise stay open on the keychain's message
        });
    });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        apply();
    });

    load();
    retranslate();
    resize(620, 460);
}

QWidget *SettingsDialog::createNetworkTab()
{
    auto tab = new QWidget;
    m_proxyMode = new QButtonGroup(tab);
    m_proxySystem = new QRadioButton;
    m_proxyNone = new QRadioButton;
    m_proxyManual = new QRadioButton;
    m_proxySystem->setObjectName(u"proxySystem"_s);
    m_proxyNone->setObjectName(u"proxyNone"_s);
    m_proxyManual->setObjectName(u"proxyManual"_s);
    m_proxyMode->addButton(m_proxySystem, int(ProxySettings::Mode::System));
    m_proxyMode->addButton(m_proxyNone, int(ProxySettings::Mode::None));
    m_proxyMode->addButton(m_proxyManual, int(ProxySettings::Mode::Manual));
    m_proxyHost = new QLineEdit;
    m_proxyHost->setObjectName(u"proxyHost"_s);
    m_proxyPort = new QSpinBox;
    m_proxyPort->setObjectName(u"proxyPort"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyHostLabel = new QLabel;
    m_proxyHostLabel->setBuddy(m_proxyHost);
    m_proxyPortLabel = new QLabel;
    m_proxyPortLabel->setBuddy(m_proxyPort);

    auto form = new QFormLayout(tab);
    form->addRow(m_proxySystem);
    form->addRow(m_proxyNone);
    form->addRow(m_proxyManual);
    form->addRow(m_proxyHostLabel, m_proxyHost);
    form->addRow(m_proxyPortLabel, m_proxyPort);
    connect(m_proxyMode, &QButtonGroup::idToggled, this, &SettingsDialog::updateProxyFields);
    return tab;
}

QWidget *SettingsDialog::createDefaultsTab()
{
    auto tab = new QWidget;
    const auto spin = [](const QString &name, int min, int max) {
        auto box = new QSpinBox;
        box->setObjectName(name);
        box->setRange(min, max);
        return box;
    };
    m_batchSize = spin(u"defaultBatchSize"_s, 1, 1000);
    m_inFlight = spin(u"defaultBatchesInFlight"_s, 1, 16);
    m_perMinute = spin(u"defaultBatchesPerMinute"_s, 1, 600);
    m_gate = spin(u"defaultGate"_s, 0, 100);
    m_gate->setSuffix(u" %"_s);
    m_defaultsForm = new QFormLayout(tab);
    for (QSpinBox *box : {m_batchSize, m_inFlight, m_perMinute, m_gate})
        m_defaultsForm->addRow(new QLabel, box);
    return tab;
}

QWidget *SettingsDialog::createLanguageTab()
{
    auto tab = new QWidget;
    m_language = new QComboBox;
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(QString(), u"system"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_languageLabel = new QLabel;
    m_languageLabel->setBuddy(m_language);
    auto form = new QFormLayout(tab);
    form->addRow(m_languageLabel, m_language);
    return tab;
}

void SettingsDialog::load()
{
    const ProxySettings proxy = m_settings.proxy();
    m_proxyMode->button(int(proxy.mode))->setChecked(true);
    m_proxyHost->setText(proxy.host);
    m_proxyPort->setValue(proxy.port);
    updateProxyFields();

    const PlanDefaults defaults = m_settings.planDefaults();
    m_batchSize->setValue(defaults.batchSize);
    m_inFlight->setValue(defaults.batchesInFlight);
    m_perMinute->setValue(defaults.batchesPerMinute);
    m_gate->setValue(defaults.gatePercent);

    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_proxyManual->isChecked();
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::showEnvironmentsTab()
{
    m_tabs->setCurrentWidget(m_environments);
}

void SettingsDialog::apply(std::function<void(bool)> done)
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->checkedId());
    proxy.host = m_proxyHost->text().trimmed();
    proxy.port = m_proxyPort->value();
    if (proxy.mode == ProxySettings::Mode::Manual && proxy.host.isEmpty())
        proxy.mode = ProxySettings::Mode::System; // a manual proxy without a host means nothing
    m_settings.setProxy(proxy);
    ConsoleSettings::applyProxy(proxy);

    m_settings.setPlanDefaults(
        {m_batchSize->value(), m_inFlight->value(), m_perMinute->value(), m_gate->value()});

    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        ConsoleSettings::applyLanguage(language);
    }

    m_buttons->setEnabled(false);
    m_environments->apply([this, done](const QStringList &problems) {
        m_buttons->setEnabled(true);
        if (!problems.isEmpty())
            showEnvironmentsTab();
        emit applied();
        if (done)
            done(problems.isEmpty());
    });
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("&Environments"));
    m_tabs->setTabText(1, tr("&Network"));
    m_tabs->setTabText(2, tr("&Defaults"));
    m_tabs->setTabText(3, tr("&Language"));

    m_proxySystem->setText(tr("Use the system's proxy settings"));
    m_proxyNone->setText(tr("No proxy"));
    m_proxyManual->setText(tr("Manual proxy"));
    m_proxyHostLabel->setText(tr("Proxy &host:"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPortLabel->setText(tr("Proxy &port:"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));

    const QList<std::pair<QSpinBox *, QString>> defaults{
        {m_batchSize, tr("Batch size")},
        {m_inFlight, tr("Batches in flight")},
        {m_perMinute, tr("Batch calls per minute")},
        {m_gate, tr("Gate (minimum success rate)")}};
    for (const auto &[box, text] : defaults) {
        box->setAccessibleName(text);
        if (auto label = qobject_cast<QLabel *>(m_defaultsForm->labelForField(box))) {
            label->setText(text);
            label->setBuddy(box);
        }
    }

    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setItemText(0, tr("System language"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Peere::Ui
