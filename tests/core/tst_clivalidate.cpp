// `peere-migrate validate` and `inspect`, run as the built program on files in a temporary
// directory: the JSON of ../shared/cli.md, exit codes, --issues-out and clear one-line errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class tst_CliValidate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateJson();
    void validateCleanFileExitsZero();
    void validateHumanOutput();
    void issuesOut();
    void merchantsFileAsCustomers();
    void merchants();
    void unusableInput_data();
    void unusableInput();
    void badOptions_data();
    void badOptions();
    void inspectJson();
    void inspectOverrides();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

// Five customers: row 2 has a bad e-mail and a formula for a first name, rows 3 and 4 share a
// reference, row 5 shares row 1's account number (a warning on both) and has a phone with spaces
// (an error).
const QByteArray customers =
    "clientRef,First Name,Surname,accountName,E-mail,country,accountNumber,reference,phone,"
    "legacy_id\n"
    "C1,Ada,Eze,Ada Eze,ada@example.com,NG,0123456789,R1,+2348031234567,x1\n"
    "C2,=1+2,Ige,Bola Ige,bola-at-example,NG,1111111111,R2,,x2\n"
    "C3,Chidi,Obi,\"Obi,\nChidi\",chidi@example.com,NG,2222222222,R3,,x3\n"
    "C4,Dayo,Ade,Dayo Ade,dayo@example.com,NG,3333333333,R3,,x4\n"
    "C5,Efe,Uche,Efe Uche,efe@example.com,NG,0123456789,R5,+234 803 123 4567,x5\n";

const QByteArray merchantsCsv =
    "name,email,phone,address,website\n"
    "Shop,shop@example.com,+2348031234567,1 Road,https://shop.example.com\n"
    "Stall,stall@example.com,+2348031234568,2 Road,https://stall.example.com\n";

} // namespace

void tst_CliValidate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PEERE_BIN_DIR) + u"/peere-migrate"_s));
}

tst_CliValidate::Run tst_CliValidate::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(PEERE_BIN_DIR) + u"/peere-migrate"_s, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString tst_CliValidate::write(const QString &name, const QByteArray &bytes)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return name; // relative to the working directory
}

void tst_CliValidate::validateJson()
{
    const QString file = write(u"customers.csv"_s, customers);
    const Run result = run({u"validate"_s, file, u"--json"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err)); // not a terminal: no progress bar
    QCOMPARE(result.out.count('\n'), 1);                   // one JSON object, nothing else
    const QJsonObject json = result.json();
    QCOMPARE(json[u"file"_s].toString(), u"customers.csv"_s);
    QCOMPARE(json[u"kind"_s].toString(), u"customers"_s);
    QCOMPARE(json[u"encoding"_s].toString(), u"UTF-8"_s);
    QCOMPARE(json[u"delimiter"_s].toString(), u","_s);
    QCOMPARE(json[u"rows"_s].toInt(), 5);
    QCOMPARE(json[u"invalidRows"_s].toInt(), 4);  // rows 2, 3, 4, 5
    QCOMPARE(json[u"validRows"_s].toInt(), 1);    // row 1
    QCOMPARE(json[u"warningRows"_s].toInt(), 1);  // row 1: duplicate.accountNumber
    const QJsonObject issues = json[u"issues"_s].toObject();
    // Errors: format.email, format.name (row 2), duplicate.reference x2, format.phone (row 5).
    QCOMPARE(issues[u"errors"_s].toInt(), 5);
    QCOMPARE(issues[u"warnings"_s].toInt(), 2);
    const QJsonObject byRule = issues[u"byRule"_s].toObject();
    QCOMPARE(byRule[u"format.email"_s].toInt(), 1);
    QCOMPARE(byRule[u"format.name"_s].toInt(), 1);
    QCOMPARE(byRule[u"duplicate.reference"_s].toInt(), 2);
    QCOMPARE(byRule[u"duplicate.accountNumber"_s].toInt(), 2);
    QCOMPARE(byRule[u"format.phone"_s].toInt(), 1);
    QCOMPARE(byRule.size(), 5);
    const QJsonObject byField = issues[u"byField"_s].toObject();
    QCOMPARE(byField[u"reference"_s].toInt(), 2);
    QCOMPARE(byField[u"accountNumber"_s].toInt(), 2);
    QCOMPARE(byField[u"firstname"_s].toInt(), 1);
    QCOMPARE(json[u"unmappedColumns"_s].toArray(), QJsonArray{u"legacy_id"_s});
    QCOMPARE(json[u"missingColumns"_s].toArray(), QJsonArray{});
    QVERIFY(json[u"elapsedMs"_s].isDouble());
}

