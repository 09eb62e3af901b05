#include "failurespage.h"

#include "aftercreationretry.h"
#include "failureexportdialog.h"
#include "journal/journal.h"
#include "migration/runnerhost.h"
#include "semanticcolors.h"
#include "table/editcommands.h"
#include "table/issuedelegate.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QDir::home().dirName() : user;
}

void setUpTable(QTableView *table)
{
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultSectionSize(140);
}

} // namespace

FailuresPage::FailuresPage(QWidget *parent)
    : QWidget(parent)
    , m_groups(new FailureGroupModel(this))
    , m_records(new FailureRecordModel(this))
    , m_edit(new RecordTableModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_links(new FailureLinkModel(this))
    , m_trust(new FailureTrustModel(this))
    , m_groupView(new QTableView)
    , m_recordView(new QTableView)
    , m_editTable(new QTableView)
    , m_linkView(new QTableView)
    , m_trustView(new QTableView)
    , m_details(new QStackedWidget)
    , m_progress(new QProgressBar)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_status(new QLabel)
{
    setObjectName(u"FailuresPage"_s);
    m_groupView->setObjectName(u"groupView"_s);
    m_groupView->setModel(m_groups);
    m_groupView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->verticalHeader()->hide();
    m_groupView->horizontalHeader()->setSectionResizeMode(FailureGroupModel::Cause,
                                                          QHeaderView::Stretch);
    m_groupView->horizontalHeader()->setSectionResizeMode(FailureGroupModel::Kind,
                                                          QHeaderView::ResizeToContents);
    m_groupView->horizontalHeader()->setSectionResizeMode(FailureGroupModel::Records,
                                                          QHeaderView::ResizeToContents);
    m_recordView->setObjectName(u"recordView"_s);
    m_recordView->setModel(m_records);
    m_recordView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordView->verticalHeader()->hide();
    setUpTable(m_recordView);
    // The review table's editing: the same model over the group's records, the same delegate
    // and the same undo commands.
    m_editTable->setObjectName(u"editTable"_s);
    m_editTable->setModel(m_edit);
    m_editTable->setItemDelegate(new IssueDelegate(m_editTable));
    m_editTable->setEditTriggers(QAbstractItemView::DoubleClicked
                                 | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_editTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    setUpTable(m_editTable);
    // After creation: the links of a device group (a refused link's phrase is edited in place)
    // and the merchants of a trust group.
    m_linkView->setObjectName(u"linkView"_s);
    m_linkView->setModel(m_links);
    m_linkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkView->setEditTriggers(QAbstractItemView::DoubleClicked
                                | QAbstractItemView::EditKeyPressed);
    m_linkView->verticalHeader()->hide();
    setUpTable(m_linkView);
    m_linkView->horizontalHeader()->setStretchLastSection(true);
    m_links->setPhraseHandler([this](qint64 id, const QString &phrase) {
        return setPhrase(id, phrase);
    });
    m_trustView->setObjectName(u"trustView"_s);
    m_trustView->setModel(m_trust);
    m_trustView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trustView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trustView->verticalHeader()->hide();
    setUpTable(m_trustView);
    m_trustView->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(u"failuresProgress"_s);
    m_progress->hide();
    m_title->setObjectName(u"failuresTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setObjectName(u"failuresMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_status->setObjectName(u"failuresStatus"_s);

    createActions();
    auto toolbar = new QToolBar;
    toolbar->setObjectName(u"failuresToolbar"_s);
    toolbar->addAction(m_reload);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(m_resend);
    toolbar->addSeparator();
    toolbar->addAction(m_export);

    auto records = new QSplitter(Qt::Vertical);
    records->addWidget(m_recordView);
    records->addWidget(m_editTable);
    records->setSizes({300, 300});
    m_details->addWidget(records);     // FailureSubject::Records
    m_details->addWidget(m_linkView);  // FailureSubject::DeviceLinks
    m_details->addWidget(m_trustView); // FailureSubject::Trust
    auto splitter = new QSplitter;
    splitter->addWidget(m_groupView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 800});
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_edit->setEditHandler([this](qint32 row, int field, const QByteArray &value) {
        if (isResending())
            return false;
        // Every edit goes to the journal: when it cannot be written now (a run holds it), the
        // cell keeps its value instead of differing from the journal.
        if (const auto journal = Journal::open(m_path, Journal::OpenMode::Existing); !journal) {
            showMessage(journal.error(), true);
            return false;
        }
        m_undoStack->push(new EditCellsCommand(
            m_edit, {{row, field, value}}, tr("Edit %1").arg(fieldName(m_kind, field))));
        return true;
    });
    m_edit->setEditSink([this](const QList<LoggedEdit> &edits) { return journalEdits(edits); });
    connect(m_edit, &RecordTableModel::editLogFailed, this,
            [this](const QString &error) { showMessage(error, true); });
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_current)
                    selectGroup(current.row());
            });
    // The list and the editor show the same records in the same order: keep them together.
    connect(m_recordView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_editTable->currentIndex().row() == current.row())
                    return;
                const QModelIndex cell = m_edit->index(current.row(), 0);
                m_editTable->setCurrentIndex(cell);
                m_editTable->scrollTo(cell);
            });
    connect(m_editTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_recordView->currentIndex().row() == current.row())
                    return;
                const QModelIndex cell = m_records->index(current.row(), 0);
                m_recordView->setCurrentIndex(cell);
                m_recordView->scrollTo(cell);
            });

    retranslate();
    updateActions();
    updateStatus();
}

