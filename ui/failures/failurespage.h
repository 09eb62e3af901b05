#pragma once

#include "api/apiclient.h"
#include "common/result.h"
#include "metrics/failuregroupmodel.h"
#include "metrics/failurelinkmodel.h"
#include "metrics/failurerecordmodel.h"
#include "metrics/failuretrustmodel.h"
#include "migration/failurelist.h"
#include "migration/runner.h"
#include "records/recordtablemodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Peere {
class RunnerHost;
}

namespace Peere::Ui {

class AfterCreationRetry;
class FailureExportDialog;

// Failure triage: the failures of the open migration grouped by cause (rule, or the server's
// message normalised) with counts; pick a group to see its records; fix them in place with the
// review table's editing (the same cells, issue tints and undo commands), every edit written to
// the migration journal; "Re-send this group" sends the group's fixed records again through the
// runner, paced like any batch (records still invalid are not sent, and the page says how many);
// and the failure list's export with filters and masking, the same as `peere-migrate failures`.
//
// After creation, device links that failed (the devices file's problems, the server's refusals)
// and merchants whose trust level could not be set have groups of their own: pick one to see its
// links (a refused link's phrase can be fixed in place) or merchants; "Re-send this group" links
// the group's refused links again through the DeviceLinker, or sets the group's merchants' trust
// again through the TrustApplier, with progress; the export writes them too.
class FailuresPage : public QWidget
{
    Q_OBJECT

public:
    // Gives the client options (address, key, pacing) for a re-send of `kind` records, or why
    // there are none; may answer later (a keychain read).
    using ClientProvider = std::function<void(
        RecordKind kind, QObject *context, std::function<void(const Result<ApiClientOptions> &)>)>;

    explicit FailuresPage(QWidget *parent = nullptr);
    ~FailuresPage() override;

    // The migration journal to triage; reads it now. Empty: nothing shown.
    void setJournalPath(const QString &path);
    QString journalPath() const { return m_path; }
    // Reads the groups again (keeps the selected group when it still exists).
    VoidResult reload();

    void setClientProvider(ClientProvider provider) { m_clientProvider = std::move(provider); }
    // Batches in flight and such for a re-send (retryRows is set by the page).
    void setRunnerOptions(const RunnerOptions &options) { m_runnerOptions = options; }

    FailureGroupModel *groupModel() const { return m_groups; }
    FailureRecordModel *recordModel() const { return m_records; }
    FailureLinkModel *linkModel() const { return m_links; }
    FailureTrustModel *trustModel() const { return m_trust; }
    RecordTableModel *editModel() const { return m_edit; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QTableView *groupView() const { return m_groupView; }
    QTableView *recordView() const { return m_recordView; }
    QTableView *editTable() const { return m_editTable; }
    QTableView *linkView() const { return m_linkView; }
    QTableView *trustView() const { return m_trustView; }
    QProgressBar *progressBar() const { return m_progress; }
    QAction *resendAction() const { return m_resend; }
    QAction *exportAction() const { return m_export; }

    // Shows the records of group `row` of the group model; false when there is no such group.
    bool selectGroup(int row);
    int currentGroup() const { return m_current; }
    // Failures still to deal with (fixed records waiting to be sent not counted).
    qint64 failureCount() const;

    // Sends the current group's fixed records again (device links: the refused ones; trust: every
    // merchant of the group); the outcome comes with resendFinished.
    void resendGroup();
    bool isResending() const { return m_host != nullptr || m_retry != nullptr; }

    // The export behind the export action (its dialog gathers these); with `devicesPath`, the
    // device links that failed too (FailureList::writeDevices, the same options).
    Result<FailureList::Summary> exportFailures(const QString &path,
                                                const FailureList::Options &options);
    Result<FailureList::DeviceSummary> exportDeviceFailures(const QString &devicesPath,
                                                            const FailureList::Options &options);
    // Opens the export dialog (not modal); the export runs when it is accepted.
    FailureExportDialog *openExportDialog();

    QString message() const;
    QString statusText() const;

signals:
    void failureCountChanged(qint64 count);
    void resendFinished(bool sent, const QString &message);
    // Edits or a re-send changed the journal.
    void journalChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void showMessage(const QString &text, bool problem);
    void updateStatus();
    void updateActions();
    VoidResult journalEdits(const QList<LoggedEdit> &edits);
    void refreshRecords(const QList<qint32> &storeRows);
    void updateFixed(const QList<qint32> &storeRows);
    void startResend(const QList<qint64> &rows, const ApiClientOptions &client,
                     const QString &notSent);
    void resendDone(RunnerState state, const QString &runMessage, const QList<qint64> &rows,
                    const QString &notSent);
    // Asks the client provider for the options of a re-send, then `then`; says why not when
    // there are none (resendFinished).
    void withClient(const std::function<void(const ApiClientOptions &)> &then);
    const FailureGroup *currentGroupData() const;
    // Whether "Re-send this group" can do anything for `group`.
    static bool canResend(const FailureGroup &group);
    static QString notMigratedRule() { return QStringLiteral("device.notMigrated"); }
    bool setPhrase(qint64 id, const QString &phrase);
    void resendAfterCreation(const FailureGroup &group);
    void startAfterCreation(FailureSubject subject, const QList<qint64> &ids,
                            const ApiClientOptions &client);
    void afterCreationDone(FailureSubject subject, const QList<qint64> &ids, bool completed,
                           const QString &why);

    QString m_path;
    RecordKind m_kind = RecordKind::Customers;
    int m_current = -1;
    FailureGroupModel *m_groups;
    FailureRecordModel *m_records;
    RecordTableModel *m_edit;
    QUndoStack *m_undoStack;
    ClientProvider m_clientProvider;
    RunnerOptions m_runnerOptions;
    RunnerHost *m_host = nullptr;
    AfterCreationRetry *m_retry = nullptr;
    FailureLinkModel *m_links;
    FailureTrustModel *m_trust;

    QTableView *m_groupView;
    QTableView *m_recordView;
    QTableView *m_editTable;
    QTableView *m_linkView;
    QTableView *m_trustView;
    QStackedWidget *m_details;
    QProgressBar *m_progress;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_status;
    QAction *m_reload = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_export = nullptr;
};

} // namespace Peere::Ui
