#pragma once

#include "records/importjob.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Peere::Ui {

class ImportDialog;
class ReviewPage;

// From "import this file" to records in the review table: opens the ImportDialog on the file
// (window-modal, not blocking), shows the first rows in the ReviewPage while the rest is read,
// and hands the finished import to it.
class ImportFlow : public QObject
{
    Q_OBJECT

public:
    ImportFlow(QWidget *window, ReviewPage *review, QObject *parent = nullptr);

    // Opens the dialog on `path` (empty: the dialog asks for a file). A second call while an
    // import runs only brings the dialog forward.
    void openFile(const QString &path);
    ImportDialog *dialog() const;

signals:
    void imported(const Peere::ImportResult &result, const QString &path);

private:
    void dialogFinished(const ImportDialog &dialog, int code);

    QWidget *m_window;
    ReviewPage *m_review;
    QPointer<ImportDialog> m_dialog;
};

} // namespace Peere::Ui