FailuresPage::~FailuresPage()
{
    // The commands and the model refer to each other: detach before they go.
    m_edit->setEditHandler({});
    m_edit->setEditSink({});
    m_undoStack->clear();
    delete m_host; // cancels a re-send still going (its records are looked up next time)
    delete m_retry; // likewise: the links and merchants are resumed like any run
}

void FailuresPage::createActions()
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
    m_reload = make("reloadFailuresAction", QKeySequence::Refresh);
    m_undo = make("undoFailureEditAction", QKeySequence::Undo);
    m_redo = make("redoFailureEditAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_resend = make("resendGroupAction");
    m_export = make("exportFailuresAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_reload, &QAction::triggered, this, [this] {
        if (const VoidResult ok = reload(); !ok)
            showMessage(ok.error(), true);
    });
    connect(m_undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &FailuresPage::updateActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &FailuresPage::updateActions);
    connect(m_resend, &QAction::triggered, this, &FailuresPage::resendGroup);
    connect(m_export, &QAction::triggered, this, &FailuresPage::openExportDialog);
}

void FailuresPage::retranslate()
{
    m_title->setText(tr("Failures by cause"));
    m_groupView->setAccessibleName(tr("Failure groups"));
    m_recordView->setAccessibleName(tr("Records of the group"));
    m_editTable->setAccessibleName(tr("Fix the records"));
    m_linkView->setAccessibleName(tr("Device links of the group"));
    m_trustView->setAccessibleName(tr("Merchants of the group"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Read the failures from the migration file again"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_resend->setText(tr("Re-send this group"));
    m_resend->setToolTip(tr("Send the fixed records of this group again, paced like any batch"));
    m_export->setText(tr("Export\u2026"));
    m_export->setToolTip(tr("Save the failure list as CSV or JSON, filtered, with account and "
                            "phone numbers masked if you choose"));
    updateStatus();
}

void FailuresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FailuresPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    setSemanticForeground(m_message, problem ? Semantic::Error : Semantic::Neutral);
}

QString FailuresPage::message() const
{
    return m_message->text();
}

QString FailuresPage::statusText() const
{
    return m_status->text();
}

void FailuresPage::updateStatus()
{
    if (m_path.isEmpty()) {
        m_status->setText(tr("Open or create a migration to see its failures."));
        return;
    }
    if (m_groups->rowCount() == 0) {
        m_status->setText(tr("No failures."));
        return;
    }
    const QString groups = tr("Groups: %1, failures: %2.")
                               .arg(QLocale().toString(m_groups->rowCount()),
                                    QLocale().toString(failureCount()));
    if (m_current < 0) {
        m_status->setText(groups);
        return;
    }
    const FailureGroup *group = currentGroupData();
    if (group && group->subject == FailureSubject::DeviceLinks)
        m_status->setText(groups + u' '
                          + tr("This group: %n device links.", "", int(group->size())));
    else if (group && group->subject == FailureSubject::Trust)
        m_status->setText(groups + u' ' + tr("This group: %n merchants.", "", int(group->size())));
    else
        m_status->setText(groups + u' '
                          + tr("This group: %n records, %1 fixed.", "", m_records->rowCount())
                                .arg(m_records->fixedCount()));
}

void FailuresPage::updateActions()
{
    const bool idle = !isResending();
    m_undo->setEnabled(idle && m_undoStack->canUndo());
    m_redo->setEnabled(idle && m_undoStack->canRedo());
    const FailureGroup *group = currentGroupData();
    m_resend->setEnabled(idle && group && canResend(*group));
    m_links->setEditable(idle);
    m_reload->setEnabled(idle && !m_path.isEmpty());
    m_export->setEnabled(!m_path.isEmpty());
    m_editTable->setEditTriggers(idle ? QAbstractItemView::DoubleClicked
                                            | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
}

qint64 FailuresPage::failureCount() const
{
    qint64 count = 0;
    for (const FailureGroup &group : m_groups->groups()) {
        if (group.state != RecordState::Pending)
            count += group.size();
    }
    return count;
}

void FailuresPage::setJournalPath(const QString &path)
{
    if (isResending())
        return; // a re-send writes the current one; the page follows when it is done
    m_path = path;
    m_current = -1;
    m_undoStack->clear();
    showMessage({}, false);
    if (const VoidResult ok = reload(); !ok)
        showMessage(ok.error(), true);
}

VoidResult FailuresPage::reload()
{
    QList<FailureGroup> groups;
    if (!m_path.isEmpty()) {
        const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
        if (!journal)
            return Failure{journal.error()};
        m_kind = (*journal)->kind().value_or(RecordKind::Customers);
        Result<QList<FailureGroup>> collected = FailureGroups::collect(**journal);
        if (!collected)
            return Failure{collected.error()};
        groups = std::move(*collected);
    }
    // The same group again when it is still there (its records may have changed).
    std::optional<FailureGroup> previous;
    if (const FailureGroup *current = currentGroupData())
        previous = *current;
    m_current = -1;
    m_groups->setGroups(std::move(groups));
    const int again = previous
                          ? m_groups->indexOf(previous->subject, previous->state, previous->cause)
                          : -1;
    if (again >= 0 || m_groups->rowCount() > 0) {
        selectGroup(again >= 0 ? again : 0);
    } else {
        m_undoStack->clear();
        m_records->setRecords(m_kind, {});
        m_edit->setStore(nullptr);
        m_links->setLinks({});
        m_trust->setMerchants({}, {});
    }
    updateActions();
    updateStatus();
    emit failureCountChanged(failureCount());
    return {};
}

bool FailuresPage::selectGroup(int row)
{
    if (row < 0 || row >= m_groups->rowCount() || isResending())
        return false;
    m_current = row;
    m_undoStack->clear();
    const FailureGroup &group = m_groups->groups().at(row);
    const bool records = group.subject == FailureSubject::Records;
    m_records->setRecords(m_kind, records ? group.records : QList<JournalRecord>());
    m_edit->setStore(records ? FailureGroups::storeOf(m_kind, group.records) : nullptr);
    m_links->setLinks(group.links);
    m_trust->setMerchants(group.subject == FailureSubject::Trust ? group.records
                                                                 : QList<JournalRecord>(),
                          group.trust);
    m_details->setCurrentIndex(int(group.subject));
    if (m_groupView->currentIndex().row() != row)
        m_groupView->setCurrentIndex(m_groups->index(row, 0));
    QList<qint32> all;
    for (qint32 i = 0; records && i < qint32(group.records.size()); ++i)
        all.append(i);
    updateFixed(all);
    updateActions();
    updateStatus();
    return true;
}

VoidResult FailuresPage::journalEdits(const QList<LoggedEdit> &edits)
{
    const RecordStore *store = m_edit->store();
    if (!store)
        return {};
    auto journal = Journal::open(m_path, Journal::OpenMode::Existing);
    if (!journal)
        return Failure{journal.error()};
    const QString who = currentUser();
    QList<qint32> rows;
    for (const LoggedEdit &edit : edits) {
        if (edit.field < 0 || edit.row < 0 || edit.row >= m_records->rowCount())
            continue;
        const qint64 journalRow = m_records->records().at(edit.row).row;
        // Valid as the table sees it now; the journal lets only a record never sent change
        // validity (an invalid one fixed becomes pending).
        const bool valid = !store->hasErrors(edit.row);
        QString reason; // the first error, as the import names it, for a record invalid again
        for (const ValidationIssue &issue : store->issues(edit.row)) {
            if (severity(issue.rule) != Severity::Error)
                continue;
            const QString field = issue.field >= 0 ? fieldName(m_kind, issue.field) : QString();
            reason = field.isEmpty() ? ruleId(issue.rule)
                                     : ruleId(issue.rule) + u" ("_s + field + u")"_s;
            break;
        }
        if (VoidResult ok
            = (*journal)->editRecord(journalRow, edit.field, edit.after, who, valid, reason);
            !ok)
            return ok;
        if (!rows.contains(edit.row))
            rows.append(edit.row);
    }
    for (qint32 row : std::as_const(rows)) {
        const JournalRecord before = m_records->records().at(row);
        Result<JournalRecord> after = (*journal)->record(before.row);
        if (!after)
            return Failure{after.error()};
        if (after->reason.isEmpty())
            after->reason = before.reason; // a fixed record keeps showing what was wrong
        m_records->setRecord(row, *after);
    }
    updateFixed(rows);
    updateStatus();
    emit journalChanged();
    return {};
}

void FailuresPage::updateFixed(const QList<qint32> &storeRows)
{
    const RecordStore *store = m_edit->store();
    if (!store || m_path.isEmpty())
        return;
    // Failed records count as fixed once edited after the server refused them.
    QList<qint64> failed;
    for (qint32 row : storeRows) {
        if (m_records->records().at(row).state == RecordState::Failed)
            failed.append(m_records->records().at(row).row);
    }
    QList<qint64> edited;
    if (!failed.isEmpty()) {
        if (const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly)) {
            if (Result<QList<qint64>> found = (*journal)->editedSinceSent(failed))
                edited = std::move(*found);
        }
    }
    for (qint32 row : storeRows) {
        const JournalRecord &record = m_records->records().at(row);
        const bool valid = !store->hasErrors(row);
        bool fixed = false;
        switch (record.state) {
        case RecordState::Pending: fixed = valid; break; // an invalid record fixed
        case RecordState::Failed: fixed = valid && edited.contains(record.row); break;
        default: break;
        }
        m_records->setFixed(row, fixed);
    }
}

void FailuresPage::resendGroup()
{
    if (isResending() || m_current < 0)
        return;
    if (const FailureGroup *group = currentGroupData();
        group && group->subject != FailureSubject::Records)
        return resendAfterCreation(*group);
    if (!m_edit->store())
        return;
    const RecordStore &store = *m_edit->store();
    QList<qint64> rows;
    int invalid = 0, unchanged = 0, unverified = 0;
    for (qint32 i = 0; i < m_records->rowCount(); ++i) {
        const JournalRecord &record = m_records->records().at(i);
        if (m_records->isFixed(i))
            rows.append(record.row);
        else if (record.state == RecordState::Mismatch)
            ++unverified;
        else if (record.state == RecordState::Failed && !store.hasErrors(i))
            ++unchanged;
        else
            ++invalid;
    }
    QStringList notSent;
    if (invalid > 0)
        notSent << tr("%n records of this group are still invalid and were not sent.", "",
                      invalid);
    if (unchanged > 0)
        notSent << tr("%n records were not changed since the server refused them and were not "
                      "sent.", "", unchanged);
    if (unverified > 0)
        notSent << tr("%n records that the verify phase could not find were not sent again: "
                      "their fate is the server's.", "", unverified);
    const QString notSentText = notSent.join(u' ');
    if (rows.isEmpty()) {
        const QString text = tr("No record of this group is fixed: nothing was sent.")
                             + (notSentText.isEmpty() ? QString() : u' ' + notSentText);
        showMessage(text, true);
        emit resendFinished(false, text);
        return;
    }
    withClient([this, rows, notSentText](const ApiClientOptions &client) {
        startResend(rows, client, notSentText);
    });
}

void FailuresPage::withClient(const std::function<void(const ApiClientOptions &)> &then)
{
    if (!m_clientProvider) {
        const QString text = tr("There is no environment to send to.");
        showMessage(text, true);
        emit resendFinished(false, text);
        return;
    }
    m_resend->setEnabled(false);
    m_clientProvider(m_kind, this, [this, then](const Result<ApiClientOptions> &client) {
        if (!client) {
            showMessage(client.error(), true);
            updateActions();
            emit resendFinished(false, client.error());
            return;
        }
        then(*client);
    });
}

void FailuresPage::startResend(const QList<qint64> &rows, const ApiClientOptions &client,
                               const QString &notSent)
{
    if (isResending())
        return;
    // What was sent is in the journal now: its edits are no longer undone from here.
    m_undoStack->clear();
    RunnerOptions options = m_runnerOptions;
    options.retryRows = rows;
    if (options.batchSize <= 0) {
        if (const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly))
            options.batchSize = (*journal)->setting(u"batchSize"_s).toInt();
    }
    ApiClientOptions clientOptions = client;
    clientOptions.kind = m_kind;
    m_host = new RunnerHost(this);
    connect(m_host, &RunnerHost::failedToStart, this, [this, rows, notSent](const QString &why) {
        resendDone(RunnerState::Failed, why, rows, notSent);
    });
    connect(m_host, &RunnerHost::finished, this,
            [this, rows, notSent](RunnerState state, const QString &why) {
                resendDone(state, why, rows, notSent);
            });
    m_host->start(m_path, clientOptions, options);
    showMessage(tr("Sending %n fixed records again\u2026", "", int(rows.size()))
                    + (notSent.isEmpty() ? QString() : u' ' + notSent),
                false);
    updateActions();
}

