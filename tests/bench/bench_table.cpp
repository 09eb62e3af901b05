// The review table on 1,000,000 generated customer rows (about 2% dirt), through the console's
// own path: ImportJob (first rows first, then the whole file in the background) and the
// RecordTableModel over the store. Prints how soon the first rows are in the table, the full
// import, "only rows with errors", a one-cell edit re-validated (duplicates included), the same
// edit kept on disk in the edit log, a sort and a search off the GUI thread, and peak memory.
#include "benchsupport.h"
#include "recordgenerator.h"

#include "records/editlog.h"
#include "records/importjob.h"
#include "records/recordtablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;
namespace F = CustomerField;

namespace {

// What a view does first: read the cells of the first screenful.
qsizetype touchFirstScreen(const RecordTableModel &model)
{
    qsizetype characters = 0;
    const int rows = std::min(model.rowCount(), 40);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            characters += index.data().toString().size();
            characters += index.data(RecordTableModel::SeverityRole).isValid() ? 1 : 0;
        }
    }
    return characters;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"customers.csv"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write(Bench::RecordGenerator::csv(RecordKind::Customers, total));
    }
    Bench::printFigure(u"rows"_s, double(total), u"rows"_s);

    // Opening the file: the job reads the head first and hands it over; the table shows it while
    // the rest is parsed and validated.
    RecordTableModel model;
    QElapsedTimer clock;
    double firstRowsMs = -1;
    ImportJob job;
    QObject::connect(&job, &ImportJob::previewReady, &app, [&] {
        // As the review page does: the job mapped and validated the first rows in its thread.
        model.setStore(job.previewStore(), true);
        touchFirstScreen(model);
        firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    });
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);
    ImportParams params;
    params.path = path;
    params.kind = RecordKind::Customers;
    params.threads = 2;
    clock.start();
    job.start(params);
    loop.exec();
    const double importMs = double(clock.nsecsElapsed()) / 1e6;
    if (!job.result() || !job.result()->hasValue()) {
        qWarning("import failed: %s", qPrintable(job.result() ? job.result()->error() : QString()));
        return 1;
    }
    const std::shared_ptr<RecordStore> store = job.result()->value().store;
    clock.restart();
    model.setStore(store);
    touchFirstScreen(model);
    const double swapMs = double(clock.nsecsElapsed()) / 1e6;
    Bench::printFigure(u"first rows in the table after opening"_s, firstRowsMs, u"ms"_s);
    Bench::printFigure(u"import and validate, whole file (2 threads)"_s, importMs, u"ms"_s);
    Bench::printFigure(u"whole store into the table"_s, swapMs, u"ms"_s);

    // "Only rows with errors", and back to all rows.
    QList<double> filterMs;
    for (int i = 0; i < 7; ++i) {
        clock.restart();
        model.setRowFilter(RecordStore::RowFilter::WithErrors);
        filterMs.append(double(clock.nsecsElapsed()) / 1e6);
        model.setRowFilter(RecordStore::RowFilter::All);
    }
    model.setRowFilter(RecordStore::RowFilter::WithErrors);
    Bench::printFigure(u"only rows with errors (median of 7)"_s, Bench::median(filterMs), u"ms"_s);
    Bench::printFigure(u"rows with errors"_s, double(model.rowCount()), u"rows"_s);
    model.setRowFilter(RecordStore::RowFilter::All);

    // One-cell edits, re-validated with the duplicates: a reference made to collide with another
    // row's and back, so the uniqueness index and both rows' issues change every time.
    const int edits = 2000;
    QList<QByteArray> references;
    for (int i = 0; i < edits; ++i)
        references.append(store->value(qint32((i * 7919) % total), F::Reference).toByteArray());
    clock.restart();
    for (int i = 0; i < edits; ++i) {
        const qint32 row = qint32((i * 104729 + 13) % total);
        model.applyEdits({{row, F::Reference, references.at(i)}});
    }
    const double editUs = double(clock.nsecsElapsed()) / 1e3 / edits;
    Bench::printFigure(u"one-cell edit re-validated, duplicates included"_s, editUs, u"us"_s);

    // The same with the edit log: durable (WAL, synchronous=FULL) before applyEdits returns.
    auto log = EditLog::open(dir.filePath(u"edits.sqlite"_s), EditLog::fingerprint(path));
    if (log) {
        model.setEditLog(log->get());
        const int logged = 200;
        clock.restart();
        for (int i = 0; i < logged; ++i)
            model.applyEdits({{qint32(i * 31), F::Firstname, "Edited" + QByteArray::number(i)}});
        Bench::printFigure(u"one-cell edit re-validated and written to the edit log"_s,
                           double(clock.nsecsElapsed()) / 1e3 / logged, u"us"_s);
        model.setEditLog(nullptr);
    }

    // Sorting and searching the million run off the GUI thread; the event loop stays free.
    QSignalSpy recomputed(&model, &RecordTableModel::rowsRecomputed);
    clock.restart();
    model.sort(F::Email, Qt::AscendingOrder);
    const double sortCallMs = double(clock.nsecsElapsed()) / 1e6;
    if (model.isBusy())
        recomputed.wait(60000);
    Bench::printFigure(u"sort by e-mail (off the GUI thread)"_s,
                       double(clock.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::printFigure(u"GUI thread blocked by the sort call"_s, sortCallMs, u"ms"_s);
    model.sort(-1);
    recomputed.clear();
    clock.restart();
    model.setSearchText(u"obi"_s);
    if (model.isBusy())
        recomputed.wait(60000);
    Bench::printFigure(u"search \"obi\" in every field (off the GUI thread)"_s,
                       double(clock.nsecsElapsed()) / 1e6, u"ms"_s);
    Bench::printFigure(u"rows found"_s, double(model.rowCount()), u"rows"_s);
    Bench::printFigure(u"peak memory"_s, Bench::peakMemoryMiB(), u"MiB"_s);
    return 0;
}
