#include "reviewpage.h"

#include "editcommands.h"
#include "issuedelegate.h"
#include "records/recordexport.h"
#include "semanticcolors.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RecordTableModel(this))
    , m_issueModel(new IssueGroupModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_filterCombo(new QComboBox)
    , m_searchEdit(new QLineEdit)
    , m_searchTimer(new QTimer(this))
    , m_issueView(new QTreeView)
    , m_table(new QTableView)
    , m_message(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(u"ReviewPage"_s);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new IssueDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    // A million rows: fixed heights, no measuring of contents, sorting by our own index vector.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_issueView->setObjectName(u"issueView"_s);
    m_issueView->setModel(m_issueModel);
    m_issueView->setRootIsDecorated(true);
    m_issueView->setUniformRowHeights(true);
    m_issueView->header()->setStretchLastSection(false);
    m_issueView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_issueView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_filterCombo->setObjectName(u"filterCombo"_s);
    for (const auto filter : {RecordStore::RowFilter::All, RecordStore::RowFilter::WithErrors,
                              RecordStore::RowFilter::WarningsOnly,
                              RecordStore::RowFilter::Excluded, RecordStore::RowFilter::Edited})
        m_filterCombo->addItem(QString(), int(filter));
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_status->setObjectName(u"reviewStatus"_s);

    createActions();

    auto toolbar = new QToolBar;
    toolbar->setObjectName(u"reviewToolbar"_s);
    toolbar->addWidget(m_filterCombo);
    toolbar->addWidget(m_searchEdit);
    toolbar->addSeparator();
    toolbar->addAction(m_previousProblem);
    toolbar->addAction(m_nextProblem);
    toolbar->addSeparator();
    toolbar->addAction(m_fixRule);
    toolbar->addAction(m_findReplace);
    auto transformButton = new QToolButton;
    transformButton->setObjectName(u"transformButton"_s);
    transformButton->setPopupMode(QToolButton::InstantPopup);
    auto transformMenu = new QMenu(transformButton);
    transformMenu->addActions(m_transforms);
    transformButton->setMenu(transformMenu);
    transformButton->setText(tr("Transform"));
    toolbar->addWidget(transformButton);
    toolbar->addAction(m_exclude);
    toolbar->addAction(m_include);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_export);

    auto splitter = new QSplitter;
    splitter->addWidget(m_issueView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_model->setEditHandler([this](qint32 row, int field, const QByteArray &value) {
        m_undoStack->push(new EditCellsCommand(m_model, {{row, field, value}},
                                               tr("Edit %1").arg(fieldName(m_model->store()->kind(),
                                                                           field))));
        return true;
    });
    connect(m_model, &RecordTableModel::issuesChanged, this, [this] {
        m_issueModel->refresh();
        updateStatus();
        emit recordsChanged();
    });
    connect(m_model, &RecordTableModel::rowsRecomputed, this, &ReviewPage::updateStatus);
    connect(m_model, &RecordTableModel::editLogFailed, this, [this](const QString &error) {
        showMessage(error, true);
    });
    connect(m_model, &RecordTableModel::exclusionRefused, this, [this](const QString &message) {
        showMessage(message, true);
    });
    connect(m_filterCombo, &QComboBox::activated, this, [this] {
        m_model->setRowFilter(RecordStore::RowFilter(m_filterCombo->currentData().toInt()));
    });
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_searchEdit->text());
    });
    connect(m_issueView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReviewPage::issueGroupActivated);
    connect(m_issueView, &QTreeView::clicked, this, &ReviewPage::issueGroupActivated);
    connect(m_issueModel, &QAbstractItemModel::modelReset, m_issueView, &QTreeView::expandAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPage::updateActions);

    retranslate();
    updateActions();
    updateStatus();
}

ReviewPage::~ReviewPage()
{
    // An open editor commits when the table goes, and the commands and the model refer to the
    // edit log: detach them all before the log goes.
    m_model->setEditHandler({});
    m_model->setEditLog(nullptr);
    m_undoStack->clear();
}

