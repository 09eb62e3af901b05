// Settings: keys go to the SecretStore and never to QSettings; the connection test reports each
// answer clearly; proxy, defaults and language apply at once.
#include "application.h"
#include "embeddedsandbox.h"
#include "mainwindow.h"
#include "settings/apiaccess.h"
#include "settings/connectiontester.h"
#include "settings/consolesettings.h"
#include "settings/environmentstab.h"
#include "settings/memorysecretstore.h"
#include "settings/settingsdialog.h"

#include <QAbstractHttpServer>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkProxy>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Answers like the API's authentication does: 200 for the right key of the role, 403 for the
// other role's key, 401 otherwise.
class KeyCheckingServer : public QAbstractHttpServer
{
public:
    QUrl start()
    {
        const quint16 port = listen(QHostAddress::LocalHost);
        return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    }
    QStringList paths;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        paths << request.url().path() + u'?' + request.url().query();
        const QByteArray auth = request.value("Authorization");
        const bool bankPath = request.url().path().startsWith("/v1/bank/"_L1);
        const QByteArray right = bankPath ? "Bearer bank-good" : "Bearer provider-good";
        const QByteArray other = bankPath ? "Bearer provider-good" : "Bearer bank-good";
        int status = 401;
        if (auth == right)
            status = 200;
        else if (auth == other)
            status = 403;
        makeResponder(request, socket)
            .write(QByteArray("{}"), "application/json", QHttpServerResponder::StatusCode(status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

// Clicks a check box or radio button on its indicator, where a user does.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

QString settingsFileContent()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keysGoToTheSecretStoreOnly();
    void keysAreMaskedUntilShown();
    void unavailableKeychainKeepsKeyForTheSession();
    void connectionOutcomes_data();
    void connectionOutcomes();
    void testButtonReportsInTheDialog();
    void proxyAndDefaultsApply();
    void languageSwitchRetranslatesAtOnce();

private:
    QTemporaryDir m_config;
};

void tst_SettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void tst_SettingsDialog::init()
{
    QSettings().clear();
}

void tst_SettingsDialog::keysGoToTheSecretStoreOnly()
{
    MemorySecretStore store;
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    {
        SettingsDialog dialog(&access);
        dialog.show();
        auto tab = dialog.environmentsTab();
        tab->setCurrentKind(Environment::Kind::HostedSandbox);
        auto bank = dialog.findChild<QLineEdit *>(u"bankKeyEdit"_s);
        auto provider = dialog.findChild<QLineEdit *>(u"providerKeyEdit"_s);
        QVERIFY(bank->isEnabled());
        QTest::keyClicks(bank, u"sk-bank-7f3a9c"_s);
        QTest::keyClicks(provider, u"sk-prov-11d2e8"_s);
        // A key typed for live is kept apart from the sandbox's.
        tab->setCurrentKind(Environment::Kind::Live);
        QTRY_VERIFY(bank->text().isEmpty());
        QTest::keyClicks(bank, u"live-bank-key-55"_s);

        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply),
                          Qt::LeftButton);
        QVERIFY(applied.wait());
    }
    QCOMPARE(store.value(u"sandbox/bank"_s), u"sk-bank-7f3a9c"_s);
    QCOMPARE(store.value(u"sandbox/provider"_s), u"sk-prov-11d2e8"_s);
    QCOMPARE(store.value(u"live/bank"_s), u"live-bank-key-55"_s);
    QVERIFY(!store.contains(u"live/provider"_s));

    // The settings file holds the other settings, and no key.
    const QString content = settingsFileContent();
    QVERIFY2(content.contains(u"defaults"_s), qPrintable(content));
    for (const QString &secret : {u"sk-bank-7f3a9c"_s, u"sk-prov-11d2e8"_s, u"live-bank-key-55"_s})
        QVERIFY2(!content.contains(secret), qPrintable(content));

    // A new dialog reads them back from the store.
    SettingsDialog again(&access);
    again.environmentsTab()->setCurrentKind(Environment::Kind::HostedSandbox);
    QTRY_COMPARE(again.findChild<QLineEdit *>(u"bankKeyEdit"_s)->text(), u"sk-bank-7f3a9c"_s);
    QTRY_COMPARE(again.findChild<QLineEdit *>(u"providerKeyEdit"_s)->text(), u"sk-prov-11d2e8"_s);
}

