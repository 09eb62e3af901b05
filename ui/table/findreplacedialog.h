#pragma once

#include "records/schema.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Peere::Ui {

// Find and replace in one column of the review table, as plain text or a regular expression
// (\1..\9 in the replacement), in the rows shown or in all of them. The replacing itself is the
// review page's (one undoable step); this dialog gathers the request and shows the outcome.
class FindReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    struct Request
    {
        int field = 0;
        QString find;
        QString replacement;
        bool regex = false;
        bool caseSensitive = false;
        bool shownRowsOnly = true;
    };
    // `replaceAll` does the work and returns the sentence to show (how many cells, or why not).
    FindReplaceDialog(RecordKind kind, std::function<QString(const Request &)> replaceAll,
                      QWidget *parent = nullptr);

    void setField(int field);
    Request request() const;
    QString outcome() const;
    // The Replace All button.
    void replaceAll();

private:
    std::function<QString(const Request &)> m_replaceAll;
    QComboBox *m_field = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replacement = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_caseSensitive = nullptr;
    QCheckBox *m_shownOnly = nullptr;
    QLabel *m_outcome = nullptr;
};

} // namespace Peere::Ui
