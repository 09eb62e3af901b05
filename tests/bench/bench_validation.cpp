// The validation engine on 1,000,000 generated customer rows (about 2% dirt): records validated
// per second on one thread and on two, the uniqueness index's build time and memory, and the
// cost of a one-cell edit. The rows are generated in blocks so that only the engine is timed.
#include "benchsupport.h"
#include "recordgenerator.h"

#include "validation/recordvalidator.h"
#include "validation/uniquenessindex.h"
#include "validation/validationsummary.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QList>
#include <QTextStream>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

using namespace Peere;
using namespace Qt::Literals::StringLiterals;

namespace {

// A block of generated rows: all bytes in one buffer, and a view per cell.
struct Block
{
    QByteArray bytes;
    std::vector<qsizetype> ends; // per cell, end offset in bytes
    int fields = 0;
    qint32 firstRow = 0;

    qsizetype rows() const { return qsizetype(ends.size()) / fields; }
    void views(qsizetype row, QByteArrayView *out) const
    {
        for (int f = 0; f < fields; ++f) {
            const size_t cell = size_t(row * fields + f);
            const qsizetype begin = cell == 0 ? 0 : ends[cell - 1];
            out[f] = QByteArrayView(bytes.constData() + begin, ends[cell] - begin);
        }
    }
};

Block generate(Bench::RecordGenerator &generator, qint32 firstRow, qsizetype rows)
{
    Block block;
    block.fields = fieldCount(generator.kind());
    block.firstRow = firstRow;
    block.bytes.reserve(rows * 170);
    block.ends.reserve(size_t(rows * block.fields));
    QList<QByteArray> values;
    for (qsizetype i = 0; i < rows; ++i) {
        generator.next(values);
        for (const QByteArray &value : std::as_const(values)) {
            block.bytes.append(value);
            block.ends.push_back(block.bytes.size());
        }
    }
    return block;
}

qsizetype validateRange(const RecordValidator &validator, const Block &block, qsizetype from,
                        qsizetype to, QList<ValidationIssue> &issues)
{
    QByteArrayView views[32];
    for (qsizetype row = from; row < to; ++row) {
        block.views(row, views);
        validator.validate(block.firstRow + qint32(row),
                           std::span<const QByteArrayView>(views, size_t(block.fields)), issues);
    }
    return to - from;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 total = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const qsizetype blockRows = 50000;
    const RecordKind kind = RecordKind::Customers;
    const RecordValidator validator(kind);
    UniquenessIndex index(kind);

    Bench::RecordGenerator generator(kind, 7, 0.02);
    double singleCpu = 0, singleWall = 0, dualWall = 0, dualCpu = 0, indexWall = 0, indexCpu = 0;
    qint64 errors = 0, warnings = 0;
    QList<ValidationIssue> issues;
    QList<ValidationIssue> left, right;
    QList<ValidationIssue> allIssues;
    {
        // The phone tables, compiled patterns and ISO lookups are built once, on first use.
        Bench::RecordGenerator warmGenerator(kind, 1, 0);
        const Block block = generate(warmGenerator, 0, 1);
        QList<ValidationIssue> none;
        Bench::Stopwatch warm;
        validateRange(validator, block, 0, 1, none);
        Bench::printFigure(u"validation.startup"_s, warm.elapsedSeconds() * 1000, u"ms"_s);
    }
    Bench::Stopwatch reserveWatch;
    index.reserve(total);
    Bench::printFigure(u"uniqueness.reserve"_s, reserveWatch.elapsedSeconds() * 1000, u"ms"_s);
    for (qint64 first = 0; first < total; first += blockRows) {
        const qsizetype rows = qsizetype(std::min<qint64>(blockRows, total - first));
        const Block block = generate(generator, qint32(first), rows);

        issues.clear();
        Bench::Stopwatch single;
        validateRange(validator, block, 0, rows, issues);
        singleWall += single.elapsedSeconds();
        singleCpu += single.cpuSecondsUsed();
        for (const ValidationIssue &issue : std::as_const(issues))
            (severity(issue) == Severity::Error ? errors : warnings) += 1;
        allIssues += issues;

        // The same block on two threads, as the import pipeline runs it.
        left.clear();
        right.clear();
        Bench::Stopwatch dual;
        QFuture<qsizetype> half = QtConcurrent::run([&] {
            return validateRange(validator, block, 0, rows / 2, left);
        });
        validateRange(validator, block, rows / 2, rows, right);
        half.waitForFinished();
        dualWall += dual.elapsedSeconds();
        dualCpu += dual.cpuSecondsUsed();

        Bench::Stopwatch indexWatch;
        QByteArrayView views[32];
        for (qsizetype row = 0; row < rows; ++row) {
            block.views(row, views);
            index.add(qint32(first + row), std::span<const QByteArrayView>(views, size_t(block.fields)));
        }
        indexWall += indexWatch.elapsedSeconds();
        indexCpu += indexWatch.cpuSecondsUsed();
    }
    QList<ValidationIssue> duplicates;
    Bench::Stopwatch collect;
    index.appendIssues(duplicates);
    const double collectWall = collect.elapsedSeconds();
    for (const ValidationIssue &issue : std::as_const(duplicates))
        (severity(issue) == Severity::Error ? errors : warnings) += 1;

    // One-cell edits: move a reference onto another row's value and back.
    const int edits = 20000;
    Bench::Stopwatch editWatch;
    qint64 changed = 0;
    for (int i = 0; i < edits; ++i) {
        const QByteArray mine = "REF-" + QByteArray::number(100000000 + i).mid(0);
        const QByteArray other = "EDIT-" + QByteArray::number(i % 100);
        changed += index.update(qint32(i), CustomerField::Reference, mine, other).size();
        changed += index.update(qint32(i), CustomerField::Reference, other, mine).size();
    }
    const double editSeconds = editWatch.elapsedSeconds();

    Bench::printFigure(u"validation.rows"_s, double(total), u"rows"_s);
    Bench::printFigure(u"validation.records_per_second_1_thread"_s, total / singleWall, u"rows/s"_s);
    Bench::printFigure(u"validation.cpu_1_thread"_s, singleCpu, u"s"_s);
    // CPU-based: what one core does when it is not shared (the wall figure moves with load).
    Bench::printFigure(u"validation.records_per_cpu_second"_s, total / singleCpu, u"rows/s"_s);
    Bench::printFigure(u"validation.wall_2_threads"_s, dualWall, u"s"_s);
    Bench::printFigure(u"validation.cpu_2_threads"_s, dualCpu, u"s"_s);
    Bench::printFigure(u"validation.errors"_s, double(errors), u"issues"_s);
    Bench::printFigure(u"validation.warnings"_s, double(warnings), u"issues"_s);
    Bench::printFigure(u"uniqueness.build"_s, indexWall, u"s"_s);
    Bench::printFigure(u"uniqueness.build_cpu"_s, indexCpu, u"s"_s);
    Bench::printFigure(u"uniqueness.collect_issues"_s, collectWall * 1000, u"ms"_s);
    Bench::printFigure(u"uniqueness.duplicate_issues"_s, double(duplicates.size()), u"issues"_s);
    Bench::printFigure(u"uniqueness.memory"_s, index.memoryBytes() / 1048576.0, u"MiB"_s);
    Bench::printFigure(u"uniqueness.edit"_s, editSeconds / (2 * edits) * 1e6, u"us"_s);
    Bench::printFigure(u"validation.peak_memory"_s, Bench::peakMemoryMiB(), u"MiB"_s);
    Q_UNUSED(changed);
    allIssues += duplicates;
    const ValidationSummary summary = ValidationSummary::of(kind, total, allIssues);
    QTextStream(stderr) << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
