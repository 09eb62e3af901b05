// The CSV reader: RFC 4180 golden files, dialect detection, bad input, big fields, preview and
// the parallel parse.
#include "csv/csvparser.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "csv/textdecoder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenFiles_data();
    void goldenFiles();
    void dialects_data();
    void dialects();
    void badInput_data();
    void badInput();
    void headerOnly();
    void eightMegabyteField();
    void overrides();
    void preview();
    void parallelParseMatchesSequential();
    void lineNumbersAfterSplit();
    void spreadsheetSafe_data();
    void spreadsheetSafe();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QStringList rowValues(const CsvTable &table, qint32 row);
    QTemporaryDir m_dir;
};

void tst_CsvReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_CsvReader::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

QStringList tst_CsvReader::rowValues(const CsvTable &table, qint32 row)
{
    QStringList values;
    for (int column = 0; column < table.fieldCount(row); ++column)
        values.append(QString::fromUtf8(table.value(row, column)));
    return values;
}

void tst_CsvReader::goldenFiles_data()
{
    QTest::addColumn<QString>("csvPath");
    const QDir dir(QStringLiteral(PEERE_TEST_DATA_DIR) + u"/csv"_s);
    const QStringList files = dir.entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_CsvReader::goldenFiles()
{
    QFETCH(QString, csvPath);
    QString expectedPath = csvPath;
    expectedPath.replace(u".csv"_s, u".expected.json"_s);
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

    for (const int threads : {1, 2}) {
        CsvReader::Options options;
        options.threads = threads;
        const Result<CsvDocument> document = CsvReader::read(csvPath, options);
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(encodingName(document->dialect.encoding), expected[u"encoding"_s].toString());
        QCOMPARE(QString(QChar::fromLatin1(document->dialect.delimiter)),
                 expected[u"delimiter"_s].toString());
        const CsvTable &table = document->table;
        QStringList header;
        for (const QJsonValue &v : expected[u"header"_s].toArray())
            header.append(v.toString());
        QCOMPARE(table.header(), header);
        const QJsonArray rows = expected[u"rows"_s].toArray();
        const QJsonArray lines = expected[u"lines"_s].toArray();
        QCOMPARE(table.rowCount(), rows.size());
        for (qint32 row = 0; row < table.rowCount(); ++row) {
            QStringList values;
            for (const QJsonValue &v : rows.at(row).toArray())
                values.append(v.toString());
            QCOMPARE(rowValues(table, row), values);
            QCOMPARE(qint64(table.line(row)), lines.at(row).toInteger());
            // A field past the row's end reads as empty.
            QVERIFY(table.value(row, table.fieldCount(row)).isEmpty());
        }
    }
}

void tst_CsvReader::dialects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRow");

    const QString text = u"name,city\nJosé Ñwosu,Lagos €\n"_s;
    const QStringList header{u"name"_s, u"city"_s};
    const QStringList row{u"José Ñwosu"_s, u"Lagos €"_s};
    QTest::newRow("utf-8") << text.toUtf8() << u"UTF-8"_s << false << u","_s << header << row;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8"_s << true
                               << u","_s << header << row;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le bom") << QByteArray(le.encode(text)) << u"UTF-16LE"_s << true << u","_s
                                  << header << row;
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16be bom") << QByteArray(be.encode(text)) << u"UTF-16BE"_s << true << u","_s
                                  << header << row;
    QTest::newRow("windows-1252") << QByteArray("name,city\nJos\xE9 \xD1wosu,Lagos \x80\n")
                                  << u"Windows-1252"_s << false << u","_s << header << row;
    QTest::newRow("windows-1252 quotes")
        << QByteArray("name,city\n\x93" "Ade\x94 \x96 O\x92" "Neil,x\n") << u"Windows-1252"_s << false
        << u","_s << header << QStringList{u"“Ade” – O’Neil"_s, u"x"_s};
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n4;5,5;6\n") << u"UTF-8"_s << false
                               << u";"_s << QStringList{u"a"_s, u"b"_s, u"c"_s}
                               << QStringList{u"1,5"_s, u"2"_s, u"3"_s};
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1, 2\t2\t3\n") << u"UTF-8"_s << false << u"\t"_s
                         << QStringList{u"a"_s, u"b"_s, u"c"_s}
                         << QStringList{u"1, 2"_s, u"2"_s, u"3"_s};
    QTest::newRow("pipe") << QByteArray("a|b|c\n1;2|x,y|3\n") << u"UTF-8"_s << false << u"|"_s
                          << QStringList{u"a"_s, u"b"_s, u"c"_s}
                          << QStringList{u"1;2"_s, u"x,y"_s, u"3"_s};
    QTest::newRow("quoted semicolons in a comma header")
        << QByteArray("\"a;x;y\",b\n1,2\n") << u"UTF-8"_s << false << u","_s
        << QStringList{u"a;x;y"_s, u"b"_s} << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("quoted commas in a semicolon header")
        << QByteArray("\"last, first\";\"a,b,c\";d\n\"Eze, Ada\";2;3\n") << u"UTF-8"_s << false
        << u";"_s << QStringList{u"last, first"_s, u"a,b,c"_s, u"d"_s}
        << QStringList{u"Eze, Ada"_s, u"2"_s, u"3"_s};
    QTest::newRow("single column") << QByteArray("email\na@b.co\n") << u"UTF-8"_s << false << u","_s
                                   << QStringList{u"email"_s} << QStringList{u"a@b.co"_s};
}

