#pragma once

#include "records/importjob.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Peere::Ui {

// The Import step's first screen: what to do (open or drop a CSV file) and, in the demo, where the
// sample file is. The import dialog takes over from here.
class ImportPrompt : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPrompt(QWidget *parent = nullptr);

    // The file waiting to be imported (the demo's sample); empty hides the line.
    void setSuggestedFile(const QString &path);
    QString suggestedFile() const { return m_suggested; }

    // Reads and validates `path` in the background (ImportJob, automatic column mapping) and
    // reports the outcome here; imported() carries the records. Cancels an import under way.
    void importFile(const QString &path, RecordKind kind = RecordKind::Customers);
    bool isImporting() const;
    QString outcomeText() const;

signals:
    void importRequested();                        // "Open a CSV file…"
    void importFileRequested(const QString &path); // "Import the sample"
    void imported(const Peere::ImportResult &result);
    void importFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_sample;
    QPushButton *m_open;
    QPushButton *m_importSample;
    QProgressBar *m_progress;
    QLabel *m_outcome;
    QPushButton *m_cancel;
    ImportJob *m_job = nullptr; // a child; replaced (deleteLater) by the next import
    QString m_suggested;
    QString m_importing;
    std::optional<ImportResult> m_lastResult;
    QString m_lastError;
};

} // namespace Peere::Ui
