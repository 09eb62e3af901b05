#include "environmentstab.h"

#include "apiaccess.h"
#include "connectiontester.h"
#include "consolesettings.h"
#include "embeddedsandbox.h"
#include "semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;
using Kind = Environment::Kind;

EnvironmentsTab::EnvironmentsTab(ApiAccess *access, QWidget *parent)
    : QWidget(parent)
    , m_access(access)
    , m_tester(new ConnectionTester(this))
    , m_environment(new QComboBox)
    , m_url(new QLineEdit)
    , m_urlLabel(new QLabel)
    , m_note(new QLabel)
    , m_bankLabel(new QLabel)
    , m_bankKey(new QLineEdit)
    , m_providerLabel(new QLabel)
    , m_providerKey(new QLineEdit)
    , m_showKeys(new QCheckBox)
    , m_test(new QPushButton)
    , m_bankResult(new QLabel)
    , m_providerResult(new QLabel)
    , m_storeMessage(new QLabel)
{
    m_environment->setObjectName(u"environmentCombo"_s);
    for (Kind kind : Environment::kinds())
        m_environment->addItem(Environment::displayName(kind), Environment::id(kind));
    m_url->setObjectName(u"environmentUrl"_s);
    m_bankKey->setObjectName(u"bankKeyEdit"_s);
    m_providerKey->setObjectName(u"providerKeyEdit"_s);
    m_showKeys->setObjectName(u"showKeysCheck"_s);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_bankResult->setObjectName(u"bankTestResult"_s);
    m_providerResult->setObjectName(u"providerTestResult"_s);
    m_storeMessage->setObjectName(u"keyStoreMessage"_s);
    for (QLabel *label : {m_note, m_bankResult, m_providerResult, m_storeMessage}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QLineEdit *edit : {m_bankKey, m_providerKey}) {
        edit->setEchoMode(QLineEdit::Password);
        // Keys must not land in the clipboard history or an input method's dictionary.
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    m_bankLabel->setBuddy(m_bankKey);
    m_providerLabel->setBuddy(m_providerKey);
    m_urlLabel->setBuddy(m_url);

    auto form = new QFormLayout;
    form->addRow(m_environment);
    form->addRow(m_note);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_bankLabel, m_bankKey);
    form->addRow(m_providerLabel, m_providerKey);
    form->addRow(QString(), m_showKeys);
    auto testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_bankResult);
    layout->addWidget(m_providerResult);
    layout->addWidget(m_storeMessage);
    layout->addStretch();

    connect(
        m_environment, &QComboBox::currentIndexChanged, this, &EnvironmentsTab::showEnvironment);
    connect(m_showKeys, &QCheckBox::toggled, this, [this](bool show) {
        for (QLineEdit *edit : {m_bankKey, m_providerKey})
            edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (KeyRole role : {KeyRole::Bank, KeyRole::Provider}) {
        connect(keyEdit(role), &QLineEdit::textEdited, this, [this, role](const QString &text) {
            m_pendingKeys.insert(SecretStore::entryName(currentKind(), role), text);
        });
    }
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_localUrlEdited = true; });
    connect(m_test, &QPushButton::clicked, this, &EnvironmentsTab::testConnection);

    retranslate();
    showEnvironment();
}

Kind EnvironmentsTab::currentKind() const
{
    return Environment::kindFromId(m_environment->currentData().toString())
        .value_or(Kind::EmbeddedSandbox);
}

void EnvironmentsTab::setCurrentKind(Kind kind)
{
    m_environment->setCurrentIndex(m_environment->findData(Environment::id(kind)));
}

QLineEdit *EnvironmentsTab::keyEdit(KeyRole role) const
{
    return role == KeyRole::Bank ? m_bankKey : m_providerKey;
}

void EnvironmentsTab::showEnvironment()
{
    const Kind kind = currentKind();
    m_tester->cancel();
    m_bankResult->clear();
    m_providerResult->clear();
    m_test->setEnabled(true);

    // The local sandbox's address is the user's; the others are fixed (the embedded one is known
    // once it runs).
    m_url->setReadOnly(kind != Kind::LocalSandbox);
    if (kind == Kind::LocalSandbox) {
        if (!m_localUrlEdited)
            m_url->setText(ConsoleSettings().localSandboxUrl().toString());
    } else if (kind == Kind::EmbeddedSandbox) {
        m_url->setText(m_access->sandbox()->baseUrl().toString());
    } else {
        m_url->setText(Environment::standard(kind).baseUrl().toString());
    }
    const bool userKeys = Environment::needsUserKeys(kind);
    m_bankKey->setEnabled(userKeys);
    m_providerKey->setEnabled(userKeys);
    retranslate();
    for (KeyRole role : {KeyRole::Bank, KeyRole::Provider})
        loadKey(role);
}

void EnvironmentsTab::loadKey(KeyRole role)
{
    const Kind kind = currentKind();
    const QString entry = SecretStore::entryName(kind, role);
    QLineEdit *edit = keyEdit(role);
    if (m_pendingKeys.contains(entry)) {
        edit->setText(m_pendingKeys.value(entry));
        return;
    }
    edit->clear();
    m_access->readKey(kind, role, this, [this, kind, role, entry](const Result<QString> &key) {
        if (currentKind() != kind || m_pendingKeys.contains(entry))
            return; // the user moved on or typed meanwhile
        if (key)
            keyEdit(role)->setText(*key);
        else
            showResult(m_storeMessage, false, key.error());
    });
}

