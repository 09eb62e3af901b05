// RecordStore::validateAll: the bulk validation of an import, split across threads.
#include "recordstore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Peere {

bool RecordStore::validateAll(int threads,
                              const std::function<void(qint32 done, qint32 total)> &progress,
                              const std::atomic_bool *cancel)
{
    const qint32 total = rowCount();
    // Tasks handed out in order to `threads` threads: first the uniqueness index, one task per
    // indexed field (they are independent), then the rows in small chunks, so that the threads
    // stay busy to the end and progress is smooth.
    constexpr qint32 chunkRows = 8192;
    const qint32 chunkCount = (total + chunkRows - 1) / chunkRows;
    const QList<int> indexed = m_uniqueness.indexedFields();
    const qint32 fieldTasks = qint32(indexed.size());
    const qint32 taskCount = fieldTasks + chunkCount;
    std::vector<QList<ValidationIssue>> chunks(static_cast<size_t>(chunkCount));
    std::vector<QList<ValidationIssue>> duplicates(static_cast<size_t>(fieldTasks));
    std::atomic<qint32> nextTask{0};
    std::atomic<qint32> done{0};
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const int columns = m_table.columnCount();

    const auto work = [&] {
        Values values;
        for (;;) {
            if (cancelled())
                return;
            const qint32 task = nextTask.fetch_add(1);
            if (task >= taskCount)
                return;
            if (task < fieldTasks) {
                const int field = indexed.at(task);
                m_uniqueness.buildField(
                    task,
                    total,
                    [&](qint32 row) { return value(row, field); },
                    duplicates[size_t(task)],
                    cancel);
                continue;
            }
            const qint32 chunk = task - fieldTasks;
            const qint32 first = chunk * chunkRows;
            const qint32 last = std::min(total, first + chunkRows);
            QList<ValidationIssue> &out = chunks[size_t(chunk)];
            for (qint32 row = first; row < last; ++row) {
                if (m_table.fieldCount(row) != columns)
                    out.append({row, -1, Rule::RowShape});
                m_validator.validate(row, rowValues(row, values), out);
            }
            const qint32 now = done.fetch_add(last - first) + (last - first);
            if (progress)
                progress(now, total);
        }
    };

    QList<QFuture<void>> helpers;
    for (int i = 1; i < threads; ++i)
        helpers.append(QtConcurrent::run(work));
    work();
    for (QFuture<void> &helper : helpers)
        helper.waitForFinished();
    if (cancelled())
        return false;
    finishValidation(chunks, duplicates);
    return true;
}

void RecordStore::finishValidation(std::vector<QList<ValidationIssue>> &chunks,
                                   std::vector<QList<ValidationIssue>> &duplicateLists)
{
    // The chunks are in row order, and so are the duplicates: one merge sorts everything.
    std::vector<ValidationIssue> validated;
    size_t size = 0;
    for (const QList<ValidationIssue> &chunk : chunks)
        size += size_t(chunk.size());
    validated.reserve(size);
    for (QList<ValidationIssue> &chunk : chunks) {
        validated.insert(validated.end(), chunk.cbegin(), chunk.cend());
        chunk = {};
    }
    QList<ValidationIssue> duplicates;
    for (QList<ValidationIssue> &list : duplicateLists) {
        duplicates += list;
        list = {};
    }
    std::sort(duplicates.begin(), duplicates.end(), issueLessThan);

    m_issues.clear();
    m_issues.reserve(validated.size() + size_t(duplicates.size()));
    std::merge(validated.cbegin(), validated.cend(), duplicates.cbegin(), duplicates.cend(),
               std::back_inserter(m_issues), [](const ValidationIssue &a, const ValidationIssue &b) {
                   return a.row < b.row || (a.row == b.row && a.field < b.field);
               });
    validated = {};
    m_revalidated.clear();

    const qint32 excluded = m_counts.excludedRows;
    m_counts = IssueCounts();
    m_counts.rows = rowCount();
    m_counts.excludedRows = excluded;
    m_counts.byField.fill(0, fieldCount() + 1);
    for (quint8 &flags : m_flags)
        flags &= quint8(~(Error | Warning | Revalidated));
    for (auto it = m_issues.cbegin(); it != m_issues.cend();) {
        auto end = it;
        quint8 rowFlags = 0;
        while (end != m_issues.cend() && end->row == it->row) {
            rowFlags |= severity(end->rule) == Severity::Error ? Error : Warning;
            ++end;
        }
        m_flags[size_t(it->row)] |= rowFlags;
        m_counts.count(std::span<const ValidationIssue>(it, end), 1);
        it = end;
    }
}

} // namespace Peere