void FailuresPage::resendDone(RunnerState state, const QString &runMessage,
                              const QList<qint64> &rows, const QString &notSent)
{
    // Out of the host's own signal: the host (and with it the journal's lock) goes first.
    QMetaObject::invokeMethod(this, [this, state, runMessage, rows, notSent] {
        delete m_host;
        m_host = nullptr;
        int migrated = 0, refused = 0, open = 0;
        if (const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly)) {
            for (qint64 row : rows) {
                const Result<JournalRecord> record = (*journal)->record(row);
                if (!record)
                    ++open;
                else if (record->state == RecordState::Migrated
                         || record->state == RecordState::Verified)
                    ++migrated;
                else if (record->state == RecordState::Failed)
                    ++refused;
                else
                    ++open;
            }
        }
        QStringList parts;
        if (state != RunnerState::Finished)
            parts << tr("The re-send stopped: %1").arg(runMessage);
        parts << tr("%n records sent again are now on the server.", "", migrated);
        if (refused > 0)
            parts << tr("%n records were refused again; their cause is in the list.", "",
                        refused);
        if (open > 0)
            parts << tr("%n records have no answer yet; the next run looks them up.", "", open);
        if (!notSent.isEmpty())
            parts << notSent;
        const QString text = parts.join(u' ');
        if (const VoidResult ok = reload(); !ok)
            parts << ok.error();
        showMessage(parts.join(u' '), state != RunnerState::Finished || refused > 0);
        updateActions();
        emit journalChanged();
        emit resendFinished(migrated > 0, text);
    }, Qt::QueuedConnection);
}

