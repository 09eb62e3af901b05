// The import pipeline: the synchronous runImport for the CLI and the ImportJob of the console
// (preview first, progress, result, cancel), with overrides and clear failures.
#include "records/importjob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

class tst_ImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runImportCounts();
    void overrides();
    void mappingAndTemplate();
    void failures_data();
    void failures();
    void jobPreviewProgressResult();
    void jobCancel();
    void jobFailure();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QByteArray rows(int count, char delimiter = ',');
    QTemporaryDir m_dir;
};

void tst_ImportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ImportJob::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

// `count` customers; every 10th has a bad e-mail, and rows 1 and 2 share a reference.
QByteArray tst_ImportJob::rows(int count, char delimiter)
{
    QByteArray csv = "Customer ID,First Name,Surname,Account Name,E-mail,Country,NUBAN,Reference,"
                     "Mobile,legacy_id\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "C" + n + ",Ada,Eze,\"Eze, Ada\"," + (i % 10 == 9 ? QByteArray("bad") : QByteArray("ada" + n + "@example.com"))
               + ",NG," + QByteArray::number(1000000000 + i) + ",R" + (i == 2 ? "1" : n)
               + ",+2348031234567,L" + n + "\n";
    }
    if (delimiter != ',') {
        csv.replace(",\"Eze, Ada\",", ",EzeAda,");
        csv.replace(',', delimiter);
    }
    return csv;
}

void tst_ImportJob::runImportCounts()
{
    const QString path = write(u"customers.csv"_s, rows(100));
    ImportParams params;
    params.path = path;
    QList<int> progress;
    const Result<ImportResult> result = runImport(params, [&](int p) { progress.append(p); });
    QVERIFY2(result, qPrintable(result.error()));
    const RecordStore &store = *result->store;
    QCOMPARE(store.rowCount(), 100);
    QCOMPARE(result->dialect.delimiter, ',');
    QCOMPARE(result->dialect.encoding, TextEncoding::Utf8);
    QCOMPARE(store.counts().invalidRows, 10 + 2);
    QCOMPARE(store.counts().rule(Rule::FormatEmail), 10);
    QCOMPARE(store.counts().rule(Rule::DuplicateReference), 2);
    QCOMPARE(store.mapping().unmappedColumnNames(), QStringList{u"legacy_id"_s});
    QCOMPARE(store.value(5, F::AccountName), "Eze, Ada");
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 100);
    QVERIFY(result->elapsedMs >= 0);
}

void tst_ImportJob::overrides()
{
    const QString path = write(u"semicolons.csv"_s, rows(20, ';'));
    ImportParams params;
    params.path = path;
    Result<ImportResult> detected = runImport(params);
    QVERIFY(detected);
    QCOMPARE(detected->dialect.delimiter, ';');
    QCOMPARE(detected->store->counts().invalidRows, 2 + 2);

    params.delimiter = ',';
    Result<ImportResult> forced = runImport(params);
    QVERIFY(forced);
    QCOMPARE(forced->store->table().columnCount(), 1);
    QCOMPARE(forced->store->counts().invalidRows, 20); // nothing maps: every row fails

    params.delimiter.reset();
    params.encoding = TextEncoding::Windows1252;
    Result<ImportResult> latin = runImport(params);
    QVERIFY(latin);
    QCOMPARE(latin->dialect.encoding, TextEncoding::Windows1252);
}

void tst_ImportJob::mappingAndTemplate()
{
    const QString path = write(u"mapping.csv"_s, rows(10));
    ImportParams params;
    params.path = path;
    // The user maps legacy_id to clientRef: an explicit mapping for this header.
    ColumnMapping mapping = ColumnMapping::automatic(RecordKind::Customers,
                                                     runImport(params)->store->table().header());
    mapping.setColumn(F::ClientRef, 9);
    params.mapping = mapping;
    Result<ImportResult> mapped = runImport(params);
    QVERIFY(mapped);
    QCOMPARE(mapped->store->value(3, F::ClientRef), "L3");
    QCOMPARE(mapped->store->mapping().unmappedColumnNames(), QStringList{u"Customer ID"_s});

    // The same choice through a template, applied to a file whose columns moved.
    params.mapping.reset();
    params.mappingTemplate = MappingTemplate::fromMapping(mapping);
    QByteArray moved = rows(10);
    moved.replace("Customer ID,", "");
    for (int i = 0; i < 10; ++i)
        moved.replace(QByteArray("\nC" + QByteArray::number(i) + ","), "\n");
    params.path = write(u"moved.csv"_s, moved);
    Result<ImportResult> templated = runImport(params);
    QVERIFY(templated);
    QCOMPARE(templated->store->value(3, F::ClientRef), "L3");
    QCOMPARE(templated->store->value(3, F::Firstname), "Ada");
}

