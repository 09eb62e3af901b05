// Notification lists (issue 7): the verified records only, for a mail merge, with the message
// from an editable template in English or French; `peere-migrate notify`.
#include "../support/inprocesscli.h"
#include "cli/commands.h"
#include "journal/journal.h"
#include "migration/notificationlist.h"
#include "migration/notificationtemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_NotificationList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void render_data();
    void render();
    void templateText();
    void standardTemplates_data();
    void standardTemplates();
    void listHoldsExactlyTheVerified();
    void merchantsCarryTheirTrustLevel();
    void unknownPlaceholderIsRefused();
    void notifyCommand();
    void notifyBadUsage_data();
    void notifyBadUsage();

private:
    // Ten customers: rows 1, 2, 4, 7 and 10 verified, 3 mismatch, 5 failed, 6 migrated (not
    // verified yet), 8 invalid, 9 pending. Row 4's first name starts with "=" (a formula).
    static std::unique_ptr<Journal> customerJournal(const QString &path);
    static QList<QByteArray> csvLines(const QString &path);
    int migrate(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
};

std::unique_ptr<Journal> tst_NotificationList::customerJournal(const QString &path)
{
    auto journal = Journal::open(path, Journal::OpenMode::Create);
    if (!journal)
        return nullptr;
    const VoidResult imported = (*journal)->importRecords(RecordKind::Customers, 10, [](qint64 i) {
        const QByteArray n = QByteArray::number(i + 1);
        QByteArrayList values(CustomerField::Count);
        values[CustomerField::ClientRef] = "C" + n;
        values[CustomerField::Firstname] = i == 3 ? QByteArray("=Ada") : QByteArray("First" + n);
        values[CustomerField::Lastname] = "Last" + n;
        values[CustomerField::AccountName] = "Account, " + n;
        values[CustomerField::Email] = "c" + n + "@example.com";
        values[CustomerField::Country] = "NG";
        values[CustomerField::AccountNumber] = "0123456789";
        values[CustomerField::Reference] = "R" + n;
        values[CustomerField::Phone] = "+2348030000" + n.rightJustified(3, '0');
        return ImportedRecord{i + 2, values, i == 7, i == 7 ? u"format.email"_s : QString()};
    });
    if (!imported)
        return nullptr;
    QList<RecordOutcome> outcomes;
    for (qint64 row : {1, 2, 4, 7, 10})
        outcomes.append({row, RecordState::Verified, u"created"_s, {}, u"id-%1"_s.arg(row)});
    outcomes.append({3, RecordState::Mismatch, u"created"_s, u"not found again"_s, u"id-3"_s});
    outcomes.append({5, RecordState::Failed, {}, u"refused"_s, {}});
    outcomes.append({6, RecordState::Migrated, u"created"_s, {}, u"id-6"_s});
    if (!(*journal)->applyOutcomes(outcomes))
        return nullptr;
    return std::move(*journal);
}

QList<QByteArray> tst_NotificationList::csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

int tst_NotificationList::migrate(const QStringList &arguments, QString *out, QString *err)
{
    return runPeereMigrate(arguments, out, err);
}

void tst_NotificationList::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rendered");
    QTest::newRow("two") << u"Dear {firstName}, {accountName}."_s << u"Dear Ada, Ada L."_s;
    QTest::newRow("repeated") << u"{firstName}{firstName}"_s << u"AdaAda"_s;
    QTest::newRow("unknown stays") << u"Hi {nickname}"_s << u"Hi {nickname}"_s;
    QTest::newRow("not a placeholder") << u"{ firstName } {1st} {} {"_s << u"{ firstName } {1st} {} {"_s;
    QTest::newRow("empty value") << u"[{middleName}]"_s << u"[]"_s;
    QTest::newRow("accents") << u"Café {firstName} — é"_s << u"Café Ada — é"_s;
}

void tst_NotificationList::render()
{
    QFETCH(QString, text);
    QFETCH(QString, rendered);
    const auto value = [](const QString &name) -> std::optional<QString> {
        if (name == u"firstName")
            return u"Ada"_s;
        if (name == u"accountName")
            return u"Ada L"_s;
        if (name == u"middleName")
            return QString();
        return std::nullopt;
    };
    QCOMPARE(NotificationTemplate::render(text, value), rendered);
}

void tst_NotificationList::templateText()
{
    const Result<NotificationTemplate> parsed = NotificationTemplate::fromText(
        u"Subject:  Hello {name}\r\n\r\nLine one {email}\r\nLine {name} two\r\n"_s);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->subject(), u"Hello {name}"_s);
    QCOMPARE(parsed->body(), u"Line one {email}\nLine {name} two\n"_s);
    QCOMPARE(parsed->placeholders(), (QStringList{u"name"_s, u"email"_s}));
    const Result<NotificationTemplate> again = NotificationTemplate::fromText(parsed->toText());
    QVERIFY(again);
    QCOMPARE(again->subject(), parsed->subject());
    QCOMPARE(again->body(), parsed->body());
    QVERIFY(!NotificationTemplate::fromText(u"Hello\n\nbody"_s));
}

