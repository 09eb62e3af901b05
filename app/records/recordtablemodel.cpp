#include "recordtablemodel.h"

#include "records/editlog.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// Case-insensitive for ASCII letters; other bytes compared as they are. `needle` is lower-case.
bool containsFolded(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char first = needle[0];
    const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; };
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        if (lower(haystack[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < n && lower(haystack[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

RecordTableModel::~RecordTableModel()
{
    waitForIdle();
}

void RecordTableModel::setStore(std::shared_ptr<RecordStore> store, bool readOnly)
{
    waitForIdle();
    ++m_generation;
    beginResetModel();
    m_store = std::move(store);
    m_readOnly = readOnly;
    m_filter = RowFilter::All;
    m_group = false;
    m_groupRule.reset();
    m_groupField = -2;
    m_searchText.clear();
    m_sortColumn = -1;
    m_rows = m_store ? m_store->rows(RowFilter::All) : QList<qint32>();
    m_identity = true;
    m_viewOf.clear();
    endResetModel();
    emit rowsRecomputed();
    emit issuesChanged();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_store ? 0 : m_store->fieldCount();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint32 row = m_rows.at(index.row());
    const int field = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QByteArrayView value = m_store->value(row, field);
        if (value.size() <= DisplayLimit)
            return QString::fromUtf8(value);
        return QString(QString::fromUtf8(value.first(DisplayLimit)) + u'\u2026');
    }
    case Qt::EditRole:
        return QString::fromUtf8(m_store->value(row, field));
    case SeverityRole: {
        const std::optional<Severity> severity = m_store->cellSeverity(row, field);
        return severity ? QVariant(int(*severity)) : QVariant();
    }
    case Qt::ToolTipRole:
    case IssueMessagesRole: {
        QStringList messages;
        for (const ValidationIssue &issue : m_store->issues(row)) {
            if (issue.field == field || issue.field == -1)
                messages.append(issueMessage(m_store->kind(), issue));
        }
        if (role == IssueMessagesRole)
            return messages;
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    }
    case RowStateRole:
        return headerData(index.row(), Qt::Vertical, RowStateRole);
    case StoreRowRole:
        return row;
    case EditedRole:
        return m_store->isEdited(row, field);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_store)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_store->fieldCount())
            return {};
        if (role == Qt::DisplayRole)
            return fieldName(m_store->kind(), section);
        if (role == Qt::ToolTipRole) {
            const int column = m_store->mapping().column(section);
            return column < 0 ? tr("No source column feeds this field.")
                              : tr("Read from the column \"%1\".")
                                    .arg(m_store->sourceColumnName(column));
        }
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const qint32 row = m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return row + 1;
    case RowStateRole:
        if (m_store->isExcluded(row))
            return int(RowState::Excluded);
        if (m_store->hasErrors(row))
            return int(RowState::Errors);
        return int(m_store->hasWarnings(row) ? RowState::Warnings : RowState::Valid);
    case StoreRowRole:
        return row;
    default:
        return {};
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        result |= Qt::ItemIsEditable;
    return result;
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint32 row = m_rows.at(index.row());
    const QByteArray bytes = value.toString().toUtf8();
    if (m_store->value(row, index.column()) == bytes)
        return true;
    if (m_editHandler)
        return m_editHandler(row, index.column(), bytes);
    applyEdits({{row, index.column(), bytes}});
    return true;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_store || column >= m_store->fieldCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    recompute();
}

void RecordTableModel::setRowFilter(RowFilter filter)
{
    m_filter = filter;
    recompute();
}

void RecordTableModel::setIssueGroup(std::optional<Rule> rule, int field)
{
    m_group = true;
    m_groupRule = rule;
    m_groupField = field;
    recompute();
}

void RecordTableModel::clearIssueGroup()
{
    m_group = false;
    m_groupRule.reset();
    m_groupField = -2;
    recompute();
}

void RecordTableModel::setSearchText(const QString &text)
{
    m_searchText = text;
    recompute();
}

void RecordTableModel::refresh()
{
    recompute();
}

RecordTableModel::Query RecordTableModel::currentQuery() const
{
    Query query;
    query.filter = m_filter;
    query.group = m_group;
    query.groupRule = m_groupRule;
    query.groupField = m_groupField;
    query.search = m_searchText.toLower().toUtf8();
    query.sortColumn = m_sortColumn;
    query.sortOrder = m_sortOrder;
    return query;
}

QList<qint32> RecordTableModel::computeRows(const RecordStore &store, const Query &query)
{
    QList<qint32> rows = store.rows(query.filter);
    if (query.group) {
        const QList<qint32> grouped = store.rowsWithIssue(query.groupRule, query.groupField);
        QList<qint32> both;
        std::set_intersection(rows.cbegin(), rows.cend(), grouped.cbegin(), grouped.cend(),
                              std::back_inserter(both));
        rows = std::move(both);
    }
    if (!query.search.isEmpty()) {
        const int fields = store.fieldCount();
        const auto matches = [&](qint32 row) {
            for (int field = 0; field < fields; ++field) {
                if (containsFolded(store.value(row, field), query.search))
                    return true;
            }
            return false;
        };
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](qint32 row) { return !matches(row); }),
                   rows.end());
    }
    if (query.sortColumn >= 0) {
        const int field = query.sortColumn;
        const auto less = [&](qint32 a, qint32 b) {
            return store.value(a, field).compare(store.value(b, field)) < 0;
        };
        if (query.sortOrder == Qt::AscendingOrder)
            std::stable_sort(rows.begin(), rows.end(), less);
        else
            std::stable_sort(rows.begin(), rows.end(), [&](qint32 a, qint32 b) { return less(b, a); });
    }
    return rows;
}

