#pragma once

#include "migration/deviceimportjob.h"
#include "migration/runner.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Peere {
class DeviceLinkModel;
class DeviceLinkerHost;
} // namespace Peere

namespace Peere::Ui {

class AfterCreationPage;
class ImportDialog;

// After creation › Devices: import a devices file (a customer's clientRef, reference or e-mail and
// its device ids) through the ImportDialog (preview, encoding and delimiter, the columns mapped by
// hand or by template, read in the background), see what fails validation, then link the devices
// to the migrated customers with progress, pause and cancel. Linking runs in a worker thread (DeviceLinkerHost); the failures
// (invalid rows, refused links) stay listed here and in the journal.
class DevicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesTab(AfterCreationPage *page, QWidget *parent = nullptr);
    ~DevicesTab() override;

    void setJournalPath(const QString &path);
    // Opens the import dialog (window-modal, not blocking) on `path` (empty: it asks for a
    // file); once it has read and validated the file against the open migration's customers, the
    // tab shows the result. A second call while it imports only brings it forward.
    ImportDialog *importDevicesFile(const QString &path = {});
    // The file the tab holds: shown, its valid devices ready to link.
    void setDevices(const QString &path, const DeviceImport &devices);
    QString devicesFile() const { return m_devicesPath; }

    void link();
    void pauseOrResume();
    void cancel();

    DeviceLinkModel *model() const { return m_model; }
    const DeviceFile::Summary &summary() const { return m_summary; }
    DeviceCounts counts() const { return m_counts; }
    RunnerState state() const { return m_state; }
    QString validationText() const;
    QString statusText() const;

signals:
    void linkingFinished(Peere::RunnerState state, const QString &message);

private:
    void showCounts(const DeviceCounts &counts);
    void showFailures();
    void setRunState(RunnerState state);
    void updateButtons();

    AfterCreationPage *m_page;
    DeviceLinkerHost *m_host;
    DeviceLinkModel *m_model;
    QPointer<ImportDialog> m_dialog;
    QString m_journalPath;
    QString m_devicesPath;
    QList<DeviceEntry> m_entries;
    DeviceFile::Summary m_summary;
    DeviceCounts m_counts;
    RunnerState m_state = RunnerState::Idle;
    QLabel *m_fileLabel;
    QLabel *m_validation;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_choose;
    QPushButton *m_link;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QTableView *m_table;
};

} // namespace Peere::Ui
