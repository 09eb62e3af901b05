// Import and validate a million customers end to end, as the console does (ImportJob), then the
// review table's hot paths: the first rows, "only rows with errors" and a one-cell edit.
//   bench_import [rows]         (default 1,000,000: about 165 MB of CSV in a temporary file)
//   bench_import --file PATH    an existing customers file, e.g. made by
//                               ../shared/data/gen_records.py --rows 1000000
#include "benchsupport.h"
#include "recordgenerator.h"

#include "records/importjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

namespace {

// Streams the CSV to disk in 4 MB pieces: the generator's memory must not count in the import's
// peak.
bool writeCustomers(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Bench::RecordGenerator generator(RecordKind::Customers, 7, 0.02);
    QByteArray buffer = Bench::RecordGenerator::csvHeader(RecordKind::Customers);
    QList<QByteArray> values;
    for (qint64 row = 0; row < rows; ++row) {
        generator.next(values);
        Bench::RecordGenerator::appendCsvLine(buffer, values);
        if (buffer.size() > 4 * 1024 * 1024) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    return file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments();
    const qsizetype fileOption = arguments.indexOf(u"--file"_s);
    QTemporaryDir dir;
    QString path;
    if (fileOption > 0 && fileOption + 1 < arguments.size()) {
        path = arguments.at(fileOption + 1);
    } else {
        const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
        path = dir.filePath(u"customers.csv"_s);
        if (!dir.isValid() || !writeCustomers(path, rows)) {
            err << "cannot write the input file" << Qt::endl;
            return 1;
        }
    }
    const double memoryBefore = Bench::currentMemoryMiB();

    // The console's path: the job, its preview of the first rows, then the whole file.
    ImportJob job;
    ImportParams params;
    params.path = path;
    QElapsedTimer clock;
    double previewSeconds = -1;
    double previewAtHundredRows = -1;
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::previewReady, &job, [&] {
        previewSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (job.preview()->table.rowCount() >= 100)
            previewAtHundredRows = previewSeconds;
    });
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    Bench::Stopwatch watch;
    clock.start();
    job.start(params);
    loop.exec();
    const double importSeconds = watch.elapsedSeconds();
    const double importCpu = watch.cpuSecondsUsed();
    if (!job.result() || !job.result()->hasValue()) {
        err << "import failed: " << (job.result() ? job.result()->error() : u"?"_s) << Qt::endl;
        return 1;
    }
    const double peak = Bench::peakMemoryMiB();
    RecordStore &store = *job.result()->value().store;

    // "Only rows with errors": best of five.
    double filterSeconds = 1e9;
    qsizetype withErrors = 0;
    for (int i = 0; i < 5; ++i) {
        Bench::Stopwatch filter;
        withErrors = store.rows(RecordStore::RowFilter::WithErrors).size();
        filterSeconds = std::min(filterSeconds, filter.elapsedSeconds());
    }

    // One-cell edits of the reference (a uniqueness field): make a row a duplicate of its
    // neighbour, then restore it; every edit re-validates the row and both duplicate groups.
    const int edits = 2000;
    qint64 affected = 0;
    Bench::Stopwatch editing;
    for (int i = 0; i < edits / 2; ++i) {
        const qint32 row = qint32((qint64(i) * 997) % (store.rowCount() - 1));
        const QByteArray original = store.value(row, CustomerField::Reference).toByteArray();
        affected += store.setValue(row, CustomerField::Reference,
                                   store.value(row + 1, CustomerField::Reference).toByteArray())
                        .size();
        affected += store.setValue(row, CustomerField::Reference, original).size();
    }
    const double editSeconds = editing.elapsedSeconds() / edits;

    const IssueCounts &counts = store.counts();
    Bench::printFigure(u"import.rows"_s, double(store.rowCount()), u"rows"_s);
    Bench::printFigure(u"import.file_size"_s, double(QFile(path).size()) / (1024 * 1024), u"MiB"_s);
    Bench::printFigure(u"import.invalid_rows"_s, double(counts.invalidRows), u"rows"_s);
    Bench::printFigure(u"import.errors"_s, double(counts.errors), u"issues"_s);
    Bench::printFigure(u"import.wall"_s, importSeconds, u"s"_s);
    Bench::printFigure(u"import.cpu"_s, importCpu, u"s"_s);
    Bench::printFigure(u"import.peak_memory"_s, peak, u"MiB"_s);
    Bench::printFigure(u"import.memory_before"_s, memoryBefore, u"MiB"_s);
    Bench::printFigure(u"import.store_bytes"_s, double(store.memoryBytes()) / (1024 * 1024), u"MiB"_s);
    Bench::printFigure(u"import.first_rows"_s, previewSeconds * 1000, u"ms"_s);
    Bench::printFigure(u"import.first_100_rows"_s, previewAtHundredRows * 1000, u"ms"_s);
    Bench::printFigure(u"review.rows_with_errors_filter"_s, filterSeconds * 1000, u"ms"_s);
    Bench::printFigure(u"review.rows_with_errors"_s, double(withErrors), u"rows"_s);
    Bench::printFigure(u"review.edit_with_duplicates"_s, editSeconds * 1e6, u"us"_s);
    Bench::printFigure(u"review.edit_affected_rows_avg"_s, double(affected) / edits, u"rows"_s);
    return 0;
}