void RecordTableModel::recompute()
{
    if (!m_store)
        return;
    const Query query = currentQuery();
    const quint64 generation = ++m_generation;
    const bool slow = !query.search.isEmpty() || query.sortColumn >= 0;
    if (!slow || m_store->rowCount() < AsyncThreshold) {
        showRows(computeRows(*m_store, query));
        return;
    }
    // The store is only read meanwhile: edits wait for the computation first (waitForIdle).
    std::shared_ptr<const RecordStore> store = m_store;
    QFuture<QList<qint32>> future = QtConcurrent::run([store, query] {
        return computeRows(*store, query);
    });
    m_pending.insert(generation, future);
    future.then(this, [this, generation](QList<qint32> rows) {
        m_pending.remove(generation);
        if (generation == m_generation)
            showRows(std::move(rows));
    });
}

void RecordTableModel::waitForIdle()
{
    // Delivering the continuations needs the event loop; the computations themselves only need
    // to be over before the store changes.
    for (QFuture<QList<qint32>> &future : m_pending)
        future.waitForFinished();
}

void RecordTableModel::showRows(QList<qint32> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_identity = m_rows.size() == (m_store ? m_store->rowCount() : 0)
                 && (m_rows.isEmpty() || (m_rows.constFirst() == 0
                                          && m_rows.constLast() == m_rows.size() - 1
                                          && m_sortColumn < 0));
    m_viewOf.clear();
    endResetModel();
    emit rowsRecomputed();
}

qint32 RecordTableModel::storeRow(int viewRow) const
{
    return viewRow >= 0 && viewRow < m_rows.size() ? m_rows.at(viewRow) : -1;
}

void RecordTableModel::ensureViewIndex() const
{
    if (!m_viewOf.empty() || m_identity || !m_store)
        return;
    m_viewOf.assign(size_t(m_store->rowCount()), -1);
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_viewOf[size_t(m_rows.at(i))] = qint32(i);
}

int RecordTableModel::viewRow(qint32 storeRow) const
{
    if (!m_store || storeRow < 0 || storeRow >= m_store->rowCount())
        return -1;
    if (m_identity)
        return storeRow;
    ensureViewIndex();
    return m_viewOf[size_t(storeRow)];
}

int RecordTableModel::nextProblemRow(int viewRow, bool backwards) const
{
    const qsizetype count = m_rows.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype candidate = backwards ? (viewRow - step + count * 2) % count
                                              : (viewRow + step + count) % count;
        const qint32 row = m_rows.at(candidate);
        if (m_store->hasErrors(row) || m_store->hasWarnings(row))
            return int(candidate);
    }
    return -1;
}

int RecordTableModel::firstProblemColumn(int viewRow) const
{
    const qint32 row = storeRow(viewRow);
    if (row < 0)
        return 0;
    for (const ValidationIssue &issue : m_store->issues(row)) {
        if (issue.field >= 0)
            return issue.field;
    }
    return 0;
}

QList<RecordTableModel::CellEdit> RecordTableModel::applyEdits(const QList<CellEdit> &edits)
{
    if (!m_store || m_readOnly)
        return {};
    waitForIdle();
    QList<CellEdit> undo;
    QList<LoggedEdit> logged;
    QList<qint32> affected;
    for (const CellEdit &edit : edits) {
        if (edit.row < 0 || edit.row >= m_store->rowCount() || edit.field < 0
            || edit.field >= m_store->fieldCount())
            continue;
        QByteArray before = m_store->value(edit.row, edit.field).toByteArray();
        if (before == edit.value)
            continue;
        const bool invalidBefore = m_store->hasErrors(edit.row);
        affected += m_store->setValue(edit.row, edit.field, edit.value);
        logged.append({edit.row,
                       edit.field,
                       before,
                       edit.value,
                       invalidBefore,
                       m_store->hasErrors(edit.row),
                       m_store->line(edit.row)});
        undo.append({edit.row, edit.field, std::move(before)});
    }
    std::reverse(undo.begin(), undo.end());
    if (m_log && !logged.isEmpty()) {
        if (const VoidResult written = m_log->append(logged); !written)
            emit editLogFailed(written.error());
    }
    if (m_editSink && !logged.isEmpty()) {
        if (const VoidResult written = m_editSink(logged); !written)
            emit editLogFailed(written.error());
    }
    notifyRows(std::move(affected));
    return undo;
}