void tst_SettingsDialog::keysAreMaskedUntilShown()
{
    MemorySecretStore store;
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    SettingsDialog dialog(&access);
    dialog.show();
    dialog.environmentsTab()->setCurrentKind(Environment::Kind::Live);
    auto bank = dialog.findChild<QLineEdit *>(u"bankKeyEdit"_s);
    QCOMPARE(bank->echoMode(), QLineEdit::Password);
    QVERIFY(!bank->accessibleName().isEmpty());
    auto show = dialog.findChild<QCheckBox *>(u"showKeysCheck"_s);
    clickButton(show);
    QCOMPARE(bank->echoMode(), QLineEdit::Normal);
    clickButton(show);
    QCOMPARE(bank->echoMode(), QLineEdit::Password);

    // The embedded sandbox brings its own keys: nothing to type.
    dialog.environmentsTab()->setCurrentKind(Environment::Kind::EmbeddedSandbox);
    QVERIFY(!bank->isEnabled());
    QTRY_COMPARE(bank->text(), sandbox.bankKey());
}

void tst_SettingsDialog::unavailableKeychainKeepsKeyForTheSession()
{
    MemorySecretStore store;
    store.setFailure(u"No system keychain is available on this computer."_s);
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    SettingsDialog dialog(&access);
    dialog.show();
    dialog.environmentsTab()->setCurrentKind(Environment::Kind::HostedSandbox);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"bankKeyEdit"_s), u"session-only-key"_s);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    auto message = dialog.findChild<QLabel *>(u"keyStoreMessage"_s);
    QTRY_VERIFY(message->text().contains(u"keychain"_s));
    QVERIFY(dialog.isVisible()); // OK does not close over a key that was not saved
    QVERIFY(!store.contains(u"sandbox/bank"_s));
    QVERIFY(!settingsFileContent().contains(u"session-only-key"_s));

    // The key still works for this session.
    QString read;
    access.readKey(Environment::Kind::HostedSandbox,
                   KeyRole::Bank,
                   this,
                   [&read](const Result<QString> &key) { read = key ? *key : u"?"_s; });
    QTRY_COMPARE(read, u"session-only-key"_s);
}

void tst_SettingsDialog::connectionOutcomes_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ConnectionTester::Outcome>("outcome");
    QTest::addColumn<QString>("messagePart");
    const int bank = int(KeyRole::Bank);
    const int provider = int(KeyRole::Provider);
    QTest::newRow("bank 200") << bank << u"bank-good"_s << ConnectionTester::Outcome::Connected
                              << u"bank key is accepted"_s;
    QTest::newRow("provider 200") << provider << u"provider-good"_s
                                  << ConnectionTester::Outcome::Connected << u"provider key"_s;
    QTest::newRow("401") << bank << u"wrong"_s << ConnectionTester::Outcome::Unauthorized
                         << u"401"_s;
    QTest::newRow("403 provider key as bank key")
        << bank << u"provider-good"_s << ConnectionTester::Outcome::Forbidden << u"403"_s;
    QTest::newRow("empty key") << bank << QString() << ConnectionTester::Outcome::Refused
                               << u"Enter the key"_s;
}

void tst_SettingsDialog::connectionOutcomes()
{
    QFETCH(int, role);
    QFETCH(QString, key);
    QFETCH(ConnectionTester::Outcome, outcome);
    QFETCH(QString, messagePart);
    KeyCheckingServer server;
    const QUrl url = server.start();
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.test(url, KeyRole(role), key);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).value<ConnectionTester::Outcome>(), outcome);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    if (!key.isEmpty()) {
        QCOMPARE(server.paths.size(), 1);
        QCOMPARE(server.paths.first(),
                 role == int(KeyRole::Bank) ? u"/v1/bank/customers?limit=1"_s
                                            : u"/v1/provider/merchants?limit=1"_s);
    }
}