void tst_CliValidate::validateCleanFileExitsZero()
{
    QByteArray clean = customers;
    clean.replace("=1+2", "Bola").replace("bola-at-example", "bola@example.com");
    clean.replace(",R3,,x4", ",R4,,x4").replace("+234 803 123 4567", "");
    const Run result = run({u"validate"_s, write(u"clean.csv"_s, clean), u"--json"_s});
    QCOMPARE(result.exitCode, 0); // warnings alone are not problems
    QCOMPARE(result.json()[u"invalidRows"_s].toInt(), 0);
    QCOMPARE(result.json()[u"validRows"_s].toInt(), 5);
    QCOMPARE(result.json()[u"warningRows"_s].toInt(), 2);
}

void tst_CliValidate::validateHumanOutput()
{
    const Run result = run({u"validate"_s, write(u"human.csv"_s, customers)});
    QCOMPARE(result.exitCode, 1);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(u"invalid: 4"_s), qPrintable(out));
    QVERIFY(out.contains(u"row 2 (line 3) email: format.email"_s));
    QVERIFY(out.contains(u"row 4 (line 6) reference: duplicate.reference"_s));
    QVERIFY(out.contains(u"unmapped columns: legacy_id"_s));
}

void tst_CliValidate::issuesOut()
{
    const QString file = write(u"issues.csv"_s, customers);
    const Run result = run({u"validate"_s, file, u"--issues-out"_s, u"out/../issues-out.csv"_s});
    QCOMPARE(result.exitCode, 2); // the folder "out" does not exist
    QVERIFY(result.err.contains(u"--issues-out"_s));

    const Run ok = run({u"validate"_s, file, u"--json"_s, u"--issues-out"_s, u"issues-out.csv"_s});
    QCOMPARE(ok.exitCode, 1);
    QFile out(m_dir.filePath(u"issues-out.csv"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    QCOMPARE(lines.first(), "row,line,field,rule,severity,value,message\r");
    QCOMPARE(lines.size(), 1 + 7 + 1); // header, 7 issues, the empty piece after the last CRLF
    const QByteArray all = lines.join('\n');
    // Sorted by row; the formula neutralised; the phone number left readable.
    QVERIFY(lines.at(1).startsWith("1,2,accountNumber,duplicate.accountNumber,warning,0123456789,"));
    QVERIFY2(all.contains("2,3,firstname,format.name,error,'=1+2,"), all.constData());
    QVERIFY(all.contains("2,3,email,format.email,error,bola-at-example,"));
    QVERIFY(all.contains("3,4,reference,duplicate.reference,error,R3,"));
    QVERIFY(all.contains("4,6,reference,duplicate.reference,error,R3,"));
    QVERIFY(all.contains("5,7,phone,format.phone,error,+234 803 123 4567,"));
}

void tst_CliValidate::merchantsFileAsCustomers()
{
    const Run result = run({u"validate"_s, write(u"merchants.csv"_s, merchantsCsv), u"--json"_s});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = result.json();
    QCOMPARE(json[u"missingColumns"_s].toArray(),
             (QJsonArray{u"clientRef"_s, u"firstname"_s, u"lastname"_s, u"country"_s,
                         u"accountNumber"_s, u"reference"_s}));
    QCOMPARE(json[u"invalidRows"_s].toInt(), 2);
    QCOMPARE(json[u"issues"_s][u"byRule"_s][u"required"_s].toInt(), 2 * 6);
    QCOMPARE(json[u"issues"_s][u"byField"_s][u"clientRef"_s].toInt(), 2);
    QCOMPARE(json[u"unmappedColumns"_s].toArray(), QJsonArray{u"website"_s});
}

void tst_CliValidate::merchants()
{
    const Run result = run({u"validate"_s, write(u"merchants2.csv"_s, merchantsCsv), u"--kind"_s,
                            u"merchants"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json()[u"kind"_s].toString(), u"merchants"_s);
    QCOMPARE(result.json()[u"validRows"_s].toInt(), 2);
    QCOMPARE(result.json()[u"missingColumns"_s].toArray(), QJsonArray{});
}

void tst_CliValidate::unusableInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("binary") << QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0", 10)
                            << u"bin.csv: not a text/CSV file"_s;
    QTest::newRow("empty") << QByteArray() << u"bin.csv: the file is empty"_s;
    QTest::newRow("unterminated") << QByteArray("a,b\n1,2\n\n3,\"x\n")
                                  << u"bin.csv: line 4: unterminated quoted field"_s;
}

void tst_CliValidate::unusableInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = write(u"bin.csv"_s, bytes);
    for (const QString &command : {u"validate"_s, u"inspect"_s}) {
        const Run result = run({command, file, u"--json"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
    }
}

void tst_CliValidate::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{u"validate"_s} << u"FILE is missing"_s;
    QTest::newRow("two files") << QStringList{u"validate"_s, u"a.csv"_s, u"b.csv"_s}
                               << u"one FILE only"_s;
    QTest::newRow("missing file") << QStringList{u"validate"_s, u"nope.csv"_s}
                                  << u"nope.csv: cannot open"_s;
    QTest::newRow("bad kind") << QStringList{u"validate"_s, u"x.csv"_s, u"--kind"_s, u"devices"_s}
                              << u"--kind 'devices'"_s;
    QTest::newRow("bad delimiter")
        << QStringList{u"validate"_s, u"x.csv"_s, u"--delimiter"_s, u":"_s} << u"--delimiter ':'"_s;
    QTest::newRow("bad encoding")
        << QStringList{u"inspect"_s, u"x.csv"_s, u"--encoding"_s, u"ebcdic"_s}
        << u"--encoding 'ebcdic'"_s;
    QTest::newRow("bad rows") << QStringList{u"inspect"_s, u"x.csv"_s, u"--rows"_s, u"-1"_s}
                              << u"--rows '-1'"_s;
    QTest::newRow("unknown option") << QStringList{u"inspect"_s, u"x.csv"_s, u"--frobnicate"_s}
                                    << u"frobnicate"_s;
}

void tst_CliValidate::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    write(u"x.csv"_s, customers);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void tst_CliValidate::inspectJson()
{
    const QString file = write(u"inspect.csv"_s, "id;name;note\n007;\" Ada \";\"a\"\"b\"\n8;Bo\n");
    const Run result = run({u"inspect"_s, file, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json[u"encoding"_s].toString(), u"UTF-8"_s);
    QCOMPARE(json[u"delimiter"_s].toString(), u";"_s);
    QCOMPARE(json[u"columns"_s].toArray(), (QJsonArray{u"id"_s, u"name"_s, u"note"_s}));
    QCOMPARE(json[u"rowCount"_s].toInt(), 2);
    const QJsonArray rows = json[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject(),
             (QJsonObject{{u"id"_s, u"007"_s}, {u"name"_s, u" Ada "_s}, {u"note"_s, u"a\"b"_s}}));
    QCOMPARE(rows.at(1).toObject(), (QJsonObject{{u"id"_s, u"8"_s}, {u"name"_s, u"Bo"_s}}));

    const Run one = run({u"inspect"_s, file, u"--json"_s, u"--rows"_s, u"1"_s});
    QCOMPARE(one.json()[u"rows"_s].toArray().size(), 1);
    QCOMPARE(one.json()[u"rowCount"_s].toInt(), 2);

    QByteArray many = "n\n";
    for (int i = 0; i < 30; ++i)
        many += QByteArray::number(i) + "\n";
    const QString manyFile = write(u"many.csv"_s, many);
    QCOMPARE(run({u"inspect"_s, manyFile, u"--json"_s}).json()[u"rows"_s].toArray().size(), 20);
    QCOMPARE(run({u"inspect"_s, manyFile, u"--json"_s, u"--rows"_s, u"0"_s})
                 .json()[u"rows"_s].toArray().size(),
             30);
    const Run human = run({u"inspect"_s, file});
    QCOMPARE(human.exitCode, 0);
    QVERIFY(QString::fromUtf8(human.out).contains(u"row 2 (line 3): 8 | Bo"_s));
}

void tst_CliValidate::inspectOverrides()
{
    const QString file = write(u"latin.csv"_s, "a,b\nJos\xE9,Caf\xE9\n");
    const Run detected = run({u"inspect"_s, file, u"--json"_s});
    QCOMPARE(detected.json()[u"encoding"_s].toString(), u"Windows-1252"_s);
    QCOMPARE(detected.json()[u"rows"_s][0][u"a"_s].toString(), u"José"_s);

    const Run overridden = run({u"inspect"_s, file, u"--json"_s, u"--delimiter"_s, u";"_s,
                                u"--encoding"_s, u"utf-8"_s});
    QCOMPARE(overridden.exitCode, 0);
    QCOMPARE(overridden.json()[u"encoding"_s].toString(), u"UTF-8"_s);
    QCOMPARE(overridden.json()[u"delimiter"_s].toString(), u";"_s);
    QCOMPARE(overridden.json()[u"columns"_s].toArray(), QJsonArray{u"a,b"_s});

    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString wide = write(u"wide.csv"_s, utf16.encode(u"a\tb\r\nü\t2\r\n"_s));
    const Run w = run({u"validate"_s, wide, u"--json"_s});
    QCOMPARE(w.json()[u"encoding"_s].toString(), u"UTF-16LE"_s);
    QCOMPARE(w.json()[u"delimiter"_s].toString(), u"\t"_s);
}

QTEST_GUILESS_MAIN(tst_CliValidate)
#include "tst_clivalidate.moc"