void tst_CsvReader::dialects()
{
    QFETCH(QByteArray, bytes);
    const QString path = write(u"dialect.csv"_s, bytes);
    const Result<CsvDocument> document = CsvReader::read(path, {});
    QVERIFY2(document, qPrintable(document.error()));
    QTEST(encodingName(document->dialect.encoding), "encoding");
    QTEST(document->dialect.byteOrderMark, "bom");
    QTEST(QString(QChar::fromLatin1(document->dialect.delimiter)), "delimiter");
    QTEST(document->table.header(), "header");
    QVERIFY(document->table.rowCount() >= 1);
    QTEST(rowValues(document->table, 0), "firstRow");

    // The preview sees the same dialect.
    const Result<CsvDocument> preview = CsvReader::preview(path, {}, 5);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->dialect.encoding, document->dialect.encoding);
    QCOMPARE(preview->dialect.delimiter, document->dialect.delimiter);
    QTEST(rowValues(preview->table, 0), "firstRow");
}

void tst_CsvReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // a part of the failure message

    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("white space only") << QByteArray("\n\r\n  \n") << u"the file is empty"_s;
    QByteArray binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QTest::newRow("binary (NUL bytes)") << binary << u"not a text/CSV file"_s;
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls.append(char(1 + i % 8)).append("ab");
    QTest::newRow("binary (control bytes)") << controls << u"not a text/CSV file"_s;
    QTest::newRow("utf-16 with NUL") << QByteArray("\xFF\xFE" "a\0,\0b\0\0\0", 12)
                                     << u"not a text/CSV file"_s;
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n\"x\ny\",3\n4,\"never closed\n5,6\n") << u"line 5: unterminated"_s;
    QTest::newRow("unterminated quote in header") << QByteArray("\"a,b\n1,2\n")
                                                  << u"line 1: unterminated"_s;
}

void tst_CsvReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = write(u"bad.csv"_s, bytes);
    for (const int threads : {1, 2}) {
        CsvReader::Options options;
        options.threads = threads;
        const Result<CsvDocument> document = CsvReader::read(path, options);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(message), qPrintable(document.error()));
        QVERIFY2(document.error().contains(u"bad.csv"_s), qPrintable(document.error()));
    }
    const Result<CsvDocument> missing = CsvReader::read(m_dir.filePath(u"nope.csv"_s), {});
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"nope.csv: cannot open"_s));
}

