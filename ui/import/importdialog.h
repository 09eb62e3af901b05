#pragma once

#include "csv/csvreader.h"
#include "csv/csvtablemodel.h"
#include "migration/deviceimportjob.h"
#include "migration/devicemappingtemplate.h"
#include "records/importjob.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Peere::Ui {

class MappingEditor;

// Brings a bank export in: pick (or drop) a file, see its first rows as detected (encoding and
// delimiter in combo boxes that can be changed, the preview follows), choose the kind, check the
// column mapping (templates saved and loaded), then import: read, parse and validate in the
// background (ImportJob) with a progress bar and Cancel. Bad input is said in the dialog.
// The same dialog brings in a devices file (After creation › Devices): no kind to choose, the
// columns mapped to DeviceFile's fields (several may feed device), read and checked against the
// migration's customers in the background (DeviceImportJob).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Content { Records, Devices };

    explicit ImportDialog(QWidget *parent = nullptr); // records
    explicit ImportDialog(Content content, QWidget *parent = nullptr);
    ~ImportDialog() override;

    Content content() const { return m_content; }
    // The migration whose customers a devices file is checked against.
    void setJournalPath(const QString &path) { m_journalPath = path; }

    // Reads the head of `path` and shows it (quick: only the first 256 KiB are read).
    void openFile(const QString &path);
    QString filePath() const { return m_path; }
    void setKind(RecordKind kind);
    RecordKind kind() const;
    void setEncoding(TextEncoding encoding);
    void setDelimiter(char delimiter);
    std::optional<TextEncoding> encoding() const;
    std::optional<char> delimiter() const;
    const ColumnMapping &mapping() const;
    const DeviceFile::Columns &deviceColumns() const;
    MappingEditor *mappingEditor() const { return m_mappingEditor; }
    CsvTableModel *previewModel() const { return m_previewModel; }

    VoidResult saveTemplate(const QString &path);
    VoidResult loadTemplate(const QString &path);

    // Starts the background import (the Import button).
    void startImport();
    void cancelImport();
    // Cancels a running import (the dialog stays open to say so); closes the dialog otherwise.
    void reject() override;
    bool isImporting() const;
    // The finished import, once the dialog is accepted.
    const std::optional<ImportResult> &result() const { return m_result; }
    // The devices file as read and validated, once the dialog is accepted (Content::Devices).
    const std::optional<DeviceImport> &devicesResult() const { return m_devicesResult; }
    // The message shown (a problem with the file, or the state of the import).
    QString message() const;

signals:
    // The first rows of the file while the rest is still being imported.
    // The first rows of the file, mapped and validated, while the rest is still being imported.
    void previewReady(std::shared_ptr<Peere::RecordStore> store);
    void importFinished(bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();
    void reloadPreview();
    void remap();
    void clearMapping();
    void refreshState();
    // Says what the mapping lacks; false when it lacks nothing.
    bool showMissingFields();
    void showMessage(const QString &text, bool problem);
    void startRecords(const std::optional<TextEncoding> &encoding,
                      const std::optional<char> &delimiter);
    void startDevices(const std::optional<TextEncoding> &encoding,
                      const std::optional<char> &delimiter);
    void finishImport(bool succeeded, const QString &error);

    Content m_content = Content::Records;
    QString m_journalPath;
    QString m_path;
    std::optional<CsvDocument> m_preview;
    std::optional<MappingTemplate> m_template;
    std::optional<DeviceMappingTemplate> m_deviceTemplate;
    bool m_encodingChosen = false;
    bool m_delimiterChosen = false;
    bool m_cancelRequested = false;
    std::unique_ptr<ImportJob> m_job;
    std::unique_ptr<DeviceImportJob> m_deviceJob;
    std::optional<ImportResult> m_result;
    std::optional<DeviceImport> m_devicesResult;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_previewView = nullptr;
    CsvTableModel *m_previewModel = nullptr;
    MappingEditor *m_mappingEditor = nullptr;
    QPushButton *m_saveTemplateButton = nullptr;
    QPushButton *m_loadTemplateButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace Peere::Ui
