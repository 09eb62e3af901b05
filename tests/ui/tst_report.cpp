// The manager report: its text (pdftotext) and page count (pdfinfo), written by the library and
// by `peere-migrate report` headless.
#include "../support/metricsfixture.h"
#include "metrics/metricscalculator.h"
#include "report/reportwriter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfText();
    void emptyMigration();
    void command();
    void commandErrors_data();
    void commandErrors();

private:
    static QString pdfToText(const QString &pdf);
    static int pdfPages(const QString &pdf);
    static int migrate(const QStringList &arguments, QByteArray *out = nullptr,
                       QByteArray *err = nullptr);

    QTemporaryDir m_dir;
    QString m_journal;
};

void tst_Report::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    m_journal = m_dir.filePath(u"m.journal"_s);
    QVERIFY(MetricsFixture::build(m_journal));
}

QString tst_Report::pdfToText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    // Undo the font's ligatures (fi, fl) so that words can be searched for.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), u"fi"_s)
        .replace(QChar(0xFB02), u"fl"_s);
}

int tst_Report::pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {pdf});
    process.waitForFinished(30000);
    const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    const auto match = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int tst_Report::migrate(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    // No display and no platform set: the command must choose the offscreen platform itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PEERE_BIN_DIR) + u"/peere-migrate"_s, arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void tst_Report::pdfText()
{
    auto journal = Journal::open(m_journal, Journal::OpenMode::ReadOnly);
    QVERIFY(journal.hasValue());
    const auto snapshot = MetricsCalculator::compute(**journal);
    QVERIFY(snapshot.hasValue());
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    const Result<int> pages = Report::ReportWriter::writePdf(*snapshot, pdf);
    QVERIFY2(pages.hasValue(), qPrintable(pages.error()));
    QCOMPARE(pdfPages(pdf), *pages);
    QVERIFY(*pages >= 2);
    const QString text = pdfToText(pdf);
    // Collapse the layout's runs of spaces so that phrases can be searched for.
    const QString flat = QString(text).replace(QRegularExpression(u"[ \\t]+"_s), u" "_s);
    for (const QString &expected : {
             u"Migration report"_s, u"Summary"_s, u"Targets"_s,
             u"Phase: Pilot (done)"_s, u"Phase: Expand (not started)"_s,
             u"Gate decision: approved by Ada on"_s, u"Note: pilot clean"_s,
             u"Gate decision: none recorded."_s,
             u"Success rate per batch"_s, u"Processing time per batch"_s,
             u"Throughput against the ceiling (1 records remaining)"_s,
             u"Data quality by field (target under 1%)"_s, u"Duplicates against invalid data"_s,
             u"Failures by cause"_s, u"customer '<value>' already exists (ref <n>)"_s,
             u"HTTP <n> internal error id <id>"_s, u"required (phone)"_s,
             u"Target missed"_s, u"Not measured yet"_s, u"6.0 min"_s, u"15.0%"_s,
             u"10 records, 7 migrated, 1 failed, 1 invalid, in 2 batches"_s}) {
        QVERIFY2(flat.contains(expected), qPrintable(u"missing: "_s + expected));
    }
}

void tst_Report::emptyMigration()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"empty.pdf"_s);
    const Result<int> pages = Report::ReportWriter::writePdf(MetricsSnapshot{}, pdf);
    QVERIFY2(pages.hasValue(), qPrintable(pages.error()));
    QCOMPARE(pdfPages(pdf), *pages);
    QVERIFY(pdfToText(pdf).contains(u"No record failed."_s));
    // An unwritable place: a message, no file.
    const Result<int> refused = Report::ReportWriter::writePdf(MetricsSnapshot{},
                                                               dir.filePath(u"no/such/dir/r.pdf"_s));
    QVERIFY(!refused.hasValue());
    QVERIFY(refused.error().contains(u"r.pdf"_s));
}

void tst_Report::command()
{
    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    QByteArray out, err;
    QCOMPARE(migrate({u"report"_s, u"--journal"_s, m_journal, u"--out"_s, pdf, u"--json"_s}, &out,
                     &err),
             0);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QVERIFY2(!json.isEmpty(), out.constData());
    QCOMPARE(json.value("pages"_L1).toInt(), pdfPages(pdf));
    QCOMPARE(json.value("kpis"_L1)["successRate"_L1]["value"_L1].toDouble(), 81.25);
    QCOMPARE(json.value("kpis"_L1)["successRate"_L1]["status"_L1].toString(), u"bad"_s);
    QVERIFY(pdfToText(pdf).contains(u"Migration report"_s));
}

void tst_Report::commandErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString missing = QDir::tempPath() + u"/peere-no-such.journal"_s;
    QTest::newRow("no journal option") << QStringList{u"report"_s, u"--out"_s, u"r.pdf"_s} << 2
                                       << u"--journal"_s;
    QTest::newRow("no out option") << QStringList{u"report"_s, u"--journal"_s, u"JOURNAL"_s} << 2
                                   << u"--out"_s;
    QTest::newRow("missing journal") << QStringList{u"report"_s, u"--journal"_s, missing,
                                                    u"--out"_s, u"OUTDIR/r.pdf"_s}
                                     << 2 << u"no migration journal"_s;
    QTest::newRow("out is a folder") << QStringList{u"report"_s, u"--journal"_s, u"JOURNAL"_s,
                                                    u"--out"_s, u"OUTDIR"_s}
                                     << 2 << u"is a folder"_s;
    QTest::newRow("bad option") << QStringList{u"report"_s, u"--bogus"_s} << 2 << u"bogus"_s;
}

void tst_Report::commandErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &argument : arguments) {
        argument.replace(u"JOURNAL"_s, m_journal);
        argument.replace(u"OUTDIR"_s, m_dir.path());
    }
    QByteArray err;
    QCOMPARE(migrate(arguments, nullptr, &err), exitCode);
    QVERIFY2(QString::fromUtf8(err).contains(message, Qt::CaseInsensitive), err.constData());
    QCOMPARE(QString::fromUtf8(err).trimmed().count(u'\n'), 0); // one line
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