void tst_CsvReader::headerOnly()
{
    const QString path = write(u"header.csv"_s, "clientRef;email\r\n");
    const Result<CsvDocument> document = CsvReader::read(path, {});
    QVERIFY2(document, qPrintable(document.error()));
    QCOMPARE(document->table.rowCount(), 0);
    QCOMPARE(document->table.header(), (QStringList{u"clientRef"_s, u"email"_s}));
    QCOMPARE(document->dialect.delimiter, ';');
}

void tst_CsvReader::eightMegabyteField()
{
    QByteArray big(8 * 1024 * 1024, 'x');
    for (qsizetype i = 1000; i < big.size(); i += 100000)
        big[i] = '\n';
    QByteArray quoted = big;
    quoted.replace("x\n", "\"\"\n"); // doubled quotes inside, so the value is unescaped
    const QByteArray unescaped = QByteArray(quoted).replace("\"\"", "\"");
    const QString path = write(u"big.csv"_s, "a,b,c\n1,\"" + quoted + "\",3\n4," + big.first(5) + ",6\n");
    for (const int threads : {1, 2}) {
        CsvReader::Options options;
        options.threads = threads;
        const Result<CsvDocument> document = CsvReader::read(path, options);
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->table.rowCount(), 2);
        QCOMPARE(document->table.value(0, 1).size(), unescaped.size());
        QVERIFY(document->table.value(0, 1) == unescaped);
        QCOMPARE(document->table.value(0, 2), "3");
        QCOMPARE(document->table.line(1), quint32(3 + big.count('\n')));
    }
}

void tst_CsvReader::overrides()
{
    const QString path = write(u"override.csv"_s, "a;b,c\n1;2,3\n");
    CsvReader::Options options;
    const Result<CsvDocument> detected = CsvReader::read(path, options);
    QVERIFY(detected);
    options.delimiter = ',';
    const Result<CsvDocument> comma = CsvReader::read(path, options);
    QVERIFY(comma);
    QCOMPARE(comma->table.header(), (QStringList{u"a;b"_s, u"c"_s}));
    options.delimiter = ';';
    const Result<CsvDocument> semicolon = CsvReader::read(path, options);
    QCOMPARE(semicolon->table.header(), (QStringList{u"a"_s, u"b,c"_s}));

    // UTF-8 bytes read as Windows-1252 because the user says so.
    const QString utf8 = write(u"utf8.csv"_s, u"name\nJosé\n"_s.toUtf8());
    CsvReader::Options latin;
    latin.encoding = encodingFromName(u"cp1252");
    const Result<CsvDocument> mojibake = CsvReader::read(utf8, latin);
    QVERIFY(mojibake);
    QCOMPARE(mojibake->dialect.encoding, TextEncoding::Windows1252);
    QCOMPARE(QString::fromUtf8(mojibake->table.value(0, 0)), u"JosÃ©"_s);

    QCOMPARE(encodingFromName(u"UTF-8"), TextEncoding::Utf8);
    QCOMPARE(encodingFromName(u"utf16be"), TextEncoding::Utf16BE);
    QVERIFY(!encodingFromName(u"ebcdic"));
    QCOMPARE(delimiterFromName(u"tab"), '\t');
    QCOMPARE(delimiterFromName(u"\\t"), '\t');
    QCOMPARE(delimiterFromName(u"|"), '|');
    QVERIFY(!delimiterFromName(u":"));
}

void tst_CsvReader::preview()
{
    QByteArray text = "id,note\n";
    for (int i = 0; i < 50000; ++i)
        text += QByteArray::number(i) + ",\"line one\nline two, " + QByteArray::number(i) + "\"\n";
    const QString path = write(u"preview.csv"_s, text);
    const Result<CsvDocument> preview = CsvReader::preview(path, {}, 100);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->table.rowCount(), 100);
    QCOMPARE(preview->table.value(99, 0), "99");
    QCOMPARE(preview->table.line(99), quint32(2 + 99 * 2));

    // Asking for more rows than the head holds: every complete row, none cut short.
    const Result<CsvDocument> all = CsvReader::preview(path, {}, 1000000);
    QVERIFY(all);
    const qint32 rows = all->table.rowCount();
    QVERIFY(rows > 100 && rows < 50000);
    QCOMPARE(QString::fromUtf8(all->table.value(rows - 1, 1)),
             u"line one\nline two, "_s + QString::number(rows - 1));
}