void tst_SettingsDialog::testButtonReportsInTheDialog()
{
    // Nothing listens on a port that was just freed: a network error, said as such.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 freePort = probe.serverPort();
    probe.close();

    MemorySecretStore store;
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    SettingsDialog dialog(&access);
    dialog.show();
    auto tab = dialog.environmentsTab();
    QSignalSpy tested(tab, &EnvironmentsTab::connectionTested);
    tab->setCurrentKind(Environment::Kind::LocalSandbox);
    auto url = dialog.findChild<QLineEdit *>(u"environmentUrl"_s);
    auto bank = dialog.findChild<QLineEdit *>(u"bankKeyEdit"_s);
    auto button = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
    auto result = dialog.findChild<QLabel *>(u"bankTestResult"_s);

    url->selectAll();
    QTest::keyClicks(url, u"http://127.0.0.1:%1"_s.arg(freePort));
    QTest::keyClicks(bank, u"any-key"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.last().at(1).toBool(), false);
    QVERIFY2(result->text().startsWith(u"Could not reach 127.0.0.1"_s), qPrintable(result->text()));

    // A LAN address over plain http is refused before anything is sent.
    url->selectAll();
    QTest::keyClicks(url, u"http://10.1.2.3:8080"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tested.wait());
    QVERIFY2(result->text().contains(u"clear text"_s), qPrintable(result->text()));

    // A working server, the right key.
    KeyCheckingServer server;
    url->selectAll();
    QTest::keyClicks(url, server.start().toString());
    bank->selectAll();
    QTest::keyClicks(bank, u"bank-good"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tested.wait());
    QCOMPARE(tested.last().at(1).toBool(), true);
    QVERIFY(result->text().contains(u"accepted"_s));
    QTRY_VERIFY(button->isEnabled());
}

void tst_SettingsDialog::proxyAndDefaultsApply()
{
    MemorySecretStore store;
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    SettingsDialog dialog(&access);
    dialog.show();
    auto tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    clickButton(dialog.findChild<QRadioButton *>(u"proxyManual"_s));
    auto host = dialog.findChild<QLineEdit *>(u"proxyHost"_s);
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, u"proxy.bank.internal"_s);
    auto port = dialog.findChild<QSpinBox *>(u"proxyPort"_s);
    port->setValue(8081);
    dialog.findChild<QSpinBox *>(u"defaultBatchSize"_s)->setValue(250);
    dialog.findChild<QSpinBox *>(u"defaultGate"_s)->setValue(97);

    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply),
                      Qt::LeftButton);
    QVERIFY(applied.count() == 1 || applied.wait());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), u"proxy.bank.internal"_s);
    QCOMPARE(QNetworkProxy::applicationProxy().port(), quint16(8081));
    QCOMPARE(ConsoleSettings().proxy().mode, ProxySettings::Mode::Manual);
    QCOMPARE(ConsoleSettings().planDefaults().batchSize, 250);
    QCOMPARE(ConsoleSettings().planDefaults().gatePercent, 97);

    clickButton(dialog.findChild<QRadioButton *>(u"proxyNone"_s));
    QVERIFY(!host->isEnabled());
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply),
                      Qt::LeftButton);
    QVERIFY(applied.count() == 2 || applied.wait());
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);
}

void tst_SettingsDialog::languageSwitchRetranslatesAtOnce()
{
    MemorySecretStore store;
    EmbeddedSandbox sandbox;
    ApiAccess access(&store, &sandbox);
    MainWindow window;
    window.show();
    auto sidebar = window.findChild<QListWidget *>(u"workflowSidebar"_s);
    QCOMPARE(sidebar->item(int(WorkflowStep::Review))->text(), u"Review & fix"_s);

    SettingsDialog dialog(&access, &window);
    dialog.show();
    auto language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"fr"_s));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(applied.count() == 1 || applied.wait());
    // The same window, not a new one: LanguageChange reached it.
    QTRY_COMPARE(sidebar->item(int(WorkflowStep::Review))->text(), u"Vérifier et corriger"_s);
    QCOMPARE(window.windowTitle(), u"Console de migration Peere"_s);
    QCOMPARE(ConsoleSettings().language(), u"fr"_s);

    SettingsDialog back(&access, &window);
    auto backLanguage = back.findChild<QComboBox *>(u"languageCombo"_s);
    QCOMPARE(backLanguage->currentData().toString(), u"fr"_s);
    backLanguage->setCurrentIndex(backLanguage->findData(u"en"_s));
    back.apply();
    QTRY_COMPARE(sidebar->item(int(WorkflowStep::Review))->text(), u"Review & fix"_s);
    QCOMPARE(window.windowTitle(), u"Peere Migration Console"_s);
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