void tst_NotificationList::standardTemplates_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::newRow("customers en") << RecordKind::Customers << u"en"_s << u"Dear"_s;
    QTest::newRow("customers fr") << RecordKind::Customers << u"fr"_s << u"Bonjour"_s;
    QTest::newRow("merchants en") << RecordKind::Merchants << u"en"_s << u"Dear"_s;
    QTest::newRow("merchants fr") << RecordKind::Merchants << u"fr"_s << u"Bonjour"_s;
    QTest::newRow("other language") << RecordKind::Customers << u"de"_s << u"Dear"_s;
}

void tst_NotificationList::standardTemplates()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, language);
    QFETCH(QString, word);
    const NotificationTemplate message = NotificationTemplate::standard(kind, language);
    QVERIFY(!message.subject().isEmpty());
    QVERIFY2(message.body().startsWith(word), qPrintable(message.body()));
    QVERIFY(!message.placeholders().isEmpty());
    QCOMPARE(NotificationList::unknownPlaceholders(kind, message), QStringList());
}

void tst_NotificationList::listHoldsExactlyTheVerified()
{
    QTemporaryDir dir;
    auto journal = customerJournal(dir.filePath(u"c.peere"_s));
    QVERIFY(journal);
    const NotificationTemplate message = NotificationTemplate::standard(RecordKind::Customers, u"en"_s);
    const QString out = dir.filePath(u"out/lists"_s); // created
    const Result<NotificationList::Summary> summary = NotificationList::write(*journal, out, message, u"en"_s);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->recipients, 5);
    QCOMPARE(summary->notVerified, 5);
    QCOMPARE(summary->columns, (QStringList{u"name"_s, u"email"_s, u"accountName"_s, u"firstName"_s}));
    QCOMPARE(summary->listPath, QDir(out).filePath(u"customers-notifications.csv"_s));

    QFile raw(summary->listPath);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF" "name,email,accountName,firstName\r\n"));
    const QList<QByteArray> lines = csvLines(summary->listPath);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(1), QByteArray("First1 Last1,c1@example.com,\"Account, 1\",First1"));
    QCOMPARE(lines.at(2), QByteArray("First2 Last2,c2@example.com,\"Account, 2\",First2"));
    // A formula-like cell is neutralised.
    QCOMPARE(lines.at(3), QByteArray("'=Ada Last4,c4@example.com,\"Account, 4\",'=Ada"));
    QVERIFY(lines.at(4).startsWith("First7 Last7,c7@example.com,"));
    QVERIFY(lines.at(5).startsWith("First10 Last10,c10@example.com,"));
    // Mismatch, failed, merely migrated, invalid and pending records are not there.
    for (int row : {3, 5, 6, 8, 9}) {
        for (const QByteArray &line : lines)
            QVERIFY2(!line.contains(QByteArray("c" + QByteArray::number(row) + "@")), line.constData());
    }

    // The message, for the mail merge, with its placeholders.
    const Result<NotificationTemplate> written = NotificationTemplate::fromFile(summary->messagePath);
    QVERIFY(written);
    QCOMPARE(written->subject(), message.subject());
    QVERIFY(summary->messagePath.endsWith(u"customers-message-en.txt"_s));

    // The preview is a real record: the first verified one.
    const Result<std::optional<JournalRecord>> first = NotificationList::firstVerified(*journal);
    QVERIFY(first && first->has_value());
    const JournalRecord &record = **first;
    QCOMPARE(record.row, 1);
    const QString subject = message.renderSubject([&](const QString &name) {
        return NotificationList::value(RecordKind::Customers, record, name);
    });
    QCOMPARE(subject, u"Your account Account, 1 is now on the Peere Network"_s);
}

void tst_NotificationList::merchantsCarryTheirTrustLevel()
{
    QTemporaryDir dir;
    auto opened = Journal::open(dir.filePath(u"m.peere"_s), Journal::OpenMode::Create);
    QVERIFY(opened);
    Journal &journal = **opened;
    QVERIFY(journal.importRecords(RecordKind::Merchants, 3, [](qint64 i) {
        QByteArrayList values(MerchantField::Count);
        values[MerchantField::Name] = i == 1 ? QByteArray("@Shop") : QByteArray("Shop " + QByteArray::number(i + 1));
        values[MerchantField::Email] = "m" + QByteArray::number(i + 1) + "@example.com";
        return ImportedRecord{i + 2, values, false, {}};
    }));
    QVERIFY(journal.applyOutcomes({{1, RecordState::Verified, u"created"_s, {}, u"m-1"_s},
                                   {2, RecordState::Verified, u"created"_s, {}, u"m-2"_s},
                                   {3, RecordState::Mismatch, u"created"_s, {}, u"m-3"_s}}));
    TrustEntry premium;
    premium.row = 1;
    premium.setting = {TrustLevel::Premium, true, true};
    QVERIFY(journal.planTrust({premium}));
    const NotificationTemplate message = NotificationTemplate::standard(RecordKind::Merchants, u"fr"_s);
    const Result<NotificationList::Summary> summary =
        NotificationList::write(journal, dir.path(), message, u"fr"_s);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->recipients, 2);
    QCOMPARE(summary->columns, (QStringList{u"name"_s, u"email"_s, u"trustLevel"_s, u"peereId"_s}));
    const QList<QByteArray> lines = csvLines(summary->listPath);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(1), QByteArray("Shop 1,m1@example.com,premium,m-1"));
    QCOMPARE(lines.at(2), QByteArray("'@Shop,m2@example.com,basic,m-2")); // never set: basic
    QVERIFY(summary->messagePath.endsWith(u"merchants-message-fr.txt"_s));
    QFile text(summary->messagePath);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(text.readAll()).contains(u"réseau Peere"_s));
}