void tst_CsvReader::parallelParseMatchesSequential()
{
    // Quoted line breaks, doubled quotes, stray quotes and ragged rows across a text big enough
    // to be split: both parses must agree on every value and line.
    QRandomGenerator random(42);
    QByteArray text = "a,b,c\n";
    while (text.size() < 6 * 1024 * 1024) {
        switch (random.bounded(6)) {
        case 0: text += "1,\"x\ny\",z\n"; break;
        case 1: text += "2,\"he said \"\"hi\"\"\",\r\n"; break;
        case 2: text += "3,4\"5,6\n"; break; // a stray quote in an unquoted field
        case 3: text += "4,5\n"; break;
        case 4: text += "\"5\r\n\r\n\",\"\",\"\"\"\"\r"; break;
        default: text += "6,plain,values,extra\n"; break;
        }
    }
    CsvParser::Options sequential;
    const Result<CsvTable> one = CsvParser::parse(text, sequential, u"x"_s);
    CsvParser::Options parallel;
    parallel.threads = 2;
    const Result<CsvTable> two = CsvParser::parse(text, parallel, u"x"_s);
    QVERIFY(one && two);
    QCOMPARE(one->rowCount(), two->rowCount());
    for (qint32 row = 0; row < one->rowCount(); ++row) {
        QCOMPARE(one->fieldCount(row), two->fieldCount(row));
        QCOMPARE(one->line(row), two->line(row));
        for (int column = 0; column < one->fieldCount(row); ++column)
            QCOMPARE(one->value(row, column), two->value(row, column));
    }
}

void tst_CsvReader::lineNumbersAfterSplit()
{
    // An unterminated quote in the second half is reported with its line in the whole file.
    QByteArray text = "a,b\n";
    for (int i = 0; i < 600000; ++i)
        text += "1,2\n";
    text += "3,\"open\n";
    CsvParser::Options parallel;
    parallel.threads = 2;
    const Result<CsvTable> table = CsvParser::parse(text, parallel, u"f.csv"_s);
    QVERIFY(!table);
    QVERIFY2(table.error().startsWith(u"f.csv: line 600002: unterminated"_s), qPrintable(table.error()));
}

void tst_CsvReader::spreadsheetSafe_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QByteArray>("exported");
    QTest::newRow("plain") << QByteArray("Ada") << QByteArray("Ada");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("formula") << QByteArray("=SUM(A1:A2)") << QByteArray("'=SUM(A1:A2)");
    QTest::newRow("at") << QByteArray("@cmd") << QByteArray("'@cmd");
    QTest::newRow("plus formula") << QByteArray("+1+cmd|' /C calc'!A0")
                                  << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus formula") << QByteArray("-1-1") << QByteArray("'-1-1");
    QTest::newRow("tab") << QByteArray("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QByteArray("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("e164 phone") << QByteArray("+2348031234567") << QByteArray("+2348031234567");
    QTest::newRow("written phone") << QByteArray("+234 (803) 123-4567")
                                   << QByteArray("+234 (803) 123-4567");
    QTest::newRow("negative number") << QByteArray("-42.5") << QByteArray("-42.5");
    QTest::newRow("quotes and commas") << QByteArray("a \"b\", c") << QByteArray("\"a \"\"b\"\", c\"");
    QTest::newRow("line break") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
}

void tst_CsvReader::spreadsheetSafe()
{
    QFETCH(QByteArray, cell);
    QTEST(CsvWriter::exportCell(cell), "exported");
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