void tst_ImportJob::failures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"empty.csv: the file is empty"_s;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14\0", 8)
                            << u"binary.csv: not a text/CSV file"_s;
    QTest::newRow("unterminated")
        << QByteArray("a,b\n1,2\n3,\"4\n5,6\n") << u"unterminated.csv: line 3: unterminated"_s;
}

void tst_ImportJob::failures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    ImportParams params;
    params.path = write(QString::fromLatin1(QTest::currentDataTag()) + u".csv"_s, bytes);
    const Result<ImportResult> result = runImport(params);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

void tst_ImportJob::jobPreviewProgressResult()
{
    const QString path = write(u"job.csv"_s, rows(5000));
    ImportJob job;
    QSignalSpy preview(&job, &ImportJob::previewReady);
    QSignalSpy progress(&job, &ImportJob::progressChanged);
    QSignalSpy finished(&job, &ImportJob::finished);
    ImportParams params;
    params.path = path;
    job.start(params);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!job.isRunning());

    QCOMPARE(preview.count(), 1);
    QVERIFY(job.preview());
    QCOMPARE(job.preview()->table.rowCount(), ImportJob::PreviewRows);
    QCOMPARE(job.preview()->table.value(0, 0), "C0");
    // The same rows mapped and validated in the job's thread, as the whole file is.
    QVERIFY(job.previewStore());
    QCOMPARE(job.previewStore()->rowCount(), ImportJob::PreviewRows);
    const RecordStore &whole = *job.result()->value().store;
    for (qint32 row = 0; row < ImportJob::PreviewRows; ++row) {
        QCOMPARE(job.previewStore()->value(row, 0), whole.value(row, 0));
        // Duplicates may lie beyond the preview; every other issue is the same.
        QList<ValidationIssue> expected;
        for (const ValidationIssue &issue : whole.issues(row)) {
            if (!isDuplicateRule(issue.rule))
                expected.append(issue);
        }
        QList<ValidationIssue> shown;
        for (const ValidationIssue &issue : job.previewStore()->issues(row)) {
            if (!isDuplicateRule(issue.rule))
                shown.append(issue);
        }
        QCOMPARE(shown.size(), expected.size());
    }

    QVERIFY(!progress.isEmpty());
    int last = -1;
    for (const QList<QVariant> &signal : progress) {
        QVERIFY(signal.first().toInt() > last);
        last = signal.first().toInt();
    }
    QCOMPARE(last, 100);

    QVERIFY(job.result() && job.result()->hasValue());
    const RecordStore &store = *job.result()->value().store;
    QCOMPARE(store.rowCount(), 5000);
    QCOMPARE(store.counts().rule(Rule::FormatEmail), 500);
}

void tst_ImportJob::jobCancel()
{
    const QString path = write(u"big.csv"_s, rows(300000));
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    ImportParams params;
    params.path = path;
    job.start(params);
    job.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(job.result()->error().contains(u"cancelled"_s), qPrintable(job.result()->error()));

    // The job can run again afterwards.
    job.start(params);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().first().toBool(), true);
}

void tst_ImportJob::jobFailure()
{
    ImportJob job;
    QSignalSpy preview(&job, &ImportJob::previewReady);
    QSignalSpy finished(&job, &ImportJob::finished);
    ImportParams params;
    params.path = write(u"nul.csv"_s, QByteArray("a,b\n\0\0", 6));
    job.start(params);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(job.result()->error().contains(u"nul.csv: not a text/CSV file"_s));
    QCOMPARE(preview.count(), 0);

    // Destroying a running job cancels it and waits: no crash, no leak.
    auto running = std::make_unique<ImportJob>();
    params.path = write(u"again.csv"_s, rows(100000));
    running->start(params);
    running.reset();
}

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
