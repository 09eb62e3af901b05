#pragma once

#include "records/editlog.h"
#include "records/recordstore.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Peere {

class EditLog;

// The review table: one row per record of a RecordStore (or per record that passes the filter),
// one column per API field. No copy of the records: data() reads the store. The rows shown are a
// vector of store rows inside the model ("only rows with errors", an issue group, a search, a
// sort), recomputed off the GUI thread when that is slow on a large store.
//
// Semantic roles only (severity, issue messages, row state): colours are chosen in ui/.
// Edits go through applyEdits()/setRowsExcluded(), which re-validate at once, notify every
// affected row (duplicates elsewhere included) and write each edit to the EditLog before
// returning. GUI thread only.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity) of the cell's worst issue; null when none
        IssueMessagesRole,               // QStringList: the cell's issues (whole-row ones included)
        RowStateRole,                    // int(RowState)
        StoreRowRole,                    // the row's index in the store
        EditedRole,                      // bool: the cell holds an edited value
    };
    enum class RowState { Valid, Warnings, Errors, Excluded };
    using RowFilter = RecordStore::RowFilter;
    using CellEdit = RecordStore::CellEdit;

    // Longer values are cut in DisplayRole (an 8 MB field must not stall painting); EditRole
    // gives the whole value.
    static constexpr int DisplayLimit = 500;
    // Above this many rows, sorting and searching run off the GUI thread.
    static constexpr qint32 AsyncThreshold = 100000;

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    // `readOnly`: a preview of the first rows while the whole file is still being read.
    void setStore(std::shared_ptr<RecordStore> store, bool readOnly = false);
    RecordStore *store() const { return m_store.get(); }
    std::shared_ptr<RecordStore> sharedStore() const { return m_store; }
    bool isReadOnly() const { return m_readOnly; }
    void setEditLog(EditLog *log) { m_log = log; }
    // Where the edits are written besides (or instead of) an EditLog: the failure triage writes
    // them into the migration journal. Called like EditLog::append, after the store has the new
    // values (so a row's validity is the one after the edits); a failure is reported through
    // editLogFailed.
    using EditSink = std::function<VoidResult(const QList<LoggedEdit> &edits)>;
    void setEditSink(EditSink sink) { m_editSink = std::move(sink); }
    // Routes an edit typed into a cell (e.g. through an undo stack); without one, setData()
    // applies it directly.
    void setEditHandler(std::function<bool(qint32 row, int field, const QByteArray &value)> handler)
    {
        m_editHandler = std::move(handler);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Which rows are shown. Combined: filter AND issue group AND search text.
    void setRowFilter(RowFilter filter);
    RowFilter rowFilter() const { return m_filter; }
    // Rows with an issue of `rule` (any when nullopt) on `field` (any when -2).
    void setIssueGroup(std::optional<Rule> rule, int field);
    void clearIssueGroup();
    bool hasIssueGroup() const { return m_group; }
    // Rows where any field contains `text` (ASCII letters compared without case).
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Recomputes the shown rows (edited rows may no longer pass the filter; they stay until then).
    void refresh();
    // True while rows are being filtered or sorted off the GUI thread.
    bool isBusy() const { return !m_pending.isEmpty(); }
    void waitForIdle();

    qint32 storeRow(int viewRow) const;
    int viewRow(qint32 storeRow) const; // -1 when not shown
    const QList<qint32> &visibleRows() const { return m_rows; }

    // The next (or previous) shown row with an issue after `viewRow`, wrapping; -1 when none.
    int nextProblemRow(int viewRow, bool backwards = false) const;
    // The first column of `viewRow` that has an issue, or 0.
    int firstProblemColumn(int viewRow) const;

    // Applies edits in order, writes them to the edit log, notifies the affected rows and returns
    // the edits that undo them. Cells whose value does not change are skipped.
    QList<CellEdit> applyEdits(const QList<CellEdit> &edits);
    // Excludes rows from the migration or includes them again, written to the edit log first.
    // In a migration's journal, a row already sent cannot be excluded: it is left as it is and
    // exclusionRefused says which. Returns the rows whose state changed.
    QList<qint32> setRowsExcluded(const QList<qint32> &rows, bool excluded);

signals:
    void issuesChanged();   // issue counts changed (an edit, an exclusion)
    void rowsRecomputed();  // the shown rows changed (filter, group, search, sort)
    void editLogFailed(const QString &message);
    // Some rows were not excluded: already sent to the server (the message says which).
    void exclusionRefused(const QString &message);

private:
    static QString refusalMessage(const QList<qint32> &created, const QList<qint32> &sent);

    struct Query
    {
        RowFilter filter = RowFilter::All;
        bool group = false;
        std::optional<Rule> groupRule;
        int groupField = -2;
        QByteArray search; // lower-case UTF-8
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    static QList<qint32> computeRows(const RecordStore &store, const Query &query);
    Query currentQuery() const;
    void recompute();
    void showRows(QList<qint32> rows);
    void notifyRows(QList<qint32> storeRows);
    void ensureViewIndex() const;

    std::shared_ptr<RecordStore> m_store;
    bool m_readOnly = false;
    EditLog *m_log = nullptr;
    EditSink m_editSink;
    std::function<bool(qint32, int, const QByteArray &)> m_editHandler;

    RowFilter m_filter = RowFilter::All;
    bool m_group = false;
    std::optional<Rule> m_groupRule;
    int m_groupField = -2;
    QString m_searchText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QList<qint32> m_rows;          // view row -> store row
    bool m_identity = true;        // m_rows is 0..n-1
    mutable std::vector<qint32> m_viewOf; // store row -> view row, built when first needed
    quint64 m_generation = 0;
    QHash<quint64, QFuture<QList<qint32>>> m_pending; // by generation
};

} // namespace Peere