void EnvironmentsTab::apply(std::function<void(const QStringList &problems)> done)
{
    auto problems = std::make_shared<QStringList>();
    if (m_localUrlEdited && currentKind() == Kind::LocalSandbox) {
        const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
        if (const VoidResult allowed = Environment::checkKeyTransport(url); !allowed)
            problems->append(allowed.error());
        else
            ConsoleSettings().setLocalSandboxUrl(url);
        m_localUrlEdited = false;
    }
    const QHash<QString, QString> pending = std::exchange(m_pendingKeys, {});
    auto remaining = std::make_shared<int>(0);
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QString entry = it.key();
        const qsizetype slash = entry.indexOf(u'/');
        const auto kind = Environment::kindFromId(QStringView(entry).left(slash));
        if (!kind)
            continue;
        const KeyRole role = entry.endsWith(u"/bank") ? KeyRole::Bank : KeyRole::Provider;
        ++*remaining;
        m_access->writeKey(*kind,
                           role,
                           it.value().trimmed(),
                           this,
                           [this, problems, remaining, done](const VoidResult &result) {
                               if (!result && !problems->contains(result.error()))
                                   problems->append(result.error());
                               if (--*remaining == 0) {
                                   if (problems->isEmpty())
                                       m_storeMessage->clear();
                                   else
                                       showResult(m_storeMessage, false, problems->join(u'\n'));
                                   done(*problems);
                               }
                           });
    }
    if (*remaining == 0) {
        if (!problems->isEmpty())
            showResult(m_storeMessage, false, problems->join(u'\n'));
        done(*problems);
    }
}

void EnvironmentsTab::testConnection()
{
    const Kind kind = currentKind();
    m_bankResult->clear();
    m_providerResult->clear();
    QUrl baseUrl;
    if (kind == Kind::LocalSandbox) {
        baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    } else {
        const Result<Environment> environment = m_access->environment(kind);
        if (!environment) {
            showResult(m_bankResult, false, environment.error());
            emit connectionTested(kind, false, environment.error());
            return;
        }
        baseUrl = environment->baseUrl();
        m_url->setText(baseUrl.toString());
    }
    QList<KeyRole> roles{KeyRole::Bank};
    if (!m_providerKey->text().trimmed().isEmpty())
        roles << KeyRole::Provider;
    m_test->setEnabled(false);
    m_bankResult->setText(tr("Testing the connection…"));
    testNext(baseUrl, roles);
}

void EnvironmentsTab::testNext(const QUrl &baseUrl, QList<KeyRole> roles)
{
    if (roles.isEmpty()) {
        m_test->setEnabled(true);
        return;
    }
    const KeyRole role = roles.takeFirst();
    const Kind kind = currentKind();
    disconnect(m_tester, &ConnectionTester::finished, this, nullptr);
    connect(m_tester,
            &ConnectionTester::finished,
            this,
            [this, baseUrl, roles, role, kind](ConnectionTester::Outcome outcome,
                                               const QString &message) {
                const bool ok = outcome == ConnectionTester::Outcome::Connected;
                showResult(role == KeyRole::Bank ? m_bankResult : m_providerResult, ok, message);
                emit connectionTested(kind, ok, message);
                testNext(baseUrl, roles);
            });
    m_tester->test(baseUrl, role, keyEdit(role)->text());
}

void EnvironmentsTab::showResult(QLabel *label, bool ok, const QString &text)
{
    label->setText(text);
    setSemanticForeground(label, ok ? Semantic::Ok : Semantic::Error);
}

void EnvironmentsTab::retranslate()
{
    for (int i = 0; i < m_environment->count(); ++i) {
        if (const auto kind = Environment::kindFromId(m_environment->itemData(i).toString()))
            m_environment->setItemText(i, Environment::displayName(*kind));
    }
    m_environment->setAccessibleName(tr("Environment"));
    m_urlLabel->setText(tr("&Address:"));
    m_url->setAccessibleName(tr("Address of the environment"));
    m_bankLabel->setText(tr("&Bank key:"));
    m_bankKey->setAccessibleName(tr("Bank API key"));
    m_providerLabel->setText(tr("&Provider key:"));
    m_providerKey->setAccessibleName(tr("Provider API key"));
    m_showKeys->setText(tr("&Show keys"));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleName(tr("Test connection"));

    const Kind kind = currentKind();
    m_url->setPlaceholderText(
        kind == Kind::EmbeddedSandbox ? tr("Chosen when the embedded sandbox starts") : QString());
    QString note;
    Semantic tone = Semantic::Neutral;
    switch (kind) {
    case Kind::EmbeddedSandbox:
        note = tr("A sandbox inside the console, on this computer only. It uses its own keys: "
                  "nothing to enter.");
        break;
    case Kind::LocalSandbox:
        note = tr("A peere-sandbox you started yourself. Plain http:// is allowed only on this "
                  "computer.");
        break;
    case Kind::HostedSandbox:
        note = tr("Peere's hosted sandbox: test keys, no real customers.");
        break;
    case Kind::Live:
        note = tr("Live: every record sent becomes a real customer or merchant on the Peere "
                  "Network.");
        tone = Semantic::Warning;
        break;
    }
    m_note->setText(note);
    setSemanticForeground(m_note, tone);
}

void EnvironmentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