void tst_NotificationList::unknownPlaceholderIsRefused()
{
    QTemporaryDir dir;
    auto journal = customerJournal(dir.filePath(u"c.peere"_s));
    QVERIFY(journal);
    const NotificationTemplate message(u"Hi {firstName}"_s, u"Your {trustLevel} and {balance}"_s);
    QCOMPARE(NotificationList::unknownPlaceholders(RecordKind::Customers, message),
             (QStringList{u"trustLevel"_s, u"balance"_s}));
    const Result<NotificationList::Summary> summary =
        NotificationList::write(*journal, dir.filePath(u"out"_s), message, u"en"_s);
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(u"trustLevel, balance"_s), qPrintable(summary.error()));
    QVERIFY(!QFile::exists(dir.filePath(u"out/customers-notifications.csv"_s)));
}

void tst_NotificationList::notifyCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.peere"_s);
    customerJournal(path).reset();
    QString out, err;
    const QString folder = dir.filePath(u"fr"_s);
    QCOMPARE(migrate({u"notify"_s, u"--journal"_s, path, u"--out"_s, folder, u"--language"_s,
                      u"fr"_s, u"--json"_s}, &out, &err), 0);
    const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(result.value(u"kind"_s).toString(), u"customers"_s);
    QCOMPARE(result.value(u"language"_s).toString(), u"fr"_s);
    QCOMPARE(result.value(u"recipients"_s).toInt(), 5);
    QCOMPARE(result.value(u"notVerified"_s).toInt(), 5);
    QCOMPARE(result.value(u"columns"_s).toArray().size(), 4);
    QVERIFY(QFile::exists(QDir(folder).filePath(u"customers-notifications.csv"_s)));
    QFile message(QDir(folder).filePath(u"customers-message-fr.txt"_s));
    QVERIFY(message.open(QIODevice::ReadOnly));
    QVERIFY(message.readAll().startsWith("Subject: Votre compte {accountName}"));

    // An edited template.
    const QString edited = dir.filePath(u"message.txt"_s);
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Subject: Hello {name}\n\nYour reference is {reference}.\n");
    file.close();
    QCOMPARE(migrate({u"notify"_s, u"--journal"_s, path, u"--out"_s, dir.filePath(u"edited"_s),
                      u"--template"_s, edited}, &out, &err), 0);
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(u"5 verified customers"_s), qPrintable(err));
    const QList<QByteArray> lines = csvLines(dir.filePath(u"edited/customers-notifications.csv"_s));
    QCOMPARE(lines.at(0), QByteArray("\xEF\xBB\xBF" "name,email,reference"));
    QCOMPARE(lines.at(1), QByteArray("First1 Last1,c1@example.com,R1"));

    // Nothing verified yet: exit 1, an empty list.
    QTemporaryDir empty;
    {
        auto journal = Journal::open(empty.filePath(u"e.peere"_s), Journal::OpenMode::Create);
        QVERIFY(journal);
        QVERIFY((*journal)->importRecords(RecordKind::Customers, 2, [](qint64 i) {
            return ImportedRecord{i + 2, QByteArrayList(CustomerField::Count), false, {}};
        }));
    }
    QCOMPARE(migrate({u"notify"_s, u"--journal"_s, empty.filePath(u"e.peere"_s), u"--out"_s,
                      empty.path()}, &out, &err), 1);
    QVERIFY2(err.contains(u"verify phase"_s), qPrintable(err));
}

void tst_NotificationList::notifyBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no journal") << QStringList{u"notify"_s, u"--out"_s, u"x"_s} << u"--journal"_s;
    QTest::newRow("no out") << QStringList{u"notify"_s, u"--journal"_s, u"x.peere"_s} << u"--out"_s;
    QTest::newRow("language") << QStringList{u"notify"_s, u"--journal"_s, u"x.peere"_s, u"--out"_s, u"x"_s, u"--language"_s, u"de"_s}
                              << u"--language"_s;
    QTest::newRow("template") << QStringList{u"notify"_s, u"--journal"_s, u"x.peere"_s, u"--out"_s, u"x"_s, u"--template"_s, u"/nonexistent.txt"_s}
                              << u"--template"_s;
    QTest::newRow("missing journal") << QStringList{u"notify"_s, u"--journal"_s, u"/nonexistent/x.peere"_s, u"--out"_s, u"x"_s}
                                     << u"no migration journal"_s;
}

void tst_NotificationList::notifyBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString err;
    QCOMPARE(migrate(arguments, nullptr, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(tst_NotificationList)
#include "tst_notificationlist.moc"