const FailureGroup *FailuresPage::currentGroupData() const
{
    return m_current >= 0 && m_current < m_groups->rowCount() ? &m_groups->groups().at(m_current)
                                                              : nullptr;
}

bool FailuresPage::setPhrase(qint64 id, const QString &phrase)
{
    if (isResending())
        return false;
    auto journal = Journal::open(m_path, Journal::OpenMode::Existing);
    VoidResult written = journal ? (*journal)->setDevicePhrase(id, phrase)
                                 : VoidResult(Failure{journal.error()});
    if (!written) {
        showMessage(written.error(), true);
        return false;
    }
    // Who changed it, never the phrase itself.
    (void)(*journal)->logEvent(u"info"_s, u"the phrase of device link %1 was changed in failure "
                                          "triage by %2"_s.arg(id).arg(currentUser()));
    emit journalChanged();
    return true;
}

bool FailuresPage::canResend(const FailureGroup &group)
{
    // The devices file's problems were never sent: the file is fixed and imported again; but a
    // customer not migrated then may be now (its record re-sent from this page).
    return group.subject != FailureSubject::DeviceLinks || group.state == RecordState::Failed
           || group.cause == notMigratedRule();
}

void FailuresPage::resendAfterCreation(const FailureGroup &group)
{
    if (!canResend(group)) {
        const QString text = tr("These rows of the devices file fail its checks and were never "
                                "sent: fix the file and import it again on the Devices tab of "
                                "After creation.");
        showMessage(text, true);
        emit resendFinished(false, text);
        return;
    }
    QList<qint64> ids;
    for (const DeviceLink &link : group.links)
        ids.append(link.id);
    for (const TrustEntry &entry : group.trust)
        ids.append(entry.row);
    const FailureSubject subject = group.subject;
    withClient([this, subject, ids](const ApiClientOptions &client) {
        startAfterCreation(subject, ids, client);
    });
}