void ReviewPage::createActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut = {}) {
        auto action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_nextProblem = make("nextProblemAction", QKeySequence(Qt::Key_F8));
    m_previousProblem = make("previousProblemAction", QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_find = make("findAction", QKeySequence::Find);
    m_fixRule = make("fixRuleAction");
    m_findReplace = make("findReplaceAction", QKeySequence(Qt::CTRL | Qt::Key_H));
    m_exclude = make("excludeAction");
    m_include = make("includeAction");
    m_undo = make("undoAction", QKeySequence::Undo);
    m_redo = make("redoAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_export = make("exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    for (const char *name : {"trimAction", "upperAction", "lowerAction", "titleAction",
                             "phoneAction"})
        m_transforms.append(make(name));

    connect(m_nextProblem, &QAction::triggered, this, [this] { goToNextProblem(false); });
    connect(m_previousProblem, &QAction::triggered, this, [this] { goToNextProblem(true); });
    connect(m_find, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(m_fixRule, &QAction::triggered, this, [this] {
        if (const auto rule = m_issueModel->ruleAt(m_issueView->currentIndex()))
            applySuggestedFixes(*rule);
    });
    connect(m_findReplace, &QAction::triggered, this, &ReviewPage::openFindReplace);
    connect(m_exclude, &QAction::triggered, this, [this] { setSelectedRowsExcluded(true); });
    connect(m_include, &QAction::triggered, this, [this] { setSelectedRowsExcluded(false); });
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_export, &QAction::triggered, this, &ReviewPage::chooseExportFile);
    for (int i = 0; i < m_transforms.size(); ++i) {
        connect(m_transforms.at(i), &QAction::triggered, this, [this, i] {
            applyTransform(currentField(), BulkEdits::Transform(i));
        });
    }
}

void ReviewPage::retranslate()
{
    m_filterCombo->setItemText(0, tr("All rows"));
    m_filterCombo->setItemText(1, tr("Only rows with errors"));
    m_filterCombo->setItemText(2, tr("Only warnings"));
    m_filterCombo->setItemText(3, tr("Excluded rows"));
    m_filterCombo->setItemText(4, tr("Edited rows"));
    m_searchEdit->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_table->setAccessibleName(tr("Records"));
    m_issueView->setAccessibleName(tr("Issues by rule and by field"));
    m_nextProblem->setText(tr("Next problem"));
    m_nextProblem->setToolTip(tr("Go to the next row with a problem (F8)"));
    m_previousProblem->setText(tr("Previous problem"));
    m_previousProblem->setToolTip(tr("Go to the previous row with a problem (Shift+F8)"));
    m_find->setText(tr("Search"));
    m_fixRule->setText(tr("Apply suggested fixes"));
    m_fixRule->setToolTip(tr("Apply the suggested fix to every row of the rule selected in the "
                             "issues panel"));
    m_findReplace->setText(tr("Find and replace\u2026"));
    m_exclude->setText(tr("Exclude rows"));
    m_exclude->setToolTip(tr("Leave the selected rows out of the migration"));
    m_include->setText(tr("Include rows"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_export->setText(tr("Export CSV\u2026"));
    m_export->setToolTip(tr("Save the corrected records as a CSV file"));
    const QStringList transforms = {tr("Trim spaces"), tr("UPPER CASE"), tr("lower case"),
                                    tr("Title Case"), tr("Phone numbers to E.164")};
    for (int i = 0; i < m_transforms.size(); ++i)
        m_transforms.at(i)->setText(transforms.at(i));
    updateStatus();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    setSemanticForeground(m_message, problem ? Semantic::Error : Semantic::Neutral);
}

QString ReviewPage::message() const
{
    return m_message->text();
}

QString ReviewPage::statusText() const
{
    return m_status->text();
}

void ReviewPage::updateStatus()
{
    const RecordStore *store = m_model->store();
    if (!store) {
        m_status->setText(tr("No records yet: import a file first."));
        return;
    }
    const IssueCounts &counts = store->counts();
    m_status->setText(tr("%L1 rows shown of %L2: %L3 with errors, %L4 with warnings only, %L5 "
                         "excluded.")
                          .arg(m_model->rowCount())
                          .arg(counts.rows)
                          .arg(counts.invalidRows)
                          .arg(counts.warningRows)
                          .arg(counts.excludedRows));
}

void ReviewPage::updateActions()
{
    const bool editable = m_model->store() && !m_model->isReadOnly();
    for (QAction *action : {m_fixRule, m_findReplace, m_exclude, m_include, m_export})
        action->setEnabled(editable);
    for (QAction *action : std::as_const(m_transforms))
        action->setEnabled(editable);
    m_fixRule->setEnabled(editable && m_issueModel->ruleAt(m_issueView->currentIndex()));
    m_undo->setEnabled(m_undoStack->canUndo());
    m_redo->setEnabled(m_undoStack->canRedo());
}

void ReviewPage::showPreview(std::shared_ptr<RecordStore> store)
{
    if (!store)
        return;
    m_undoStack->clear();
    m_model->setEditLog(nullptr);
    m_log.reset();
    m_csvPath.clear();
    m_model->setStore(store, true);
    m_issueModel->setStore(store);
    showMessage(tr("Showing the first rows while the whole file is read and validated\u2026"),
                false);
    updateActions();
}

QString ReviewPage::openEditLog(RecordStore &store, bool *problem)
{
    QStringList notes;
    const QByteArray fingerprint = EditLog::fingerprint(m_csvPath);
    const QString sidecar = EditLog::defaultPath(m_csvPath);
    if (!m_journalPath.isEmpty()) {
        Result<std::unique_ptr<EditLog>> journal
            = EditLog::openInJournal(m_journalPath, m_csvPath, fingerprint);
        if (journal) {
            m_log = std::move(*journal);
            // Edits made before there was a migration come after the journal's own.
            if (const Result<qint64> adopted = m_log->adoptSidecar(sidecar, fingerprint);
                !adopted) {
                notes << adopted.error();
                *problem = true;
            }
        } else {
            notes << tr("The edits are kept beside the file, not in the migration: %1")
                         .arg(journal.error());
            *problem = true;
        }
    }
    if (!m_log) {
        Result<std::unique_ptr<EditLog>> log = EditLog::open(sidecar, fingerprint);
        if (!log) {
            notes << tr("Edits cannot be saved, so they would be lost if the console stopped: %1")
                         .arg(log.error());
            *problem = true;
            return notes.join(u'\n');
        }
        m_log = std::move(*log);
    }
    const Result<qint64> replayed = m_log->replay(store);
    if (!replayed) {
        notes << replayed.error();
        *problem = true;
    } else if (*replayed > 0) {
        notes << tr(
            "%n edits from an earlier session were applied again.", nullptr, int(*replayed));
    }
    return notes.join(u'\n');
}

void ReviewPage::setImport(const ImportResult &result, const QString &path)
{
    m_undoStack->clear();
    m_model->setEditLog(nullptr);
    m_log.reset();
    m_csvPath = path;
    bool problem = false;
    const QString note = openEditLog(*result.store, &problem);
    m_model->setStore(result.store);
    m_model->setEditLog(m_log.get());
    m_issueModel->setStore(result.store);
    m_filterCombo->setCurrentIndex(0);
    m_searchEdit->clear();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    showMessage(note, problem);
    updateActions();
}

void ReviewPage::setJournalPath(const QString &path)
{
    m_journalPath = path;
    const std::shared_ptr<RecordStore> store = m_model->sharedStore();
    if (path.isEmpty() || !store || m_model->isReadOnly() || m_csvPath.isEmpty()
        || (m_log && m_log->isJournal() && m_log->path() == path))
        return;
    // A migration opened (or created) while a file is under review: its edits go there from now
    // on, those made so far included.
    const QByteArray fingerprint = EditLog::fingerprint(m_csvPath);
    Result<std::unique_ptr<EditLog>> journal = EditLog::openInJournal(path, m_csvPath, fingerprint);
    if (!journal) {
        showMessage(
            tr("The edits are kept beside the file, not in the migration: %1").arg(journal.error()),
            true);
        return;
    }
    std::unique_ptr<EditLog> log = std::move(*journal);
    QStringList notes;
    bool problem = false;
    const Result<qint64> earlier = log->count();
    if (earlier && *earlier > 0) {
        // The journal's earlier edits of this file are not in the table: they first, then this
        // session's again, in the order they were made.
        const Result<qint64> replayed = log->replay(*store);
        if (m_log && !m_log->isJournal())
            (void)m_log->replay(*store);
        if (replayed && *replayed > 0)
            notes << tr(
                "%n edits from an earlier session were applied again.", nullptr, int(*replayed));
    }
    m_model->setEditLog(nullptr);
    m_log.reset(); // the sidecar is closed before the journal takes it over
    if (const Result<qint64> adopted
        = log->adoptSidecar(EditLog::defaultPath(m_csvPath), fingerprint);
        !adopted) {
        notes << adopted.error();
        problem = true;
    }
    m_log = std::move(log);
    m_model->setEditLog(m_log.get());
    if (earlier && *earlier > 0) {
        m_model->setStore(store);
        m_issueModel->setStore(store);
    }
    showMessage(notes.join(u'\n'), problem);
    updateActions();
}

void ReviewPage::clearRecords()
{
    m_undoStack->clear();
    m_model->setEditLog(nullptr);
    m_log.reset();
    m_csvPath.clear();
    m_model->setStore(nullptr);
    m_issueModel->setStore(nullptr);
    showMessage(QString(), false);
    updateActions();
}

void ReviewPage::issueGroupActivated(const QModelIndex &index)
{
    if (!m_model->store())
        return;
    if (const auto rule = m_issueModel->ruleAt(index))
        m_model->setIssueGroup(*rule, -2);
    else if (const int field = m_issueModel->fieldAt(index); field != -2)
        m_model->setIssueGroup(std::nullopt, field);
    else if (m_model->hasIssueGroup())
        m_model->clearIssueGroup();
    updateActions();
}

void ReviewPage::setRowFilter(RecordStore::RowFilter filter)
{
    m_filterCombo->setCurrentIndex(m_filterCombo->findData(int(filter)));
    m_model->setRowFilter(filter);
}

void ReviewPage::goToNextProblem(bool backwards)
{
    if (!m_model->store() || m_model->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? 0 : -1);
    const int row = m_model->nextProblemRow(from, backwards);
    if (row < 0) {
        showMessage(tr("No problems left in the rows shown."), false);
        return;
    }
    const QModelIndex target = m_model->index(row, m_model->firstProblemColumn(row));
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

int ReviewPage::currentField() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.column() : 0;
}

QList<qint32> ReviewPage::selectedStoreRows() const
{
    QList<qint32> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected)
        rows.append(m_model->storeRow(index.row()));
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_model->storeRow(m_table->currentIndex().row()));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

qsizetype ReviewPage::applySuggestedFixes(Rule rule)
{
    if (!m_model->store() || m_model->isReadOnly())
        return 0;
    QList<RecordStore::CellEdit> edits = BulkEdits::suggestedFixes(*m_model->store(), rule);
    const qsizetype count = edits.size();
    if (count == 0) {
        showMessage(tr("No row of %1 has a suggested fix.").arg(ruleId(rule)), false);
        return 0;
    }
    m_undoStack->push(new EditCellsCommand(m_model, std::move(edits),
                                           tr("Suggested fixes for %1").arg(ruleId(rule))));
    showMessage(tr("%n cells fixed.", nullptr, int(count)), false);
    return count;
}

qsizetype ReviewPage::applyTransform(int field, BulkEdits::Transform transform)
{
    if (!m_model->store() || m_model->isReadOnly())
        return 0;
    const QList<qint32> &rows = m_model->visibleRows();
    QList<RecordStore::CellEdit> edits = BulkEdits::transform(
        *m_model->store(), field, transform, std::span<const qint32>(rows.constData(),
                                                                     size_t(rows.size())));
    const qsizetype count = edits.size();
    if (count > 0)
        m_undoStack->push(new EditCellsCommand(
            m_model, std::move(edits),
            tr("Transform %1").arg(fieldName(m_model->store()->kind(), field))));
    showMessage(tr("%n cells changed.", nullptr, int(count)), false);
    return count;
}

QString ReviewPage::findReplace(const FindReplaceDialog::Request &request)
{
    if (!m_model->store() || m_model->isReadOnly())
        return tr("Nothing to search: import a file first.");
    const QList<qint32> &shown = m_model->visibleRows();
    const std::span<const qint32> rows =
        request.shownRowsOnly ? std::span<const qint32>(shown.constData(), size_t(shown.size()))
                              : std::span<const qint32>();
    Result<QList<RecordStore::CellEdit>> edits = BulkEdits::findReplace(
        *m_model->store(), request.field, request.find, request.replacement, request.regex,
        request.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive, rows);
    if (!edits)
        return edits.error();
    const qsizetype count = edits->size();
    if (count > 0)
        m_undoStack->push(new EditCellsCommand(
            m_model, std::move(*edits),
            tr("Replace in %1").arg(fieldName(m_model->store()->kind(), request.field))));
    return tr("%n cells replaced.", nullptr, int(count));
}

void ReviewPage::openFindReplace()
{
    if (!m_model->store() || m_model->isReadOnly())
        return;
    auto dialog = new FindReplaceDialog(
        m_model->store()->kind(), [this](const FindReplaceDialog::Request &request) {
            return findReplace(request);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setField(currentField());
    dialog->show();
}

qsizetype ReviewPage::setSelectedRowsExcluded(bool excluded)
{
    if (!m_model->store() || m_model->isReadOnly())
        return 0;
    QList<qint32> rows = selectedStoreRows();
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](qint32 row) {
                                  return row < 0 || m_model->store()->isExcluded(row) == excluded;
                              }),
               rows.end());
    if (rows.isEmpty())
        return 0;
    // Rows already sent are refused by the migration's journal: only the others count.
    const qint32 before = m_model->store()->counts().excludedRows;
    m_undoStack->push(new ExcludeRowsCommand(m_model, std::move(rows), excluded,
                                             excluded ? tr("Exclude rows") : tr("Include rows")));
    return std::abs(m_model->store()->counts().excludedRows - before);
}

bool ReviewPage::exportCsv(const QString &path)
{
    if (!m_model->store())
        return false;
    const Result<qint64> written = RecordExport::writeCsv(*m_model->store(), path);
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    showMessage(tr("%n records written to %1.", nullptr, int(*written))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void ReviewPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the corrected records"),
                                                      {}, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Peere::Ui
