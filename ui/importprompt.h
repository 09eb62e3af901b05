#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Peere::Ui {

// The Import step's first screen: what to do (open or drop a CSV file) and, in the demo, where the
// sample file is. The import dialog (ImportFlow) takes over from here: this page imports nothing
// itself.
class ImportPrompt : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPrompt(QWidget *parent = nullptr);

    // The file waiting to be imported (the demo's sample); empty hides the line.
    void setSuggestedFile(const QString &path);
    QString suggestedFile() const { return m_suggested; }

signals:
    void importRequested();                        // "Open a CSV file…"
    void importFileRequested(const QString &path); // "Import the sample"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_sample;
    QPushButton *m_open;
    QPushButton *m_importSample;
    QString m_suggested;
};

} // namespace Peere::Ui
