// The real keychain store: on a machine without a keychain (CI, the offscreen platform) it fails
// promptly with a message that says so, and writes nothing anywhere else.
#include "settings/keychainsecretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Peere::Ui;
using namespace Qt::Literals::StringLiterals;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemoveOrClearFailure();

private:
    QTemporaryDir m_home;
};

void tst_KeychainSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"peere-console-keychain-test"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
}

void tst_KeychainSecretStore::writeReadRemoveOrClearFailure()
{
    KeychainSecretStore store;
    const QString name = u"test/bank"_s;
    const QString secret = u"kc-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());

    std::optional<VoidResult> written;
    QElapsedTimer timer;
    timer.start();
    store.write(name, secret, this, [&](const VoidResult &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    qInfo("keychain write answered in %lld ms: %s",
          timer.elapsed(),
          written->hasValue() ? "stored" : qPrintable(written->error()));

    if (written->hasValue()) {
        // A keychain is there: the key comes back, and goes away.
        std::optional<Result<QString>> read;
        store.read(name, this, [&](const Result<QString> &result) { read = result; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QVERIFY(read->hasValue());
        QCOMPARE(read->value(), secret);
        std::optional<VoidResult> removed;
        store.remove(name, this, [&](const VoidResult &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY(removed->hasValue());
    } else {
        QVERIFY2(written->error().contains(u"keychain"_s), qPrintable(written->error()));
        QVERIFY(written->error().contains(u"kept only until the console closes"_s));
    }

    // Either way the key was not written to a settings file (QtKeychain's insecure fallback).
    QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