QList<qint32> RecordTableModel::setRowsExcluded(const QList<qint32> &rows, bool excluded)
{
    if (!m_store || m_readOnly)
        return {};
    waitForIdle();
    QList<qint32> changed;
    QList<LoggedEdit> logged;
    for (const qint32 row : rows) {
        if (row < 0 || row >= m_store->rowCount() || m_store->isExcluded(row) == excluded)
            continue;
        changed.append(row);
        // invalidAfter: what the record is when it comes back (the journal makes it invalid or
        // pending); invalidBefore stays unset, so the data-quality trend does not count it.
        logged.append({row,
                       EditLog::ExclusionField,
                       excluded ? "0"_ba : "1"_ba,
                       excluded ? "1"_ba : "0"_ba,
                       std::nullopt,
                       m_store->hasErrors(row),
                       m_store->line(row)});
    }
    // Kept first: the journal refuses to exclude a record already sent, and a change it could
    // not keep is not made.
    if (m_log && !logged.isEmpty()) {
        QList<RefusedExclusion> refused;
        if (const VoidResult written = m_log->append(logged, &refused); !written) {
            emit editLogFailed(written.error());
            return {};
        }
        if (!refused.isEmpty()) {
            QList<qint32> sent;
            QList<qint32> created;
            for (const RefusedExclusion &refusal : std::as_const(refused)) {
                const RecordState state = refusal.state;
                const bool onServer = state == RecordState::Migrated
                                      || state == RecordState::Verified
                                      || state == RecordState::Mismatch;
                (onServer ? created : sent).append(changed.at(refusal.edit));
            }
            for (auto it = refused.crbegin(); it != refused.crend(); ++it)
                changed.removeAt(it->edit);
            emit exclusionRefused(refusalMessage(created, sent));
        }
    }
    QList<qint32> affected;
    for (const qint32 row : std::as_const(changed))
        affected += m_store->setExcluded(row, excluded);
    notifyRows(std::move(affected));
    return changed;
}

QString RecordTableModel::refusalMessage(const QList<qint32> &created, const QList<qint32> &sent)
{
    // The rows as the table numbers them; a long list is cut short.
    const auto rowList = [](const QList<qint32> &rows) {
        const QLocale locale;
        QStringList numbers;
        for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 10); ++i)
            numbers.append(locale.toString(rows.at(i) + 1));
        if (rows.size() > 10)
            numbers.append(u"\u2026"_s);
        return numbers.join(u", "_s);
    };
    QStringList lines;
    if (created.size() == 1)
        lines << tr("Row %1 is already created on the server: it cannot be excluded from the "
                    "migration.")
                     .arg(rowList(created));
    else if (created.size() > 1)
        lines << tr("%n rows are already created on the server and were not excluded: %1.",
                    "",
                    int(created.size()))
                     .arg(rowList(created));
    if (sent.size() == 1)
        lines << tr("Row %1 was already sent to the server: it cannot be excluded from the "
                    "migration any more.")
                     .arg(rowList(sent));
    else if (sent.size() > 1)
        lines << tr("%n rows were already sent to the server and were not excluded: %1.",
                    "",
                    int(sent.size()))
                     .arg(rowList(sent));
    return lines.join(u'\n');
}

void RecordTableModel::notifyRows(QList<qint32> storeRows)
{
    if (storeRows.isEmpty())
        return;
    const int lastColumn = columnCount() - 1;
    QList<int> viewRows;
    viewRows.reserve(storeRows.size());
    for (const qint32 row : std::as_const(storeRows)) {
        const int view = viewRow(row);
        if (view >= 0)
            viewRows.append(view);
    }
    std::sort(viewRows.begin(), viewRows.end());
    viewRows.erase(std::unique(viewRows.begin(), viewRows.end()), viewRows.end());
    // A bulk edit touches many rows: one signal for the span is cheaper than thousands.
    if (viewRows.size() > 256) {
        emit dataChanged(index(viewRows.constFirst(), 0), index(viewRows.constLast(), lastColumn));
        emit headerDataChanged(Qt::Vertical, viewRows.constFirst(), viewRows.constLast());
    } else {
        for (const int view : std::as_const(viewRows)) {
            emit dataChanged(index(view, 0), index(view, lastColumn));
            emit headerDataChanged(Qt::Vertical, view, view);
        }
    }
    emit issuesChanged();
}

} // namespace Peere