void FailuresPage::startAfterCreation(FailureSubject subject, const QList<qint64> &ids,
                                      const ApiClientOptions &client)
{
    if (isResending())
        return;
    m_retry = new AfterCreationRetry(this);
    connect(m_retry, &AfterCreationRetry::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(1, total)));
        m_progress->setValue(int(done));
    });
    connect(m_retry, &AfterCreationRetry::finished, this,
            [this, subject, ids](bool completed, const QString &why) {
                afterCreationDone(subject, ids, completed, why);
            });
    m_progress->setRange(0, int(std::max<qsizetype>(1, ids.size())));
    m_progress->setValue(0);
    m_progress->show();
    if (subject == FailureSubject::DeviceLinks) {
        showMessage(tr("Linking %n devices again\u2026", "", int(ids.size())), false);
        m_retry->retryLinks(m_path, ids, client);
    } else {
        showMessage(tr("Setting the trust level of %n merchants again\u2026", "", int(ids.size())),
                    false);
        m_retry->retryTrust(m_path, ids, client);
    }
    updateActions();
}

void FailuresPage::afterCreationDone(FailureSubject subject, const QList<qint64> &ids,
                                     bool completed, const QString &why)
{
    // Out of the retry's own signal: the retry (and with it the journal's lock) goes first.
    QMetaObject::invokeMethod(this, [this, subject, ids, completed, why] {
        delete m_retry;
        m_retry = nullptr;
        m_progress->hide();
        qint64 done = 0, refused = 0, open = 0, waiting = 0;
        if (const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly)) {
            if (subject == FailureSubject::DeviceLinks) {
                const QSet<qint64> wanted(ids.cbegin(), ids.cend());
                qint64 after = 0;
                for (;;) {
                    const Result<QList<DeviceLink>> page
                        = (*journal)->devices(std::nullopt, 1000, after);
                    if (!page || page->isEmpty())
                        break;
                    for (const DeviceLink &link : *page) {
                        if (!wanted.contains(link.id))
                            continue;
                        (link.state == DeviceState::Linked    ? done
                         : link.state == DeviceState::Failed  ? refused
                         : link.state == DeviceState::Invalid ? waiting
                                                              : open)
                            += 1;
                    }
                    after = page->last().id;
                }
            } else {
                for (qint64 row : ids) {
                    const Result<TrustEntry> entry = (*journal)->trustEntry(row);
                    const TrustState state = entry ? entry->state : TrustState::Planned;
                    (state == TrustState::Validated ? done
                     : state == TrustState::Failed  ? refused
                                                    : open)
                        += 1;
                }
            }
        }
        const bool links = subject == FailureSubject::DeviceLinks;
        QStringList parts;
        if (!completed)
            parts << tr("The re-send stopped: %1").arg(why);
        parts << (links ? tr("%n device links are linked now.", "", int(done))
                        : tr("%n merchants have their trust level now.", "", int(done)));
        if (refused > 0)
            parts << (links ? tr("%n device links were refused again; their cause is in the "
                                 "list.", "", int(refused))
                            : tr("%n merchants were refused again; their cause is in the list.",
                                 "", int(refused)));
        if (waiting > 0)
            parts << tr("%n device links still wait for their customer to be migrated: re-send "
                        "the customer's record first.", "", int(waiting));
        if (open > 0)
            parts << (links ? tr("%n device links have no answer yet; the next retry looks "
                                 "them up.", "", int(open))
                            : tr("%n merchants are not done yet; the next retry finishes them.",
                                 "", int(open)));
        const QString text = parts.join(u' ');
        if (const VoidResult ok = reload(); !ok)
            parts << ok.error();
        showMessage(parts.join(u' '), !completed || refused > 0);
        updateActions();
        emit journalChanged();
        emit resendFinished(done > 0, text);
    }, Qt::QueuedConnection);
}

