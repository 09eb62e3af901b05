#include "importflow.h"

#include "importdialog.h"
#include "table/reviewpage.h"

namespace Peere::Ui {

ImportFlow::ImportFlow(QWidget *window, ReviewPage *review, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_review(review)
{}

ImportDialog *ImportFlow::dialog() const
{
    return m_dialog.data();
}

void ImportFlow::openFile(const QString &path)
{
    ImportDialog *dialog = m_dialog.data();
    if (dialog && dialog->isImporting()) {
        dialog->raise();
        return;
    }
    if (!dialog) {
        dialog = new ImportDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &ImportDialog::previewReady, m_review, &ReviewPage::showPreview);
        connect(dialog, &ImportDialog::importFinished, m_review, [this](bool succeeded) {
            if (!succeeded && m_review->model()->isReadOnly())
                m_review->clearRecords();
        });
        connect(dialog, &QDialog::finished, this,
                [this, dialog](int code) { dialogFinished(*dialog, code); });
        m_dialog = dialog;
    }
    if (!path.isEmpty())
        dialog->openFile(path);
    dialog->open();
}

void ImportFlow::dialogFinished(const ImportDialog &dialog, int code)
{
    if (code != QDialog::Accepted || !dialog.result())
        return;
    m_review->setImport(*dialog.result(), dialog.filePath());
    emit imported(*dialog.result(), dialog.filePath());
}

} // namespace Peere::Ui
