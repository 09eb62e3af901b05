#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace Peere {
class VerificationModel;
}

namespace Peere::Ui {

// After creation › Verification: what the verify phase found in the open migration (verified,
// mismatch, not found, still to verify) and every mismatch with its differences. Reads the
// journal read-only, so it can show a migration while a run writes it.
class VerificationTab : public QWidget
{
    Q_OBJECT

public:
    explicit VerificationTab(QWidget *parent = nullptr);

    void setJournalPath(const QString &path);
    // Reads the journal again.
    void refresh();

    VerificationModel *model() const { return m_model; }
    QString summaryText() const;
    QString errorText() const;

private:
    VerificationModel *m_model;
    QString m_path;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
};

} // namespace Peere::Ui