Result<FailureList::DeviceSummary>
FailuresPage::exportDeviceFailures(const QString &devicesPath, const FailureList::Options &options)
{
    if (m_path.isEmpty())
        return failure(tr("Open or create a migration to see its failures."));
    const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
    if (!journal)
        return Failure{journal.error()};
    return FailureList::writeDevices(**journal, devicesPath, options);
}

Result<FailureList::Summary> FailuresPage::exportFailures(const QString &path,
                                                          const FailureList::Options &options)
{
    if (m_path.isEmpty())
        return failure(tr("Open or create a migration to see its failures."));
    const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
    if (!journal)
        return Failure{journal.error()};
    return FailureList::write(**journal, path, FailureList::formatOf(path), options);
}

FailureExportDialog *FailuresPage::openExportDialog()
{
    QStringList causes;
    bool deviceLinks = false;
    for (const FailureGroup &group : m_groups->groups()) {
        deviceLinks = deviceLinks || group.subject == FailureSubject::DeviceLinks;
        if (group.state == RecordState::Invalid || group.state == RecordState::Failed)
            causes.append(group.cause);
    }
    const QFileInfo journal(m_path);
    const QString base = journal.absolutePath() + u'/' + journal.completeBaseName();
    // The device links that failed go to a file of their own (as `failures --devices-out`).
    auto dialog = new FailureExportDialog(causes, base + u"-failures.csv"_s,
                                          deviceLinks ? base + u"-device-failures.csv"_s
                                                      : QString(),
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString path = dialog->path();
        const Result<FailureList::Summary> written = exportFailures(path, dialog->options());
        if (!written) {
            showMessage(written.error(), true);
            return;
        }
        QString text = tr("%n records written to %1.", "", int(written->total()))
                           .arg(QDir::toNativeSeparators(path));
        if (const QString devicesPath = dialog->devicesPath(); !devicesPath.isEmpty()) {
            const Result<FailureList::DeviceSummary> links
                = exportDeviceFailures(devicesPath, dialog->options());
            if (!links) {
                showMessage(links.error(), true);
                return;
            }
            text += u' '
                    + tr("%n device links written to %1.", "", int(links->total()))
                          .arg(QDir::toNativeSeparators(devicesPath));
        }
        showMessage(text, false);
    });
    dialog->open();
    return dialog;
}

} // namespace Peere::Ui
