#pragma once

#include "findreplacedialog.h"
#include "records/bulkedits.h"
#include "records/editlog.h"
#include "records/importjob.h"
#include "records/issuegroupmodel.h"
#include "records/recordtablemodel.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Peere::Ui {

// The Review step: the imported records in a table (RecordTableModel over the store, cells with
// problems tinted, the rule's message as tooltip), the issues panel grouped by rule and by field
// (click a group to see its rows), filters, search, jumps to the next problem, and the fixes:
// typing in a cell, suggested fixes for a whole rule, find and replace, transforms, exclusion.
// Every change is one undo step and is written to the file's edit log before it returns.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // The first rows of a file still being imported (validated already), read-only.
    void showPreview(std::shared_ptr<RecordStore> store);
    // A finished import of `path`: edits logged for this file before are replayed first.
    void setImport(const ImportResult &result, const QString &path);
    // The migration open in the console (its journal file), empty when none. While one is set,
    // every edit is kept in it (who, when, before, after); without one, in a file beside the CSV
    // file, whose edits the journal takes over once there is one.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_journalPath; }
    // Back to no records (an import that failed after its first rows were shown).
    void clearRecords();

    RecordTableModel *model() const { return m_model; }
    IssueGroupModel *issueModel() const { return m_issueModel; }
    QTableView *table() const { return m_table; }
    QTreeView *issueView() const { return m_issueView; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EditLog *editLog() const { return m_log.get(); }
    QString message() const;
    QString statusText() const;

    // The commands behind the page's actions; each is one undo step. They return how many cells
    // (or rows) changed.
    qsizetype applySuggestedFixes(Rule rule);
    qsizetype applyTransform(int field, BulkEdits::Transform transform);
    QString findReplace(const FindReplaceDialog::Request &request);
    qsizetype setSelectedRowsExcluded(bool excluded);
    bool exportCsv(const QString &path);
    void goToNextProblem(bool backwards = false);
    void setRowFilter(RecordStore::RowFilter filter);

signals:
    void recordsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void showMessage(const QString &text, bool problem);
    void updateStatus();
    void issueGroupActivated(const QModelIndex &index);
    void updateActions();
    void openFindReplace();
    void chooseExportFile();
    QList<qint32> selectedStoreRows() const;
    // Opens the edit log of m_csvPath for `store` (the journal when set, else the sidecar) and
    // replays what it holds; returns what to tell the user.
    QString openEditLog(RecordStore &store, bool *problem);
    int currentField() const;

    RecordTableModel *m_model = nullptr;
    IssueGroupModel *m_issueModel = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::unique_ptr<EditLog> m_log;
    QString m_csvPath;     // the file shown (a finished import)
    QString m_journalPath; // the migration open in the console

    QComboBox *m_filterCombo = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTreeView *m_issueView = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;

    QAction *m_nextProblem = nullptr;
    QAction *m_previousProblem = nullptr;
    QAction *m_find = nullptr;
    QAction *m_fixRule = nullptr;
    QAction *m_findReplace = nullptr;
    QAction *m_exclude = nullptr;
    QAction *m_include = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_export = nullptr;
    QList<QAction *> m_transforms;
};

} // namespace Peere::Ui
